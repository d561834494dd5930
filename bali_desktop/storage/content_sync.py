"""(Re)load shipped content into the database in one transaction, leaving user tables alone."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, delete, insert, select, text

from bali_desktop.content.digest import content_digest
from bali_desktop.content.loader import ContentBundle, load_content
from bali_desktop.storage.schema import FTS_TABLE, ContentItem, Meta, SourceDocumentRow, SourceParagraph


def stored_digest(engine: Engine) -> str | None:
    with engine.connect() as con:
        return con.execute(select(Meta.value).where(Meta.key == "content_digest")).scalar()


def needs_reload(engine: Engine, content_dir: Path, sources_dir: Path) -> bool:
    return stored_digest(engine) != content_digest(content_dir, sources_dir)


def reload_content(engine: Engine, bundle: ContentBundle) -> None:
    """Replace every content row with the bundle's: all or nothing."""
    with engine.begin() as con:
        con.execute(text(f"DELETE FROM {FTS_TABLE}"))
        con.execute(delete(ContentItem))
        con.execute(delete(SourceParagraph))
        con.execute(delete(SourceDocumentRow))
        con.execute(
            insert(SourceDocumentRow),
            [
                {
                    "id": d.id,
                    "title": d.title,
                    "publisher": d.publisher,
                    "date": d.date,
                    "description": d.description,
                }
                for d in bundle.documents
            ],
        )
        con.execute(
            insert(SourceParagraph),
            [
                {"document_id": doc, "number": n, "text": para}
                for doc, paras in bundle.paragraphs.items()
                for n, para in enumerate(paras, 1)
            ],
        )
        positions: dict[str, int] = {}
        rows = []
        for r in bundle.records:
            positions[r.kind] = positions.get(r.kind, 0) + 1
            rows.append(
                {
                    "ref": r.ref,
                    "kind": r.kind,
                    "title": r.title,
                    "text": r.text,
                    "official": r.official,
                    "source_document": r.source_document,
                    "source_locator": r.source_locator,
                    "source_paragraph": r.source_paragraph,
                    "parent_ref": r.parent_ref,
                    "position": positions[r.kind],
                    "related": r.related,
                    "data": r.data,
                }
            )
        con.execute(insert(ContentItem), rows)
        con.execute(
            text(
                f"INSERT INTO {FTS_TABLE} (ref, kind, title, keywords, body) "
                "VALUES (:ref, :kind, :title, :keywords, :body)"
            ),
            [
                {
                    "ref": r.ref,
                    "kind": r.kind,
                    "title": r.title,
                    "keywords": r.keywords,
                    "body": f"{r.text if r.index_text is None else r.index_text}\n{r.body}",
                }
                for r in bundle.records
            ],
        )
        for key, value in (("content_digest", bundle.digest), ("content_version", bundle.version)):
            con.execute(delete(Meta).where(Meta.key == key))
            con.execute(insert(Meta).values(key=key, value=value))


def sync_content(engine: Engine, content_dir: Path, sources_dir: Path, *, force: bool = False) -> bool:
    """Reload when the shipped files changed. Validation happens before anything is touched."""
    if not force and not needs_reload(engine, content_dir, sources_dir):
        return False
    reload_content(engine, load_content(content_dir, sources_dir))
    return True
