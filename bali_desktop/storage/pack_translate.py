"""A content pack's translations laid over the items they translate, in the form the content store
reads (content_store.TRANSLATIONS_KEY: the item in a language, with its status), and a phrase set's
cards in a language (its `text` per card, with status and reviewer). The item's data as it was is
kept in `meta` (ORIGINALS_KEY) with what was written, so that the next overlay puts it back first
(unless a content reload has already written the item again).

Each translation is also a row of the search index in its language (storage/search.py: the item's
English rowid with the language's number in bits 28-31), so that a search in that language finds
the pack's words; a shipped row it stands in for is kept in `meta` (FTS_KEY) and put back by
`restore`."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bali_desktop.storage import search as search_mod
from bali_desktop.storage import search_words
from bali_desktop.storage.connection import FTS_TABLE
from bali_desktop.storage.content_store import TRANSLATIONS_KEY

ORIGINALS_KEY = "pack_translation_originals"  # meta: {ref: {"original": data, "written": data}}
# meta: [[rowid, ref, title, body, displaced]]: the index rows written, each with the row it stood
# in for (null, or [ref, kind, title, keywords, body])
FTS_KEY = "pack_translation_rows"
_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, ref, kind, title, keywords, body) VALUES (?, ?, ?, ?, ?, ?)"
RECORD_KEY = "_record"  # a translation in the format of resources/content/translations/ (packs/translated.py)
FIELDS = {"role": ("description",), "guide": ("purpose", "audience")}  # the plain fields a pack may give


def allowed_fields(kind: str, data: dict[str, Any]) -> set[str]:
    """The `fields` a translation of an item of this kind may set (a phrase set: its card ids)."""
    if kind == "phrases":
        return {str(c.get("id")) for c in data.get("cards", []) if isinstance(c, dict)}
    return set(FIELDS.get(kind, ()))


def phrase_languages(data: dict[str, Any]) -> set[str]:
    return {str(lang.get("code")) for lang in data.get("languages", []) if isinstance(lang, dict)}


def translated(kind: str, title: str, text: str, data: dict[str, Any], t: dict[str, Any]) -> dict[str, Any]:
    """The item's data with the pack's translation `t` (language, status, reviewed_by, title, text,
    fields) laid over it."""
    out: dict[str, Any] = json.loads(json.dumps(data))  # a deep copy
    lang, fields = t["language"], t["fields"]
    record = fields.get(RECORD_KEY)
    if isinstance(record, dict):  # rendered by the content's own code: laid over as it is
        keep = ("status", "reviewed_by", "title", "text", "text_language", "data")
        out.setdefault(TRANSLATIONS_KEY, {})[lang] = {k: record[k] for k in keep}
        return out
    if kind == "phrases":
        for card in out.get("cards", []):
            words = fields.get(card.get("id"))
            if words:
                card.setdefault("text", {})[lang] = {
                    "text": words,
                    "status": t["status"],
                    "reviewed_by": t["reviewed_by"],
                }
        return out
    english = {k: v for k, v in out.items() if k != TRANSLATIONS_KEY}
    own = {**english, **{k: v for k, v in fields.items() if k in FIELDS.get(kind, ())}}
    own_text = t["text"] or (fields.get("description") if kind == "role" else "") or ""
    out.setdefault(TRANSLATIONS_KEY, {})[lang] = {
        "status": t["status"],
        "reviewed_by": t["reviewed_by"],
        "title": t["title"] or title,
        "text": own_text or text,
        "text_language": lang if own_text else "en",
        "data": own,
    }
    return out


def index_row(kind: str, title: str, t: dict[str, Any]) -> tuple[str, str, str]:
    """The title, keywords and body of a translation's row in the search index."""
    fields = t["fields"]
    record = fields.get(RECORD_KEY)
    if isinstance(record, dict):
        return str(record["title"]), str(record.get("keywords") or ""), str(record.get("index") or "")
    words = [str(v) for v in fields.values() if isinstance(v, str)]
    return str(t["title"] or title), "", "\n".join([str(t["text"] or ""), *words]).strip()


def restore(con: sqlite3.Connection) -> None:
    """Put back the data a previous overlay changed (where it is still as that overlay wrote it)."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (FTS_KEY,)).fetchone()
    for rowid, ref, title, body, displaced in json.loads(row[0]) if row else []:
        now = con.execute(f"SELECT ref, title, body FROM {FTS_TABLE} WHERE rowid = ?", (rowid,)).fetchone()
        if now is None or tuple(now) != (ref, title, body):
            continue  # gone (the overlay's own items), or written again by a content reload
        con.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (rowid,))
        if displaced:
            con.execute(_INSERT, (rowid, *displaced))
    if row:
        _unused_languages_off(con)
    con.execute("DELETE FROM meta WHERE key = ?", (FTS_KEY,))
    row = con.execute("SELECT value FROM meta WHERE key = ?", (ORIGINALS_KEY,)).fetchone()
    kept = json.loads(row[0]) if row else {}
    for ref, both in kept.items():
        con.execute(
            "UPDATE content_items SET data = ? WHERE ref = ? AND data = ?",
            (both["original"], ref, both["written"]),
        )
    con.execute("DELETE FROM meta WHERE key = ?", (ORIGINALS_KEY,))


def _unused_languages_off(con: sqlite3.Connection) -> None:
    """Languages at the end of the index's list that no row is in any more (one a pack added): off
    the list (only from its end: a language's number is its place in it)."""
    found = con.execute("SELECT value FROM meta WHERE key = ?", (search_mod.LANGUAGES_KEY,)).fetchone()
    languages: list[str] = json.loads(found[0]) if found else ["en"]
    shift, mask = search_mod.LANG_SHIFT, search_mod.LANG_MASK
    used = {int(n) for (n,) in con.execute(f"SELECT DISTINCT (rowid >> {shift}) & {mask} FROM {FTS_TABLE}")}
    before = len(languages)
    while len(languages) > 1 and len(languages) - 1 not in used:
        languages.pop()
    if len(languages) != before:
        con.execute(
            "UPDATE meta SET value = ? WHERE key = ?", (json.dumps(languages), search_mod.LANGUAGES_KEY)
        )


def apply(con: sqlite3.Connection, rows: list[dict[str, Any]]) -> dict[str, set[str]]:
    """Lay the active packs' translations over their items (after `restore`); the words of the
    index rows written, by language (storage/pack_words.py keeps their word forms)."""
    kept: dict[str, dict[str, str]] = {}
    index: list[tuple[str, str, str, tuple[str, str, str]]] = []  # ref, kind, language, the row
    for t in rows:
        found = con.execute(
            "SELECT kind, title, text, data, official FROM content_items WHERE ref = ?", (t["ref"],)
        )
        item = found.fetchone()
        if item is None or (item[4] and RECORD_KEY not in t["fields"]):
            continue  # gone with a content update, or official text (never translated)
        kind, title, text, data = item[0], item[1], item[2], item[3]
        written = json.dumps(translated(kind, title, text, json.loads(data or "{}"), t))
        kept.setdefault(t["ref"], {"original": data})["written"] = written
        con.execute("UPDATE content_items SET data = ? WHERE ref = ?", (written, t["ref"]))
        index.append((t["ref"], kind, t["language"], index_row(kind, title, t)))
    if rows:  # written even when empty: the overlay is in place (pack_overlay.needs_reapply)
        con.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (ORIGINALS_KEY, json.dumps(kept)))
        return _index(con, index)
    return {}


def _index(
    con: sqlite3.Connection, index: list[tuple[str, str, str, tuple[str, str, str]]]
) -> dict[str, set[str]]:
    """Each translation as a row of the search index in its language (a language the index does not
    have yet is added to its list, up to search.MAX_LANGUAGES)."""
    found = con.execute("SELECT value FROM meta WHERE key = ?", (search_mod.LANGUAGES_KEY,)).fetchone()
    languages: list[str] = json.loads(found[0]) if found else ["en"]
    english: dict[str, int] = {}
    refs = json.dumps(sorted({ref for ref, *_ in index}))
    for rowid, ref in con.execute(
        f"SELECT rowid, ref FROM {FTS_TABLE} WHERE (rowid & ?) = 0 "
        "AND ref IN (SELECT value FROM json_each(?))",
        (search_mod.LANG_MASK << search_mod.LANG_SHIFT, refs),
    ):
        english.setdefault(str(ref), int(rowid))
    written: dict[int, list[Any]] = {}
    words: dict[str, set[str]] = {}
    for ref, kind, language, (title, keywords, body) in index:
        if ref not in english:
            continue
        if language not in languages:
            if len(languages) >= search_mod.MAX_LANGUAGES:
                continue
            languages.append(language)
        rowid = english[ref] + (languages.index(language) << search_mod.LANG_SHIFT)
        old = con.execute(
            f"SELECT ref, kind, title, keywords, body FROM {FTS_TABLE} WHERE rowid = ?", (rowid,)
        ).fetchone()
        displaced = written[rowid][4] if rowid in written else (list(old) if old else None)
        if old is not None:
            con.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (rowid,))
        con.execute(_INSERT, (rowid, ref, kind, title, keywords, body))
        written[rowid] = [rowid, ref, title, body, displaced]
        words.setdefault(language, set()).update(search_words.index_words(title, keywords, body))
    con.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (search_mod.LANGUAGES_KEY, json.dumps(languages)),
    )
    con.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (FTS_KEY, json.dumps(list(written.values()))),
    )
    return words
