"""The packs' items laid over the shipped content: rows in `content_items` at positions from
OVERLAY_POSITION and English rows in the full-text index whose item number (the rowid's bits below
search.LANG_SHIFT, storage/search.py) has bit 23 set, in their kind's block; written again from the
pack tables after a content reload and inside every install, removal or rollback."""

from __future__ import annotations

import json
import sqlite3

from bali_desktop.domain.kinds import KINDS
from bali_desktop.storage import pack_translate, pack_words, search_words
from bali_desktop.storage import search as search_mod
from bali_desktop.storage.connection import FTS_TABLE
from bali_desktop.storage.pack_rows import MINE, OVERLAY_POSITION, OVERLAY_ROWID

_OVERLAY_ROWS = (
    "FROM pack_items i LEFT JOIN packs p ON p.id = i.pack_id AND p.version = i.version "
    "WHERE i.pack_id = ? OR p.state = 'active'"
)


def needs_reapply(con: sqlite3.Connection) -> bool:
    """Whether the content tables lack what the packs lay over them (a reload, or an old file)."""
    want = con.execute(
        f"SELECT count(*) {_OVERLAY_ROWS}",
        (MINE,),
    ).fetchone()[0]
    have = con.execute(
        "SELECT count(*) FROM content_items WHERE position >= ?", (OVERLAY_POSITION,)
    ).fetchone()[0]
    if want != have:
        return True
    translated = con.execute(
        "SELECT 1 FROM pack_translations t JOIN packs p ON p.id = t.pack_id AND p.version = t.version "
        "AND p.state = 'active' LIMIT 1"
    ).fetchone()
    laid = con.execute("SELECT 1 FROM meta WHERE key = ?", (pack_translate.ORIGINALS_KEY,)).fetchone()
    return translated is not None and laid is None


def reapply(con: sqlite3.Connection) -> None:
    """Write the overlay again from the pack tables (inside the caller's transaction)."""
    codes = _kind_codes(con)
    for code in codes.values():  # a range of rowids per kind, then the overlay's bit (no full scan)
        lo, hi = code << search_mod.KIND_SHIFT, (code + 1) << search_mod.KIND_SHIFT
        con.execute(
            f"DELETE FROM {FTS_TABLE} WHERE rowid >= ? AND rowid < ? AND (rowid & ?) != 0",
            (lo, hi, OVERLAY_ROWID),
        )
    pack_translate.restore(con)  # the items the packs translated, as they were
    con.execute("DELETE FROM content_items WHERE position >= ?", (OVERLAY_POSITION,))
    rows = con.execute(
        f"SELECT i.ref, i.kind, i.title, i.text, i.keywords, i.body, i.related, i.data {_OVERLAY_ROWS} "
        "ORDER BY i.pack_id, i.ref",
        (MINE,),
    ).fetchall()
    shipped = {str(r[0]) for r in con.execute("SELECT ref FROM content_items")}
    seen: set[str] = set()
    items, index = [], []
    for n, (ref, kind, title, text, keywords, body, related, data) in enumerate(rows, 1):
        if ref in shipped or ref in seen:
            continue  # never over a shipped item (install refuses it; a later shipped one wins)
        seen.add(ref)
        items.append(
            (ref, kind, title, text, False, None, None, None, None, OVERLAY_POSITION + n, related, data)
        )
        rowid = (codes.get(kind, 0) << search_mod.KIND_SHIFT) + OVERLAY_ROWID + n
        index.append((rowid, ref, kind, title, keywords, f"{text}\n{body}"))
    con.executemany(
        "INSERT INTO content_items (ref, kind, title, text, official, source_document, source_locator, "
        "source_paragraph, parent_ref, position, related, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        items,
    )
    con.executemany(
        f"INSERT INTO {FTS_TABLE} (rowid, ref, kind, title, keywords, body) VALUES (?, ?, ?, ?, ?, ?)",
        index,
    )
    words = pack_translate.apply(con, _translations(con))
    # the vocabulary again, from the whole index; the other languages' words (written with the
    # shipped content) are kept as they were, with the packs' words of those languages laid over
    key = getattr(search_words, "LANG_TERMS_KEY", None)
    kept = con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone() if key else None
    search_words.write_terms(con)
    if kept is not None:
        con.execute(
            "UPDATE meta SET value = ? WHERE key = ?", (pack_words.laid_over(con, kept[0], words), key)
        )


def _kind_codes(con: sqlite3.Connection) -> dict[str, int]:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (search_mod.KIND_CODES_KEY,)).fetchone()
    try:
        codes = json.loads(row[0]) if row else None
    except ValueError:
        codes = None
    if not isinstance(codes, dict):
        return {kind: n for n, kind in enumerate(KINDS, 1)}
    return {str(k): int(v) for k, v in codes.items()}


def _translations(con: sqlite3.Connection) -> list[dict[str, object]]:
    rows = con.execute(
        "SELECT t.ref, t.language, t.status, t.reviewed_by, t.title, t.text, t.fields "
        "FROM pack_translations t JOIN packs p ON p.id = t.pack_id AND p.version = t.version "
        "AND p.state = 'active' "
        "ORDER BY t.pack_id, t.ref, t.language"
    )
    names = ("ref", "language", "status", "reviewed_by", "title", "text", "fields")
    return [{**dict(zip(names, r, strict=True)), "fields": json.loads(r[6] or "{}")} for r in rows]
