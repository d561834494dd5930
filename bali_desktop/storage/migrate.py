"""Bring a database file to the head revision: read the revision cheaply, back up, then upgrade.

Nothing here may leave a folder that does not open again, whenever the process is killed:

- a first start builds the whole schema in a private temporary file beside the database and
  links it into place only when it is complete (a concurrent first start that loses the race
  throws its copy away);
- a migration runs in one SQLite transaction (DDL included, BEGIN IMMEDIATE … COMMIT), so a kill
  leaves the file at its old revision, and the next start simply migrates again;
- before a migration the file is copied to a backup with a name of its own, never written over
  by a retry;
- a file with our tables but no revision (left by an interrupted first start of an older
  version) is rebuilt at head with every user row copied over, and the installed content packs
  and trusted keys with them (user_store.KEPT_TABLES); the old file is kept aside.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop import paths
from bali_desktop.domain.errors import DatabaseError
from bali_desktop.storage import prebuilt
from bali_desktop.storage.connection import apply_pragmas, backup_database
from bali_desktop.storage.errors import DamagedError, explain, is_damage
from bali_desktop.storage.revision import HEAD, KNOWN_REVISIONS
from bali_desktop.storage.user_store import KEPT_TABLES

if TYPE_CHECKING:
    from alembic.config import Config  # imported lazily: heavy
    from sqlalchemy import Engine

PRIVATE_FILE = 0o600  # the database and its copies: readable by the user only
STALE_BUILD_SECONDS = 600  # a half-built first-start file older than this is left over from a kill
_OURS_PREFIXES = ("sqlite_", "content_fts", "_alembic_tmp_")


def read_only_uri(db_path: Path) -> str:
    """A `file:` URI for SQLite, percent-encoded: `?`, `#` and `%` in a folder name are text."""
    return f"{db_path.absolute().as_uri()}?mode=ro"


def _probe(db_path: Path) -> tuple[str | None, set[str]]:
    """The file's alembic_version (None if it has none) and the names of its tables."""
    sidecars = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm")]
    existed = {p for p in sidecars if p.exists()}
    try:
        con = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            tables = {str(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return None, tables
            found = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return (str(found[0]) if found else None), tables
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        for sidecar in sidecars:  # SQLite may have made empty ones while trying: leave no trace
            with contextlib.suppress(OSError):  # (one with content is another start's: kept)
                if sidecar not in existed and sidecar.stat().st_size == 0:
                    sidecar.unlink()
        raise probe_error(e, db_path) from None


def probe_error(error: sqlite3.Error, db_path: Path) -> DatabaseError:
    """Why the file could not be read, in one line: damaged (restored at start from a backup,
    storage/recovery.py), a full disk, read-only, locked, or not a database at all."""
    if is_damage(error):
        return DamagedError(
            f"The database {db_path} is damaged or is not a Bali Desktop database. Nothing was changed."
        )
    said = explain(error, db_path.parent)
    if said is not None:
        return said
    return DatabaseError(
        f"The database {db_path} could not be read ({error}). Nothing was changed; "
        "bali-desktop db restore puts the newest backup in its place."
    )


def current_revision(db_path: Path) -> str | None:
    """The alembic_version of an existing file (None for a new or empty database)."""
    if not db_path.exists():
        return None
    return _probe(db_path)[0]


def alembic_config(db_path: Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.MIGRATIONS_DIR).replace("%", "%%"))
    cfg.set_main_option("path_separator", "os")
    # Only for tools that connect by URL: the app hands Alembic its own connection (_engine).
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}".replace("%", "%%"))
    return cfg


def ensure_schema(db_path: Path) -> str:
    """Upgrade the file to HEAD if it is behind; refuse one from a newer app. Returns what was done."""
    if not db_path.exists():
        return _create(db_path)
    rev, tables = _probe(db_path)
    if rev == HEAD:
        return "current"
    if rev is not None and rev not in KNOWN_REVISIONS:
        raise DatabaseError(
            f"The database {db_path} was made by a newer version of Bali Desktop (schema {rev}). "
            "Install that version, or use --data-dir to start with another folder. "
            "Your data was not changed."
        )
    if rev is None:
        mine = {t for t in tables if not t.startswith(_OURS_PREFIXES) and t != "alembic_version"}
        if not mine:  # an empty file: nothing to keep, build the schema in it
            _upgrade(db_path)
            return "created"
        return _rebuild(db_path, mine)
    make_backup(db_path, HEAD)  # a migration never risks the user's only copy
    _upgrade(db_path)
    return f"upgraded from {rev}"


# --- the pieces ---------------------------------------------------------------------------------


def _engine(db_path: Path) -> Engine:
    """SQLAlchemy over our own sqlite3 connection (no URL: any character in the path is fine),
    with pysqlite's implicit transactions off and an explicit BEGIN IMMEDIATE, so that DDL is
    inside the transaction too (SQLAlchemy's documented recipe for SQLite)."""
    from sqlalchemy import create_engine, event, pool

    def creator() -> sqlite3.Connection:
        con = sqlite3.connect(db_path, timeout=10, isolation_level=None)
        apply_pragmas(con)
        return con

    engine = create_engine("sqlite://", creator=creator, poolclass=pool.NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _upgrade(db_path: Path) -> None:
    """Every pending migration in one transaction: all of them or none."""
    from alembic import command

    engine = _engine(db_path)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(db_path)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()


def _new_private_file(path: Path) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    os.close(fd)


def _build_beside(db_path: Path) -> Path:
    """A complete database at head in a new private file beside `db_path` (closed, no -wal)."""
    _clear_stale_builds(db_path)
    tmp = db_path.with_name(f".{db_path.name}.new-{uuid.uuid4().hex[:12]}")
    _new_private_file(tmp)
    try:
        if not prebuilt.copy_into(tmp):  # a copy of the database built ahead, when there is one
            _upgrade(tmp)
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    return tmp


def _create(db_path: Path) -> str:
    """A first start: build at head beside, then link into place if nobody else did first."""
    tmp = _build_beside(db_path)
    try:
        won = _place(tmp, db_path)
    finally:
        _remove_with_sidecars(tmp)
    if not won:  # another first start finished first: use its file (it is complete)
        return ensure_schema(db_path)
    return "created"


def _place(tmp: Path, db_path: Path) -> bool:
    """Put `tmp` at `db_path` only if nothing is there; False if something already is."""
    try:
        os.link(tmp, db_path)
    except FileExistsError:
        return False
    except OSError:  # no hard links here (FAT on a USB stick…): a plain rename
        if db_path.exists():
            return False
        os.rename(tmp, db_path)  # on Windows this refuses an existing target too
    paths.sync_folder(db_path.parent)
    return True


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            p.unlink()


def _clear_stale_builds(db_path: Path) -> None:
    """Half-built files of first starts killed long ago (a running one is recent: left alone)."""
    now = time.time()
    for p in db_path.parent.glob(f".{db_path.name}.new-*"):
        with contextlib.suppress(OSError):
            if now - p.stat().st_mtime > STALE_BUILD_SECONDS:
                p.unlink()


def unique_name(path: Path) -> Path:
    """`path` if free, else the same name with .2, .3 … before its suffix: never an existing file."""
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}.{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def make_backup(db_path: Path, before: str) -> Path:
    """A consistent private copy (SQLite's backup API) named for the revision it precedes:
    bali-desktop.sqlite3.before-REV.bak, then .before-REV.2.bak … never written over. The copy
    is made under a hidden temporary name and linked into place whole, so a kill never leaves a
    half-copied file under a backup's name."""
    _clear_stale_builds(db_path)
    tmp = db_path.with_name(f".{db_path.name}.new-{uuid.uuid4().hex[:12]}.bak")
    _new_private_file(tmp)
    try:
        backup_database(db_path, tmp, timeout=10)
        while True:
            target = unique_name(db_path.with_name(f"{db_path.name}.before-{before}.bak"))
            if _place(tmp, target):
                return target
            # made by another start in the meantime: take the next name
    finally:
        _remove_with_sidecars(tmp)


def _rebuild(db_path: Path, tables: set[str]) -> str:
    """Tables but no revision: an older version's first start was cut short. Build a new file at
    head, copy every row of the user tables into it, keep the old file aside and put the new one
    in its place. A file with tables that are not ours is refused, not changed."""
    from bali_desktop.storage.schema import Base

    known = set(Base.metadata.tables)
    foreign = tables - known
    if foreign:
        raise DatabaseError(
            f"The file {db_path} is not a Bali Desktop database (another program's: it holds "
            "other tables). Nothing was changed; move it away (bali-desktop db restore puts the "
            "newest backup in its place and keeps this file), or use --data-dir to choose another "
            "folder."
        )
    con = sqlite3.connect(db_path, timeout=10)  # fold any -wal into the file before moving it
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()
    tmp = _build_beside(db_path)
    try:
        new = sqlite3.connect(tmp, isolation_level=None)
        try:
            new.execute("ATTACH DATABASE ? AS old", (str(db_path),))
            new.execute("BEGIN IMMEDIATE")
            for table in sorted(tables & set(KEPT_TABLES)):  # the user's work, packs and keys
                cols = _common_columns(new, table)
                if cols:
                    names = ", ".join(f'"{c}"' for c in cols)
                    new.execute(
                        f'INSERT OR IGNORE INTO main."{table}" ({names}) SELECT {names} FROM old."{table}"'
                    )
            new.execute("COMMIT")
            new.execute("DETACH DATABASE old")
        finally:
            new.close()
        aside = unique_name(db_path.with_name(f"{db_path.name}.interrupted.bak"))
        try:  # the old file stays whole under its new name until the new one replaces it
            os.link(db_path, aside)
        except OSError:
            shutil.copy2(db_path, aside)
        for s in ("-wal", "-shm"):  # the old file's, folded in above: not the new file's
            with contextlib.suppress(OSError):
                db_path.with_name(db_path.name + s).unlink()
        os.replace(tmp, db_path)
        paths.sync_folder(db_path.parent)
    finally:
        _remove_with_sidecars(tmp)
    return f"rebuilt (the interrupted file is kept as {aside.name})"


def _common_columns(con: sqlite3.Connection, table: str) -> list[str]:
    new_cols = [str(r[1]) for r in con.execute(f'PRAGMA main.table_info("{table}")')]
    old_cols = {str(r[1]) for r in con.execute(f'PRAGMA old.table_info("{table}")')}
    return [c for c in new_cols if c in old_cols]
