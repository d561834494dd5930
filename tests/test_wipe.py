"""Wipe wipes (issue 11, point 7): after `wipe`, with the app still open, the wiped ticks are in
neither the database nor its -wal nor any backup; a deleted note is in neither the database nor
the -wal; recent items and the last place go too; the logs are erased; notes, contacts and
checklists stay."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services import backups, logs, user
from bali_desktop.services.session import Session
from tests.cli_runner import run

MARKS = [f"WIPEMARK-step-{n:02d}" for n in range(20)]
NOTE_MARK = "NOTEMARK-Nguyen-Van-A"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    Session.open(folder).close()
    return folder / paths.DB_FILE


@pytest.fixture
def folder(tmp_path: Path, pristine: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(pristine, d / paths.DB_FILE)
    return d


def _raw_files(folder: Path) -> dict[str, bytes]:
    """Every file of the data folder, byte for byte (database, -wal, backups, copies)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _found(folder: Path, mark: str) -> list[str]:
    return [name for name, data in _raw_files(folder).items() if mark.encode() in data]


def _use(s: Session) -> None:
    for mark in MARKS:
        user.set_tick(s, "pathway:child", mark, "done")
    user.touch_recent(s, "pathway:child")
    user.save_settings(s, {"last_location": "walk:pathway:child"})
    user.set_note(s, "pathway:adult", "a note that stays")
    user.add_contact(s, user.ContactValues(role="iom", organisation="Contact that stays"))


def test_wipe_leaves_no_tick_in_the_database_its_wal_or_any_backup(folder: Path) -> None:
    s = Session.open(folder)
    try:
        _use(s)
        assert backups.make(s, force=True) is not None  # a backup made before the wipe holds the ticks
        (folder / f"{paths.DB_FILE}.before-0002.bak").write_bytes(
            (folder / "backups").iterdir().__next__().read_bytes()
        )
        assert _found(folder, MARKS[0])  # they are on disk before
        done = user.wipe(s)
        assert done.backups == 2 and done.removed == 0
        assert "erased from the 2 backups, which are kept" in done.message
        for mark in MARKS:  # while the app is still open
            assert _found(folder, mark) == [], mark
        assert user.ticks(s, "pathway:child") == {}
        assert s.user.recent() == []
        assert user.settings(s, ["last_location"]) == {"last_location": ""}
        assert user.note(s, "pathway:adult") == "a note that stays"
        assert [c.organisation for c in user.contacts(s)] == ["Contact that stays"]
    finally:
        s.close()
    for copy in [*(folder / "backups").iterdir(), folder / f"{paths.DB_FILE}.before-0002.bak"]:
        con = sqlite3.connect(copy)
        try:
            assert con.execute("SELECT count(*) FROM walkthrough_ticks").fetchone() == (0,)
            assert con.execute("SELECT count(*) FROM recent_items").fetchone() == (0,)
            assert con.execute("SELECT count(*) FROM notes").fetchone() == (1,)  # the user's work stays
        finally:
            con.close()


def test_a_deleted_note_is_in_neither_the_database_nor_the_wal(folder: Path) -> None:
    s = Session.open(folder)
    try:
        user.set_note(s, "pathway:child", f"Interviewed {NOTE_MARK} at the port")
        assert _found(folder, NOTE_MARK)
        user.set_note(s, "pathway:child", "")
        assert _found(folder, NOTE_MARK) == []  # with the session still open
    finally:
        s.close()


def test_the_wipe_command_says_what_it_did_and_erases_the_logs(folder: Path, capsys) -> None:  # noqa: ANN001
    s = Session.open(folder)
    try:
        _use(s)
        backups.make(s, force=True)
    finally:
        s.close()
    try:
        raise RuntimeError(f"typed {NOTE_MARK}")
    except RuntimeError as e:
        crash = logs.write_crash_log(folder, e)
    assert NOTE_MARK not in crash.read_text()  # a crash log holds no typed text
    (folder / logs.WINDOW_LOG).write_text("2026-12-01 a line\n")
    code, out, err = run(capsys, "--data-dir", str(folder), "wipe")
    assert code == 0, err
    assert "Erased every walk-through record" in out and "backups, which are kept" in out
    assert not crash.exists() and (folder / logs.WINDOW_LOG).read_bytes() == b""
    for mark in MARKS:
        assert _found(folder, mark) == [], mark


def test_crash_logs_are_pruned(tmp_path: Path) -> None:
    for n in range(logs.KEEP + 5):
        try:
            raise ValueError(n)
        except ValueError as e:
            logs.write_crash_log(tmp_path, e)
    assert len(list((tmp_path / logs.FOLDER).glob("*.log"))) <= logs.KEEP
