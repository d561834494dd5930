"""The one way to the database at run time: plain sqlite3, one connection per thread.

Importing SQLAlchemy costs about 240 ms and 43 MB on a two-core laptop (bench/), so nothing on
the run-time path uses it: SQLAlchemy and Alembic are imported only to create or migrate the
schema (storage/migrate.py), from the models in storage/schema.py. SQLite's own same-thread
check stays on: a connection is used only on the thread that opened it (the window's database
thread, or the command line's only thread).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bali_desktop.storage.errors import BUSY_TIMEOUT_S, explain, folder_of

# The text form SQLAlchemy's SQLite DateTime reads and writes (the migrations' view of the
# columns), so both sides agree.
_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
FTS_TABLE = "content_fts"  # the FTS5 index over content (made by raw SQL in the migration)

Row = tuple[object, ...]

PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # every commit on disk: a power cut loses no note
    "PRAGMA secure_delete=ON",  # wiped walk-through records are overwritten
)


def apply_pragmas(con: sqlite3.Connection) -> None:
    """What every connection to the database needs (the migrations' connections too)."""
    for pragma in PRAGMAS:
        con.execute(pragma)


def connect(db_path: Path) -> sqlite3.Connection:
    """Autocommit mode: every change runs inside an explicit `transaction()`."""
    con = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    apply_pragmas(con)
    return con


@contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One transaction: all of the change or none of it. A failed SQLite call (disk full,
    read-only, locked, damaged) comes out as one plain DatabaseError (storage/errors.py),
    never with the SQL or its parameters."""
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back itself
                con.execute("ROLLBACK")
            raise
        try:
            con.execute("COMMIT")
        except sqlite3.Error:
            with contextlib.suppress(sqlite3.Error):
                con.execute("ROLLBACK")
            raise
    except sqlite3.Error as e:
        said = explain(e, folder_of(con))
        if said is None:
            raise
        raise said from None


def checkpoint(con: sqlite3.Connection) -> None:
    """Fold the -wal into the file and empty it (`wal_checkpoint(TRUNCATE)`): after a delete or a
    wipe, the erased rows are then neither in the -wal nor (secure_delete) in the file. Best
    effort: another program reading at this moment only delays it to the last close."""
    with contextlib.suppress(sqlite3.Error):
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def to_db(moment: datetime) -> str:
    return moment.strftime(_DATETIME)


def from_db(text: str) -> datetime:
    return datetime.strptime(text, _DATETIME) if "." in text else datetime.fromisoformat(text)


def backup_database(source: Path, target: Path, timeout: float = 5.0) -> None:
    """Copy a live database consistently (SQLite's online backup), to a new file; `timeout`: how long
    to wait for another connection's lock on `source`."""
    src = sqlite3.connect(source, timeout=timeout)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
