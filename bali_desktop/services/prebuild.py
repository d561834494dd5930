"""Build the database a first start copies (storage/prebuilt.py): for ./run and packaging/build.

`bali-desktop prebuild [--out PATH]` builds it in a temporary folder exactly as a first start
would (every migration, the shipped content loaded and indexed), checks it and writes it
compacted (VACUUM INTO) under a hidden name, renamed into place whole. A file already there that
is at this program's head revision and holds the content now shipped is left as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bali_desktop import paths
from bali_desktop.content.digest import content_digest
from bali_desktop.domain.errors import ContentError
from bali_desktop.storage import prebuilt


@dataclass(frozen=True)
class Prebuilt:
    path: Path
    built: bool  # False: the file there was already up to date
    content_version: str
    size: int


@contextlib.contextmanager
def _building() -> Iterator[None]:
    """The first start inside the build must build, not copy the file being replaced."""
    old = os.environ.get(prebuilt.OFF_ENV)
    os.environ[prebuilt.OFF_ENV] = "1"
    try:
        yield
    finally:
        if old is None:
            del os.environ[prebuilt.OFF_ENV]
        else:
            os.environ[prebuilt.OFF_ENV] = old


def _stored(path: Path) -> tuple[str | None, str]:
    """(content digest, content version) of a database file that a first start may copy."""
    if not prebuilt.copyable(path):
        return None, ""
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta"))
    finally:
        con.close()
    return meta.get("content_digest"), meta.get("content_version", "unknown")


def found() -> tuple[Path, bool]:
    """Where a first start looks for the prebuilt database, and whether it would copy it."""
    return prebuilt.PREBUILT, prebuilt.usable()


def build(target: Path | None = None) -> Prebuilt:
    """The prebuilt database at `target` (default: where a first start looks for it)."""
    from bali_desktop.services.session import Session

    target = target or prebuilt.PREBUILT
    digest, version = _stored(target)
    if digest is not None and digest == content_digest(paths.CONTENT_DIR, paths.SOURCES_DIR):
        return Prebuilt(target, False, version, target.stat().st_size)
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part-{uuid.uuid4().hex[:8]}")
    with tempfile.TemporaryDirectory(prefix="bali-prebuild-") as tmp, _building():
        session = Session.open(Path(tmp) / "data")
        try:
            if session.warnings:
                raise ContentError(" ".join(session.warnings))
            version = session.content.content_version
            db = session.db_path
        finally:
            session.close()
        con = sqlite3.connect(db)
        try:
            con.execute("VACUUM INTO ?", (str(part),))
        finally:
            con.close()
    try:
        if not prebuilt.copyable(part):
            raise ContentError("The database just built is not one a first start could copy.")
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return Prebuilt(target, True, version, target.stat().st_size)
