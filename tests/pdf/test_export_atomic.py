"""A PDF export is written atomically (issue 11, review break 10): a failure mid-write removes
the half-written temporary file and leaves the target as it was; the `.part` file an export
killed mid-write leaves is removed by the next export into that folder, and nothing that is
not such a file is ever touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bali_desktop.domain.errors import ExportError
from bali_desktop.pdf import files
from bali_desktop.pdf.files import remove_leftovers, write_atomic

PDF = b"%PDF-1.4\n" + b"x" * 2000 + b"\n%%EOF\n"
OLD = time.time() - 2 * files.PART_AGE_S


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def _aged(path: Path, when: float = OLD) -> Path:
    os.utime(path, (when, when), follow_symlinks=False)
    return path


def test_a_failed_rename_removes_the_part_file_and_keeps_the_target(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 the old pack")

    def fail(*_a: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(ExportError, match="No space left"):
        write_atomic(target, PDF)
    assert target.read_bytes() == b"%PDF-1.4 the old pack"
    assert _parts(tmp_path) == []


def test_an_interruption_mid_write_removes_the_part_file(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "pack.pdf", PDF)
    assert list(tmp_path.iterdir()) == []


def _killed_export(folder: Path) -> None:
    """An export killed (SIGKILL) while its data is in the .part file, before the rename."""
    code = (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from bali_desktop.pdf import files\n"
        "def slow(fd):\n"
        "    print('written', flush=True); time.sleep(60)\n"
        "files.os.fsync = slow\n"
        f"files.write_atomic(Path(sys.argv[1]) / 'pack.pdf', {PDF!r})\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(folder)], stdout=subprocess.PIPE, text=True, cwd=Path.cwd()
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "written"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_the_leftover_of_a_killed_export_goes_with_the_next_export(tmp_path) -> None:  # noqa: ANN001
    _killed_export(tmp_path)
    [left] = _parts(tmp_path)
    assert left.startswith(".pack.pdf.") and not (tmp_path / "pack.pdf").exists()
    write_atomic(tmp_path / "pack.pdf", PDF)  # just now: it may be another export's, kept
    assert _parts(tmp_path) == [left]
    _aged(tmp_path / left)
    write_atomic(tmp_path / "other.pdf", PDF)  # any later export into the folder
    assert _parts(tmp_path) == []
    assert (tmp_path / "pack.pdf").read_bytes() == PDF == (tmp_path / "other.pdf").read_bytes()


def test_only_our_own_part_files_are_removed(tmp_path) -> None:  # noqa: ANN001
    ours = [tmp_path / ".pack.pdf.0123abcd.part", tmp_path / ".Checklist – child.pdf.deadbeef.part"]
    ours[0].write_bytes(PDF[:500])  # half a PDF
    ours[1].write_bytes(b"")  # killed before the first byte
    for path in ours:
        _aged(path)
    keep = {
        ".notes.txt.0123abcd.part": b"a text file someone named like ours",  # not a PDF inside
        "pack.pdf.0123abcd.part": PDF,  # not hidden
        ".pack.pdf.0123ABCD.part": PDF,  # not our hex
        ".pack.pdf.0123abc.part": PDF,  # seven digits
        ".pack.pdf.part": PDF,
        "download.part": PDF,  # a browser's download
        ".bali-desktop-20261201-4242.part": b"SQLite format 3\x00",  # a backup being written
    }
    for name, data in keep.items():
        (tmp_path / name).write_bytes(data)
        _aged(tmp_path / name)
    young = tmp_path / ".young.pdf.0123abcd.part"
    young.write_bytes(PDF)  # another export, writing now
    linked = tmp_path / ".linked.pdf.0123abcd.part"
    (tmp_path / "real.pdf").write_bytes(PDF)
    linked.symlink_to(tmp_path / "real.pdf")
    _aged(linked)
    (tmp_path / ".folder.pdf.0123abcd.part").mkdir()
    _aged(tmp_path / ".folder.pdf.0123abcd.part")

    assert remove_leftovers(tmp_path) == 2
    assert not any(p.exists() for p in ours)
    for name, data in keep.items():
        assert (tmp_path / name).read_bytes() == data
    assert young.exists() and linked.is_symlink() and (tmp_path / "real.pdf").read_bytes() == PDF
    assert (tmp_path / ".folder.pdf.0123abcd.part").is_dir()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
def test_a_part_file_of_another_user_is_kept(tmp_path) -> None:  # noqa: ANN001
    theirs = tmp_path / ".pack.pdf.0123abcd.part"
    theirs.write_bytes(PDF)
    os.chown(theirs, 65534, 65534)
    _aged(theirs)
    assert remove_leftovers(tmp_path) == 0 and theirs.exists()


def test_cleaning_is_bounded(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    for n in range(6):
        (tmp_path / f".p{n}.pdf.0123abcd.part").write_bytes(PDF)
        _aged(tmp_path / f".p{n}.pdf.0123abcd.part")
    monkeypatch.setattr(files, "MAX_REMOVED", 2)
    assert remove_leftovers(tmp_path) == 2 and len(_parts(tmp_path)) == 4
    monkeypatch.setattr(files, "MAX_REMOVED", 50)
    monkeypatch.setattr(files, "MAX_SCANNED", 0)
    assert remove_leftovers(tmp_path) == 0 and len(_parts(tmp_path)) == 4
    assert remove_leftovers(tmp_path / "missing") == 0  # never fails


def test_the_folder_is_flushed_after_the_rename(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """A power cut after "Exported" keeps the PDF: the folder is fsynced after the rename."""
    synced: list[str] = []
    real_fsync, real_open = os.fsync, os.open
    opened: dict[int, str] = {}

    def tracking_open(path, flags, *a):  # noqa: ANN001, ANN002, ANN202
        fd = real_open(path, flags, *a)
        opened[fd] = os.fspath(path)
        return fd

    def tracking_fsync(fd: int) -> None:
        synced.append(opened.get(fd, "file"))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "open", tracking_open)
    monkeypatch.setattr(files.os, "fsync", tracking_fsync)
    write_atomic(tmp_path / "pack.pdf", PDF)
    if os.name != "nt":
        assert synced == ["file", str(tmp_path)]
