"""Which file a first start may copy (storage/prebuilt.py), on small SQLite files made here: only
a database at this program's head revision with no row in any table of the user's, never one
turned off by the environment; a copy is byte for byte, and a refused one leaves the target as it
was. Written for the mutants that tests/test_prebuilt.py (the whole first start) lets live
(docs/mutation.md)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bali_desktop.storage import prebuilt
from bali_desktop.storage.revision import HEAD
from bali_desktop.storage.user_store import KEPT_TABLES


def database(path: Path, versions: tuple[str, ...] = (HEAD,), tables: tuple[str, ...] = KEPT_TABLES) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.executemany("INSERT INTO alembic_version VALUES (?)", [(v,) for v in versions])
    for table in tables:
        con.execute(f'CREATE TABLE "{table}" (x)')
    con.commit()
    con.close()
    return path


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(prebuilt.OFF_ENV, raising=False)


@pytest.mark.parametrize(
    ("value", "off"), [(None, False), ("", False), ("0", False), ("1", True), ("yes", True)]
)
def test_prebuilt_files_are_turned_off_by_any_value_but_empty_or_zero(
    value: str | None, off: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv(prebuilt.OFF_ENV, raising=False)
    else:
        monkeypatch.setenv(prebuilt.OFF_ENV, value)
    assert prebuilt.disabled() is off
    assert prebuilt.OFF_ENV == "BALI_DESKTOP_NO_PREBUILT"


def test_an_empty_database_at_the_head_revision_is_copyable_and_left_unchanged(
    on: None, tmp_path: Path
) -> None:
    path = database(tmp_path / "ok.sqlite3")
    before = path.read_bytes()
    assert prebuilt.copyable(path) is True
    assert prebuilt.usable(path) is True
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.sqlite3"]  # no journal, no WAL left


def test_a_path_with_characters_a_uri_must_escape_is_read_too(on: None, tmp_path: Path) -> None:
    folder = tmp_path / "a folder #1 ?x=%20"
    folder.mkdir()
    assert prebuilt.copyable(database(folder / "ok.sqlite3")) is True


@pytest.mark.parametrize(
    "versions",
    [(), ("0001",), ("0004",), (HEAD, HEAD), (HEAD + "x",)],
    ids=["none", "first", "older", "twice", "other"],
)
def test_a_database_at_any_other_revision_is_not_copyable(versions: tuple[str, ...], tmp_path: Path) -> None:
    assert prebuilt.copyable(database(tmp_path / "db.sqlite3", versions)) is False


@pytest.mark.parametrize("table", KEPT_TABLES)
def test_a_row_in_any_table_of_the_users_makes_it_not_copyable(table: str, tmp_path: Path) -> None:
    path = database(tmp_path / "db.sqlite3")
    con = sqlite3.connect(path)
    con.execute(f'INSERT INTO "{table}" VALUES (1)')
    con.commit()
    con.close()
    assert prebuilt.copyable(path) is False


def test_a_database_lacking_a_table_of_the_users_is_not_copyable(tmp_path: Path) -> None:
    assert prebuilt.copyable(database(tmp_path / "db.sqlite3", tables=KEPT_TABLES[:-1])) is False


def test_no_file_a_folder_or_not_a_database_is_not_copyable(tmp_path: Path) -> None:
    assert prebuilt.copyable(tmp_path / "missing.sqlite3") is False
    assert prebuilt.copyable(tmp_path) is False
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert prebuilt.copyable(junk) is False
    empty = tmp_path / "no-version.sqlite3"
    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()
    assert prebuilt.copyable(empty) is False


def test_turned_off_nothing_is_usable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = database(tmp_path / "ok.sqlite3")
    monkeypatch.setenv(prebuilt.OFF_ENV, "1")
    assert prebuilt.usable(path) is False
    target = tmp_path / "target.sqlite3"
    target.write_bytes(b"")
    assert prebuilt.copy_into(target, path) is False and target.read_bytes() == b""


def test_usable_without_a_path_asks_about_the_shipped_file(
    on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(prebuilt, "PREBUILT", database(tmp_path / "shipped.sqlite3"))
    assert prebuilt.usable() is True
    monkeypatch.setattr(prebuilt, "PREBUILT", tmp_path / "missing.sqlite3")
    assert prebuilt.usable() is False


def test_a_copy_is_the_prebuilt_file_byte_for_byte(
    on: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = database(tmp_path / "shipped.sqlite3")
    con = sqlite3.connect(source)  # more than one copy chunk would hold is not needed: a few pages
    con.execute("CREATE TABLE content (t)")
    con.executemany("INSERT INTO content VALUES (?)", [("x" * 1000,)] * 50)
    con.commit()
    con.close()
    target = tmp_path / "private.sqlite3"
    target.write_bytes(b"")
    assert prebuilt.copy_into(target, source) is True
    assert target.read_bytes() == source.read_bytes()
    again = tmp_path / "again.sqlite3"
    again.write_bytes(b"")
    monkeypatch.setattr(prebuilt, "PREBUILT", source)
    assert prebuilt.copy_into(again) is True and again.read_bytes() == source.read_bytes()


def test_a_refused_copy_leaves_the_target_as_it_was(on: None, tmp_path: Path) -> None:
    source = database(tmp_path / "old.sqlite3", ("0001",))
    target = tmp_path / "private.sqlite3"
    target.write_bytes(b"")
    assert prebuilt.copy_into(target, source) is False and target.read_bytes() == b""


def test_the_shipped_file_is_read_as_immutable_even_while_another_connection_locks_it(
    on: None, tmp_path: Path
) -> None:
    """`immutable=1`: the shipped file is never written, so it is read without SQLite's locks (a
    locked or read-only copy of it is still recognised)."""
    path = database(tmp_path / "ok.sqlite3")
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("CREATE TABLE other (x)")
        assert prebuilt.copyable(path) is True
    finally:
        holder.execute("ROLLBACK")
        holder.close()
