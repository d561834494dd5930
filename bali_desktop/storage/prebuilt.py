"""The database a first start copies instead of building it (issue 17: first start <= 1 s).

`bali-desktop prebuild` (run by ./run and packaging/build) builds a whole database at the head
revision with the shipped content loaded and no user rows, compacted, at
resources/prebuilt/bali-desktop.sqlite3. A first start (migrate._build_beside) copies it into the
private file it would otherwise build, when it is there, is a SQLite file at this program's head
revision and holds no row of the user's; otherwise the start builds as before. Whether its content
is still the shipped content is the ordinary start's check (the content digest): a stale copy is
loaded again, so a prebuilt file can make a first start slower, never wrong.
BALI_DESKTOP_NO_PREBUILT=1 turns it off (the tests of the building path set it).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from bali_desktop import paths
from bali_desktop.storage.revision import HEAD
from bali_desktop.storage.user_store import KEPT_TABLES

PREBUILT = paths.RESOURCES / "prebuilt" / paths.DB_FILE
OFF_ENV = "BALI_DESKTOP_NO_PREBUILT"


def disabled() -> bool:
    return os.environ.get(OFF_ENV, "") not in ("", "0")


def usable(path: Path | None = None) -> bool:
    """A first start may copy `path` (default PREBUILT): prebuilt files are not turned off, and
    it is copyable."""
    return not disabled() and copyable(path or PREBUILT)


def copyable(path: Path) -> bool:
    """`path` is a SQLite database at this program's HEAD revision with no row of the user's."""
    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
        try:
            if con.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD,)]:
                return False
            return not any(con.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in KEPT_TABLES)
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return False


def copy_into(target: Path, source: Path | None = None) -> bool:
    """Fill `target` (a new, empty private file) with the prebuilt database, synced to disk;
    False, with `target` untouched, when there is none a first start may use."""
    source = source or PREBUILT
    if not usable(source):
        return False
    with source.open("rb") as src, target.open("r+b") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())
    return True
