"""What a failed SQLite call means to the user, in one plain line: disk full, read-only, locked by
another program, damaged. Never the SQL, never its parameters (typed text can be a person's
name), never a web link: only what happened and what to do.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from bali_desktop.domain.errors import DatabaseError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said

BUSY_TIMEOUT_S = 5  # how long a save waits for another program's write lock before saying so
LOW_SPACE_BYTES = 1024 * 1024  # with less free than this, an I/O error is a full disk

# SQLite's primary result codes (the low byte of an extended code)
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 10, 11, 13, 14, 26


class DiskFullError(DatabaseError):
    """The disk holding the data folder is full."""


class ReadOnlyError(DatabaseError):
    """The database file or its folder cannot be written."""


class LockedError(DatabaseError):
    """Another program holds the database's write lock for too long."""


class DamagedError(DatabaseError):
    """The database file is damaged (or truncated, or empty)."""


DISK_FULL = QT_TRANSLATE_NOOP(
    "said",
    "The disk holding Bali Desktop's data is full, so this could not be saved. Nothing already "
    "saved was lost; free some space (delete or move files you do not need) and try again.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "said",
    "Bali Desktop's database cannot be written (the file or its folder is read-only), so this "
    "could not be saved. Nothing already saved was lost; check the permissions of the data folder.",
)
LOCKED = said(
    QT_TRANSLATE_NOOP(
        "said",
        "Another program has held Bali Desktop's database for more than {seconds} seconds "
        "(a database browser, a backup or sync tool, or a second copy of Bali Desktop), so this could "
        "not be saved. Nothing already saved was lost; close that program and try again.",
    ),
    seconds=BUSY_TIMEOUT_S,
)
DAMAGED = QT_TRANSLATE_NOOP(
    "said",
    "Bali Desktop's database is damaged. Nothing was deleted; close Bali Desktop and start it "
    "again to restore the newest backup, or run: bali-desktop db restore",
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "said",
    "Bali Desktop's database cannot be opened (its folder cannot be read or written). Nothing was "
    "changed; check the permissions of the data folder, or choose another with --data-dir.",
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "said",
    "The disk holding Bali Desktop's data could not be read or written, so this did not work. "
    "Nothing already saved was lost; check the disk (a USB stick taken out?) and try again.",
)


def sqlite_cause(error: BaseException) -> sqlite3.Error | None:
    """The sqlite3 error behind `error` (itself, or SQLAlchemy's `.orig`), if any."""
    if isinstance(error, sqlite3.Error):
        return error
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, sqlite3.Error) else None


def primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()  # an error made by hand (tests) has no code: read its words
    for words, guess in (
        ("disk is full", _FULL),
        ("readonly", _READONLY),
        ("read-only", _READONLY),
        ("locked", _BUSY),
        ("malformed", _CORRUPT),
        ("not a database", _NOTADB),
        ("disk i/o", _IOERR),
        ("unable to open", _CANTOPEN),
    ):
        if words in text:
            return guess
    return None


def low_on_space(folder: Path | None) -> bool:
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def is_damage(error: BaseException) -> bool:
    cause = sqlite_cause(error)
    return cause is not None and primary_code(cause) in (_CORRUPT, _NOTADB)


def is_no_room(error: BaseException, folder: Path | None) -> bool:
    """A full disk, however SQLite says it (a -shm that cannot be made is an I/O error)."""
    cause = sqlite_cause(error)
    if cause is None:
        return False
    code = primary_code(cause)
    return code == _FULL or (code in (_IOERR, _CANTOPEN) and low_on_space(folder))


def explain(error: BaseException, folder: Path | None = None) -> DatabaseError | None:
    """A one-line DatabaseError for a failed SQLite call (`folder`: the data folder, to tell a
    full disk from another I/O error); None for an error that is a bug (a constraint, bad SQL)."""
    if isinstance(error, DatabaseError):
        return error
    cause = sqlite_cause(error)
    if cause is None or isinstance(cause, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    code = primary_code(cause)
    if code == _FULL or (code in (_IOERR, _CANTOPEN) and low_on_space(folder)):
        return DiskFullError(DISK_FULL)
    if code in (_READONLY, _PERM):  # opened read-only because the disk is full: say that
        return DiskFullError(DISK_FULL) if low_on_space(folder) else ReadOnlyError(READ_ONLY)
    if code in (_BUSY, _LOCKED):
        return LockedError(LOCKED)
    if code in (_CORRUPT, _NOTADB):
        return DamagedError(DAMAGED)
    if code == _CANTOPEN:
        return DatabaseError(CANNOT_OPEN)
    if code == _IOERR:
        return DatabaseError(IO_ERROR)
    return None


def folder_of(con: sqlite3.Connection) -> Path | None:
    """The folder of the file behind `con` (None if SQLite cannot say)."""
    try:
        row = con.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]).parent if row and row[2] else None


def explain_os(error: OSError) -> DatabaseError:
    """A file-level failure while creating or copying the database, in one line."""
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(DISK_FULL)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError(READ_ONLY)
    return DatabaseError(
        said(
            QT_TRANSLATE_NOOP(
                "said",
                "Bali Desktop's database could not be created or opened ({why}). "
                "Nothing already saved was lost; check the disk and the data folder, and try again.",
            ),
            why=error.strerror or str(error),
        )
    )
