"""`export -o` never destroys user data: not the database, its journal, WAL or backups, and no
existing file that is not a PDF. A refusal is one line, exit 2, and changes nothing."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import ExportError
from bali_desktop.pdf.files import check_target, write_atomic
from bali_desktop.storage.connection import backup_database
from tests.cli_runner import run
from tests.pdf.conftest import export_refs


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def _refused(code: int, err: str) -> None:
    assert code == 2, err
    assert err.count("\n") == 1 and err.startswith("bali-desktop: ") and "Traceback" not in err


@pytest.fixture
def data_dir(fresh_library) -> Path:
    """A working data folder as a user has it: the database open in WAL mode (so its -wal and
    -shm files exist), a backup made before a migration, and an empty rollback journal."""
    db = fresh_library.db_path
    fresh_library.user.toggle_bookmark("pathway:child")  # something in the WAL
    backup_database(db, db.with_name(db.name + ".before-0004.bak"))
    db.with_name(db.name + "-journal").touch()
    assert {p.name for p in db.parent.iterdir()} >= {db.name + s for s in ("", "-wal", "-shm")}
    return db.parent


@pytest.mark.parametrize(
    "name",
    [
        paths.DB_FILE,
        paths.DB_FILE + "-wal",
        paths.DB_FILE + "-shm",
        paths.DB_FILE + "-journal",
        paths.DB_FILE + ".before-0004.bak",
    ],
)
def test_export_onto_the_database_or_its_siblings_is_refused(capsys, data_dir: Path, name: str) -> None:
    before = _snapshot(data_dir)
    code, out, err = run(
        capsys, "--data-dir", str(data_dir), "export", "pathway:child", "-o", str(data_dir / name)
    )
    _refused(code, err)
    assert "database" in err and out == ""
    assert _snapshot(data_dir) == before  # nothing changed, no temporary file left


def test_a_missing_wal_file_is_refused_too(capsys, fresh_library) -> None:
    """The -wal and -shm names are SQLite's even when the files are not there at the moment."""
    folder = fresh_library.db_path.parent
    fresh_library.close()
    for p in folder.glob(paths.DB_FILE + "-*"):
        p.unlink()
    code, _, err = run(
        capsys,
        "--data-dir",
        str(folder),
        "export",
        "pathway:child",
        "-o",
        str(folder / (paths.DB_FILE + "-wal")),
    )
    _refused(code, err)
    assert not (folder / (paths.DB_FILE + "-wal")).exists()


def test_a_relative_path_or_a_link_to_the_database_is_refused(
    capsys, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    """Resolved paths are compared: "D/../D/file", a path relative to the working folder and a
    symbolic link all name the same database."""
    db = data_dir / paths.DB_FILE
    monkeypatch.chdir(data_dir.parent)
    link = tmp_path / "card.pdf"
    link.symlink_to(db)
    before = db.read_bytes()
    for target in (f"{data_dir.name}/../{data_dir.name}/{paths.DB_FILE}", str(link)):
        code, _, err = run(capsys, "--data-dir", str(data_dir), "export", "pathway:child", "-o", target)
        _refused(code, err)
    assert db.read_bytes() == before
    assert link.is_symlink()


def test_library_api_refuses_its_own_database(fresh_library) -> None:
    """The check is in the export service itself (the window and the command line both use it)."""
    db = fresh_library.db_path
    for target in (db, db.with_name(db.name + "-wal")):
        with pytest.raises(ExportError, match="database"):
            export_refs(fresh_library, ["pathway:child"], target)
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert fresh_library.content.require("pathway:child")  # still readable


def test_an_existing_file_that_is_not_a_pdf_is_left_alone(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    notes = tmp_path / "notes.txt"
    notes.write_text("My interview notes: do not lose these.\n")
    code, out, err = run(capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(notes))
    _refused(code, err)
    assert "not a PDF" in err and out == ""
    assert notes.read_text() == "My interview notes: do not lose these.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes.txt"]


def test_an_existing_pdf_may_be_replaced(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    old = tmp_path / "card.pdf"
    old.write_bytes(b"%PDF-1.4\n% an older export\n")
    code, out, err = run(capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(old))
    assert code == 0, err
    data = old.read_bytes()
    assert data.startswith(b"%PDF") and b"an older export" not in data
    empty = tmp_path / "empty.pdf"  # an empty file holds nothing to lose
    empty.touch()
    assert run(capsys, "--data-dir", folder, "export", "pathway:child", "-o", str(empty))[0] == 0
    assert empty.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(os.name == "nt", reason="POSIX device files")
def test_a_device_or_fifo_is_not_a_target(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        check_target(fifo)
    with pytest.raises(ExportError, match="not a regular file"):
        check_target("/dev/null")


def test_write_atomic_checks_again(tmp_path: Path) -> None:
    """A file that appeared between the check and the write is not replaced either."""
    target = tmp_path / "late.pdf"
    checked = check_target(target)
    target.write_text("someone else's file")
    with pytest.raises(ExportError, match="not a PDF"):
        write_atomic(checked, b"%PDF-1.4 new")
    assert target.read_text() == "someone else's file"
    db = tmp_path / paths.DB_FILE
    with pytest.raises(ExportError, match="database"):
        write_atomic(tmp_path / (paths.DB_FILE + "-shm"), b"%PDF-1.4", database=db)
    assert [p.name for p in tmp_path.iterdir()] == ["late.pdf"]
