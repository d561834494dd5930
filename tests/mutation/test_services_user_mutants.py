"""The user's own things through services/user.py, called directly on a session of its own: what
is skipped while the library is open for reading only, every field of a contact, and what the
wipe erases, deletes and says. Written to kill the mutants the window's tests alone would catch
(docs/mutation.md)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from bali_desktop import paths
from bali_desktop.services import logs, user
from bali_desktop.services.session import Session
from bali_desktop.services.user import ContactValues, Wiped


def test_nothing_is_remembered_while_the_library_is_open_for_reading_only(fresh: Session) -> None:
    fresh.read_only = "The disk is full."
    user.touch_recent(fresh, "pathway:child")
    user.save_settings(fresh, {"zz-a": "1"})
    fresh.read_only = None
    assert fresh.user.recent() == []
    assert user.settings(fresh, ("zz-a",)) == {"zz-a": ""}
    user.touch_recent(fresh, "pathway:child")
    user.save_settings(fresh, {"zz-a": "1"})
    assert fresh.user.recent() == ["pathway:child"]
    assert user.settings(fresh, ("zz-a",)) == {"zz-a": "1"}


def test_a_contact_keeps_every_field_it_was_given(fresh: Session) -> None:
    made = user.add_contact(
        fresh,
        ContactValues("health", "Clinic", phone="+62 1", hours="24h", notes="Ask for Ana", country="ID"),
    )
    (kept,) = user.contacts(fresh, "health")
    assert kept == made
    assert (kept.role, kept.organisation, kept.phone, kept.hours, kept.notes, kept.country) == (
        "health",
        "Clinic",
        "+62 1",
        "24h",
        "Ask for Ana",
        "ID",
    )
    assert user.contacts(fresh, "iom") == []
    assert user.role_ids(fresh) == {r.id for r in fresh.content.items("role")}


def test_wiping_every_pathways_ticks_is_the_whole_wipe(fresh: Session) -> None:
    user.set_tick(fresh, "pathway:child", "a", "done")
    user.set_tick(fresh, "pathway:smuggled-migrant", "b", "done")
    user.touch_recent(fresh, "pathway:child")
    user.set_note(fresh, "pathway:child", "stays")
    assert user.wipe_ticks(fresh, None) == {}
    assert user.ticks(fresh, "pathway:child") == {} == user.ticks(fresh, "pathway:smuggled-migrant")
    assert fresh.user.recent() == []
    assert user.note(fresh, "pathway:child") == "stays"


def test_a_pathways_wipe_leaves_the_recent_items(fresh: Session) -> None:
    user.set_tick(fresh, "pathway:child", "a", "done")
    user.touch_recent(fresh, "pathway:child")
    assert user.wipe_ticks(fresh, "pathway:child") == {}
    assert fresh.user.recent() == ["pathway:child"]


def test_a_damaged_copy_is_deleted_with_its_siblings_and_the_logs_are_counted(fresh: Session) -> None:
    folder = fresh.db_path.parent
    damaged = folder / f"{paths.DB_FILE}.before-0002.bak"
    damaged.write_bytes(b"not a database at all" * 100)
    siblings = [damaged.with_name(damaged.name + x) for x in ("-wal", "-shm", "-journal")]
    for sibling in siblings:
        sibling.write_bytes(b"x")
    (folder / logs.FOLDER).mkdir(exist_ok=True)
    (folder / logs.FOLDER / "crash-1.log").write_text("a crash")
    (folder / logs.WINDOW_LOG).write_text("a line\n")
    done = user.wipe(fresh)
    assert (done.backups, done.removed, done.logs) == (0, 1, 2)
    assert not damaged.exists() and not any(s.exists() for s in siblings)
    assert done.message == (
        "Erased every walk-through record (ticks and times), the recent items and the last place; "
        "the same were erased from the 0 backups, which are kept, and 1 damaged copies that could "
        "not be cleaned were deleted; the log files were erased. Your notes, contacts and checklists stay."
    )


def test_a_wipe_with_no_copies_and_no_logs_says_only_what_it_erased(fresh: Session) -> None:
    done = user.wipe(fresh)
    assert (done.backups, done.removed, done.logs) == (0, 0, 0)
    assert done.message == (
        "Erased every walk-through record (ticks and times), the recent items and the last place. "
        "Your notes, contacts and checklists stay."
    )


@pytest.mark.parametrize(
    ("backups", "removed", "logs_erased", "middle"),
    [
        (2, 0, 0, "; the same were erased from the 2 backups, which are kept"),
        (0, 0, 1, "; the log files were erased"),
        (
            3,
            1,
            0,
            "; the same were erased from the 3 backups, which are kept, and 1 damaged copies that "
            "could not be cleaned were deleted",
        ),
    ],
)
def test_the_wipe_says_what_it_did_to_the_copies_and_the_logs(
    backups: int, removed: int, logs_erased: int, middle: str
) -> None:
    assert Wiped(backups, removed, logs_erased).message == (
        "Erased every walk-through record (ticks and times), the recent items and the last place"
        f"{middle}. Your notes, contacts and checklists stay."
    )


def test_every_copy_that_cleans_is_counted(fresh: Session) -> None:
    folder = fresh.db_path.parent
    for n in (3, 4):
        shutil.copy(fresh.db_path, folder / f"{paths.DB_FILE}.before-000{n}.bak")
    done = user.wipe(fresh)
    assert (done.backups, done.removed) == (2, 0)
    assert "erased from the 2 backups, which are kept" in done.message


def test_a_copy_that_cleans_is_kept_and_counted(fresh: Session) -> None:
    folder = fresh.db_path.parent
    copy = folder / f"{paths.DB_FILE}.before-0003.bak"
    user.set_tick(fresh, "pathway:child", "a", "done")
    src = sqlite3.connect(fresh.db_path)
    dst = sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    done = user.wipe(fresh)
    assert (done.backups, done.removed) == (1, 0) and copy.exists()
    con = sqlite3.connect(copy)
    try:
        assert con.execute("SELECT count(*) FROM walkthrough_ticks").fetchone() == (0,)
    finally:
        con.close()
