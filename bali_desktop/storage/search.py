"""Full-text search: turn anything a user types into a safe FTS5 query, rank, and snippet."""

from __future__ import annotations

import re
import sqlite3
import unicodedata

from bali_desktop.content.text import fold
from bali_desktop.domain.kinds import SEARCH_BOOST
from bali_desktop.domain.records import MARK_END, MARK_START, SearchHit
from bali_desktop.storage.connection import FTS_TABLE

MAX_TOKENS = 24
# bm25 weights per FTS column: ref, kind (unindexed), title, keywords, body
_WEIGHTS = "0.0, 0.0, 10.0, 4.0, 1.0"
# The ranking prior by kind (domain/kinds.py), as SQL.
_KIND_BOOST = (
    "CASE "
    + " ".join(f"WHEN f.kind = '{kind}' THEN {boost}" for kind, boost in SEARCH_BOOST.items())
    + " ELSE 1.0 END"
)

STOPWORDS = frozenset(
    "a an and are as at be by do does for from how i in into is it me my of on or our "
    "the their them there they this to was what when where who why will with you your "
    "between".split()
)

# Acronyms and everyday words officers type, expanded into the words the content uses.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "tip": ("trafficking in persons", "human trafficking"),
    "vot": ("victim of trafficking", "victims of trafficking"),
    "uac": ("unaccompanied child", "unaccompanied"),
    "uasc": ("unaccompanied", "separated child"),
    "minor": ("child",),
    "minors": ("child",),
    "kid": ("child",),
    "rso": ("regional support office",),
    "gabf": ("government and business forum",),
    "ahg": ("ad hoc group",),
    "som": ("senior officials",),
    "tfpp": ("task force on planning and preparedness",),
    "rbdes": ("regional biometric data exchange",),
    "nrm": ("national referral mechanism", "referral"),
    "jclec": ("jakarta centre for law enforcement cooperation",),
    "rcf": ("regional cooperation framework",),
    "asylum": ("protection",),
    "refugee": ("protection",),
    "vietnam": ("viet nam",),
    "laos": ("lao",),
    "turkey": ("turkiye",),
    "smuggler": ("smuggling",),
    "trafficker": ("trafficking",),
}

_WORD = re.compile(r"\w+", re.UNICODE)


def _marks_split(text: str) -> str:
    """FTS5's unicode61 splits words at vowel signs and other marks (Khmer, Thai, Myanmar, Bengali,
    Arabic…): split the query there too. Marks on Latin, Greek or Cyrillic letters stay, for `fold`."""
    out, base = [], ""
    for ch in unicodedata.normalize("NFC", text):
        if unicodedata.category(ch).startswith("M") and not ("\u0000" < base < "\u0530"):
            out.append(" ")
            continue
        out.append(ch)
        base = ch
    return "".join(out)


def tokens(query: str) -> list[str]:
    """Words of the query, folded; FTS syntax, punctuation and emoji fall away."""
    words = [w for w in _WORD.findall(fold(_marks_split(query[:2000]))) if w.strip("_")]
    kept = [w for w in words if w not in STOPWORDS] or words
    return kept[:MAX_TOKENS]


def _term(word: str) -> str:
    word = word.replace('"', "")
    base = f'"{word}"*' if len(word) >= 3 else f'"{word}"'
    alternatives = [f'"{s}"' for s in SYNONYMS.get(word, ())]
    return f"({' OR '.join([base, *alternatives])})" if alternatives else base


def build_match(words: list[str], operator: str) -> str:
    return f" {operator} ".join(_term(w) for w in words)


_SQL = f"""
SELECT f.ref, f.kind, i.title,
       snippet({FTS_TABLE}, 4, :ms, :me, '…', 14) AS snip,
       bm25({FTS_TABLE}, {_WEIGHTS}) * {_KIND_BOOST} AS rank
FROM {FTS_TABLE} f JOIN content_items i ON i.ref = f.ref
WHERE {FTS_TABLE} MATCH :match {{kind_filter}}
ORDER BY rank LIMIT :limit
"""


def search(
    con: sqlite3.Connection, query: str, *, kind: str | None = None, limit: int = 20
) -> list[SearchHit]:
    """Best matches first: items holding every word, then items holding some of them."""
    words = tokens(query)
    if not words or limit <= 0:
        return []
    sql = _SQL.format(kind_filter="AND f.kind = :kind" if kind else "")
    hits: dict[str, SearchHit] = {}
    operators = ("AND", "OR") if len(words) > 1 else ("AND",)
    for op in operators:
        params = {
            "match": build_match(words, op),
            "limit": limit,
            "ms": MARK_START,
            "me": MARK_END,
            "kind": kind,
        }
        for ref, k, title, snip, rank in con.execute(sql, params):
            if ref not in hits:
                hits[ref] = SearchHit(ref=ref, kind=k, title=title, snippet=snip or "", score=round(-rank, 4))
        if len(hits) >= limit:
            break
    return list(hits.values())[:limit]
