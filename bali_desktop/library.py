"""The content library: open (create, upgrade, load) the database and read items from it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select

from bali_desktop import paths
from bali_desktop import search as search_mod
from bali_desktop.content.schema import KINDS
from bali_desktop.db.content_sync import stored_digest, sync_content
from bali_desktop.db.engine import make_engine
from bali_desktop.db.migrate import ensure_schema
from bali_desktop.db.models import ContentItem, Meta, SourceDocumentRow, SourceParagraph
from bali_desktop.errors import ContentError, DataDirError, UsageError
from bali_desktop.records import DocumentInfo, Item, Paragraph, SearchHit, Source


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


@dataclass
class Library:
    engine: Engine
    db_path: Path
    warnings: list[str] = field(default_factory=list)

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
        engine = make_engine(db_path)
        lib = cls(engine=engine, db_path=db_path)
        try:
            sync_content(engine, content_dir or paths.CONTENT_DIR, sources_dir or paths.SOURCES_DIR)
        except ContentError as e:
            if stored_digest(engine) is None:
                engine.dispose()
                raise
            lib.warnings.append(f"Shipped content could not be loaded; using the content already "
                                f"in the database. {e}")
        return lib

    def close(self) -> None:
        self.engine.dispose()

    # --- reading ------------------------------------------------------------------------

    @property
    def content_version(self) -> str:
        with self.engine.connect() as con:
            value = con.execute(select(Meta.value).where(Meta.key == "content_version")).scalar()
        return value or "unknown"

    def get(self, ref: str) -> Item | None:
        with self.engine.connect() as con:
            row = con.execute(self._item_select().where(ContentItem.ref == ref)).first()
        return _to_item(row) if row else None

    def require(self, ref: str) -> Item:
        item = self.get(ref)
        if item is None:
            raise UsageError(f"No item with the ref {ref!r}. Try `bali-desktop search` to find refs.")
        return item

    def items(self, kind: str) -> list[Item]:
        query = self._item_select().where(ContentItem.kind == kind).order_by(ContentItem.position)
        with self.engine.connect() as con:
            return [_to_item(r) for r in con.execute(query)]

    def children(self, ref: str) -> list[Item]:
        query = self._item_select().where(ContentItem.parent_ref == ref).order_by(ContentItem.position)
        with self.engine.connect() as con:
            return [_to_item(r) for r in con.execute(query)]

    def titles(self, refs: list[str]) -> dict[str, str]:
        with self.engine.connect() as con:
            rows = con.execute(select(ContentItem.ref, ContentItem.title).where(ContentItem.ref.in_(refs)))
            return dict(rows.all())

    def stats(self) -> dict[str, int]:
        query = select(ContentItem.kind, func.count()).group_by(ContentItem.kind)
        with self.engine.connect() as con:
            counts = dict(con.execute(query).all())
        return {kind: counts.get(kind, 0) for kind in KINDS}

    def search(self, query: str, *, kind: str | None = None, limit: int = 20) -> list[SearchHit]:
        if kind is not None and kind not in KINDS:
            raise UsageError(f"Unknown kind {kind!r}. Kinds: {', '.join(KINDS)}.")
        return search_mod.search(self.engine, query, kind=kind, limit=limit)

    def documents(self) -> list[DocumentInfo]:
        with self.engine.connect() as con:
            rows = con.execute(
                select(SourceDocumentRow.id, SourceDocumentRow.title, SourceDocumentRow.publisher,
                       SourceDocumentRow.date, SourceDocumentRow.description)
            )
            return [DocumentInfo(*r) for r in rows]

    def paragraphs(self, document_id: str) -> list[Paragraph]:
        query = (select(SourceParagraph.number, SourceParagraph.text)
                 .where(SourceParagraph.document_id == document_id)
                 .order_by(SourceParagraph.number))
        with self.engine.connect() as con:
            return [Paragraph(n, t) for n, t in con.execute(query)]

    @staticmethod
    def _item_select():  # noqa: ANN205
        return select(
            ContentItem.ref, ContentItem.kind, ContentItem.title, ContentItem.text,
            ContentItem.official, ContentItem.source_document, ContentItem.source_locator,
            ContentItem.source_paragraph, ContentItem.parent_ref, ContentItem.related,
            ContentItem.data, SourceDocumentRow.title,
        ).outerjoin(SourceDocumentRow, SourceDocumentRow.id == ContentItem.source_document)


def _to_item(row) -> Item:  # noqa: ANN001
    (ref, kind, title, text, official, doc, locator, para, parent, related, data, doc_title) = row
    source = Source(doc, doc_title or doc, locator or "", para) if doc else None
    return Item(ref=ref, kind=kind, title=title, text=text, official=bool(official), source=source,
                parent=parent, related=tuple(related or ()), data=data or {})
