"""Backup files at the file level (storage/backup_files.py), on small SQLite files made here: the
names a backup may have, the listing's order, a new backup (private, whole, never over another),
each reason a file is refused, the work's fingerprint, "nothing changed", putting a file in
place of a damaged one, the newest good backup, every copy, the wipe of a copy, the tiers. Written
for the mutants that the session-level tests let live (docs/mutation.md)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bali_desktop.storage import backup_files
from bali_desktop.storage.backup_files import BackupFile
from bali_desktop.storage.revision import HEAD, KNOWN_REVISIONS
from bali_desktop.storage.user_store import FIRST_USER_TABLES, KEPT_TABLES

T0 = datetime(2026, 3, 4, 5, 6, 7)


def database(path: Path, version: str | None = HEAD, tables: tuple[str, ...] = KEPT_TABLES) -> Path:
    """A small file shaped like ours: meta, alembic_version and the kept tables (one column
    each, but document_files and settings as the schema has them)."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meta (key, value)")
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    if version is not None:
        con.execute("INSERT INTO alembic_version VALUES (?)", (version,))
    for table in tables:
        if table == "document_files":
            con.execute(
                "CREATE TABLE document_files (pack_id, version, doc_id, title, file_name, pdf, added_at)"
            )
        elif table == "settings":
            con.execute("CREATE TABLE settings (key PRIMARY KEY, value)")
        elif table == "walkthrough_ticks":
            con.execute("CREATE TABLE walkthrough_ticks (pathway_ref, step_id, status, at)")
        else:
            con.execute(f'CREATE TABLE "{table}" (x)')
    con.commit()
    con.close()
    return path


def put(path: Path, sql: str, *params: object) -> None:
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def name(when: datetime, kind: str = "auto", seq: int = 0) -> str:
    return f"bali-desktop-{when:%Y-%m-%d-%H%M%S}{f'-{seq}' if seq else ''}-{kind}.sqlite3"


def fake(folder: Path, when: datetime, kind: str = "auto", seq: int = 0, data: bytes = b"") -> Path:
    folder.mkdir(exist_ok=True)
    p = folder / name(when, kind, seq)
    p.write_bytes(data)
    return p


# --- names and listing ---------------------------------------------------------------------


@pytest.mark.parametrize("kind", backup_files.KINDS)
def test_a_backup_name_of_each_kind_is_read(tmp_path: Path, kind: str) -> None:
    p = fake(tmp_path, T0, kind, data=b"12345")
    b = backup_files.parse(p)
    assert b == BackupFile(p, T0, kind, 5, 0, p.stat().st_mtime_ns)
    assert backup_files.parse(fake(tmp_path, T0, kind, seq=12)) == BackupFile(
        tmp_path / name(T0, kind, 12), T0, kind, 0, 12, (tmp_path / name(T0, kind, 12)).stat().st_mtime_ns
    )
    assert backup_files.KINDS == ("auto", "reload", "restore", "damaged")


@pytest.mark.parametrize(
    "bad",
    [
        "bali-desktop-2026-03-04-050607-manual.sqlite3",
        "bali-desktop-2026-03-04-050607-auto.sqlite3.part",
        "xbali-desktop-2026-03-04-050607-auto.sqlite3",
        "bali-desktop-2026-03-04-0506-auto.sqlite3",
        "bali-desktop-2026-13-04-050607-auto.sqlite3",  # no 13th month
        "bali-desktop-2026-03-04-050607--auto.sqlite3",
        "bali-desktop-2026-03-04-050607-x-auto.sqlite3",
        "bali-desktop-2026-03-04-050607-auto.sqlite",
        "my own copy.sqlite3",
    ],
)
def test_any_other_name_is_no_backup(tmp_path: Path, bad: str) -> None:
    (tmp_path / bad).write_bytes(b"")
    assert backup_files.parse(tmp_path / bad) is None
    assert backup_files.list_backups(tmp_path) == []


def test_a_name_without_a_file_is_no_backup(tmp_path: Path) -> None:
    assert backup_files.parse(tmp_path / name(T0)) is None


def test_backups_are_listed_newest_first_by_time_then_number(tmp_path: Path) -> None:
    a = fake(tmp_path, T0)
    b = fake(tmp_path, T0, seq=2)
    c = fake(tmp_path, T0, "reload", seq=1)
    d = fake(tmp_path, T0 + timedelta(seconds=1), "restore")
    e = fake(tmp_path, T0 - timedelta(days=1))
    assert [x.path for x in backup_files.list_backups(tmp_path)] == [d, b, c, a, e]
    assert backup_files.list_backups(tmp_path / "none") == []
    assert backup_files.folder_of(tmp_path / "db.sqlite3") == tmp_path / "backups"


def test_backups_of_the_same_name_parts_are_ordered_by_their_files_times(tmp_path: Path) -> None:
    a = fake(tmp_path, T0, "auto")
    b = fake(tmp_path, T0, "reload")
    os.utime(a, ns=(2_000_000_000_000_000_000, 2_000_000_000_000_000_000))
    os.utime(b, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    assert [x.path for x in backup_files.list_backups(tmp_path)] == [a, b]


# --- writing -------------------------------------------------------------------------------


def test_a_backup_is_a_whole_private_file_never_over_another(tmp_path: Path) -> None:
    db = database(tmp_path / "db.sqlite3")
    put(db, "INSERT INTO bookmarks VALUES ('x')")
    src = sqlite3.connect(db)
    src.execute("PRAGMA journal_mode=WAL")
    src.execute("INSERT INTO notes VALUES ('in the wal')")
    src.commit()
    folder = tmp_path / "backups"
    first = backup_files.write_backup(src, folder, "auto", T0)
    second = backup_files.write_backup(src, folder, "auto", T0)
    third = backup_files.write_backup(src, folder, "reload", T0)
    src.close()
    assert first.name == name(T0) and second.name == name(T0, seq=1) and third.name == name(T0, "reload")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name, third.name])
    copy = sqlite3.connect(first)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("SELECT x FROM notes").fetchall() == [("in the wal",)]
    copy.close()
    assert backup_files.problem(first) is None


def test_a_backup_of_an_unknown_kind_is_a_bug(tmp_path: Path) -> None:
    src = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    with pytest.raises(AssertionError):
        backup_files.write_backup(src, tmp_path / "backups", "manual", T0)
    src.close()


def test_with_every_name_taken_no_backup_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []

    def taken(src: Path, dst: Path) -> None:
        tried.append(Path(dst).name)
        raise FileExistsError(dst)

    monkeypatch.setattr(os, "link", taken)
    src = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    with pytest.raises(OSError) as raised:
        backup_files.write_backup(src, tmp_path / "backups", "auto", T0)
    src.close()
    assert str(raised.value) == f"no free backup name in {tmp_path / 'backups'}"
    assert len(tried) == 1000 and tried[0] == name(T0) and tried[-1] == name(T0, seq=999)
    assert list((tmp_path / "backups").iterdir()) == []  # the .part is gone


# --- checks --------------------------------------------------------------------------------


def test_a_good_file_passes_and_is_left_as_it_was(tmp_path: Path) -> None:
    db = database(tmp_path / "db.sqlite3")
    before = db.read_bytes()
    assert backup_files.problem(db) is None
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]
    for version in KNOWN_REVISIONS:
        assert backup_files.problem(database(tmp_path / f"{version}.sqlite3", version)) is None


def test_a_file_of_the_first_revision_needs_only_the_first_tables(tmp_path: Path) -> None:
    assert backup_files.problem(database(tmp_path / "old.sqlite3", "0001", FIRST_USER_TABLES)) is None
    for missing in FIRST_USER_TABLES:
        tables = tuple(t for t in FIRST_USER_TABLES if t != missing)
        db = database(tmp_path / f"no-{missing}.sqlite3", "0001", tables)
        assert backup_files.problem(db) == "it is not a Bali Desktop database"


def test_a_file_that_cannot_be_read_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = database(tmp_path / "db.sqlite3")

    def refused(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup_files, "open", refused, raising=False)
    assert backup_files.problem(db) == "it cannot be read (Permission denied)"

    def bare(*args: object) -> None:
        raise OSError("no reason given")

    monkeypatch.setattr(backup_files, "open", bare, raising=False)
    assert backup_files.problem(db) == "it cannot be read (no reason given)"


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: p.mkdir(), "it is not a file"),
        (lambda p: None, "it is not a file"),
        (lambda p: p.write_bytes(b""), "it is empty"),
        (lambda p: p.write_bytes(b"SQLite format 2\x00" + b"\x00" * 100), "it is not a SQLite database"),
        (lambda p: p.write_bytes(b"SQLite"), "it is not a SQLite database"),
        (
            lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000),
            "it is damaged or is not a Bali Desktop database",
        ),
    ],
)
def test_each_file_that_is_no_database_is_said_so(
    tmp_path: Path, make: Callable[[Path], object], why: str
) -> None:
    p = tmp_path / "x.sqlite3"
    make(p)
    assert backup_files.problem(p) == why


def test_a_database_that_is_not_ours_is_said_so(tmp_path: Path) -> None:
    assert backup_files.problem(database(tmp_path / "a.sqlite3", tables=KEPT_TABLES[1:])) == (
        "it is not a Bali Desktop database"
    )
    other = tmp_path / "b.sqlite3"
    put(other, "CREATE TABLE meta (x)")
    assert backup_files.problem(other) == "it is not a Bali Desktop database"
    no_meta = database(tmp_path / "c.sqlite3")
    put(no_meta, "DROP TABLE meta")
    assert backup_files.problem(no_meta) == "it is not a Bali Desktop database"
    no_version = database(tmp_path / "d.sqlite3")
    put(no_version, "DROP TABLE alembic_version")
    assert backup_files.problem(no_version) == "it is not a Bali Desktop database"


@pytest.mark.parametrize("version", ["9999", None, "0000"])
def test_a_database_of_another_version_is_said_so(tmp_path: Path, version: str | None) -> None:
    db = database(tmp_path / "v.sqlite3", version)
    assert backup_files.problem(db) == "it was made by another version of Bali Desktop"


def test_a_damaged_database_is_said_so(tmp_path: Path) -> None:
    """Two indexes' root pages swapped: SQLite opens the file, and its check lists the damage."""
    db = database(tmp_path / "d.sqlite3")
    con = sqlite3.connect(db)
    for t in ("a", "b"):
        con.execute(f"CREATE TABLE {t} (x)")
        con.execute(f"CREATE INDEX {t}_x ON {t} (x)")
        con.executemany(f"INSERT INTO {t} VALUES (?)", [(f"{t}{i}",) for i in range(5)])
    roots = dict(con.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'index'").fetchall())
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'a_x'", (roots["b_x"],))
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = 'b_x'", (roots["a_x"],))
    con.commit()
    con.close()
    assert backup_files.problem(db) == "it is damaged"


# --- fingerprints and "nothing changed" ----------------------------------------------------


def test_the_fingerprint_follows_the_work_only(tmp_path: Path) -> None:
    db = database(tmp_path / "db.sqlite3")
    con = sqlite3.connect(db)
    empty = backup_files.fingerprint(con)
    assert backup_files.fingerprint(con) == empty and len(empty) == 64
    con.execute("INSERT INTO recent_items VALUES ('guide:a')")
    con.execute("INSERT INTO settings VALUES ('last_location', 'guide:a')")
    assert backup_files.fingerprint(con) == empty
    con.execute("INSERT INTO bookmarks VALUES ('guide:a')")
    in_bookmarks = backup_files.fingerprint(con)
    assert in_bookmarks != empty
    con.execute("DELETE FROM bookmarks")
    con.execute("INSERT INTO notes VALUES ('guide:a')")
    assert backup_files.fingerprint(con) not in (empty, in_bookmarks)  # the table counts too
    con.execute("DELETE FROM notes")
    con.execute("INSERT INTO contacts VALUES ('a'), ('b')")
    ab = backup_files.fingerprint(con)
    con.execute("DELETE FROM contacts")
    con.execute("INSERT INTO contacts VALUES ('b'), ('a')")
    assert backup_files.fingerprint(con) == ab  # row order does not count
    con.execute("INSERT INTO contacts VALUES ('c\nd')")
    multi = backup_files.fingerprint(con)
    con.execute("DELETE FROM contacts WHERE x = 'c\nd'")
    con.execute("INSERT INTO contacts VALUES ('c'), ('d')")
    assert backup_files.fingerprint(con) != multi
    con.close()


def test_a_pdf_counts_by_its_size_and_time_not_its_bytes(tmp_path: Path) -> None:
    con = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    row = "INSERT INTO document_files VALUES ('p', '1', 'd', 'T', 'f.pdf', ?, '2026-01-01')"
    con.execute(row, (b"%PDF-aaaa",))
    first = backup_files.fingerprint(con)
    con.execute("UPDATE document_files SET pdf = ?", (b"%PDF-bbbb",))
    assert backup_files.fingerprint(con) == first
    con.execute("UPDATE document_files SET pdf = ?", (b"%PDF-bbbbb",))
    assert backup_files.fingerprint(con) != first
    con.close()


def test_a_file_of_an_older_schema_has_a_fingerprint_too(tmp_path: Path) -> None:
    old = database(tmp_path / "old.sqlite3", "0003", tuple(t for t in KEPT_TABLES if t != "packs"))
    assert backup_files.file_fingerprint(old) is not None
    assert backup_files.file_fingerprint(tmp_path / "none.sqlite3") is None
    (tmp_path / "junk.sqlite3").write_bytes(b"junk" * 100)
    assert backup_files.file_fingerprint(tmp_path / "junk.sqlite3") is None


def test_work_is_any_row_of_a_work_table(tmp_path: Path) -> None:
    con = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    assert backup_files.has_work(con) is False
    con.execute("INSERT INTO recent_items VALUES ('guide:a')")
    con.execute("INSERT INTO settings VALUES ('k', 'v')")
    assert backup_files.has_work(con) is False
    con.execute("INSERT INTO trusted_keys VALUES ('k')")
    assert backup_files.has_work(con) is True
    con.close()


def test_nothing_changed_compares_with_the_newest_backup(tmp_path: Path) -> None:
    db = database(tmp_path / "db.sqlite3")
    folder = tmp_path / "backups"
    con = sqlite3.connect(db)
    assert backup_files.unchanged(con, folder) is True  # no backup, no work
    assert backup_files.backup_if_changed(con, db, "auto", T0) is None
    con.execute("INSERT INTO bookmarks VALUES ('a')")
    con.commit()
    assert backup_files.unchanged(con, folder) is False
    first = backup_files.backup_if_changed(con, db, "auto", T0)
    assert first is not None and first.parent == folder
    assert backup_files.unchanged(con, folder) is True
    assert backup_files.backup_if_changed(con, db, "auto", T0 + timedelta(days=1)) is None
    con.execute("INSERT INTO bookmarks VALUES ('b')")
    con.commit()
    older = backup_files.write_backup(con, folder, "auto", T0 - timedelta(days=3))  # same work, older
    assert backup_files.unchanged(con, folder) is False
    assert older.exists()
    con.close()


def test_a_backup_if_changed_prunes_what_the_tiers_no_longer_keep(tmp_path: Path) -> None:
    db = database(tmp_path / "db.sqlite3")
    folder = tmp_path / "backups"
    for n in range(4):
        fake(folder, T0 - timedelta(days=10, hours=n), "reload")
    con = sqlite3.connect(db)
    con.execute("INSERT INTO bookmarks VALUES ('a')")
    con.commit()
    made = backup_files.backup_if_changed(con, db, "reload", T0)
    con.close()
    assert [b.path for b in backup_files.list_backups(folder)][0] == made
    assert len(backup_files.list_backups(folder)) == 3


# --- restoring, copies, wipes --------------------------------------------------------------


def test_copy_into_replaces_the_database_behind_a_connection(tmp_path: Path) -> None:
    source = database(tmp_path / "src.sqlite3")
    put(source, "INSERT INTO bookmarks VALUES ('from the backup')")
    target = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    target.execute("INSERT INTO notes VALUES ('gone')")
    target.commit()
    before = source.read_bytes()
    backup_files.copy_into(source, target)
    assert target.execute("SELECT x FROM bookmarks").fetchall() == [("from the backup",)]
    assert target.execute("SELECT x FROM notes").fetchall() == []
    target.close()
    assert source.read_bytes() == before


def test_a_file_put_in_place_moves_the_old_one_aside_with_its_sidecars(tmp_path: Path) -> None:
    db = tmp_path / "bali.sqlite3"
    db.write_bytes(b"damaged")
    for suffix in ("-wal", "-shm", "-journal"):
        (tmp_path / f"bali.sqlite3{suffix}").write_bytes(suffix.encode())
    source = database(tmp_path / "good.sqlite3")
    put(source, "INSERT INTO bookmarks VALUES ('good')")
    aside = backup_files.replace_file(db, source, T0, "damaged")
    assert aside == tmp_path / "backups" / name(T0, "damaged")
    assert aside.read_bytes() == b"damaged"
    for suffix in ("-wal", "-shm", "-journal"):
        assert aside.with_name(aside.name + suffix).read_bytes() == suffix.encode()
        assert not (tmp_path / f"bali.sqlite3{suffix}").exists()
    assert backup_files.problem(db) is None
    con = sqlite3.connect(db)
    assert con.execute("SELECT x FROM bookmarks").fetchall() == [("good",)]
    con.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "bali.sqlite3", "good.sqlite3"]
    again = backup_files.replace_file(db, source, T0)
    assert again == tmp_path / "backups" / name(T0, "restore")


def test_the_newest_good_backup_is_an_automatic_or_reload_one_that_passes(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    assert backup_files.newest_good(folder) is None
    old_auto = database(folder / name(T0))
    reload = database(folder / name(T0 + timedelta(hours=1), "reload"))
    database(folder / name(T0 + timedelta(hours=2), "restore"))
    database(folder / name(T0 + timedelta(hours=3), "damaged"))
    fake(folder, T0 + timedelta(hours=4), data=b"not a database")
    assert backup_files.newest_good(folder) == reload
    reload.unlink()
    assert backup_files.newest_good(folder) == old_auto


def test_every_copy_of_the_database_is_found(tmp_path: Path) -> None:
    db = tmp_path / "bali.sqlite3"
    folder = tmp_path / "backups"
    kinds = [fake(folder, T0 + timedelta(hours=n), k) for n, k in enumerate(backup_files.KINDS)]
    beside = [tmp_path / "bali.sqlite3.0003.bak", tmp_path / "bali.sqlite3.interrupted.bak"]
    for p in beside:
        p.write_bytes(b"")
    (tmp_path / "other.sqlite3.1.bak").write_bytes(b"")
    (folder / "mine.sqlite3").write_bytes(b"")
    assert backup_files.copies_of(db) == sorted(kinds + beside)


def test_a_wiped_copy_loses_ticks_recent_and_last_place_bytes_and_all(tmp_path: Path) -> None:
    copy = database(tmp_path / "copy.sqlite3")
    put(copy, "INSERT INTO walkthrough_ticks VALUES ('pathway:p', 'tick-zzqqxx', 'done', 't')")
    put(copy, "INSERT INTO recent_items VALUES ('recent-zzqqxx')")
    put(copy, "INSERT INTO settings VALUES ('last_location', 'place-zzqqxx')")
    put(copy, "INSERT INTO settings VALUES ('language', 'id')")
    put(copy, "INSERT INTO bookmarks VALUES ('kept-zzqqxx')")
    assert backup_files.wipe_copy(copy) is True
    data = copy.read_bytes()
    assert b"tick-zzqqxx" not in data and b"recent-zzqqxx" not in data and b"place-zzqqxx" not in data
    assert b"kept-zzqqxx" in data
    con = sqlite3.connect(copy)
    assert con.execute("SELECT * FROM settings").fetchall() == [("language", "id")]
    con.close()


def test_a_wiped_copy_in_wal_mode_leaves_an_empty_wal(tmp_path: Path) -> None:
    copy = database(tmp_path / "copy.sqlite3")
    keep = sqlite3.connect(copy)  # holds the -wal open after the wipe's connection closes
    keep.execute("PRAGMA journal_mode=WAL")
    keep.execute("INSERT INTO recent_items VALUES ('recent-zzqqxx')")
    keep.commit()
    assert backup_files.wipe_copy(copy) is True
    assert (tmp_path / "copy.sqlite3-wal").stat().st_size == 0
    keep.close()


def test_a_copy_that_cannot_be_cleaned_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"junk" * 300)
    assert backup_files.wipe_copy(bad) is False
    not_ours = tmp_path / "other.sqlite3"
    put(not_ours, "CREATE TABLE x (y)")
    assert backup_files.wipe_copy(not_ours) is False


# --- tiers ---------------------------------------------------------------------------------


def test_the_tiers_are_seven_days_four_weeks_six_months_and_three_reloads() -> None:
    assert backup_files.TIERS == (7, 4, 6) and backup_files.KEEP_RELOAD == 3


def test_each_tier_keeps_the_newest_of_a_period_older_than_the_tier_before(tmp_path: Path) -> None:
    days = [T0 - timedelta(days=n) for n in range(120)]
    backups = [backup_files.parse(fake(tmp_path, d)) for d in days]
    assert all(backups)
    found = backup_files.list_backups(tmp_path)
    kept = sorted(
        (b.when for b in found if b.path not in {x.path for x in backup_files.to_prune(found, (2, 2, 2))}),
        reverse=True,
    )
    assert kept[:2] == days[:2]
    weeks = kept[2:4]
    assert [d.isocalendar()[:2] for d in weeks] != [kept[1].isocalendar()[:2]] * 2
    assert all(d.isocalendar()[:2] != kept[1].isocalendar()[:2] for d in weeks)
    assert weeks[0] == max(d for d in days if d.isocalendar()[:2] < kept[1].isocalendar()[:2])
    months = kept[4:]
    assert len(months) == 2 and all((d.year, d.month) != (weeks[1].year, weeks[1].month) for d in months)
    assert months[0] == max(d for d in days if (d.year, d.month) < (weeks[1].year, weeks[1].month))
    assert len(kept) == 6


def test_prune_deletes_only_what_the_tiers_drop_and_says_which(tmp_path: Path) -> None:
    made = [fake(tmp_path, T0 - timedelta(days=n)) for n in range(5)]
    gone = backup_files.prune(tmp_path, (2, 0, 0))
    assert gone == made[2:]
    assert sorted(tmp_path.iterdir()) == sorted(made[:2])


def test_tiers_of_another_length_are_a_bug(tmp_path: Path) -> None:
    found = [backup_files.parse(fake(tmp_path, T0))]
    with pytest.raises(ValueError, match="zip"):
        backup_files.to_prune([b for b in found if b], (7, 4))


def test_a_backup_that_cannot_be_deleted_is_left_and_not_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = [fake(tmp_path, T0 - timedelta(days=n)) for n in range(4)]
    real = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == made[2]:
            raise PermissionError(13, "Permission denied")
        real(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    assert backup_files.prune(tmp_path, (1, 0, 0)) == [made[1], made[3]]
    assert sorted(tmp_path.iterdir()) == sorted([made[0], made[2]])


def test_a_backup_that_fails_before_its_file_is_made_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(source: sqlite3.Connection, part: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup_files, "_copy_to_part", full)
    src = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    with pytest.raises(OSError) as raised:
        backup_files.write_backup(src, tmp_path / "backups", "auto", T0)
    src.close()
    assert raised.value.errno == 28
    assert list((tmp_path / "backups").iterdir()) == []


def test_a_new_backup_and_a_file_put_in_place_sync_their_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new names are on disk too (a power cut right after keeps them), on POSIX systems."""
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            synced.append(st.st_ino)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    src = sqlite3.connect(database(tmp_path / "db.sqlite3"))
    backup_files.write_backup(src, tmp_path / "backups", "auto", T0)
    src.close()
    assert synced == [(tmp_path / "backups").stat().st_ino]
    synced.clear()
    db = tmp_path / "data" / "bali.sqlite3"
    db.parent.mkdir()
    db.write_bytes(b"damaged")
    backup_files.replace_file(db, tmp_path / "db.sqlite3", T0)
    assert synced == [(db.parent / "backups").stat().st_ino, db.parent.stat().st_ino]


def test_a_file_put_in_place_makes_a_private_backups_folder(tmp_path: Path) -> None:
    db = tmp_path / "bali.sqlite3"
    db.write_bytes(b"damaged")
    backup_files.replace_file(db, database(tmp_path / "good.sqlite3"), T0, "damaged")
    assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
