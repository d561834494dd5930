"""Recovery at start (issue 11, points 4 and 9): a damaged database is moved aside (never
deleted), the newest good backup is put in its place, content rebuilt, and the user told in one
sentence; a 0-byte file is restored the same way (refused when there is no backup); another
program's SQLite file is refused unchanged, and `db restore` then brings the backup back."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import DatabaseError
from bali_desktop.services import backups, checklists, user
from bali_desktop.services.session import Session
from bali_desktop.storage import backup_files
from tests.cli_runner import run
from tests.damage import scramble_root


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    Session.open(folder).close()
    return folder / paths.DB_FILE


def _with_work(folder: Path, pristine: Path) -> dict[str, object]:
    """A data folder holding the user's work and an automatic backup of it; what it holds."""
    folder.mkdir()
    shutil.copy(pristine, folder / paths.DB_FILE)
    s = Session.open(folder)
    try:
        for n in range(40):  # enough rows that the contacts table spans its own pages
            user.add_contact(s, user.ContactValues(role="iom", organisation=f"Kept Organisation {n}"))
        user.set_note(s, "pathway:child", "kept note")
        made = checklists.create(s, "", "Kept checklist")
        assert backups.make(s, force=True) is not None
        return {
            "contacts": [c.organisation for c in user.contacts(s)],
            "note": user.note(s, "pathway:child"),
            "checklists": [c.title for c in checklists.saved(s)],
            "checklist_id": made.id,
        }
    finally:
        s.close()


def _holds(folder: Path, expected: dict[str, object]) -> Session:
    s = Session.open(folder)
    assert [c.organisation for c in user.contacts(s)] == expected["contacts"]
    assert user.note(s, "pathway:child") == expected["note"]
    assert [c.title for c in checklists.saved(s)] == expected["checklists"]
    assert s.integrity() == "ok"
    assert sum(s.content.stats().values()) > 0
    return s


def _truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])


def _header_garbage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[0:100] = bytes((i * 37 + 11) % 256 for i in range(100))
    db.write_bytes(bytes(data))


def _flip_user_page(db: Path) -> None:
    scramble_root(db, "contacts")


def _empty(db: Path) -> None:
    db.write_bytes(b"")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "header-garbage": _header_garbage,
    "flipped-user-page": _flip_user_page,
    "zero-bytes": _empty,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_database_is_recovered_from_the_newest_backup(
    tmp_path: Path, pristine: Path, damage: str
) -> None:
    folder = tmp_path / "data"
    expected = _with_work(folder, pristine)
    db = folder / paths.DB_FILE
    DAMAGE[damage](db)
    damaged_bytes = db.read_bytes()
    s = _holds(folder, expected)
    try:
        assert s.recovered is not None
        assert s.warnings == [s.recovered]  # one plain sentence, saying where the file went
        aside = [b for b in backup_files.list_backups(folder / "backups") if b.kind == "damaged"]
        assert len(aside) == 1 and str(aside[0].path) in s.recovered
        assert aside[0].path.read_bytes() == damaged_bytes  # moved, never deleted or changed
        assert "\n" not in s.recovered and "SQL" not in s.recovered
        assert s.content.digest is not None  # the content was rebuilt
    finally:
        s.close()
    again = Session.open(folder)  # the next start is an ordinary one
    try:
        assert again.recovered is None and again.warnings == []
    finally:
        again.close()


def test_the_command_line_says_it_in_one_line_on_stderr(tmp_path: Path, pristine: Path, capsys) -> None:  # noqa: ANN001
    folder = tmp_path / "data"
    _with_work(folder, pristine)
    _truncate(folder / paths.DB_FILE)
    code, out, err = run(capsys, "--data-dir", str(folder), "contacts", "list")
    assert code == 0, err
    assert "Kept Organisation 0" in out
    assert len(err.strip().splitlines()) == 1 and "was damaged, so it was moved to" in err


def test_damage_with_no_backup_is_refused_and_nothing_changes(tmp_path: Path, pristine: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(pristine, folder / paths.DB_FILE)
    db = folder / paths.DB_FILE
    _header_garbage(db)
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="no good backup") as e:
        Session.open(folder)
    assert "\n" not in str(e.value)
    assert db.read_bytes() == before


def test_an_empty_file_with_no_backup_is_refused(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / paths.DB_FILE).write_bytes(b"")
    code, _out, err = run(capsys, "--data-dir", str(folder), "contacts", "list")
    assert code == 2
    assert "empty (0 bytes)" in err and len(err.strip().splitlines()) == 1
    assert (folder / paths.DB_FILE).read_bytes() == b""  # not reused


def test_another_programs_sqlite_file_is_refused_then_db_restore_brings_the_backup_back(
    tmp_path: Path,
    pristine: Path,
    capsys,  # noqa: ANN001
) -> None:
    folder = tmp_path / "data"
    expected = _with_work(folder, pristine)
    db = folder / paths.DB_FILE
    db.unlink()
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    foreign = db.read_bytes()
    code, _out, err = run(capsys, "--data-dir", str(folder), "contacts", "list")
    assert code == 2 and "not a Bali Desktop database" in err and len(err.strip().splitlines()) == 1
    assert db.read_bytes() == foreign  # not modified
    code, out, err = run(capsys, "--data-dir", str(folder), "db", "restore")
    assert code == 0, err
    _holds(folder, expected).close()
    kept = [b.path for b in backup_files.list_backups(folder / "backups") if b.kind == "restore"]
    assert any(p.read_bytes() == foreign for p in kept)  # the other program's file is kept


def test_a_deleted_wal_leaves_a_database_that_opens_with_the_backed_up_work(
    tmp_path: Path, pristine: Path
) -> None:
    """A cleanup tool deleting the -wal of a killed instance: the file still opens, whole, with
    everything saved before (the last saves were only in the -wal)."""
    folder = tmp_path / "data"
    expected = _with_work(folder, pristine)
    killed = tmp_path / "killed"
    s = Session.open(folder)
    try:
        user.set_note(s, "pathway:adult", "only in the -wal")
        killed.mkdir()  # what a SIGKILL leaves: the file and the -wal; then the -wal goes
        shutil.copy(folder / paths.DB_FILE, killed / paths.DB_FILE)
        shutil.copytree(folder / "backups", killed / "backups")
    finally:
        s.close()
    s = _holds(killed, expected)
    s.close()


def test_a_damaged_file_another_process_has_open_is_not_moved(tmp_path: Path, pristine: Path) -> None:
    import subprocess
    import sys

    from bali_desktop.storage.recovery import open_elsewhere

    folder = tmp_path / "data"
    _with_work(folder, pristine)
    db = folder / paths.DB_FILE
    holder = subprocess.Popen(  # another process with the database open (and idle)
        [
            sys.executable,
            "-c",
            f"import sqlite3,sys; c=sqlite3.connect({str(db)!r}); "
            "c.execute('select count(*) from notes').fetchall(); print('open', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert open_elsewhere(db)
        _flip_user_page(db)
        with pytest.raises(DatabaseError, match="has it open"):
            Session.open(folder)
        assert [b for b in backup_files.list_backups(folder / "backups") if b.kind == "damaged"] == []
    finally:
        holder.communicate("")
    assert not open_elsewhere(db)
