"""Opening the database at start, and what happens when it cannot be opened.

- **Damaged** (SQLite says so, `quick_check` finds damage, the file is shorter than its header
  says, or it is empty): the file, with its -wal and -shm, is moved into `backups/` as a
  `damaged` copy (never deleted), the newest good backup is copied into its place, and the user
  is told in one sentence what happened and where the damaged file is. With no good backup the
  start is refused, nothing changed.
- **Another program's SQLite file** under our name is refused unchanged (storage/migrate.py).
- **A full disk** must not stop reading: the file is opened read-only (search and pathways
  work; a save says the disk is full).
- **A data folder that cannot be written** (its permissions, a read-only medium) must not stop
  reading either: a database already there at head is opened read-only (`open_read_only`).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bali_desktop.domain.errors import BaliError, DatabaseError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, message_of, said
from bali_desktop.storage import backup_files, salvage
from bali_desktop.storage.connection import connect
from bali_desktop.storage.errors import DamagedError, DiskFullError, explain_os, sqlite_cause
from bali_desktop.storage.migrate import ensure_schema, probe_error, read_only_uri
from bali_desktop.storage.revision import HEAD

_HEADER = b"SQLite format 3\x00"

READ_ONLY_NOTE = QT_TRANSLATE_NOOP(
    "said",
    "The disk holding Bali Desktop's data is full, so the library is open for reading only: "
    "search and pathways work, but nothing can be saved until some space is freed.",
)


@dataclass(frozen=True)
class Opened:
    connection: sqlite3.Connection
    recovered: str | None = None  # what was done, in one sentence, when a backup was restored
    read_only: str | None = None  # why nothing can be saved (a full disk)


def open_database(db_path: Path, *, now: datetime | None = None) -> Opened:
    """The database at head, checked; restored from the newest good backup if it is damaged,
    opened read-only if the disk is full."""
    try:
        return Opened(_open_checked(db_path))
    except DamagedError as damage:
        sentence = recover(db_path, message_of(damage), now or datetime.now())
        return Opened(_open_checked(db_path), recovered=sentence)
    except DiskFullError:
        return Opened(_open_for_reading(db_path), read_only=READ_ONLY_NOTE)


def open_read_only(db_path: Path, why: str, refused: BaliError) -> Opened:
    """The database opened for reading only (`why`: the sentence that says so); `refused` is
    raised when that cannot be done (no database at head there, or it cannot be read)."""
    if not db_path.is_file() or file_damage(db_path) is not None:
        raise refused
    try:
        return Opened(_open_for_reading(db_path, refused), read_only=why)
    except DatabaseError:
        raise refused from None


def file_damage(db_path: Path) -> str | None:
    """Damage that is plain from the file alone, before SQLite opens it: empty, or truncated
    (shorter than the size its header gives). None when it looks whole (or SQLite must say)."""
    try:
        size = db_path.stat().st_size
        wal = db_path.with_name(db_path.name + "-wal")
        wal_size = wal.stat().st_size if wal.exists() else 0
    except OSError:
        return None
    if wal_size > 0:  # the -wal holds the newest pages: the file alone says nothing
        return None
    if size == 0:
        return said(
            QT_TRANSLATE_NOOP("said", "The database file {path} is empty (0 bytes)."), path=str(db_path)
        )
    try:
        with open(db_path, "rb") as f:
            header = f.read(100)
    except OSError:
        return None
    if len(header) < 100 or not header.startswith(_HEADER):
        return None  # SQLite says "not a database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = header[24:28] == header[92:96]
    if size_is_valid and pages and size < pages * page_size:
        return said(
            QT_TRANSLATE_NOOP(
                "said",
                "The database file {path} is damaged (cut short: {size} of {whole} bytes).",
            ),
            path=str(db_path),
            size=size,
            whole=pages * page_size,
        )
    return None


def _open_checked(db_path: Path) -> sqlite3.Connection:
    """Schema at head, pragmas on, and SQLite's quick check passed; else a one-line error."""
    if db_path.exists():
        damage = file_damage(db_path)
        if damage is not None:
            raise DamagedError(damage)
    try:
        ensure_schema(db_path)
        con = connect(db_path)
    except DatabaseError:
        raise
    except OSError as e:  # no room for a first start's file, a read-only folder
        raise explain_os(e) from None
    except Exception as e:
        cause = sqlite_cause(e)
        if cause is None:
            raise
        raise probe_error(cause, db_path) from None
    try:
        found = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.Error as e:
        con.close()
        raise probe_error(e, db_path) from None
    if found != ["ok"]:
        con.close()
        raise DamagedError(
            said(QT_TRANSLATE_NOOP("said", "The database {path} is damaged."), path=str(db_path))
        )
    return con


def _open_for_reading(db_path: Path, refused: BaliError | None = None) -> sqlite3.Connection:
    """Read-only, for a full disk or a folder that cannot be written: with the -wal if SQLite
    can map it, else the file alone."""
    for uri in (read_only_uri(db_path), read_only_uri(db_path) + "&immutable=1"):
        try:
            con = sqlite3.connect(uri, uri=True)
            try:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                if row is not None and row[0] == HEAD:
                    return con
            except sqlite3.Error:
                pass
            con.close()
        except sqlite3.Error:
            continue
    from bali_desktop.storage.errors import DISK_FULL

    raise refused or DiskFullError(DISK_FULL)


def _sources(db_path: Path) -> list[tuple[Path, datetime]]:
    """Good backups to recover from, newest first: backups/, then the pre-migration copies."""
    found: list[tuple[Path, datetime]] = []
    newest = backup_files.newest_good(backup_files.folder_of(db_path))
    if newest is not None:
        parsed = backup_files.parse(newest)
        found.append((newest, parsed.when if parsed else datetime.fromtimestamp(newest.stat().st_mtime)))
    beside = sorted(
        db_path.parent.glob(f"{db_path.name}.before-*.bak"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for p in beside:
        if backup_files.problem(p) is None:
            found.append((p, datetime.fromtimestamp(p.stat().st_mtime)))
    return found


def _refuse_if_open(db_path: Path, why: str) -> None:
    """A damaged file another process has open is not moved from under it."""
    if open_elsewhere(db_path):
        raise DamagedError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "{why} Another copy of Bali Desktop (or another program) has it open, so nothing was "
                    "moved or changed; close it, then start again to restore the newest backup.",
                ),
                why=why,
            )
        )


def _salvaged(db_path: Path, why: str, now: datetime) -> str | None:
    """Put a copy of every kept row in place of the damaged file; the sentence, or None when
    the copy could not be made (then a backup is restored)."""
    from bali_desktop.storage.migrate import _remove_with_sidecars

    new = salvage.salvage(db_path)
    if new is None:
        return None
    try:
        aside = backup_files.replace_file(db_path, new, now, kind="damaged")
    except (OSError, sqlite3.Error) as e:
        raise DamagedError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "{why} Copying your work to a new database failed ({error}). Nothing was changed "
                    "or deleted.",
                ),
                why=why,
                error=str(getattr(e, "strerror", None) or e),
            )
        ) from None
    finally:
        _remove_with_sidecars(new)
    return said(
        QT_TRANSLATE_NOOP(
            "said",
            "The database was damaged, but not in your own work, so your notes, contacts, checklists, "
            "ticks, packs and keys were copied into a new database and the shipped content loaded "
            "again; the damaged file was moved to {aside}.",
        ),
        aside=str(aside),
    )


_SHM_DMS_BYTE = 128  # every SQLite connection to a WAL database holds a read lock here (unix VFS)


def open_elsewhere(db_path: Path) -> bool:
    """Whether another process has the database open (it holds SQLite's lock on the -shm):
    then a damaged file is not moved from under it. Always False where it cannot be told."""
    shm = db_path.with_name(db_path.name + "-shm")
    if os.name != "posix" or not shm.exists():
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
    except OSError:
        return True  # someone else holds it
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)
        return False
    finally:
        os.close(fd)


def recover(db_path: Path, why: str, now: datetime) -> str:
    """Move the damaged file aside and put in its place a salvaged copy (when the damage spares
    the user's own work: storage/salvage.py), else the newest good backup; the sentence to tell
    the user. With neither, refuse (DamagedError), nothing changed."""
    spared = "empty (0 bytes)" not in why and salvage.salvageable(db_path)
    if spared:
        _refuse_if_open(db_path, why)
        sentence = _salvaged(db_path, why, now)
        if sentence is not None:
            return sentence
    sources = _sources(db_path)
    if not sources:
        if "empty (0 bytes)" in why:
            raise DamagedError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "{why} There is no backup to restore it from. Nothing was changed; delete that "
                        "empty file to start a new library.",
                    ),
                    why=why,
                )
            )
        raise DamagedError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "{why} There is no good backup to restore it from. Nothing was changed or deleted; "
                    "to start a new library, move that file out of {folder}.",
                ),
                why=why,
                folder=str(db_path.parent),
            )
        )
    _refuse_if_open(db_path, why)
    source, when = sources[0]
    try:
        aside = backup_files.replace_file(db_path, source, now, kind="damaged")
    except (OSError, sqlite3.Error) as e:
        raise DamagedError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "{why} Restoring the backup {name} failed ({error}). Nothing was changed or deleted.",
                ),
                why=why,
                name=source.name,
                error=str(getattr(e, "strerror", None) or e),
            )
        ) from None
    empty = "empty (0 bytes)" in why
    return said(
        QT_TRANSLATE_NOOP(
            "said",
            "The database was empty, so it was moved to {aside} and the backup of {when} was restored "
            "in its place; anything saved after that backup is only in the moved file.",
        )
        if empty
        else QT_TRANSLATE_NOOP(
            "said",
            "The database was damaged, so it was moved to {aside} and the backup of {when} was restored "
            "in its place; anything saved after that backup is only in the moved file.",
        ),
        aside=str(aside),
        when=f"{when:%Y-%m-%d %H:%M}",
    )
