"""Looking after the database file: reload the shipped content, check it, back it up."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.pdf.files import is_database_file
from bali_desktop.storage.connection import backup_database

if TYPE_CHECKING:
    from bali_desktop.services.session import Session


@dataclass(frozen=True)
class CheckResult:
    integrity: str  # "ok", or what SQLite found damaged
    content_items: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok"


def upgrade(s: Session) -> None:
    """The schema is brought to head by opening; reload the shipped content too (a broken
    shipped update is an error here, not a warning: the user asked for it)."""
    if not s.content_reloaded:
        s.reload_content(strict=True)


def check(s: Session) -> CheckResult:
    return CheckResult(s.integrity(), sum(s.content.stats().values()))


def check_backup_target(target: Path, *, database: Path | None = None) -> None:
    """Refuse, before opening anything, a backup path that cannot be written, or one of the
    database's own files (the database, its -wal, -shm or -journal, a backup beside it: a copy
    there would be read as the journal, or written over)."""
    try:
        _check_backup_target(target, database)
    except (OSError, RuntimeError, ValueError) as e:  # too long a name, a symlink loop, a NUL
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise UsageError(
            f"Cannot write the backup to {_short(target)}: {reason}. Nothing was changed."
        ) from None


def _short(target: Path) -> str:
    text = str(target)
    return text if len(text) <= 80 else f"{text[:40]}…{text[-30:]}"


def _check_backup_target(target: Path, database: Path | None) -> None:
    if database is not None and is_database_file(target, database):
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Will not back up to {path}: that is one of Bali Desktop's own database files. Nothing was changed; choose a file outside the data folder.",  # noqa: E501
                ),
                path=str(target),
            )
        )
    if target.exists():
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "{path} already exists; choose a new file name."), path=str(target)
            )
        )
    if not target.parent.is_dir():
        raise UsageError(
            said(QT_TRANSLATE_NOOP("said", "The folder {folder} does not exist."), folder=str(target.parent))
        )
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "The folder {folder} cannot be written; choose another."),
                folder=str(target.parent),
            )
        )


def backup(s: Session, target: Path) -> None:
    """A consistent copy of the database (SQLite's online backup) at a new path."""
    check_backup_target(target, database=s.db_path)
    try:
        backup_database(s.db_path, target)
    except Exception as e:  # sqlite3 and OS errors alike: say it in one line
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise UsageError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write the backup to {path}: {why}"),
                path=str(target),
                why=str(e),
            )
        ) from None
