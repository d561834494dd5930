"""Where things live: shipped resources and migrations (source tree or frozen bundle), user data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "bali-desktop"
DATA_DIR_ENV = "BALI_DESKTOP_DATA_DIR"
DB_FILE = "bali-desktop.sqlite3"


def _root() -> Path:
    """The folder that holds resources/ and migrations/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    here = Path(__file__).resolve().parent.parent
    if (here / "resources").is_dir():
        return here
    # an installed wheel carries them under <prefix>/share/bali-desktop
    return Path(sys.prefix) / "share" / APP_NAME


ROOT = _root()
RESOURCES = ROOT / "resources"
CONTENT_DIR = RESOURCES / "content"
SOURCES_DIR = RESOURCES / "sources"
FONTS_DIR = RESOURCES / "fonts"
MIGRATIONS_DIR = ROOT / "migrations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The per-user data folder: --data-dir, then $BALI_DESKTOP_DATA_DIR, then platformdirs."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))
