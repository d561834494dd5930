"""The shipped content in the database: read items, documents and paragraphs; replace it all.

Content tables are reloaded whole (in one transaction) when the shipped files change; the
user's tables are never touched by a reload.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bali_desktop.domain.errors import ContentError, UsageError
from bali_desktop.domain.kinds import KINDS
from bali_desktop.domain.records import DocumentInfo, Item, ItemTranslation, Paragraph, SearchHit, Source
from bali_desktop.domain.search import SearchResult
from bali_desktop.storage import search as search_mod
from bali_desktop.storage import search_words
from bali_desktop.storage.connection import FTS_TABLE, transaction

if TYPE_CHECKING:
    from bali_desktop.content.record import ContentBundle

# Columns as named in storage/schema.py (a test checks every list here against the models).
ITEM_COLUMNS = (
    "ref",
    "kind",
    "title",
    "text",
    "official",
    "source_document",
    "source_locator",
    "source_paragraph",
    "parent_ref",
    "position",
    "related",
    "data",
)
DOCUMENT_COLUMNS = ("id", "title", "publisher", "date", "description")
PARAGRAPH_COLUMNS = ("document_id", "number", "text")
FTS_COLUMNS = ("ref", "kind", "title", "keywords", "body")
CONTENT_TABLES = ("content_items", "source_paragraphs", "source_documents")
SOURCE_LANGUAGE = "en"
# An item's words in other languages, kept in its `data` under this key (content/translate.py):
# {"id": {"status", "reviewed_by", "title", "text", "text_language", "data"}}. Never shown as data.
TRANSLATIONS_KEY = "_translations"

_READ = [c for c in ITEM_COLUMNS if c != "position"]
_ITEM_SELECT = (
    f"SELECT {', '.join('i.' + c for c in _READ)}, d.title FROM content_items i "
    "LEFT JOIN source_documents d ON d.id = i.source_document"
)


def _insert(table: str, columns: Iterable[str]) -> str:
    cols = list(columns)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


class ContentStore:
    """Reads of the content tables on one connection; `replace` writes them all at once."""

    def __init__(self, connection: sqlite3.Connection, language: str = SOURCE_LANGUAGE) -> None:
        self.con = connection
        # the language reads default to (the session's, services.reading.set_language): so that code
        # reading through the ContentReader shape (builders, print gathering) reads it too
        self.language = language
        self._search_words: tuple[str | None, search_words.Lexicon, search_mod.IndexLayout] | None = None

    # --- facts about the stored content ------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    @property
    def content_version(self) -> str:
        return self.meta("content_version") or "unknown"

    @property
    def digest(self) -> str | None:
        return self.meta("content_digest")

    # --- items -------------------------------------------------------------------------------

    # `lang`: the item in that language where it has a translation (our words; official text stays
    # English), else in English with `translation` None. None: the store's `language`.

    def _lang(self, lang: str | None) -> str:
        return self.language if lang is None else lang

    def get(self, ref: str, lang: str | None = None) -> Item | None:
        row = self.con.execute(f"{_ITEM_SELECT} WHERE i.ref = ?", (ref,)).fetchone()
        return _to_item(row, self._lang(lang)) if row else None

    def get_many(self, refs: list[str], lang: str | None = None) -> dict[str, Item]:
        """The items of `refs` that exist, in one query (search titles its official hits)."""
        if not refs:
            return {}
        marks = ",".join("?" * len(refs))
        rows = self.con.execute(f"{_ITEM_SELECT} WHERE i.ref IN ({marks})", list(refs)).fetchall()
        return {str(r[0]): _to_item(r, self._lang(lang)) for r in rows}

    def require(self, ref: str, lang: str | None = None) -> Item:
        item = self.get(ref, lang)
        if item is None:
            raise UsageError(f"No item with the ref {ref!r}. Try `bali-desktop search` to find refs.")
        return item

    def items(self, kind: str, lang: str | None = None) -> list[Item]:
        rows = self.con.execute(f"{_ITEM_SELECT} WHERE i.kind = ? ORDER BY i.position", (kind,))
        return [_to_item(r, self._lang(lang)) for r in rows]

    def children(self, ref: str, lang: str | None = None) -> list[Item]:
        rows = self.con.execute(f"{_ITEM_SELECT} WHERE i.parent_ref = ? ORDER BY i.position", (ref,))
        return [_to_item(r, self._lang(lang)) for r in rows]

    def titles(self, refs: list[str], lang: str | None = None) -> dict[str, str]:
        if not refs:
            return {}
        marks, lang = ",".join("?" * len(refs)), self._lang(lang)
        if lang == SOURCE_LANGUAGE:
            sql, params = f"SELECT ref, title FROM content_items WHERE ref IN ({marks})", list(refs)
        else:  # the translated title where there is one (read in SQLite, no item built)
            path = f'$.{TRANSLATIONS_KEY}."{lang.replace(chr(34), "")}".title'
            sql = (
                "SELECT ref, coalesce(json_extract(data, ?), title) FROM content_items "
                f"WHERE ref IN ({marks})"
            )
            params = [path, *refs]
        rows = self.con.execute(sql, params)
        return {str(ref): str(title) for ref, title in rows.fetchall()}

    def languages(self) -> list[str]:
        """The languages the stored content is in: English, then those with translations."""
        return list(search_mod.IndexLayout.read(self.con).languages)

    def stats(self) -> dict[str, int]:
        counts = dict(self.con.execute("SELECT kind, count(*) FROM content_items GROUP BY kind").fetchall())
        return {kind: int(counts.get(kind, 0)) for kind in KINDS}

    def search(self, query: str, *, kind: str | None = None, limit: int = 20) -> list[SearchHit]:
        return list(self.find(query, kind=kind, limit=limit).hits)

    def find(
        self, query: str, *, kind: str | None = None, limit: int = 20, correct: bool = True
    ) -> SearchResult:
        """Search (storage/search.py); `correct=False` searches for exactly what was typed."""
        if kind is not None and kind not in KINDS:
            raise UsageError(f"Unknown kind {kind!r}. Kinds: {', '.join(KINDS)}.")
        digest = self.digest
        if self._search_words is None or self._search_words[0] != digest:  # read once per content
            self._search_words = (
                digest,
                search_words.Lexicon.read(self.con),
                search_mod.IndexLayout.read(self.con),
            )
        _, lexicon, layout = self._search_words
        return search_mod.find(self.con, query, lexicon, layout, kind=kind, limit=limit, correct=correct)

    def documents(self) -> list[DocumentInfo]:
        rows = self.con.execute(f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM source_documents")
        return [DocumentInfo(*r) for r in rows]

    def paragraphs(self, document_id: str) -> list[Paragraph]:
        rows = self.con.execute(
            "SELECT number, text FROM source_paragraphs WHERE document_id = ? ORDER BY number", (document_id,)
        )
        return [Paragraph(n, t) for n, t in rows]

    def fts_rows(self) -> int:
        """How many items the full-text index holds (one English row per content item after a reload;
        an item's rows in other languages are not counted again)."""
        english = f"(rowid >> {search_mod.LANG_SHIFT}) & {search_mod.LANG_MASK} = 0"
        sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {english}"
        return int(self.con.execute(sql).fetchone()[0])

    # --- replacing it all ---------------------------------------------------------------------

    def replace(self, bundle: ContentBundle) -> None:
        """Replace every content row (and the full-text index) with the bundle's: all or nothing."""
        self._search_words = None
        with transaction(self.con) as con:
            con.execute(f"DELETE FROM {FTS_TABLE}")
            for table in CONTENT_TABLES:
                con.execute(f"DELETE FROM {table}")
            con.executemany(
                _insert("source_documents", DOCUMENT_COLUMNS),
                [(d.id, d.title, d.publisher, d.date, d.description) for d in bundle.documents],
            )
            con.executemany(
                _insert("source_paragraphs", PARAGRAPH_COLUMNS),
                [
                    (doc, n, para)
                    for doc, paras in bundle.paragraphs.items()
                    for n, para in enumerate(paras, 1)
                ],
            )
            positions: dict[str, int] = {}
            rows = []
            for r in bundle.records:
                positions[r.kind] = positions.get(r.kind, 0) + 1
                rows.append(
                    (
                        r.ref,
                        r.kind,
                        r.title,
                        r.text,
                        r.official,
                        r.source_document,
                        r.source_locator,
                        r.source_paragraph,
                        r.parent_ref,
                        positions[r.kind],
                        json.dumps(r.related),
                        json.dumps(_stored_data(r)),
                    )
                )
            con.executemany(_insert("content_items", ITEM_COLUMNS), rows)
            # the kind in the rowid (storage/search.py): ranking and the kind filter read no rows;
            # an item's row in another language has the same rowid with that language's number in it
            codes = {kind: n for n, kind in enumerate(KINDS, 1)}
            languages = [SOURCE_LANGUAGE, *sorted({lang for r in bundle.records for lang in r.translations})]
            if len(languages) > search_mod.MAX_LANGUAGES:
                raise ContentError(
                    f"Content in {len(languages)} languages: at most {search_mod.MAX_LANGUAGES}."
                )
            fts_rows = []
            words: dict[str, set[str]] = {lang: set() for lang in languages}
            for n, r in enumerate(bundle.records, 1):
                rowid = (codes.get(r.kind, 0) << search_mod.KIND_SHIFT) + n
                body = f"{r.text if r.index_text is None else r.index_text}\n{r.body}"
                fts_rows.append((rowid, r.ref, r.kind, r.title, r.keywords, body))
                words[SOURCE_LANGUAGE].update(search_words.index_words(r.title, r.keywords, body))
                for lang, t in r.translations.items():
                    body = f"{t.text if t.index_text is None else t.index_text}\n{t.body}"
                    number = languages.index(lang) << search_mod.LANG_SHIFT
                    fts_rows.append((rowid + number, r.ref, r.kind, t.title, t.keywords, body))
                    words[lang].update(search_words.index_words(t.title, t.keywords, body))
            con.executemany(_insert(FTS_TABLE, ("rowid", *FTS_COLUMNS)), fts_rows)
            search_words.write_terms(con, words)
            for key, value in (
                ("content_digest", bundle.digest),
                ("content_version", bundle.version),
                (search_mod.KIND_CODES_KEY, json.dumps(codes)),
                (search_mod.LANGUAGES_KEY, json.dumps(languages)),
            ):
                con.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )


def _json(text: str | None, empty: Any) -> Any:
    return json.loads(text) if text else empty


def _stored_data(r: Any) -> dict[str, Any]:
    if not r.translations:
        return dict(r.data)
    return {**r.data, TRANSLATIONS_KEY: {lang: t.stored() for lang, t in r.translations.items()}}


def _to_item(row: tuple[Any, ...], lang: str = SOURCE_LANGUAGE) -> Item:
    (ref, kind, title, text, official, doc, locator, para, parent, related, data, doc_title) = row
    source = Source(doc, doc_title or doc, locator or "", para) if doc else None
    content = _json(data, {})
    found = (content.pop(TRANSLATIONS_KEY, None) or {}).get(lang) if isinstance(content, dict) else None
    translation = None
    if lang != SOURCE_LANGUAGE and isinstance(found, dict):
        title, text, content = found["title"], found["text"], found["data"]
        translation = ItemTranslation(
            lang, str(found["status"]), str(found.get("reviewed_by") or ""), str(found["text_language"])
        )
    return Item(
        ref=ref,
        kind=kind,
        title=title,
        text=text,
        official=bool(official),
        source=source,
        parent=parent,
        related=tuple(_json(related, [])),
        data=content,
        translation=translation,
    )
