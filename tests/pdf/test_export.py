"""Writing PDFs safely, and the `export` and `checklist` commands: one-line errors, exit 2,
no partial file left behind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bali_desktop.domain.errors import ExportError, UsageError
from bali_desktop.pdf import files, render
from tests.cli_runner import run
from tests.pdf.conftest import export_refs


@pytest.fixture
def cli(capsys, fresh_library):
    folder = str(fresh_library.db_path.parent)
    return lambda *args: run(capsys, "--data-dir", folder, *args)


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir()]


def test_missing_folder_is_an_export_error_and_leaves_nothing(session, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "card.pdf"
    with pytest.raises(ExportError, match="does not exist"):
        export_refs(session, ["pathway:child"], target)
    assert not target.exists() and _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_unwritable_folder_is_refused(session, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="not writable"):
            export_refs(session, ["pathway:child"], locked / "card.pdf")
        assert _leftovers(locked) == []
    finally:
        locked.chmod(0o700)


def test_failure_while_building_leaves_no_file(session, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "card.pdf"
    target.write_bytes(b"%PDF- the old export")

    def broken(*args, **kwargs):
        raise ExportError("the printer ran out of ink")

    monkeypatch.setattr(render, "checklist_pdf", broken)
    with pytest.raises(ExportError):
        export_refs(session, ["pathway:child"], target)
    assert target.read_bytes() == b"%PDF- the old export"  # the old file is untouched
    assert _leftovers(tmp_path) == ["card.pdf"]


def test_failure_while_writing_removes_the_temporary_file(tmp_path: Path, monkeypatch) -> None:
    def no_rename(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", no_rename)
    with pytest.raises(ExportError, match="No space left"):
        files.write_atomic(tmp_path / "x.pdf", b"%PDF-1.4")
    assert _leftovers(tmp_path) == []


def test_unknown_ref_is_a_usage_error(session, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        export_refs(session, ["pathway:child", "guide:nope"], tmp_path / "x.pdf")
    assert _leftovers(tmp_path) == []


def test_cli_export_checklist_and_pack(cli, tmp_path: Path) -> None:
    code, out, err = cli("export", "pathway:child", "-o", str(tmp_path / "card.pdf"), "--paper", "letter")
    assert code == 0, err
    assert "checklist" in out and (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    code, out, err = cli(
        "export",
        "area:adelaide-2023-5",
        "pathway:child",
        "-o",
        str(tmp_path / "pack.pdf"),
        "--title",
        "Workshop",
        "--workshop",
        "RSO course",
        "--date",
        "March 2026",
        "--large-print",
    )
    assert code == 0, err
    assert "handout pack" in out


@pytest.mark.parametrize(
    "args",
    [
        ("export", "pathway:nope", "-o", "{tmp}/x.pdf"),
        ("export", "pathway:child", "-o", "{tmp}/missing/x.pdf"),
        ("export", "pathway:child", "-o", "{tmp}"),
        ("export", "checklist:999", "-o", "{tmp}/x.pdf"),
        ("export", "pathway:child", "pathway:smuggled-migrant", "--as", "checklist", "-o", "{tmp}/x.pdf"),
        ("checklist", "show", "42"),
        ("checklist", "show", "banana"),
        ("checklist", "new-from", "pathway:nope"),
    ],
)
def test_cli_errors_are_one_line_exit_2_no_file(cli, tmp_path: Path, args: tuple[str, ...]) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = cli(*[a.format(tmp=out_dir) for a in args])
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("bali-desktop: ") and "Traceback" not in err
    assert _leftovers(out_dir) == []


def test_cli_checklist_commands(cli, tmp_path: Path) -> None:
    code, out, _ = cli("checklist", "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert cli("checklist", "new-from", "pathway:child", "--title", "Child card")[0] == 0
    assert cli("checklist", "new", "--title", "Empty card", "--type", "do-confirm")[0] == 0
    assert cli("checklist", "add", "2", "commitment:adelaide-2023-15")[0] == 0
    listed = json.loads(cli("checklist", "list", "--json")[1])
    assert {c["title"] for c in listed} == {"Child card", "Empty card"}
    shown = json.loads(cli("checklist", "show", "checklist:2", "--json")[1])
    assert shown["checklist_type"] == "DO-CONFIRM"
    assert shown["pause_points"][0]["items"][0]["official"] is True
    assert cli("checklist", "duplicate", "1")[0] == 0
    assert cli("checklist", "delete", "1")[0] == 0
    assert len(json.loads(cli("checklist", "list", "--json")[1])) == 2
    code, out, err = cli("export", "checklist:2", "-o", str(tmp_path / "mine.pdf"))
    assert code == 0 and "checklist" in out, err
    templates = json.loads(cli("checklist", "templates", "--json")[1])
    assert any(t["ref"] == "aid:smuggling-or-trafficking" for t in templates)
