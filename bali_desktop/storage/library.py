"""The content library: open (create, upgrade, load) the database and read items from it.

Reads go through one plain sqlite3 connection (see db/connection.py for why); SQLAlchemy is
imported only when the schema must change, the shipped content must be reloaded, or a caller
asks for `engine` (checklists, database checks).
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bali_desktop import paths
from bali_desktop.content.digest import content_digest
from bali_desktop.domain.errors import ContentError, DataDirError, UsageError
from bali_desktop.domain.kinds import KINDS
from bali_desktop.domain.records import DocumentInfo, Item, Paragraph, SearchHit, Source
from bali_desktop.storage import search as search_mod
from bali_desktop.storage.connection import connect
from bali_desktop.storage.migrate import ensure_schema

if TYPE_CHECKING:
    from sqlalchemy import Engine


def prepare_data_dir(folder: Path) -> Path:
    """Create the data folder if needed and prove it is writable; return the database path."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataDirError(
            f"Cannot create the data folder {folder}: {e.strerror or e}. "
            "Choose another with --data-dir or BALI_DESKTOP_DATA_DIR."
        ) from None
    if not folder.is_dir():
        raise DataDirError(f"The data folder {folder} is not a folder. Choose another with --data-dir.")
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        raise DataDirError(
            f"The data folder {folder} cannot be written. Check its permissions, or choose "
            "another with --data-dir or BALI_DESKTOP_DATA_DIR. Nothing was changed."
        )
    return folder / paths.DB_FILE


_ITEM_COLUMNS = """i.ref, i.kind, i.title, i.text, i.official, i.source_document, i.source_locator,
    i.source_paragraph, i.parent_ref, i.related, i.data, d.title"""
_ITEM_SELECT = f"""SELECT {_ITEM_COLUMNS} FROM content_items i
    LEFT JOIN source_documents d ON d.id = i.source_document"""


@dataclass
class Library:
    connection: sqlite3.Connection
    db_path: Path
    warnings: list[str] = field(default_factory=list)
    content_reloaded: bool = False  # this open (re)loaded the shipped content

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        content_dir: Path | None = None,
        sources_dir: Path | None = None,
    ) -> Library:
        db_path = prepare_data_dir(paths.data_dir(data_dir))
        ensure_schema(db_path)
        lib = cls(connection=connect(db_path), db_path=db_path)
        content_dir, sources_dir = content_dir or paths.CONTENT_DIR, sources_dir or paths.SOURCES_DIR
        if lib._meta("content_digest") != content_digest(content_dir, sources_dir):
            lib._reload(content_dir, sources_dir)
        return lib

    def _reload(self, content_dir: Path, sources_dir: Path) -> None:
        from bali_desktop.storage.content_sync import sync_content

        try:
            sync_content(self.engine, content_dir, sources_dir, force=True)
            self.content_reloaded = True
        except ContentError as e:
            if self._meta("content_digest") is None:
                self.close()
                raise
            self.warnings.append(
                f"Shipped content could not be loaded; using the content already in the database. {e}"
            )

    @cached_property
    def engine(self) -> Engine:
        """A SQLAlchemy engine on the same file, made on first use."""
        from bali_desktop.storage.engine import make_engine

        return make_engine(self.db_path)

    def close(self) -> None:
        self.connection.close()
        if "engine" in self.__dict__:
            self.engine.dispose()

    def _meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # --- reading ------------------------------------------------------------------------

    @property
    def content_version(self) -> str:
        return self._meta("content_version") or "unknown"

    def get(self, ref: str) -> Item | None:
        row = self.connection.execute(f"{_ITEM_SELECT} WHERE i.ref = ?", (ref,)).fetchone()
        return _to_item(row) if row else None

    def require(self, ref: str) -> Item:
        item = self.get(ref)
        if item is None:
            raise UsageError(f"No item with the ref {ref!r}. Try `bali-desktop search` to find refs.")
        return item

    def items(self, kind: str) -> list[Item]:
        rows = self.connection.execute(f"{_ITEM_SELECT} WHERE i.kind = ? ORDER BY i.position", (kind,))
        return [_to_item(r) for r in rows]

    def children(self, ref: str) -> list[Item]:
        rows = self.connection.execute(f"{_ITEM_SELECT} WHERE i.parent_ref = ? ORDER BY i.position", (ref,))
        return [_to_item(r) for r in rows]

    def titles(self, refs: list[str]) -> dict[str, str]:
        if not refs:
            return {}
        marks = ",".join("?" * len(refs))
        rows = self.connection.execute(
            f"SELECT ref, title FROM content_items WHERE ref IN ({marks})", list(refs)
        )
        return dict(rows.fetchall())

    def stats(self) -> dict[str, int]:
        counts = dict(
            self.connection.execute("SELECT kind, count(*) FROM content_items GROUP BY kind").fetchall()
        )
        return {kind: counts.get(kind, 0) for kind in KINDS}

    def search(self, query: str, *, kind: str | None = None, limit: int = 20) -> list[SearchHit]:
        if kind is not None and kind not in KINDS:
            raise UsageError(f"Unknown kind {kind!r}. Kinds: {', '.join(KINDS)}.")
        return search_mod.search(self.connection, query, kind=kind, limit=limit)

    def documents(self) -> list[DocumentInfo]:
        rows = self.connection.execute("SELECT id, title, publisher, date, description FROM source_documents")
        return [DocumentInfo(*r) for r in rows]

    def paragraphs(self, document_id: str) -> list[Paragraph]:
        rows = self.connection.execute(
            "SELECT number, text FROM source_paragraphs WHERE document_id = ? ORDER BY number", (document_id,)
        )
        return [Paragraph(n, t) for n, t in rows]

    def integrity(self) -> str:
        """SQLite's own check of the file: "ok" or what is damaged."""
        return self.connection.execute("PRAGMA integrity_check").fetchone()[0]


def _json(text: str | None, empty: Any) -> Any:
    return json.loads(text) if text else empty


def _to_item(row: tuple) -> Item:
    (ref, kind, title, text, official, doc, locator, para, parent, related, data, doc_title) = row
    source = Source(doc, doc_title or doc, locator or "", para) if doc else None
    return Item(
        ref=ref,
        kind=kind,
        title=title,
        text=text,
        official=bool(official),
        source=source,
        parent=parent,
        related=tuple(_json(related, [])),
        data=_json(data, {}),
    )
