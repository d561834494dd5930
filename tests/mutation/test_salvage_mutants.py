"""Salvage of a damaged database whose damage spares the kept tables (storage/salvage.py), on
files made here at head (storage/migrate.py) and damaged by swapping two indexes' root pages: which
files are salvageable, what the new file holds (every kept row, the AUTOINCREMENT counters), and
that reading the damaged file leaves it and its folder as they were. Written for the mutants that
tests/test_salvage.py (whole sessions) lets live (docs/mutation.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bali_desktop.storage import migrate, salvage
from bali_desktop.storage.revision import HEAD, KNOWN_REVISIONS
from bali_desktop.storage.user_store import FIRST_USER_TABLES, KEPT_TABLES
from tests.damage import scramble_root


def head(path: Path) -> Path:
    migrate.ensure_schema(path)
    return path


def sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    for s in statements:
        con.execute(s)
    con.commit()
    con.close()


def with_work(path: Path) -> Path:
    head(path)
    sql(
        path,
        "INSERT INTO contacts (id, role, organisation, phone, hours, notes, country) "
        "VALUES (7, 'iom', 'Kept org', '', '', '', '')",
        "INSERT INTO notes VALUES ('pathway:child', 'kept note', '2026-01-01 00:00:00.000000')",
        "INSERT INTO settings VALUES ('language', 'id')",
        "INSERT INTO walkthrough_ticks VALUES ('pathway:child', 's1', 'done', '2026-01-01 00:00:00.000000')",
    )
    return path


def damage_outside_the_kept_tables(path: Path) -> None:
    """Two tables of our own (not kept) whose indexes' root pages are swapped."""
    _swap(path, ("xa", "xb"))


def _swap(path: Path, tables: tuple[str, str], make: bool = True) -> None:
    con = sqlite3.connect(path)
    if make:
        for t in tables:
            con.execute(f"CREATE TABLE {t} (x)")
            con.execute(f"CREATE INDEX {t}_x ON {t} (x)")
            con.executemany(f"INSERT INTO {t} VALUES (?)", [(f"{t}{i}",) for i in range(5)])
    a, b = (f"{t}_x" for t in tables)
    roots = dict(con.execute("SELECT name, rootpage FROM sqlite_master WHERE type = 'index'").fetchall())
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[b], a))
    con.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[a], b))
    con.commit()
    con.close()


def damage_in(path: Path, table: str) -> None:
    """The first bytes of `table`'s root page scrambled (as tests/test_salvage.py does)."""
    scramble_root(path, table)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- which tables, which files ------------------------------------------------------------


def test_the_kept_tables_of_a_whole_file_are_every_kept_table_in_order(tmp_path: Path) -> None:
    con = sqlite3.connect(head(tmp_path / "db.sqlite3"))
    assert salvage._kept_tables(con) == list(KEPT_TABLES)
    con.close()


def test_an_older_file_has_only_the_kept_tables_it_has(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    sql(
        path,
        "CREATE TABLE alembic_version (version_num)",
        f"INSERT INTO alembic_version VALUES ('{KNOWN_REVISIONS[0]}')",
    )
    sql(path, *(f'CREATE TABLE "{t}" (x)' for t in reversed(FIRST_USER_TABLES)))
    con = sqlite3.connect(path)
    assert salvage._kept_tables(con) == [t for t in KEPT_TABLES if t in FIRST_USER_TABLES]
    con.close()


@pytest.mark.parametrize("missing", ["alembic_version", *FIRST_USER_TABLES])
def test_a_file_without_one_of_our_first_tables_is_not_salvaged(tmp_path: Path, missing: str) -> None:
    path = head(tmp_path / "db.sqlite3")
    sql(path, f'DROP TABLE "{missing}"')
    con = sqlite3.connect(path)
    assert salvage._kept_tables(con) is None
    con.close()
    assert salvage.salvageable(path) is False


@pytest.mark.parametrize("version", ["9999", None])
def test_a_file_of_an_unknown_revision_is_not_salvaged(tmp_path: Path, version: str | None) -> None:
    path = head(tmp_path / "db.sqlite3")
    sql(path, "DELETE FROM alembic_version")
    if version:
        sql(path, f"INSERT INTO alembic_version VALUES ('{version}')")
    assert salvage.salvageable(path) is False
    assert salvage.salvage(path) is None


@pytest.mark.parametrize("version", KNOWN_REVISIONS)
def test_a_file_of_each_known_revision_is_read(tmp_path: Path, version: str) -> None:
    path = head(tmp_path / "db.sqlite3")
    sql(path, f"UPDATE alembic_version SET version_num = '{version}'")
    assert salvage.salvageable(path) is True


def test_damage_outside_the_kept_tables_is_salvageable(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    damage_outside_the_kept_tables(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
    con.close()
    assert salvage.salvageable(path) is True


@pytest.mark.parametrize("table", ["contacts", "settings", "trusted_keys"])
def test_damage_in_a_kept_table_is_not_salvageable(tmp_path: Path, table: str) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    damage_in(path, table)
    assert salvage.salvageable(path) is False
    assert salvage.salvage(path) is None
    assert names(tmp_path) == ["db.sqlite3"]  # the half-made file is removed


def test_a_file_sqlite_cannot_read_is_not_salvageable(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert salvage.salvageable(path) is False
    assert salvage.salvage(path) is None
    assert names(tmp_path) == ["db.sqlite3"]


def test_reading_a_damaged_file_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    damage_outside_the_kept_tables(path)
    before = path.read_bytes()
    assert salvage.salvageable(path) is True
    assert names(tmp_path) == ["db.sqlite3"] and path.read_bytes() == before


def test_sidecars_that_were_there_or_hold_anything_are_kept(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    wal, shm = (tmp_path / "db.sqlite3-wal"), (tmp_path / "db.sqlite3-shm")
    wal.write_bytes(b"")
    shm.write_bytes(b"")
    salvage._leave_no_trace(path, {wal})
    assert wal.exists() and not shm.exists()
    shm.write_bytes(b"x")
    salvage._leave_no_trace(path, set())
    assert shm.exists() and not wal.exists()


def test_a_file_with_a_wal_is_read_with_it_else_as_immutable(tmp_path: Path) -> None:
    path = head(tmp_path / "db.sqlite3")
    assert salvage._reading_uri(path) == migrate.read_only_uri(path) + "&immutable=1"
    (tmp_path / "db.sqlite3-wal").write_bytes(b"")
    assert salvage._reading_uri(path) == migrate.read_only_uri(path)


def test_a_file_whose_newest_rows_are_in_its_wal_is_salvaged_with_them(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    damage_outside_the_kept_tables(path)
    live = sqlite3.connect(path)
    live.execute("PRAGMA journal_mode=WAL")
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("INSERT INTO notes VALUES ('guide:x', 'only in the wal', '2026-01-02 00:00:00.000000')")
    live.commit()
    new = salvage.salvage(path)
    live.close()
    assert new is not None
    con = sqlite3.connect(new)
    assert ("guide:x", "only in the wal") in con.execute("SELECT ref, text FROM notes").fetchall()
    con.close()


# --- the new file --------------------------------------------------------------------------


def test_the_salvaged_file_holds_every_kept_row_at_head_and_keeps_the_counters(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    sql(path, "UPDATE sqlite_sequence SET seq = 500 WHERE name = 'contacts'")
    sql(path, "DELETE FROM sqlite_sequence WHERE name = 'checklists'")
    sql(path, "INSERT INTO sqlite_sequence (name, seq) VALUES ('checklists', 40)")
    sql(path, "INSERT INTO sqlite_sequence (name, seq) VALUES ('pack_contacts', 9)")
    damage_outside_the_kept_tables(path)
    before = path.read_bytes()
    new = salvage.salvage(path)
    assert new is not None and new.parent == tmp_path and new.name.startswith(".db.sqlite3.new-")
    assert path.read_bytes() == before
    assert names(tmp_path) == sorted([new.name, "db.sqlite3"])  # no -wal, no -shm left
    con = sqlite3.connect(new)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT id, organisation FROM contacts").fetchall() == [(7, "Kept org")]
        assert con.execute("SELECT ref, text FROM notes").fetchall() == [("pathway:child", "kept note")]
        assert con.execute("SELECT key, value FROM settings").fetchall() == [("language", "id")]
        assert con.execute("SELECT step_id FROM walkthrough_ticks").fetchall() == [("s1",)]
        seq = dict(con.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
        assert seq["contacts"] == 500 and seq["checklists"] == 40 and seq["pack_contacts"] == 9
        assert "xa" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()


def test_a_counter_lower_than_the_new_files_is_not_lowered(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    damage_outside_the_kept_tables(path)
    new = salvage.salvage(path)
    assert new is not None
    con = sqlite3.connect(new, isolation_level=None)
    con.execute("UPDATE sqlite_sequence SET seq = 900 WHERE name = 'contacts'")
    con.execute(f"ATTACH DATABASE '{path.absolute().as_uri()}?mode=ro' AS old")
    salvage._keep_sequences(con)
    assert con.execute("SELECT seq FROM main.sqlite_sequence WHERE name = 'contacts'").fetchone()[0] == 900
    con.close()


def test_an_old_file_without_counters_is_salvaged_all_the_same(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    sql(path, "DELETE FROM sqlite_sequence")
    new_con = sqlite3.connect(":memory:")
    new_con.execute("ATTACH DATABASE ':memory:' AS old")
    salvage._keep_sequences(new_con)  # no sqlite_sequence in old: nothing to do, no error
    new_con.close()
    damage_outside_the_kept_tables(path)
    assert salvage.salvage(path) is not None


def test_a_kept_table_of_another_shape_keeps_the_columns_both_have(tmp_path: Path) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    sql(
        path,
        "DROP TABLE bookmarks",
        "CREATE TABLE bookmarks (ref TEXT PRIMARY KEY, created_at, extra)",
        "INSERT INTO bookmarks VALUES ('guide:a', '2026-01-01 00:00:00.000000', 'x')",
        "DROP TABLE trusted_keys",
        "CREATE TABLE trusted_keys (nothing_in_common)",
        "INSERT INTO trusted_keys VALUES (1)",
    )
    damage_outside_the_kept_tables(path)
    new = salvage.salvage(path)
    assert new is not None
    con = sqlite3.connect(new)
    assert con.execute("SELECT ref FROM bookmarks").fetchall() == [("guide:a",)]
    assert con.execute("SELECT count(*) FROM trusted_keys").fetchone()[0] == 0
    con.close()


def test_a_failure_that_is_no_database_error_removes_the_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = with_work(tmp_path / "db.sqlite3")
    damage_outside_the_kept_tables(path)

    def boom(new: sqlite3.Connection) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(salvage, "_keep_sequences", boom)
    with pytest.raises(KeyboardInterrupt):
        salvage.salvage(path)
    assert names(tmp_path) == ["db.sqlite3"]


def test_a_file_that_is_not_there_is_not_salvageable(tmp_path: Path) -> None:
    assert salvage.salvageable(tmp_path / "none.sqlite3") is False
    assert names(tmp_path) == []


def test_a_counter_the_new_file_lacks_is_added(tmp_path: Path) -> None:
    for name in ("new", "old"):
        sql(tmp_path / f"{name}.sqlite3", "CREATE TABLE c (id INTEGER PRIMARY KEY AUTOINCREMENT, x)")
    sql(tmp_path / "old.sqlite3", "INSERT INTO c (id, x) VALUES (41, 'a')", "DELETE FROM c")
    con = sqlite3.connect(tmp_path / "new.sqlite3", isolation_level=None)
    assert con.execute("SELECT count(*) FROM sqlite_sequence").fetchone()[0] == 0
    con.execute("ATTACH DATABASE ? AS old", (str(tmp_path / "old.sqlite3"),))
    salvage._keep_sequences(con)
    assert con.execute("SELECT name, seq FROM main.sqlite_sequence").fetchall() == [("c", 41)]
    con.execute("INSERT INTO c (x) VALUES ('next')")
    assert con.execute("SELECT id FROM c").fetchone()[0] == 42
    con.close()
