"""Backup files, at the file level: copy with SQLite's backup API, check a file, list, prune.

Automatic backups live in `backups/` of the data folder, one self-contained SQLite file each
(rollback journal, no -wal), named `bali-desktop-YYYY-MM-DD-HHMMSS[-N]-KIND.sqlite3`:

- `auto`: the rolling copy (when the window closes, or once a day), kept in tiers: the newest
  of each of the last 7 days that have one, then of 4 weeks before those, then of 6 months;
- `reload`: made before a content reload; the newest 3 are kept;
- `restore`: the database as it was, kept aside before a restore; never pruned;
- `damaged`: a damaged database moved aside at start, before a backup took its place
  (storage/recovery.py); never pruned.

A new backup never replaces a file: its name is made unique and it is linked into place only
when complete. Only files named as above are ever pruned. Plain sqlite3 and pathlib.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.storage.revision import KNOWN_REVISIONS
from bali_desktop.storage.user_store import FIRST_USER_TABLES, KEPT_TABLES

FOLDER = "backups"
KINDS = ("auto", "reload", "restore", "damaged")
TIERS = (7, 4, 6)  # daily, weekly, monthly
KEEP_RELOAD = 3
_NAME = re.compile(
    r"^bali-desktop-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?-(auto|reload|restore|damaged)\.sqlite3$"
)
_STAMP = "%Y-%m-%d-%H%M%S"
_HEADER = b"SQLite format 3\x00"
# What "nothing changed" compares: the user's own work, the packs installed and the keys trusted
# (reading an item or moving about the window changes recent_items and settings, which is no
# reason for another copy).
WORK_TABLES = tuple(t for t in KEPT_TABLES if t not in ("recent_items", "settings"))
# A PDF is compared by its size and when it was added, not byte by byte.
_ROWS_OF = {"document_files": "pack_id, version, doc_id, title, file_name, length(pdf), added_at"}


@dataclass(frozen=True)
class BackupFile:
    path: Path
    when: datetime
    kind: str  # one of KINDS
    size: int  # bytes
    seq: int = 0  # the -N of a second backup made in the same second
    mtime_ns: int = 0


def folder_of(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def parse(path: Path) -> BackupFile | None:
    """The backup a file name describes (None for any other file)."""
    m = _NAME.match(path.name)
    if m is None:
        return None
    try:
        when = datetime.strptime(m.group(1), _STAMP)
        st = path.stat()
    except (ValueError, OSError):
        return None
    return BackupFile(path, when, m.group(3), st.st_size, int(m.group(2) or 0), st.st_mtime_ns)


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup in `folder`, newest first."""
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in map(parse, names) if b is not None]
    return sorted(found, key=lambda b: (b.when, b.seq, b.mtime_ns), reverse=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_to_part(source: sqlite3.Connection, part: Path) -> None:
    """A whole, fsynced copy of `source` in the new private file `part` (one file, no -wal)."""
    part.unlink(missing_ok=True)
    os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private, as the database
    dst = sqlite3.connect(part)
    try:
        source.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
    with open(part, "rb+") as f:
        os.fsync(f.fileno())


def _link_unique(part: Path, folder: Path, stamp: str, kind: str) -> Path:
    for n in range(1000):
        target = folder / f"bali-desktop-{stamp}{f'-{n}' if n else ''}-{kind}.sqlite3"
        try:
            os.link(part, target)  # fails if the name is taken: never over another backup
        except FileExistsError:
            continue
        return target
    raise OSError(f"no free backup name in {folder}")


def write_backup(source: sqlite3.Connection, folder: Path, kind: str, now: datetime) -> Path:
    """Copy the database behind `source` (a consistent snapshot) to a new file in `folder`."""
    assert kind in KINDS, kind
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = now.strftime(_STAMP)
    part = folder / f".bali-desktop-{stamp}-{os.getpid()}.part"
    try:
        _copy_to_part(source, part)
        target = _link_unique(part, folder, stamp, kind)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    _sync_folder(folder)
    return target


def _open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def problem(path: Path) -> str | None:
    """None when `path` is a good Bali Desktop database; else why not, as a short phrase.
    Opens the file read-only and changes nothing in it."""
    try:
        if not path.is_file():
            return QT_TRANSLATE_NOOP("said", "it is not a file")
        with open(path, "rb") as f:
            header = f.read(len(_HEADER))
    except OSError as e:
        return said(QT_TRANSLATE_NOOP("said", "it cannot be read ({why})"), why=e.strerror or str(e))
    if not header:
        return QT_TRANSLATE_NOOP("said", "it is empty")
    if header != _HEADER:
        return QT_TRANSLATE_NOOP("said", "it is not a SQLite database")
    try:
        con = _open_read_only(path)
        try:
            integrity = str(con.execute("PRAGMA integrity_check").fetchone()[0])
            if integrity != "ok":
                return QT_TRANSLATE_NOOP("said", "it is damaged")
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"meta", "alembic_version", *FIRST_USER_TABLES} <= tables:
                return QT_TRANSLATE_NOOP("said", "it is not a Bali Desktop database")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] not in KNOWN_REVISIONS:
                return QT_TRANSLATE_NOOP("said", "it was made by another version of Bali Desktop")
        finally:
            con.close()
    except sqlite3.Error:
        return QT_TRANSLATE_NOOP("said", "it is damaged or is not a Bali Desktop database")
    return None


def fingerprint(con: sqlite3.Connection) -> str:
    """A digest of the user's work in a database (WORK_TABLES): equal means nothing changed."""
    h = hashlib.sha256()
    for table in _present(con, WORK_TABLES):
        rows = sorted(repr(r) for r in con.execute(f"SELECT {_ROWS_OF.get(table, '*')} FROM {table}"))  # noqa: S608
        h.update(f"{table}:{len(rows)}\n".encode())
        for r in rows:
            h.update(r.encode("utf-8", "surrogatepass") + b"\n")
    return h.hexdigest()


def has_work(con: sqlite3.Connection) -> bool:
    return any(con.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in _present(con, WORK_TABLES))  # noqa: S608


def _present(con: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    """Those of `tables` the file has (one of an older schema lacks the tables added later)."""
    have = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [t for t in tables if t in have]


def file_fingerprint(path: Path) -> str | None:
    try:
        con = _open_read_only(path)
        try:
            return fingerprint(con)
        finally:
            con.close()
    except sqlite3.Error:
        return None


def unchanged(con: sqlite3.Connection, folder: Path) -> bool:
    """Whether a new backup would hold nothing new: the newest backup has the same work, or
    there is no backup and no work at all yet."""
    backups = list_backups(folder)
    if not backups:
        return not has_work(con)
    return file_fingerprint(backups[0].path) == fingerprint(con)


def backup_if_changed(con: sqlite3.Connection, db_path: Path, kind: str, now: datetime) -> Path | None:
    """A backup of this kind in the data folder's backups/ unless nothing changed; then prune."""
    where = folder_of(db_path)
    if unchanged(con, where):
        return None
    path = write_backup(con, where, kind, now)
    prune(where)
    return path


def copy_into(source: Path, target: sqlite3.Connection) -> None:
    """Replace the database behind `target` with the file `source`, with the backup API (in one
    step, under the write lock: all of it or nothing)."""
    src = _open_read_only(source)
    try:
        src.backup(target)
    finally:
        src.close()


def replace_file(db_path: Path, source: Path, now: datetime, kind: str = "restore") -> Path:
    """Put the file `source` in place of a database that cannot be opened. The file there (with
    its -wal and -shm) is first moved into backups/ under a new name of this kind (`restore`, or
    `damaged` at start), never deleted. Returns where it went."""
    folder = folder_of(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    part = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}.part")
    try:
        src = _open_read_only(source)
        try:
            _copy_to_part(src, part)
        finally:
            src.close()
        aside = _link_unique(db_path, folder, now.strftime(_STAMP), kind)
        for suffix in ("-wal", "-shm", "-journal"):
            sidecar = db_path.with_name(db_path.name + suffix)
            if sidecar.exists():
                os.replace(sidecar, aside.with_name(aside.name + suffix))
        os.replace(part, db_path)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    _sync_folder(folder)
    _sync_folder(db_path.parent)
    return aside


def newest_good(folder: Path) -> Path | None:
    """The newest automatic or before-reload backup in `folder` that passes the checks (a copy
    kept aside by a restore, or a damaged file moved aside, is chosen only by name)."""
    for b in list_backups(folder):
        if b.kind in ("auto", "reload") and problem(b.path) is None:
            return b.path
    return None


WIPE_SQL = (
    "DELETE FROM walkthrough_ticks",
    "DELETE FROM recent_items",
    "DELETE FROM settings WHERE key = 'last_location'",
)


def copies_of(db_path: Path) -> list[Path]:
    """Every copy of the database the app made: backups/ (every kind), the pre-migration and
    interrupted-start copies beside the database."""
    beside = list(db_path.parent.glob(f"{db_path.name}.*.bak"))
    return sorted({b.path for b in list_backups(folder_of(db_path))} | set(beside))


def wipe_copy(path: Path) -> bool:
    """Erase the walk-through ticks, the recent items and the last place from one copy, bytes
    and all (secure_delete, then VACUUM); False if the file cannot be cleaned (damaged)."""
    try:
        con = sqlite3.connect(path, isolation_level=None, timeout=5)
        try:
            con.execute("PRAGMA secure_delete=ON")
            con.execute("BEGIN IMMEDIATE")
            for sql in WIPE_SQL:
                con.execute(sql)
            con.execute("COMMIT")
            con.execute("VACUUM")
            journal = str(con.execute("PRAGMA journal_mode").fetchone()[0])
            if journal == "wal":
                con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return True


def _tiered(backups: list[BackupFile], tiers: tuple[int, ...]) -> set[Path]:
    periods: list[Callable[[datetime], Hashable]] = [
        lambda d: d.date(),
        lambda d: d.isocalendar()[:2],
        lambda d: (d.year, d.month),
    ]
    keep: set[Path] = set()
    oldest: datetime | None = None
    for period, count in zip(periods, tiers, strict=True):
        seen: set[Hashable] = set()
        kept_here: list[BackupFile] = []
        for b in backups:  # newest first
            if oldest is not None and b.when >= oldest:
                continue
            key = period(b.when)
            if key in seen or (oldest is not None and key == period(oldest)):
                continue
            if len(seen) == count:
                break
            seen.add(key)
            kept_here.append(b)
        keep.update(b.path for b in kept_here)
        if kept_here:
            oldest = kept_here[-1].when
    return keep


def to_prune(backups: list[BackupFile], tiers: tuple[int, ...] = TIERS) -> list[BackupFile]:
    """The backups the tiers no longer keep (newest first in, the ones to delete out)."""
    auto = [b for b in backups if b.kind == "auto"]
    reload = [b for b in backups if b.kind == "reload"]
    keep = _tiered(auto, tiers) | {b.path for b in reload[:KEEP_RELOAD]}
    return [b for b in auto + reload if b.path not in keep]


def prune(folder: Path, tiers: tuple[int, ...] = TIERS) -> list[Path]:
    """Delete the backups the tiers no longer keep; return them."""
    gone = []
    for b in to_prune(list_backups(folder), tiers):
        with contextlib.suppress(OSError):
            b.path.unlink()
            gone.append(b.path)
    return gone
