"""Where things live: shipped resources and migrations (source tree or frozen bundle), user data."""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

APP_NAME = "bali-desktop"
DATA_DIR_ENV = "BALI_DESKTOP_DATA_DIR"
DB_FILE = "bali-desktop.sqlite3"
PORTABLE_MARKER = "portable"  # a file of this name beside the program: data in data/ beside it
PORTABLE_DATA = "data"


def _candidates() -> list[Path]:
    """Where resources/ and migrations/ may be, most specific first: a frozen bundle, the
    source checkout (or an editable install of it), then every place an installed wheel puts
    its data files: <prefix>/share/bali-desktop for a normal or virtual-environment install,
    <user base>/share/bali-desktop for `pip install --user`."""
    out: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        out.append(Path(frozen))
    out.append(Path(__file__).resolve().parent.parent)
    schemes = [sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")]
    for base in [*(sysconfig.get_path("data", scheme) for scheme in schemes), sys.prefix]:
        folder = Path(base) / "share" / APP_NAME
        if folder not in out:
            out.append(folder)
    return out


def find_root(candidates: list[Path]) -> Path:
    """The first candidate that holds the shipped content (or the first, to name in errors)."""
    for folder in candidates:
        if (folder / "resources" / "content").is_dir():
            return folder
    return candidates[0]


ROOT = find_root(_candidates())
RESOURCES = ROOT / "resources"
CONTENT_DIR = RESOURCES / "content"
SOURCES_DIR = RESOURCES / "sources"
FONTS_DIR = RESOURCES / "fonts"
TRANSLATIONS_DIR = RESOURCES / "translations"  # the window's compiled Qt translations (.qm)
MIGRATIONS_DIR = ROOT / "migrations"


def program_dir() -> Path:
    """The folder the program is in: the bundle's folder when frozen, else the checkout's root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_data_dir() -> Path | None:
    """data/ beside the program when a file named `portable` is there (a USB stick moved between
    machines keeps its database, backups, logs and settings with it); None otherwise."""
    folder = program_dir()
    return folder / PORTABLE_DATA if (folder / PORTABLE_MARKER).is_file() else None


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: --data-dir, then $BALI_DESKTOP_DATA_DIR, then portable mode's data/ beside
    the program, then the per-user folder platformdirs names."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` last through a power cut (POSIX; Windows cannot open a folder)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
