"""A content database of a few hand-written items, built in a second by storage/content_store.py's
own `replace` (the schema as storage/schema.py and the migrations make it): for tests of search
whose answers must be exact, which the shipped content's hundreds of items cannot pin."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from bali_desktop.content.record import ContentBundle, ContentRecord, TranslatedRecord
from bali_desktop.domain.records import DocumentInfo
from bali_desktop.storage import connection, schema
from bali_desktop.storage.content_store import ContentStore

FTS_SQL = (
    "CREATE VIRTUAL TABLE content_fts USING fts5("
    "ref UNINDEXED, kind UNINDEXED, title, keywords, body, tokenize = 'unicode61 remove_diacritics 2')"
)
TERMS_SQL = (
    "CREATE TABLE content_fts_terms ("
    "term TEXT NOT NULL PRIMARY KEY, stem TEXT NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID"
)


def empty_database(path: Path, *, terms_table: bool = True) -> sqlite3.Connection:
    con = connection.connect(path)
    for table in (schema.Meta, schema.SourceDocumentRow, schema.SourceParagraph, schema.ContentItem):
        con.execute(str(CreateTable(table.__table__).compile(dialect=sqlite.dialect())))  # type: ignore[arg-type]
    con.execute(FTS_SQL)
    if terms_table:
        con.execute(TERMS_SQL)
    return con


def record(
    ref: str,
    title: str,
    text: str = "",
    *,
    keywords: str = "",
    body: str = "",
    translations: dict[str, TranslatedRecord] | None = None,
    **more: object,
) -> ContentRecord:
    kind = ref.split(":", 1)[0]
    return ContentRecord(
        ref=ref,
        kind=kind,
        title=title,
        text=text,
        official=kind in ("commitment", "objective", "principle", "passage", "area"),
        keywords=keywords,
        body=body,
        translations=translations or {},
        **more,  # type: ignore[arg-type]
    )


def bundle(
    records: list[ContentRecord],
    documents: list[DocumentInfo] | None = None,
    paragraphs: dict[str, list[str]] | None = None,
    digest: str = "digest-1",
) -> ContentBundle:
    return ContentBundle("v1", digest, documents or [], paragraphs or {}, records)


def store(path: Path, records: list[ContentRecord], **kw: object) -> ContentStore:
    """A ContentStore on a new database file holding `records` (loaded by ContentStore.replace)."""
    s = ContentStore(empty_database(path))
    s.replace(bundle(records, **kw))  # type: ignore[arg-type]
    return s
