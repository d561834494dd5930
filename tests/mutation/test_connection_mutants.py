"""The one way to the database (storage/connection.py), on small files: every connection's
pragmas, autocommit, a transaction that takes the write lock at once, commits, rolls back on any
failure (in the block or at COMMIT) and says a failed SQLite call in one line, the checkpoint that
empties the -wal, the stored time's text, the online backup. Written for the mutants that the
session-level tests let live (docs/mutation.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bali_desktop.storage import connection, errors
from bali_desktop.storage.errors import DiskFullError, LockedError, ReadOnlyError


@pytest.fixture
def con(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    c = connection.connect(tmp_path / "c.sqlite3")
    c.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")
    yield c
    c.close()


def other(tmp_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(tmp_path / "c.sqlite3", timeout=0, isolation_level=None)


def rows(tmp_path: Path) -> list[int]:
    o = other(tmp_path)
    try:
        return [r[0] for r in o.execute("SELECT x FROM t ORDER BY x")]
    finally:
        o.close()


def wal(tmp_path: Path) -> int:
    side = tmp_path / "c.sqlite3-wal"
    return side.stat().st_size if side.exists() else 0


def test_every_connection_gets_the_four_pragmas(con: sqlite3.Connection, tmp_path: Path) -> None:
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert con.execute("PRAGMA secure_delete").fetchone()[0] == 1
    raw = sqlite3.connect(tmp_path / "raw.sqlite3")
    raw.execute("PRAGMA secure_delete=OFF")
    connection.apply_pragmas(raw)
    assert [
        raw.execute(f"PRAGMA {p}").fetchone()[0] for p in ("foreign_keys", "synchronous", "secure_delete")
    ] == [
        1,
        2,
        1,
    ]
    raw.close()


def test_a_connection_is_in_autocommit_mode(con: sqlite3.Connection, tmp_path: Path) -> None:
    assert con.isolation_level is None
    con.execute("INSERT INTO t VALUES (1)")
    assert not con.in_transaction
    assert rows(tmp_path) == [1]


def test_a_transaction_commits_all_of_it(con: sqlite3.Connection, tmp_path: Path) -> None:
    with connection.transaction(con) as inside:
        assert inside is con and con.in_transaction
        con.execute("INSERT INTO t VALUES (1)")
        con.execute("INSERT INTO t VALUES (2)")
    assert not con.in_transaction
    assert rows(tmp_path) == [1, 2]


def test_a_transaction_holds_the_write_lock_from_its_start(con: sqlite3.Connection, tmp_path: Path) -> None:
    o = other(tmp_path)
    try:
        with connection.transaction(con):
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                o.execute("BEGIN IMMEDIATE")
        o.execute("BEGIN IMMEDIATE")
        o.execute("ROLLBACK")
    finally:
        o.close()


@pytest.mark.parametrize("error", [RuntimeError("power cut"), KeyboardInterrupt()])
def test_a_failure_in_the_block_undoes_it_and_comes_out_as_it_was(
    con: sqlite3.Connection, tmp_path: Path, error: BaseException
) -> None:
    with pytest.raises(type(error)) as raised, connection.transaction(con):
        con.execute("INSERT INTO t VALUES (1)")
        raise error
    assert raised.value is error
    assert not con.in_transaction
    assert rows(tmp_path) == []


def test_a_failure_after_sqlite_rolled_back_itself_still_comes_out(con: sqlite3.Connection) -> None:
    with pytest.raises(RuntimeError, match="after"), connection.transaction(con):
        con.execute("ROLLBACK")
        raise RuntimeError("after")
    assert not con.in_transaction


def test_a_bug_in_the_sql_comes_out_as_sqlites_error(con: sqlite3.Connection, tmp_path: Path) -> None:
    con.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError), connection.transaction(con):
        con.execute("INSERT INTO t VALUES (2)")
        con.execute("INSERT INTO t VALUES (1)")
    assert not con.in_transaction
    assert rows(tmp_path) == [1]


def test_a_failed_commit_is_rolled_back(con: sqlite3.Connection, tmp_path: Path) -> None:
    con.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    con.execute("CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), connection.transaction(con):
        con.execute("INSERT INTO t VALUES (5)")
        con.execute("INSERT INTO child VALUES (99)")
    assert not con.in_transaction
    assert rows(tmp_path) == []
    with connection.transaction(con):  # the connection is usable again
        con.execute("INSERT INTO t VALUES (6)")
    assert rows(tmp_path) == [6]


def test_a_lock_held_too_long_is_said_in_one_line(con: sqlite3.Connection, tmp_path: Path) -> None:
    o = other(tmp_path)
    o.execute("BEGIN IMMEDIATE")
    quick = sqlite3.connect(tmp_path / "c.sqlite3", timeout=0, isolation_level=None)
    try:
        with pytest.raises(LockedError) as raised, connection.transaction(quick):
            pass
        assert raised.value.__cause__ is None and raised.value.__suppress_context__
        assert not quick.in_transaction
    finally:
        quick.close()
        o.execute("ROLLBACK")
        o.close()


def test_a_failed_write_is_explained_with_the_data_folder(
    con: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder lets `explain` tell a full disk from a read-only one."""
    asked: list[Path | None] = []

    def low(folder: Path | None) -> bool:
        asked.append(folder)
        return folder == tmp_path

    monkeypatch.setattr(errors, "low_on_space", low)
    ro = sqlite3.connect((tmp_path / "c.sqlite3").as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        with pytest.raises(DiskFullError), connection.transaction(ro):
            ro.execute("INSERT INTO t VALUES (1)")
        assert asked == [tmp_path]
        monkeypatch.setattr(errors, "low_on_space", lambda folder: False)
        with pytest.raises(ReadOnlyError), connection.transaction(ro):
            ro.execute("INSERT INTO t VALUES (1)")
    finally:
        ro.close()


def test_a_checkpoint_empties_the_wal_and_never_fails(con: sqlite3.Connection, tmp_path: Path) -> None:
    con.execute("INSERT INTO t VALUES (1)")
    assert wal(tmp_path) > 0
    connection.checkpoint(con)
    assert wal(tmp_path) == 0
    o = other(tmp_path)
    o.execute("BEGIN IMMEDIATE")
    connection.checkpoint(con)  # busy: best effort, no error
    o.execute("ROLLBACK")
    o.close()
    closed = connection.connect(tmp_path / "x.sqlite3")
    closed.close()
    connection.checkpoint(closed)  # a closed connection: no error either


def test_times_are_stored_in_sqlalchemys_text_form() -> None:
    assert connection.to_db(datetime(2026, 12, 1, 21, 5, 7, 123456)) == "2026-12-01 21:05:07.123456"
    assert connection.to_db(datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02 03:04:05.000000"
    assert connection.from_db("2026-12-01 21:05:07.123456") == datetime(2026, 12, 1, 21, 5, 7, 123456)
    assert connection.from_db("2026-12-01 21:05:07") == datetime(2026, 12, 1, 21, 5, 7)
    assert connection.from_db("2026-12-01T21:05:07") == datetime(2026, 12, 1, 21, 5, 7)
    assert connection.from_db("2026-12-01") == datetime(2026, 12, 1)


def test_a_backup_copies_a_live_database_to_a_closed_file(
    con: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con.execute("INSERT INTO t VALUES (7)")  # still in the -wal
    target = tmp_path / "copy.sqlite3"
    opened: list[tuple[Path, dict[str, object]]] = []
    real = sqlite3.connect

    def recording(path: Path, **kw: float) -> sqlite3.Connection:
        opened.append((path, dict(kw)))
        return real(path, timeout=kw.get("timeout", 5.0))

    monkeypatch.setattr(sqlite3, "connect", recording)
    connection.backup_database(tmp_path / "c.sqlite3", target)
    connection.backup_database(tmp_path / "c.sqlite3", tmp_path / "b.sqlite3", timeout=0.5)
    monkeypatch.undo()
    assert opened == [
        (tmp_path / "c.sqlite3", {"timeout": 5.0}),
        (target, {}),
        (tmp_path / "c.sqlite3", {"timeout": 0.5}),
        (tmp_path / "b.sqlite3", {}),
    ]
    copy = sqlite3.connect(target)
    assert [r[0] for r in copy.execute("SELECT x FROM t")] == [7]
    copy.close()
    target.unlink()  # closed: nothing holds it
