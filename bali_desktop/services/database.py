"""Looking after the database file: reload the shipped content, check it, back it up."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.domain.errors import UsageError
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


def check_backup_target(target: Path) -> None:
    """Refuse, before opening anything, a backup path that cannot be written."""
    if target.exists():
        raise UsageError(f"{target} already exists; choose a new file name.")
    if not target.parent.is_dir():
        raise UsageError(f"The folder {target.parent} does not exist.")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise UsageError(f"The folder {target.parent} cannot be written; choose another.")


def backup(s: Session, target: Path) -> None:
    """A consistent copy of the database (SQLite's online backup) at a new path."""
    check_backup_target(target)
    try:
        backup_database(s.db_path, target)
    except Exception as e:  # sqlite3 and OS errors alike: say it in one line
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)
        raise UsageError(f"Cannot write the backup to {target}: {e}") from None
