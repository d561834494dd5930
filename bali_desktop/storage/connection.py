"""A plain sqlite3 connection for the hot read paths (start-up, search, settings).

Importing SQLAlchemy costs about 240 ms and 43 MB on a two-core laptop (bench/), so the
window's first search, the settings it starts with and the user's own tables go straight to
sqlite3; SQLAlchemy keeps the schema, the migrations and the content reload.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

# The text form SQLAlchemy's SQLite DateTime reads and writes, so both sides agree.
_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
FTS_TABLE = "content_fts"  # the FTS5 index over content (made by raw SQL in the migration)


PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # every commit on disk: a power cut loses no note
    "PRAGMA secure_delete=ON",  # wiped walk-through records are overwritten
)


def apply_pragmas(con: sqlite3.Connection) -> None:
    """What every connection to the database needs, from sqlite3 or from SQLAlchemy alike."""
    for pragma in PRAGMAS:
        con.execute(pragma)


def connect(db_path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(db_path, timeout=10, check_same_thread=False, isolation_level=None)
    apply_pragmas(con)
    return con


def to_db(moment: datetime) -> str:
    return moment.strftime(_DATETIME)


def from_db(text: str) -> datetime:
    return datetime.strptime(text, _DATETIME) if "." in text else datetime.fromisoformat(text)


def backup_database(source: Path, target: Path) -> None:
    """Copy a live database consistently (SQLite's online backup), to a new file."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
