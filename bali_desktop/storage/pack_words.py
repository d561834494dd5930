"""The word forms of a content pack's words in another language: the search index keeps, for each
language but English, its rows' words with their Snowball stem in that language and whether the
English rows hold them too (search_words.LANG_TERMS_KEY), so that a query finds a word's other
forms (Bahasa Indonesia: "merujuk" finds "dirujuk", "rujukan"). The shipped content writes that
list; the packs' words are laid over it, and those a pack added are kept apart (PACK_TERMS_KEY),
to be taken off again before the next overlay (a pack removed takes its words with it)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bali_desktop.storage import search as search_mod
from bali_desktop.storage import search_words
from bali_desktop.storage.connection import FTS_TABLE

PACK_TERMS_KEY = "pack_language_terms"  # meta: {"id": [the words the packs added]}
MAX_WORDS = 20_000  # new words of one language looked up in the English rows, at most
_IN_ENGLISH = (
    f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? AND (rowid & ?) = 0 LIMIT 1"  # an English row
)


def laid_over(con: sqlite3.Connection, stored: str, words: dict[str, set[str]]) -> str:
    """The stored language words (JSON) without the words the packs added last time, and with the
    words of the packs' rows now (`words`: language -> words), each with its stem."""
    try:
        terms: dict[str, dict[str, Any]] = json.loads(stored)
        row = con.execute("SELECT value FROM meta WHERE key = ?", (PACK_TERMS_KEY,)).fetchone()
        before: dict[str, list[str]] = json.loads(row[0]) if row else {}
    except (ValueError, TypeError):
        return stored
    if not isinstance(terms, dict):
        return stored
    for lang, added in before.items():
        for t in added:
            terms.get(lang, {}).pop(t, None)
    now: dict[str, list[str]] = {}
    lang_bits = search_mod.LANG_MASK << search_mod.LANG_SHIFT
    for lang, found in sorted(words.items()):
        name = search_words.STEMMERS.get(lang)
        stemmer = search_words._stemmer(name) if name and lang != "en" else None
        if stemmer is None:
            continue
        mine = terms.setdefault(lang, {})
        new = sorted(w for w in found if w not in mine)[:MAX_WORDS]
        for t in new:
            shared = con.execute(_IN_ENGLISH, (f'"{t}"', lang_bits)).fetchone() is not None
            mine[t] = [str(stemmer.stemWord(t)) if t.isalpha() else t, shared]
        now[lang] = new
    con.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (PACK_TERMS_KEY, json.dumps(now)),
    )
    return json.dumps(terms)
