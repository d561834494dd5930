"""Opening the database at start and recovering a damaged one (storage/recovery.py), on files
made here at head (storage/migrate.py): damage plain from the file alone, the quick check, the
read-only opening, the backups to recover from and their order, a file another process has open,
and each sentence `recover` says, word for word. Written for the mutants that the whole-session
tests (tests/test_damaged_files.py, tests/test_salvage.py) let live (docs/mutation.md)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from bali_desktop.domain.errors import DatabaseError, UsageError
from bali_desktop.storage import backup_files, migrate, recovery, salvage
from bali_desktop.storage.errors import DISK_FULL, DamagedError, DiskFullError, ReadOnlyError
from bali_desktop.storage.revision import HEAD
from tests.damage import scramble_root

T0 = datetime(2026, 3, 4, 5, 6, 7)
NOW = datetime(2026, 3, 9, 10, 11, 12)


def head(path: Path) -> Path:
    migrate.ensure_schema(path)
    return path


def sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()


def scramble(path: Path, table: str) -> None:
    scramble_root(path, table)


def backup(folder: Path, when: datetime, kind: str = "auto", note: str = "in the backup") -> Path:
    folder.mkdir(exist_ok=True)
    p = head(folder / f"bali-desktop-{when:%Y-%m-%d-%H%M%S}-{kind}.sqlite3")
    sql(p, f"INSERT INTO notes VALUES ('guide:a', '{note}', '2026-01-01 00:00:00.000000')")
    return p


def notes(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT text FROM notes")]
    finally:
        con.close()


# --- damage plain from the file ------------------------------------------------------------


def test_a_whole_file_shows_no_damage(tmp_path: Path) -> None:
    assert recovery.file_damage(head(tmp_path / "db.sqlite3")) is None
    assert recovery.file_damage(tmp_path / "none.sqlite3") is None


def test_an_empty_file_is_damage(tmp_path: Path) -> None:
    p = tmp_path / "db.sqlite3"
    p.write_bytes(b"")
    assert recovery.file_damage(p) == f"The database file {p} is empty (0 bytes)."
    (tmp_path / "db.sqlite3-wal").write_bytes(b"")  # an empty -wal says nothing either
    assert recovery.file_damage(p) == f"The database file {p} is empty (0 bytes)."
    (tmp_path / "db.sqlite3-wal").write_bytes(b"pages")
    assert recovery.file_damage(p) is None  # the -wal holds the newest pages


def test_a_file_cut_short_is_damage_by_its_headers_page_count(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    data = p.read_bytes()
    page_size = int.from_bytes(data[16:18], "big")
    pages = int.from_bytes(data[28:32], "big")
    assert pages * page_size == len(data)
    p.write_bytes(data[: len(data) - 1])
    whole = pages * page_size
    said = recovery.file_damage(p)
    assert said == f"The database file {p} is damaged (cut short: {whole - 1} of {whole} bytes)."
    p.write_bytes(data[:100])
    assert recovery.file_damage(p) == f"The database file {p} is damaged (cut short: 100 of {whole} bytes)."


def test_a_file_with_a_stale_page_count_or_none_is_left_to_sqlite(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    data = bytearray(p.read_bytes())
    stale = bytearray(data)
    stale[92:96] = (int.from_bytes(data[24:28], "big") + 1).to_bytes(4, "big")  # count not valid
    p.write_bytes(bytes(stale[:4096]))
    assert recovery.file_damage(p) is None
    none = bytearray(data)
    none[28:32] = (0).to_bytes(4, "big")
    p.write_bytes(bytes(none[:4096]))
    assert recovery.file_damage(p) is None


def test_a_page_size_of_one_means_65536(tmp_path: Path) -> None:
    p = tmp_path / "db.sqlite3"
    header = bytearray(b"SQLite format 3\x00" + bytes(84))
    header[16:18] = (1).to_bytes(2, "big")
    header[28:32] = (1).to_bytes(4, "big")
    p.write_bytes(bytes(header) + bytes(65536 - 100))
    assert recovery.file_damage(p) is None
    p.write_bytes(bytes(header) + bytes(65535 - 100))
    assert recovery.file_damage(p) == f"The database file {p} is damaged (cut short: 65535 of 65536 bytes)."


@pytest.mark.parametrize("data", [b"SQLite format 3\x00" + bytes(50), b"Not SQLite at all" + bytes(200)])
def test_a_short_or_foreign_header_is_left_to_sqlite(tmp_path: Path, data: bytes) -> None:
    p = tmp_path / "db.sqlite3"
    p.write_bytes(data)
    assert recovery.file_damage(p) is None


# --- opening ------------------------------------------------------------------------------


def test_a_good_file_opens_at_head_with_the_pragmas(tmp_path: Path) -> None:
    opened = recovery.open_database(head(tmp_path / "db.sqlite3"))
    assert opened.recovered is None and opened.read_only is None
    con = opened.connection
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()
    first = recovery.open_database(tmp_path / "new.sqlite3")  # a first start makes the file
    assert first.recovered is None
    first.connection.close()


def test_damage_the_quick_check_finds_is_said_with_the_path(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    data = bytearray(p.read_bytes())
    data[36:40] = (3).to_bytes(4, "big")  # the free-list count: SQLite opens it, its check fails
    p.write_bytes(bytes(data))
    with pytest.raises(DamagedError) as raised:
        recovery._open_checked(p)
    assert str(raised.value) == f"The database {p} is damaged."


def test_damage_sqlite_meets_while_checking_is_said_in_one_line(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    sql(p, *(f"INSERT INTO bookmarks VALUES ('guide:{i}', '2026-01-01')" for i in range(50)))
    scramble(p, "bookmarks")
    with pytest.raises(DamagedError) as raised:
        recovery._open_checked(p)
    said = f"The database {p} is damaged or is not a Bali Desktop database. Nothing was changed."
    assert str(raised.value) == said and raised.value.__suppress_context__


def test_an_empty_file_is_refused_as_damaged_before_sqlite_opens_it(tmp_path: Path) -> None:
    p = tmp_path / "db.sqlite3"
    p.write_bytes(b"")
    with pytest.raises(DamagedError) as raised:
        recovery._open_checked(p)
    assert str(raised.value) == f"The database file {p} is empty (0 bytes)."
    assert p.read_bytes() == b""


def test_a_file_that_is_no_database_is_said_in_one_line(tmp_path: Path) -> None:
    p = tmp_path / "db.sqlite3"
    p.write_bytes(b"x" * 5000)
    with pytest.raises(DatabaseError) as raised:
        recovery._open_checked(p)
    assert "Traceback" not in str(raised.value) and str(p) in str(raised.value)


def test_a_failure_to_make_the_file_is_said_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(path: Path) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery, "ensure_schema", full)
    with pytest.raises(DiskFullError) as raised:
        recovery._open_checked(tmp_path / "db.sqlite3")
    assert raised.value.__cause__ is None and raised.value.__suppress_context__

    def bug(path: Path) -> str:
        raise KeyError("a bug")

    monkeypatch.setattr(recovery, "ensure_schema", bug)
    with pytest.raises(KeyError):
        recovery._open_checked(tmp_path / "db.sqlite3")

    def locked(path: Path) -> str:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(recovery, "ensure_schema", locked)
    with pytest.raises(DatabaseError) as said:
        recovery._open_checked(tmp_path / "db.sqlite3")
    assert said.value.__suppress_context__

    def refused(path: Path) -> str:
        raise ReadOnlyError("read only")

    monkeypatch.setattr(recovery, "ensure_schema", refused)
    with pytest.raises(ReadOnlyError, match="read only"):
        recovery._open_checked(tmp_path / "db.sqlite3")


def test_a_full_disk_opens_the_file_for_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = head(tmp_path / "db.sqlite3")

    def full(path: Path) -> sqlite3.Connection:
        raise DiskFullError(DISK_FULL)

    monkeypatch.setattr(recovery, "_open_checked", full)
    opened = recovery.open_database(p)
    assert opened.read_only == recovery.READ_ONLY_NOTE and opened.recovered is None
    assert opened.read_only.startswith("The disk holding Bali Desktop's data is full, so the library is open")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened.connection.execute("INSERT INTO notes VALUES ('a', 'b', 'c')")
    opened.connection.close()


def test_a_file_opened_for_reading_must_be_at_head(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    con = recovery._open_for_reading(p)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    con.close()
    sql(p, "UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(DiskFullError) as raised:
        recovery._open_for_reading(p)
    assert str(raised.value) == DISK_FULL
    refused = UsageError("refused")
    with pytest.raises(UsageError) as given:
        recovery._open_for_reading(p, refused)
    assert given.value is refused
    sql(p, "DROP TABLE alembic_version")
    with pytest.raises(DiskFullError):
        recovery._open_for_reading(p)


def test_a_file_with_a_wal_sqlite_cannot_map_is_read_alone(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    (tmp_path / "db.sqlite3-wal").write_bytes(b"")
    (tmp_path / "db.sqlite3-shm").write_bytes(b"")
    os.chmod(tmp_path / "db.sqlite3-shm", 0o400)
    con = recovery._open_for_reading(p)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    con.close()


def test_a_database_opened_read_only_says_why(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    refused = UsageError("cannot")
    opened = recovery.open_read_only(p, "the folder is read-only", refused)
    assert opened.read_only == "the folder is read-only" and opened.recovered is None
    opened.connection.close()
    for bad in (tmp_path / "none.sqlite3", tmp_path):
        with pytest.raises(UsageError) as raised:
            recovery.open_read_only(bad, "why", refused)
        assert raised.value is refused
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(UsageError):
        recovery.open_read_only(empty, "why", refused)
    sql(p, "UPDATE alembic_version SET version_num = '0001'")
    with pytest.raises(UsageError) as raised:
        recovery.open_read_only(p, "why", refused)
    assert raised.value is refused
    refused_db = DatabaseError("cannot read")
    with pytest.raises(DatabaseError) as raised_db:
        recovery.open_read_only(p, "why", refused_db)
    assert raised_db.value is refused_db


# --- what to recover from ------------------------------------------------------------------


def test_the_sources_are_the_newest_good_backup_then_the_copies_beside_newest_first(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    folder = tmp_path / "backups"
    assert recovery._sources(db) == []
    older = backup(folder, T0)
    newer = backup(folder, T0.replace(hour=9))
    beside_old = head(tmp_path / "db.sqlite3.before-0003.bak")
    beside_new = head(tmp_path / "db.sqlite3.before-0004.bak")
    bad = tmp_path / "db.sqlite3.before-0002.bak"
    bad.write_bytes(b"junk")
    os.utime(beside_old, (1_700_000_000, 1_700_000_000))
    os.utime(beside_new, (1_700_000_100, 1_700_000_100))
    os.utime(bad, (1_700_000_200, 1_700_000_200))
    found = recovery._sources(db)
    assert found == [
        (newer, T0.replace(hour=9)),
        (beside_new, datetime.fromtimestamp(1_700_000_100)),
        (beside_old, datetime.fromtimestamp(1_700_000_000)),
    ]
    assert older.exists()


@contextmanager
def held_open(db: Path) -> Iterator[None]:
    """Another process holds `db` open (WAL, a read done) while the block runs."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL');"
            " c.execute('SELECT count(*) FROM notes').fetchone(); print('open', flush=True);"
            " sys.stdin.read()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        yield
    finally:
        holder.communicate("")


# --- another process ----------------------------------------------------------------------


def test_a_file_another_process_has_open_is_told(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    assert recovery.open_elsewhere(p) is False  # no -shm
    with held_open(p):
        assert recovery.open_elsewhere(p) is True
        with pytest.raises(DamagedError) as raised:
            recovery._refuse_if_open(p, "It is damaged.")
        assert str(raised.value) == (
            "It is damaged. Another copy of Bali Desktop (or another program) has it open, so nothing was "
            "moved or changed; close it, then start again to restore the newest backup."
        )
    (tmp_path / "db.sqlite3-shm").write_bytes(bytes(32768))
    assert recovery.open_elsewhere(p) is False  # a -shm there, nobody holds it
    recovery._refuse_if_open(p, "why")  # no error
    os.chmod(tmp_path / "db.sqlite3-shm", 0o000)
    if os.geteuid() != 0:
        assert recovery.open_elsewhere(p) is False  # cannot be told


# --- recover and its sentences -------------------------------------------------------------


def test_an_empty_file_without_a_backup_is_refused_and_left(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(b"")
    why = recovery.file_damage(db)
    assert why is not None
    with pytest.raises(DamagedError) as raised:
        recovery.recover(db, why, NOW)
    assert str(raised.value) == (
        f"{why} There is no backup to restore it from. Nothing was changed; delete that "
        "empty file to start a new library."
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_a_damaged_file_without_a_backup_is_refused_and_left(tmp_path: Path) -> None:
    db = head(tmp_path / "db.sqlite3")
    scramble(db, "notes")
    before = db.read_bytes()
    with pytest.raises(DamagedError) as raised:
        recovery.recover(db, "It is damaged.", NOW)
    assert str(raised.value) == (
        "It is damaged. There is no good backup to restore it from. Nothing was changed or deleted; "
        f"to start a new library, move that file out of {tmp_path}."
    )
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    ("empty", "start"), [(True, "The database was empty"), (False, "The database was damaged")]
)
def test_a_damaged_or_empty_file_is_moved_aside_and_the_backup_restored(
    tmp_path: Path, empty: bool, start: str
) -> None:
    db = head(tmp_path / "db.sqlite3")
    if empty:
        db.write_bytes(b"")
        why = recovery.file_damage(db)
    else:
        scramble(db, "notes")
        why = "It is damaged."
    assert why is not None
    good = backup(tmp_path / "backups", T0)
    sentence = recovery.recover(db, why, NOW)
    aside = tmp_path / "backups" / "bali-desktop-2026-03-09-101112-damaged.sqlite3"
    assert sentence == (
        f"{start}, so it was moved to {aside} and the backup of 2026-03-04 05:06 was restored "
        "in its place; anything saved after that backup is only in the moved file."
    )
    assert aside.exists() and good.exists()
    assert notes(db) == ["in the backup"]


def test_damage_that_spares_the_work_is_salvaged_not_restored(tmp_path: Path) -> None:
    db = head(tmp_path / "db.sqlite3")
    sql(db, "INSERT INTO notes VALUES ('guide:a', 'newer than the backup', '2026-01-01 00:00:00.000000')")
    sql(
        db,
        *(
            f"INSERT INTO content_items (ref, kind, title, text, official, position, related, data) "
            f"VALUES ('x:{i}', 'x', 't', '{'w' * 200}', 0, {i}, '[]', '{{}}')"
            for i in range(40)
        ),
    )
    scramble(db, "content_items")
    assert salvage.salvageable(db)
    backup(tmp_path / "backups", T0)
    sentence = recovery.recover(db, "It is damaged.", NOW)
    aside = tmp_path / "backups" / "bali-desktop-2026-03-09-101112-damaged.sqlite3"
    assert sentence == (
        "The database was damaged, but not in your own work, so your notes, contacts, checklists, "
        "ticks, packs and keys were copied into a new database and the shipped content loaded "
        f"again; the damaged file was moved to {aside}."
    )
    assert notes(db) == ["newer than the backup"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".db.sqlite3.new-")]


def test_an_empty_file_is_never_salvaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(b"")
    monkeypatch.setattr(salvage, "salvageable", lambda path: True)
    backup(tmp_path / "backups", T0)
    assert recovery.recover(db, f"The database file {db} is empty (0 bytes).", NOW).startswith(
        "The database was empty, so it was moved"
    )


def test_a_salvage_that_cannot_be_put_in_place_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = head(tmp_path / "db.sqlite3")
    made = head(tmp_path / ".db.sqlite3.new-x")
    monkeypatch.setattr(salvage, "salvageable", lambda path: True)
    monkeypatch.setattr(salvage, "salvage", lambda path: made)

    def full(*args: object, **kw: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "replace_file", full)
    with pytest.raises(DamagedError) as raised:
        recovery.recover(db, "It is damaged.", NOW)
    assert str(raised.value) == (
        "It is damaged. Copying your work to a new database failed (No space left on device). Nothing "
        "was changed or deleted."
    )
    assert raised.value.__suppress_context__
    assert not made.exists()


def test_a_salvage_that_fails_falls_back_to_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = head(tmp_path / "db.sqlite3")
    monkeypatch.setattr(salvage, "salvageable", lambda path: True)
    monkeypatch.setattr(salvage, "salvage", lambda path: None)
    backup(tmp_path / "backups", T0)
    assert recovery.recover(db, "It is damaged.", NOW).startswith("The database was damaged, so it was moved")


def test_a_restore_that_fails_says_so_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = head(tmp_path / "db.sqlite3")
    scramble(db, "notes")
    good = backup(tmp_path / "backups", T0)

    def failing(*args: object, **kw: object) -> Path:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_files, "replace_file", failing)
    with pytest.raises(DamagedError) as raised:
        recovery.recover(db, "It is damaged.", NOW)
    assert str(raised.value) == (
        f"It is damaged. Restoring the backup {good.name} failed (disk I/O error). "
        "Nothing was changed or deleted."
    )
    assert raised.value.__suppress_context__


def test_a_damaged_file_at_start_is_recovered_and_said(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    db.write_bytes(b"")
    backup(tmp_path / "backups", T0)
    opened = recovery.open_database(db, now=NOW)
    assert opened.recovered is not None and opened.recovered.startswith(
        "The database was empty, so it was moved"
    )
    assert "2026-03-09-101112-damaged" in opened.recovered
    assert opened.read_only is None
    opened.connection.close()
    db.write_bytes(b"")
    opened = recovery.open_database(db)  # now: the clock's
    assert opened.recovered is not None and f"{datetime.now():%Y-%m-%d}" in opened.recovered
    opened.connection.close()


def test_a_file_cut_short_is_not_opened_read_only(tmp_path: Path) -> None:
    p = head(tmp_path / "db.sqlite3")
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 4096])
    refused = DatabaseError("cannot")
    with pytest.raises(DatabaseError) as raised:
        recovery.open_read_only(p, "why", refused)
    assert raised.value is refused


def test_a_lock_at_start_is_said_as_a_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bali_desktop.storage.errors import LockedError

    def locked(path: Path) -> str:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(recovery, "ensure_schema", locked)
    with pytest.raises(LockedError):
        recovery._open_checked(tmp_path / "db.sqlite3")


def test_a_salvage_that_sqlite_cannot_put_in_place_says_sqlites_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = head(tmp_path / "db.sqlite3")
    made = head(tmp_path / ".db.sqlite3.new-x")
    monkeypatch.setattr(salvage, "salvageable", lambda path: True)
    monkeypatch.setattr(salvage, "salvage", lambda path: made)

    def failing(*args: object, **kw: object) -> Path:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(backup_files, "replace_file", failing)
    with pytest.raises(DamagedError) as raised:
        recovery.recover(db, "It is damaged.", NOW)
    assert str(raised.value) == (
        "It is damaged. Copying your work to a new database failed (disk I/O error). Nothing "
        "was changed or deleted."
    )


def test_the_copies_beside_are_taken_newest_first_by_their_time_not_their_name(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    a = head(tmp_path / "db.sqlite3.before-0003.bak")
    b = head(tmp_path / "db.sqlite3.before-0004.bak")
    os.utime(a, (1_700_000_100, 1_700_000_100))
    os.utime(b, (1_700_000_000, 1_700_000_000))
    assert [p for p, _ in recovery._sources(db)] == [a, b]


@pytest.mark.parametrize("spared", [True, False])
def test_recover_moves_nothing_another_process_holds_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spared: bool
) -> None:
    p = head(tmp_path / "db.sqlite3")
    backup(tmp_path / "backups", T0)
    monkeypatch.setattr(salvage, "salvageable", lambda path: spared)
    with held_open(p):
        with pytest.raises(DamagedError) as raised:
            recovery.recover(p, "It is damaged.", NOW)
        assert str(raised.value).startswith("It is damaged. Another copy of Bali Desktop")
    assert not (tmp_path / "backups" / "bali-desktop-2026-03-09-101112-damaged.sqlite3").exists()


def test_a_restore_the_disk_refuses_says_the_systems_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = head(tmp_path / "db.sqlite3")
    scramble(db, "notes")
    good = backup(tmp_path / "backups", T0)

    def full(*args: object, **kw: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "replace_file", full)
    with pytest.raises(DamagedError) as raised:
        recovery.recover(db, "It is damaged.", NOW)
    assert str(raised.value) == (
        f"It is damaged. Restoring the backup {good.name} failed (No space left on device). "
        "Nothing was changed or deleted."
    )
