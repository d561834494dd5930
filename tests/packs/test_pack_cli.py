"""The commands a focal point and an officer type: keygen, build, verify, keys add (asks, or --yes),
install, list, contacts list (the pack's marked), rollback, remove, documents add; every refusal one
line with exit 2."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from bali_desktop import paths
from tests.cli_runner import run
from tests.packs import kit


@pytest.fixture
def officer_dir(shared_data_dir: Path, tmp_path: Path) -> str:
    folder = tmp_path / "officer"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    return str(folder)


def test_the_whole_flow_on_the_command_line(capsys, officer_dir: str, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    d = ["--data-dir", officer_dir]
    key = tmp_path / "national.key"
    code, out, _ = run(capsys, "pack", "keygen", "-o", str(key), "--publisher", "Testland NFP")
    assert code == 0 and "Fingerprint:" in out and (tmp_path / "national.key.pub").exists()
    assert run(capsys, "pack", "keygen", "-o", str(key))[0] == 2  # never over an existing key
    pack = tmp_path / "testland.zip"
    code, out, err = run(
        capsys, "pack", "build", str(kit.folder(tmp_path)), "-o", str(pack), "--key", str(key)
    )
    assert code == 0, err

    code, _, err = run(capsys, *d, "pack", "verify", str(pack))
    assert code == 2 and "unknown publisher" in err and len(err.strip().splitlines()) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, err = run(capsys, *d, "keys", "add", str(key) + ".pub")
    assert code == 2 and "Fingerprint:" in out and "not confirmed" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert run(capsys, *d, "keys", "add", str(key) + ".pub")[0] == 0
    code, out, _ = run(capsys, *d, "keys", "list")
    assert "Testland NFP" in out and "shipped" in out

    code, out, err = run(capsys, *d, "pack", "verify", str(pack))
    assert code == 0 and "National steps in pathways: 1" in out, err
    code, out, err = run(capsys, *d, "pack", "install", str(pack))
    assert code == 0 and "Installed testland 1.0.0" in out, err
    code, out, _ = run(capsys, *d, "contacts", "list")
    assert "Testland Anti-Trafficking Unit" in out and "[from the content pack testland]" in out
    code, out, _ = run(capsys, *d, "pack", "list")
    assert "testland  1.0.0  active" in out
    assert run(capsys, *d, "pack", "rollback", "testland")[0] == 2  # nothing earlier kept
    code, out, _ = run(capsys, *d, "search", kit.PDF_WORD)
    assert "pdf.testland.testland-sop" in out or "Testland national SOP" in out
    code, out, _ = run(capsys, *d, "show", kit.PATHWAY)  # the national step, at its step's number
    assert "In Testland (national procedure, content pack testland): Call the Testland" in out
    assert "(at step 1)" in out
    code, out, _ = run(capsys, *d, "show", kit.PATHWAY, "--json")
    assert '"national_steps"' in out and kit.STEP in out

    pdf = tmp_path / "mine.pdf"
    pdf.write_bytes(kit.pdf_bytes("An SOP with zanzibarword."))
    code, out, err = run(capsys, *d, "documents", "add", str(pdf))
    assert code == 0 and "document:pdf.mine." in out, err
    code, _, err = run(capsys, *d, "documents", "add", str(tmp_path / "nothing.pdf"))
    assert code == 2 and len(err.strip().splitlines()) == 1

    code, out, _ = run(capsys, *d, "pack", "remove", "testland")
    assert code == 0 and "Your own data stays" in out
    code, _, err = run(capsys, *d, "pack", "remove", "testland")
    assert code == 2 and "No pack" in err


def test_a_tampered_pack_is_refused_on_the_command_line(capsys, officer_dir: str, tmp_path: Path) -> None:  # noqa: ANN001
    d = ["--data-dir", officer_dir]
    key = tmp_path / "k"
    run(capsys, "pack", "keygen", "-o", str(key))
    pack = tmp_path / "p.zip"
    run(capsys, "pack", "build", str(kit.folder(tmp_path)), "-o", str(pack), "--key", str(key))
    run(capsys, *d, "keys", "add", str(key) + ".pub", "--yes")
    data = bytearray(pack.read_bytes())  # the files are compressed: change a byte in the middle
    bad = tmp_path / "bad.zip"
    data[len(data) // 2] ^= 0xFF
    bad.write_bytes(bytes(data))
    code, _, err = run(capsys, *d, "pack", "install", str(bad))
    assert code == 2 and err.startswith("bali-desktop: Refused") and len(err.strip().splitlines()) == 1
