"""A damaged database whose damage is only in what can be rebuilt (the shipped content, its
full-text index): the user's own rows, the installed packs and the trusted keys are copied into a
new file at head, which takes the damaged file's place (storage/recovery.py); the content is then
loaded again from the shipped files. Nothing the user made is lost, even with no backup, and
the damaged file is moved aside unchanged.

Every kept table (user_store.KEPT_TABLES) must pass SQLite's own check of that table and its
indexes (`PRAGMA quick_check(table)`) and read whole; else nothing is salvaged and the newest
good backup is restored instead.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from bali_desktop.storage.revision import KNOWN_REVISIONS
from bali_desktop.storage.user_store import FIRST_USER_TABLES, KEPT_TABLES


def _kept_tables(old: sqlite3.Connection, schema: str = "main") -> list[str] | None:
    """The kept tables of a file whose every kept table is whole; None if one is not (or the
    file is not one of ours, of a known revision)."""
    try:
        tables = {
            str(r[0]) for r in old.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table'")
        }  # noqa: S608
        if not {"alembic_version", *FIRST_USER_TABLES} <= tables:
            return None
        row = old.execute(f"SELECT version_num FROM {schema}.alembic_version").fetchone()  # noqa: S608
        if row is None or row[0] not in KNOWN_REVISIONS:
            return None
        kept = [t for t in KEPT_TABLES if t in tables]
        for table in kept:
            if [str(r[0]) for r in old.execute(f'PRAGMA {schema}.quick_check("{table}")')] != ["ok"]:
                return None
            old.execute(f'SELECT count(*) FROM {schema}."{table}"').fetchone()  # noqa: S608
    except sqlite3.Error:
        return None
    return kept


def _sidecars(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]


def _leave_no_trace(db_path: Path, existed: set[Path]) -> None:
    """Remove the empty -wal and -shm that reading the damaged file made (one that was there
    before, or holds anything, is kept)."""
    for sidecar in _sidecars(db_path):
        with contextlib.suppress(OSError):
            if sidecar not in existed and sidecar.stat().st_size == 0:
                sidecar.unlink()


def _reading_uri(db_path: Path) -> str:
    """Read-only; with no -wal beside it, `immutable` too, so SQLite makes no -shm either."""
    from bali_desktop.storage.migrate import read_only_uri

    uri = read_only_uri(db_path)
    return uri if db_path.with_name(db_path.name + "-wal").exists() else uri + "&immutable=1"


def salvageable(db_path: Path) -> bool:
    """Whether the damage of `db_path` spares every kept table (read-only: nothing changes)."""
    existed = {p for p in _sidecars(db_path) if p.exists()}
    try:
        con = sqlite3.connect(_reading_uri(db_path), uri=True)
        try:
            return _kept_tables(con) is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False
    finally:
        _leave_no_trace(db_path, existed)


def salvage(db_path: Path) -> Path | None:
    """A new, closed file at head beside `db_path` holding every kept row of it (the caller puts
    it in place and removes it); None when the damage reaches a kept table."""
    from bali_desktop.storage.migrate import (
        _build_beside,
        _common_columns,
        _remove_with_sidecars,
    )

    existed = {p for p in _sidecars(db_path) if p.exists()}
    tmp = _build_beside(db_path)
    try:
        new = sqlite3.connect(tmp.absolute().as_uri(), uri=True, isolation_level=None)
        try:
            new.execute("ATTACH DATABASE ? AS old", (_reading_uri(db_path),))
            kept = _kept_tables(new, "old")
            if kept is None:
                raise LookupError("damage in a kept table")
            new.execute("BEGIN IMMEDIATE")
            for table in kept:
                cols = _common_columns(new, table)
                if cols:
                    names = ", ".join(f'"{c}"' for c in cols)
                    new.execute(
                        f'INSERT OR REPLACE INTO main."{table}" ({names}) SELECT {names} FROM old."{table}"'
                    )  # noqa: S608
            _keep_sequences(new)
            new.execute("COMMIT")
            new.execute("DETACH DATABASE old")
            new.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            new.close()
    except (sqlite3.Error, LookupError):
        _remove_with_sidecars(tmp)
        return None
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    finally:
        _leave_no_trace(db_path, existed)
    with contextlib.suppress(OSError):  # the new file is closed: no -wal is left beside it
        tmp.with_name(tmp.name + "-wal").unlink()
    return tmp


def _keep_sequences(new: sqlite3.Connection) -> None:
    """The AUTOINCREMENT counters of the old file, so no id is handed out twice (best effort: an
    unreadable counter leaves the highest id kept as the next start)."""
    try:
        rows = new.execute("SELECT name, seq FROM old.sqlite_sequence").fetchall()
    except sqlite3.Error:
        return
    for name, seq in rows:
        if new.execute(
            "UPDATE main.sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name)
        ).rowcount:
            continue
        new.execute("INSERT INTO main.sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))
