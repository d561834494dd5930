"""Bring a database file to the head revision: read the revision cheaply, back up, then upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop import paths
from bali_desktop.domain.errors import DatabaseError
from bali_desktop.storage.connection import backup_database
from bali_desktop.storage.revision import HEAD, KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config  # imported lazily: heavy


def current_revision(db_path: Path) -> str | None:
    """The alembic_version of an existing file (None for a new or empty database)."""
    if not db_path.exists():
        return None
    sidecars = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return found[0] if found else None
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        for sidecar in sidecars:  # SQLite may have made empty ones while trying: leave no trace
            if sidecar not in existed and sidecar.exists():
                sidecar.unlink()
        raise DatabaseError(
            f"The database {db_path} is damaged or is not a Bali Desktop database ({e}). "
            "Nothing was changed. Restore it from a backup (bali-desktop db backup makes one), "
            "or move the file away and start again to build a new one."
        ) from None


def alembic_config(db_path: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


def ensure_schema(db_path: Path) -> str:
    """Upgrade the file to HEAD if it is behind; refuse one from a newer app. Returns what was done."""
    rev = current_revision(db_path)
    if rev == HEAD:
        return "current"
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"The database {db_path} was made by a newer version of Bali Desktop (schema {rev}). "
            "Install that version, or use --data-dir to start with another folder. "
            "Your data was not changed."
        )
    if rev is not None:
        backup = db_path.with_name(f"{db_path.name}.before-{HEAD}.bak")
        backup_database(db_path, backup)  # a migration never risks the user's only copy
    from alembic import command

    command.upgrade(alembic_config(db_path), "head")
    return "created" if rev is None else f"upgraded from {rev}"
