"""Automatic backups and restoring one: the use-cases over storage/backup_files.py.

A rolling copy is made when the window closes and once a day (`automatic`), and one before
every content reload (services/session.py); each is skipped when the user's work has not
changed since the newest backup. `restore` checks the file first, keeps the current database
aside in `backups/`, then copies the backup in with SQLite's backup API.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.domain.errors import DatabaseError, UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.services import database
from bali_desktop.services.database import CheckResult
from bali_desktop.storage import backup_files

if TYPE_CHECKING:
    from bali_desktop.services.session import Session
    from bali_desktop.storage.pack_rows import KeyRow

log = logging.getLogger(__name__)

DAILY = timedelta(days=1)
KIND_LABELS = {
    "auto": "automatic",
    "reload": "before a content reload",
    "restore": "kept aside before a restore",
    "damaged": "damaged, moved aside at start",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    when: datetime
    size: int  # bytes
    kind: str  # "auto" | "reload" | "restore" | "damaged"

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def size_text(self) -> str:
        """The size as people read it: 812 KB, 3.4 MB."""
        if self.size < 1024 * 1024:
            return f"{max(1, round(self.size / 1024))} KB"
        return f"{self.size / (1024 * 1024):.1f} MB"

    @property
    def line(self) -> str:
        """One line: when, size, kind."""
        return f"{self.when:%Y-%m-%d %H:%M:%S}  {self.size_text:>8}  {self.label}"


@dataclass(frozen=True)
class Restored:
    source: Path
    aside: Path  # the database as it was before

    @property
    def message(self) -> str:
        return said(
            QT_TRANSLATE_NOOP(
                "said", "Restored the backup {name}; the database as it was is kept in {aside}."
            ),
            name=self.source.name,
            aside=str(self.aside),
        )


def check_sentence(result: CheckResult) -> str:
    """The result of "Check database" (services.database.check) in one plain sentence."""
    if result.ok:
        return said(
            QT_TRANSLATE_NOOP(
                "said", "The database is in good order: no damage found, {count} content items."
            ),
            count=result.content_items,
        )
    return QT_TRANSLATE_NOOP(
        "said",
        "The database is damaged; restore it from a backup (File, Restore from backup…, "
        "or bali-desktop db restore).",
    )


def checked(s: Session) -> str:
    """Check the database and say how it is, in one sentence."""
    return check_sentence(database.check(s))


def folder(s: Session) -> Path:
    return backup_files.folder_of(s.db_path)


def listing(s: Session) -> list[BackupInfo]:
    """Every backup in the data folder's `backups/`, newest first."""
    return [BackupInfo(b.path, b.when, b.size, b.kind) for b in backup_files.list_backups(folder(s))]


def make(s: Session, kind: str = "auto", *, now: datetime | None = None, force: bool = False) -> Path | None:
    """A backup of this kind, unless nothing changed since the newest one (or `force`); then
    prune by the tiers. Returns the new file, or None when skipped."""
    if not force:
        return backup_files.backup_if_changed(s.connection, s.db_path, kind, now or datetime.now())
    path = backup_files.write_backup(s.connection, folder(s), kind, now or datetime.now())
    backup_files.prune(folder(s))
    return path


def automatic(s: Session, *, now: datetime | None = None, every: timedelta | None = None) -> Path | None:
    """The rolling copy: skipped when nothing changed, or (with `every`) when the newest
    automatic backup is younger than that. Never raises: a failed backup is logged."""
    now = now or datetime.now()
    try:
        if every is not None:
            newest = next((b for b in backup_files.list_backups(folder(s)) if b.kind == "auto"), None)
            if newest is not None and now - newest.when < every:
                return None
        return make(s, "auto", now=now)
    except (OSError, sqlite3.Error) as e:
        log.warning("automatic backup failed: %s", e)
        return None


def daily(s: Session, *, now: datetime | None = None) -> Path | None:
    """The once-a-day rolling copy (the window asks when it opens; commands when they start)."""
    return automatic(s, now=now, every=DAILY)


def newest_good(s: Session) -> Path | None:
    """The newest automatic or before-reload backup that passes the checks (None if there is
    none); a copy kept aside by a restore is chosen only by name."""
    return _newest_good(folder(s))


def _newest_good(where: Path) -> Path | None:
    return backup_files.newest_good(where)


def check_file(path: Path) -> str | None:
    """Why `path` cannot be restored (a short phrase), or None when it can."""
    return backup_files.problem(path)


def restore(s: Session, source: Path | None = None, *, now: datetime | None = None) -> Restored:
    """Put a backup (the newest good one when `source` is None) in place of the database, after
    checking it and keeping the current database aside. A refused file changes nothing."""
    source = _chosen(s.db_path, source)
    removed = _removed_keys(s)
    try:
        aside = backup_files.write_backup(s.connection, folder(s), "restore", now or datetime.now())
    except (OSError, sqlite3.Error) as e:
        raise DatabaseError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Cannot keep the current database aside in {folder} ({why}), so nothing was restored.",
                ),
                folder=str(folder(s)),
                why=str(e),
            )
        ) from None
    try:
        backup_files.copy_into(source, s.connection)
    except sqlite3.Error as e:
        raise DatabaseError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "Restoring {source} failed ({why}). The database as it was is kept in {aside}."
                ),
                source=str(source),
                why=str(e),
                aside=str(aside),
            )
        ) from None
    _after_restore(s)
    _keep_removed(s, removed)
    return Restored(source, aside)


def _removed_keys(s: Session) -> list[KeyRow]:
    """The publisher keys the user took off the trusted list (the shipped key too)."""
    from bali_desktop.storage.pack_store import PackStore

    try:
        return [k for k in PackStore(s.connection).keys() if k.removed_at is not None]
    except sqlite3.Error:
        return []


def _keep_removed(s: Session, removed: list[KeyRow]) -> None:
    """A key taken off the list stays off after a restore, even if the backup still trusted it:
    restoring the user's work never gives back trust the user withdrew."""
    from bali_desktop.storage.pack_store import PackStore

    store = PackStore(s.connection)
    for k in removed:
        assert k.removed_at is not None
        store.distrust(k.fingerprint, k.public_key, k.label, k.removed_at)


def _chosen(db_path: Path, source: Path | None) -> Path:
    """The backup to restore, checked (the newest good one when `source` is None)."""
    where = backup_files.folder_of(db_path)
    if source is None:
        newest = _newest_good(where)
        if newest is None:
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "There is no good backup to restore in {folder}. Nothing was changed."
                    ),
                    folder=str(where),
                )
            )
        return newest
    if "\x00" in str(source):  # no system takes it; Path.resolve would raise ValueError
        shown = str(source).replace("\x00", "\\0")
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "{name} is not a file name (it holds a NUL character). Nothing was changed."
                ),
                name=shown,
            )
        )
    source = source.expanduser()
    if source.resolve() == db_path.resolve():
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "{name} is the database itself; choose a backup. Nothing was changed."
                ),
                name=str(source),
            )
        )
    why = backup_files.problem(source)
    if why is not None:
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "{name} cannot be restored: {why}. Nothing was changed."),
                name=str(source),
                why=why,
            )
        )
    return source


def restore_unopened(
    data_dir: str | os.PathLike[str] | None, source: Path | None = None, *, now: datetime | None = None
) -> Restored:
    """Restore when the database cannot be opened at all (damaged, or not ours): the file is
    moved aside into backups/ (never deleted), the checked backup copied into its place, and
    the result opened (content reloaded if needed) to prove it."""
    from bali_desktop import paths
    from bali_desktop.services.session import Session, prepare_data_dir

    db_path = prepare_data_dir(paths.data_dir(data_dir))
    source = _chosen(db_path, source)
    try:
        aside = backup_files.replace_file(db_path, source, now or datetime.now())
    except (OSError, sqlite3.Error) as e:
        raise DatabaseError(
            said(
                QT_TRANSLATE_NOOP("said", "Restoring {source} failed ({why}). Nothing was changed."),
                source=str(source),
                why=str(e),
            )
        ) from None
    Session.open(data_dir).close()
    return Restored(source, aside)


def _after_restore(s: Session) -> None:
    """A backup from an older version has an older schema (migrated now, its rows kept) and
    older content (the shipped one is loaded)."""
    from bali_desktop import paths
    from bali_desktop.content.digest import content_digest
    from bali_desktop.storage.migrate import ensure_schema

    ensure_schema(s.db_path)  # its own connection; this one is idle and sees the new schema

    if s.content.digest != content_digest(paths.CONTENT_DIR, paths.SOURCES_DIR):
        s.reload_content(backup=False)
