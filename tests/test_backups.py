"""Automatic backups and restore (issue 11, point 3): round trips, refused files, tiers with a
fake clock, "skipped when nothing changed", the backup before a content reload, the db commands."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import UsageError
from bali_desktop.services import backups, user
from bali_desktop.services.session import Session
from bali_desktop.storage import backup_files
from tests.cli_runner import run

T0 = datetime(2026, 1, 5, 18, 0, 0)  # a Monday


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the shipped content and no user data, built once."""
    folder = tmp_path_factory.mktemp("pristine")
    Session.open(folder).close()
    return folder / paths.DB_FILE


@pytest.fixture
def folder(tmp_path: Path, pristine: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(pristine, d / paths.DB_FILE)
    return d


@pytest.fixture
def s(folder: Path) -> Iterator[Session]:
    session = Session.open(folder)
    yield session
    session.close()


def add_contact(s: Session, organisation: str) -> None:
    user.add_contact(s, user.ContactValues(role="iom", organisation=organisation))


def organisations(s: Session) -> list[str]:
    return [c.organisation for c in user.contacts(s)]


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and "-wal" not in p.name}


# --- round trips ------------------------------------------------------------------------------


def test_backup_change_restore_brings_the_work_back(s: Session) -> None:
    add_contact(s, "Kept Organisation")
    made = backups.make(s, now=T0)
    assert made is not None and made.parent == s.db_path.parent / "backups"
    for c in user.contacts(s):
        user.remove_contact(s, c.id)
    add_contact(s, "Added after the backup")
    done = backups.restore(s, made)
    assert organisations(s) == ["Kept Organisation"]
    assert s.integrity() == "ok" and s.content.stats()  # the content is there too
    # the database as it was is kept aside, and the backup itself is untouched
    assert done.aside.exists() and done.aside.name.endswith("-restore.sqlite3")
    with sqlite3.connect(done.aside) as con:
        assert [r[0] for r in con.execute("SELECT organisation FROM contacts")] == ["Added after the backup"]
    assert backup_files.problem(made) is None and "Restored the backup" in done.message


def test_restore_with_no_path_takes_the_newest_good_backup(s: Session) -> None:
    add_contact(s, "Older")
    older = backups.make(s, now=T0)
    add_contact(s, "Newer")
    newer = backups.make(s, now=T0 + timedelta(days=1))
    assert older and newer
    newer.write_bytes(b"garbage" * 100)  # the newest is damaged: the one before it is taken
    add_contact(s, "Unsaved in any backup")
    assert backups.restore(s).source == older
    assert organisations(s) == ["Older"]


def test_restore_with_no_backup_at_all_says_so(s: Session) -> None:
    with pytest.raises(UsageError, match="no good backup"):
        backups.restore(s)


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")


def _truncated(path: Path, good: Path) -> None:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _header(path: Path, good: Path) -> None:
    path.write_bytes(b"\x13" * 100 + good.read_bytes()[100:])


@pytest.mark.parametrize("damage", ["empty", "text", "foreign", "truncated", "header", "missing", "folder"])
def test_a_damaged_or_foreign_file_is_refused_and_changes_nothing(
    s: Session, tmp_path: Path, damage: str
) -> None:
    add_contact(s, "Current work")
    good = backups.make(s, now=T0)
    assert good is not None
    bad = tmp_path / "bad.sqlite3"
    {
        "empty": lambda: bad.write_bytes(b""),
        "text": lambda: bad.write_text("not a database\n"),
        "foreign": lambda: _foreign(bad),
        "truncated": lambda: _truncated(bad, good),
        "header": lambda: _header(bad, good),
        "missing": lambda: None,
        "folder": lambda: bad.mkdir(),
    }[damage]()
    before_data, before_bad = files_in(s.db_path.parent), files_in(tmp_path / "bad.sqlite3")
    with pytest.raises(UsageError, match="cannot be restored.*Nothing was changed"):
        backups.restore(s, bad)
    assert organisations(s) == ["Current work"]
    assert files_in(s.db_path.parent).keys() == before_data.keys()  # no copy kept aside either
    assert files_in(tmp_path / "bad.sqlite3") == before_bad


def test_the_database_itself_is_not_a_backup(s: Session) -> None:
    with pytest.raises(UsageError, match="the database itself"):
        backups.restore(s, s.db_path)


# --- automatic copies ---------------------------------------------------------------------------


def test_skipped_when_nothing_changed(s: Session) -> None:
    assert backups.automatic(s, now=T0) is None  # a new database: nothing to keep yet
    add_contact(s, "First")
    first = backups.automatic(s, now=T0)
    assert first is not None
    assert backups.automatic(s, now=T0 + timedelta(hours=1)) is None
    user.save_settings(s, {"last_location": "pathway:child"})  # moving about is no work
    assert backups.automatic(s, now=T0 + timedelta(hours=2)) is None
    user.set_note(s, "pathway:child", "a note")
    third = backups.automatic(s, now=T0 + timedelta(hours=3))
    assert third is not None
    assert [b.path for b in backups.listing(s)] == [third]  # the day's newest copy replaces the older


def test_daily_makes_at_most_one_a_day(s: Session) -> None:
    add_contact(s, "A")
    assert backups.daily(s, now=T0) is not None
    add_contact(s, "B")
    assert backups.daily(s, now=T0 + timedelta(hours=23)) is None  # changed, but not a day yet
    assert backups.daily(s, now=T0 + timedelta(hours=25)) is not None


def test_a_backup_never_replaces_another(s: Session) -> None:
    folder = s.db_path.parent / "backups"
    first = backup_files.write_backup(s.connection, folder, "auto", T0)
    second = backup_files.write_backup(s.connection, folder, "auto", T0)  # the same second
    assert first != second and first.exists() and second.exists()
    assert [b.path for b in backup_files.list_backups(folder)] == [second, first]


def test_backups_are_whole_files_that_pass_the_checks(s: Session) -> None:
    add_contact(s, "A")
    made = backups.make(s, now=T0)
    assert made is not None and backup_files.problem(made) is None
    assert not made.with_name(made.name + "-wal").exists()
    assert [b.kind for b in backups.listing(s)] == ["auto"]


def test_a_content_reload_backs_up_first_unless_nothing_changed(s: Session) -> None:
    add_contact(s, "Before the reload")
    assert s.reload_content()
    kinds = [b.kind for b in backups.listing(s)]
    assert kinds == ["reload"]
    assert s.reload_content()
    assert [b.kind for b in backups.listing(s)] == ["reload"]  # nothing changed since


def test_automatic_backup_failure_is_not_an_error(s: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    add_contact(s, "A")

    def full(*_args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "write_backup", full)
    assert backups.automatic(s, now=T0) is None
    assert s.reload_content()  # the reload goes on


# --- tiers, with a fake clock -------------------------------------------------------------------


def _fake(folder: Path, when: datetime, kind: str = "auto") -> Path:
    folder.mkdir(exist_ok=True)
    p = folder / f"bali-desktop-{when:%Y-%m-%d-%H%M%S}-{kind}.sqlite3"
    p.write_bytes(b"")
    return p


def test_tiers_keep_7_daily_4_weekly_6_monthly(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = T0 + timedelta(days=400)
    days = [now - timedelta(days=n) for n in range(400)]  # one a day for 400 days
    for when in days:
        _fake(folder, when)
    stray = folder / "my own copy.sqlite3"
    stray.write_bytes(b"keep me")
    backup_files.prune(folder)
    kept = [b.when for b in backup_files.list_backups(folder)]
    assert len(kept) == 7 + 4 + 6
    assert kept[:7] == days[:7]  # the last 7 days
    weekly = kept[7:11]
    assert len({d.isocalendar()[:2] for d in weekly}) == 4 and all(d < days[6] for d in weekly)
    monthly = kept[11:]
    assert len({(d.year, d.month) for d in monthly}) == 6
    assert kept[-1] > now - timedelta(days=7 + 5 * 7 + 7 * 31)  # about 7 months back at most
    assert stray.exists()


def test_tiers_count_days_that_have_a_backup_not_calendar_days(tmp_path: Path) -> None:
    """Away for two months: the backups from before are still the last 7 daily ones."""
    folder = tmp_path / "backups"
    for n in range(10):
        _fake(folder, T0 + timedelta(days=n))
        _fake(folder, T0 + timedelta(days=n, hours=1))  # two on a day: the newer one stays
    backup_files.prune(folder)
    kept = [b.when for b in backup_files.list_backups(folder)]
    assert kept[:7] == [T0 + timedelta(days=n, hours=1) for n in range(9, 2, -1)]
    assert len(kept) == 7 and all(d.hour == 19 for d in kept)


def test_reload_backups_keep_the_newest_three_and_restore_copies_stay(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for n in range(6):
        _fake(folder, T0 + timedelta(days=n), "reload")
        _fake(folder, T0 + timedelta(days=n), "restore")
    backup_files.prune(folder)
    found = backup_files.list_backups(folder)
    assert [b.when.day for b in found if b.kind == "reload"] == [10, 9, 8]
    assert len([b for b in found if b.kind == "restore"]) == 6


def test_automatic_backups_over_weeks_with_a_fake_clock(s: Session) -> None:
    for day in range(30):
        add_contact(s, f"Day {day}")
        assert backups.daily(s, now=T0 + timedelta(days=day)) is not None
    found = backups.listing(s)
    assert len(found) <= 7 + 4 + 6 and len(found) >= 7 + 3
    assert found[0].when == T0 + timedelta(days=29)


# --- the commands -------------------------------------------------------------------------------


@pytest.fixture
def cli(capsys, folder: Path):  # noqa: ANN001, ANN201
    return lambda *args: run(capsys, "--data-dir", str(folder), *args)


def test_db_backups_restore_commands(cli, folder: Path, tmp_path: Path) -> None:  # noqa: ANN001
    assert cli("db", "backups") == (0, f"No backups yet in {folder / 'backups'}.\n", "")
    assert cli("contacts", "add", "--role", "iom", "--organisation", "Kept Org")[0] == 0
    copy = tmp_path / "copy.sqlite3"
    assert cli("db", "backup", str(copy))[0] == 0  # (also the day's first automatic backup)
    assert cli("contacts", "remove", "1")[0] == 0
    code, out, err = cli("db", "restore", str(copy))
    assert code == 0 and err == "" and out.startswith("Restored the backup copy.sqlite3;")
    assert "Kept Org" in cli("contacts", "list")[1]
    code, out, _ = cli("db", "backups")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert sorted(line.split("  ")[-2] for line in lines) == ["automatic", "kept aside before a restore"]
    assert lines[0][:19] >= lines[1][:19]  # newest first
    assert all(("KB  " in line or "MB  " in line) and str(folder / "backups") in line for line in lines)


def test_db_restore_refuses_a_bad_file_in_one_line(cli, folder: Path, tmp_path: Path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.sqlite3"
    _foreign(bad)
    before = (folder / paths.DB_FILE).read_bytes()
    code, out, err = cli("db", "restore", str(bad))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "not a Bali Desktop database" in err and "Nothing was changed" in err
    assert (folder / paths.DB_FILE).read_bytes() == before and not (folder / "backups").exists()


def test_db_restore_with_no_path_and_no_backups(cli) -> None:  # noqa: ANN001
    code, out, err = cli("db", "restore")
    assert code == 2 and out == "" and "no good backup" in err


def test_db_restore_when_the_database_cannot_be_opened(cli, folder: Path) -> None:  # noqa: ANN001
    s = Session.open(folder)
    add_contact(s, "Kept Org")
    made = backups.make(s, now=T0)
    s.close()
    db = folder / paths.DB_FILE
    db.unlink()  # another program's file under our name: refused at start (a damaged one is
    con = sqlite3.connect(db)  # restored on its own, tests/test_damaged_files.py)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    damaged = db.read_bytes()
    assert cli("contacts", "list")[0] == 2  # the database cannot be opened
    code, out, err = cli("db", "restore")
    assert code == 0 and out.startswith(f"Restored the backup {made.name};"), err
    assert "Kept Org" in cli("contacts", "list")[1]
    aside = [b.path for b in backup_files.list_backups(folder / "backups") if b.kind == "restore"]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # moved aside, never deleted
    assert str(aside[0]) in out


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_backups_are_private_to_the_user(s: Session) -> None:
    add_contact(s, "A")
    made = backups.make(s, now=T0)
    assert made is not None
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.parent.stat().st_mode) & 0o077 == 0


def test_a_backup_from_an_older_schema_is_migrated_after_the_restore(s: Session, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parent / "fixtures" / "db" / "0001.sqlite3", old)
    assert backup_files.problem(old) is None
    backups.restore(s, old)
    from bali_desktop.storage.migrate import current_revision
    from bali_desktop.storage.revision import HEAD

    assert current_revision(s.db_path) == HEAD and s.integrity() == "ok"
    assert user.contacts(s)  # the frozen file's contacts, readable through the session
    add_contact(s, "Added after the restore")  # and the session writes to the migrated schema
