"""Full-text search: turn anything a user types into a safe FTS5 query, rank, and snippet.

One typed word matches itself as a prefix (search as you type), its other forms in the index
(English Snowball stems: referrals ~ referral), its synonyms and acronyms (data), and, when it
matches nothing at all, the index's nearest word (a typo: trafiking -> trafficking), which the
result says. Items holding every word come before items holding some; within each, bm25 with a
prior by kind, then an item whose title or first sentence holds the whole query moves up.

Speed (bench/): ranking reads nothing but the index. The kind of a row is in its rowid (a block
of 2**32 rowids per kind, written by storage/content_store.py with the codes in `meta`), so the
kind prior and the kind filter cost no row reads; titles and snippets are read for the few rows
shown only. An item translated into another language (content/translate.py) has a second row, the
same rowid with the language's number (its place in `meta`'s list) in bits 28-31: a query in
either language finds the item, which is listed once, for the row that matched it best.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass

from bali_desktop.content.text import fold
from bali_desktop.domain.kinds import SEARCH_BOOST
from bali_desktop.domain.records import MARK_END, MARK_START, SearchHit
from bali_desktop.domain.search import SearchResult
from bali_desktop.storage.connection import FTS_TABLE
from bali_desktop.storage.search_rank import (
    KEYWORDS_HAVE_QUERY,
    KEYWORDS_START_WITH_QUERY,
    STOPWORDS,
    HitPattern,
    Matcher,
    bonus,
    keywords_hold,
    lead,
    snippet,
    text_words,
)
from bali_desktop.storage.search_words import Lexicon, Term, prefix_or_word

MAX_TOKENS = 24
KIND_SHIFT = 32  # rowid >> KIND_SHIFT is the kind's code (storage/content_store.py)
KIND_CODES_KEY = "search_kind_codes"  # meta: {"kind": code} of the index's rowids
# (rowid >> LANG_SHIFT) & LANG_MASK: the row's language, its place in LANGUAGES_KEY's list (bits 28-31,
# up to 16 languages; bits 0-27 number the item, and a content pack's rows or a bench's copies there)
LANG_SHIFT = 28
LANG_MASK = 15
MAX_LANGUAGES = LANG_MASK + 1
LANGUAGES_KEY = "search_languages"  # meta: ["en", "id"], the languages of the index's rows
_LANG_BITS = LANG_MASK << LANG_SHIFT
SNIPPETS = 20  # rows with a snippet of where they match; rows further down show their first sentence
RERANK_POOL = 20  # at least this many candidates are ranked again by title and first sentence
# bm25 weights per FTS column: ref, kind (unindexed), title, keywords, body
_WEIGHTS = "0.0, 0.0, 10.0, 4.0, 1.0"
HEAD_COLUMNS = "{title keywords}"  # an FTS5 column filter: the words an item is named by
HEAD_FIRST_ABOVE = 1500  # items a query may match before its titles and keywords are ranked first
# a match of at least this many items has its snippets cut from the rows' own text: FTS5's snippet()
# reads the match's lists of rows again (milliseconds when a pack holds the words thousands of times)
OWN_SNIPPETS_ABOVE = 300
EVERYWHERE_LOOKS_AT = 64  # words of a prefix looked at for its commonest (_everywhere)
_WORD = re.compile(r"\w+", re.UNICODE)
_LEAD_END = re.compile(r"[.?!:\n]")


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


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(fold(_marks_split(text[:2000]))) if w.strip("_")]


def tokens(query: str) -> list[str]:
    """Words of the query, folded; FTS syntax, punctuation and emoji fall away."""
    words = _words(query)
    kept = [w for w in words if w not in STOPWORDS] or words
    return kept[:MAX_TOKENS]


def typed_in_capitals(query: str) -> set[str]:
    """The query's words typed in capitals (TPPO, UAM), folded: maybe acronyms."""
    raw = _WORD.findall(_marks_split(query[:2000]))
    return {fold(w) for w in raw if len(w) > 1 and w.isupper()}


def build_match(words: list[str], operator: str) -> str:
    """The plain query (no forms, synonyms or corrections): each word as a prefix."""
    return f" {operator} ".join(prefix_or_word(w) for w in words)


def match_of(terms: list[Term], operator: str) -> str:
    parts = [
        t.alternatives[0] if len(t.alternatives) == 1 else f"({' OR '.join(t.alternatives)})" for t in terms
    ]
    return f" {operator} ".join(parts)


@dataclass(frozen=True)
class IndexLayout:
    """How the index's rowids say the kind (None: an index written before they did)."""

    codes: dict[str, int] | None
    languages: tuple[str, ...] = ("en",)  # the languages of the rows, by their number
    rows: int = 0  # rows in the index (0: not known)

    @classmethod
    def read(cls, con: sqlite3.Connection) -> IndexLayout:
        found = dict(
            con.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)", (KIND_CODES_KEY, LANGUAGES_KEY)
            ).fetchall()
        )
        try:
            codes = json.loads(found[KIND_CODES_KEY]) if KIND_CODES_KEY in found else None
        except ValueError:
            codes = None
        try:
            languages = json.loads(found.get(LANGUAGES_KEY) or '["en"]')
        except ValueError:
            languages = ["en"]
        if not isinstance(languages, list) or not languages:
            languages = ["en"]
        try:  # one row per indexed row: counted without reading the rows' text
            rows = int(con.execute(f"SELECT count(*) FROM {FTS_TABLE}_docsize").fetchone()[0])
        except sqlite3.Error:
            rows = 0
        return cls(
            {str(k): int(v) for k, v in codes.items()} if isinstance(codes, dict) else None,
            tuple(str(lang) for lang in languages),
            rows,
        )

    def language_of(self, rowid: int) -> str:
        number = (rowid & _LANG_BITS) >> LANG_SHIFT
        return self.languages[number] if number < len(self.languages) else self.languages[0]

    def boost(self) -> str:
        if self.codes is None:
            cases = " ".join(f"WHEN f.kind = '{k}' THEN {b}" for k, b in SEARCH_BOOST.items())
        else:
            cases = " ".join(
                f"WHEN {self.codes[k]} THEN {b}" for k, b in SEARCH_BOOST.items() if k in self.codes
            )
            cases = f"f.rowid >> {KIND_SHIFT} {cases}"
        return f"(CASE {cases} ELSE 1.0 END)"

    def kind_filter(self, kind: str | None) -> tuple[str, dict[str, object]]:
        if kind is None:
            return "", {}
        if self.codes is None:
            return "AND f.kind = :kind", {"kind": kind}
        code = self.codes.get(kind, -1)
        return "AND f.rowid >= :lo AND f.rowid < :hi", {
            "lo": code << KIND_SHIFT,
            "hi": (code + 1) << KIND_SHIFT,
        }


def _rank_sql(layout: IndexLayout, kind_filter: str) -> str:
    return (
        f"SELECT f.rowid, bm25({FTS_TABLE}, {_WEIGHTS}) * {layout.boost()} AS rank "
        f"FROM {FTS_TABLE} f WHERE {FTS_TABLE} MATCH :match {kind_filter} ORDER BY rank LIMIT :limit"
    )


# the row's own title and first words (its language's) for ranking; the stored title for the hit
_DETAILS_SQL = (
    f"SELECT f.rowid, f.ref, f.kind, i.title, substr(i.text, 1, 400), f.title, "
    f"CASE WHEN f.rowid & {_LANG_BITS} THEN substr(f.body, 1, 400) END, f.keywords FROM {FTS_TABLE} f "
    "JOIN content_items i ON i.ref = f.ref WHERE f.rowid IN (SELECT value FROM json_each(:ids))"
)
# `+f.rowid`: filter the matches, rather than run the match once per rowid (far slower)
_SNIPPET_SQL = (
    f"SELECT f.rowid, snippet({FTS_TABLE}, 4, :ms, :me, '…', 14) FROM {FTS_TABLE} f "
    f"WHERE {FTS_TABLE} MATCH :match AND +f.rowid IN (SELECT value FROM json_each(:ids))"
)
# the text a snippet is cut from when the match is common: the row's own (its language's)
_BODIES_SQL = f"SELECT rowid, body FROM {FTS_TABLE} WHERE rowid IN (SELECT value FROM json_each(:ids))"


def _matches(lexicon: Lexicon, terms: list[Term], op: str) -> int:
    """About how many items the match finds, from the vocabulary's counts of items per word: a term
    finds its alternatives' items; AND, the rarest term's at most; OR, all of them."""
    counts = [sum(_alternative_items(lexicon, alt) for alt in t.alternatives) for t in terms]
    if not counts:
        return 0
    return min(counts) if op == "AND" else sum(counts)


_QUOTED = re.compile(r'"([^"]*)"(\*?)')


def _alternative_items(lexicon: Lexicon, alt: str) -> int:
    """Items one alternative finds, about: ("a"* AND ("b" OR "c")) the rarer part's; "a b" (a
    phrase) its rarest word's; "a"* every word starting so (counted up to HEAD_FIRST_ABOVE)."""
    if " AND " in alt:
        return min(_alternative_items(lexicon, part) for part in alt.strip()[1:-1].split(" AND "))
    total = 0
    for text, star in _QUOTED.findall(alt):
        words = text.split() or [""]
        counts = [lexicon.docs.get(w, 0) for w in words[:-1]]
        last = words[-1]
        counts.append(lexicon.matched_items(last, HEAD_FIRST_ABOVE) if star else lexicon.docs.get(last, 0))
        total += min(counts)
    return total


def _everywhere(lexicon: Lexicon, terms: list[Term], rows: int) -> bool:
    """Every word the match may find is in more than half the index's rows (a national pack's name
    in each of its 30,000 titles): bm25 cannot weigh such words (it floors their idf to one
    constant), and ordering every row that holds them by its lengths alone costs tens of
    milliseconds. A prefix is as common as its commonest word at least; a phrase of several words
    counts as rare (it may be)."""
    if rows <= 0:
        return False
    for t in terms:
        for alt in t.alternatives:
            for text, star in _QUOTED.findall(alt):
                words = text.split()
                if len(words) != 1:
                    return False
                found = lexicon.starting(words[0], EVERYWHERE_LOOKS_AT) if star else words
                if max((lexicon.docs.get(w, 0) for w in found), default=0) * 2 <= rows:
                    return False
    return True


def _in_kind_order(
    con: sqlite3.Connection, lexicon: Lexicon, layout: IndexLayout, match: str, kind: str | None, limit: int
) -> list[tuple[int, float]]:
    """The rows of a match of words found everywhere (`_everywhere`), best first without bm25: the
    kinds by their prior (domain/kinds.SEARCH_BOOST), rows naming the words in their titles or
    keywords before rows that only mention them, and within a kind the content's own order (the
    shipped items before a pack's, a pack's in its own order). Each kind's first `limit` rows are
    read, and no further: the match is spelt out in the index's words (Lexicon.spelt_out), which
    FTS5 steps through only as far as asked. Scores as bm25's ranks (lower is better)."""
    codes = layout.codes or {}
    if kind is not None:
        codes = {kind: codes[kind]} if kind in codes else {}
    if not codes:
        return []
    spelt = lexicon.spelt_out(match)
    prior = {code: SEARCH_BOOST.get(k, 1.0) for k, code in codes.items()}
    branches = " UNION ALL ".join(
        f"SELECT * FROM (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
        f"AND rowid >= {code << KIND_SHIFT} AND rowid < {(code + 1) << KIND_SHIFT} LIMIT :limit)"
        for code in sorted(codes.values())
    )
    found: list[tuple[int, float]] = []
    for scope, weight in ((f"{HEAD_COLUMNS} : ({spelt})", 2.0), (spelt, 1.0)):
        rows = [int(r) for (r,) in con.execute(branches, {"match": scope, "limit": limit}).fetchall()]
        found += sorted(((r, -prior[r >> KIND_SHIFT] * weight) for r in rows), key=lambda x: (x[1], x[0]))
        if len({r & ~_LANG_BITS for r, _ in found}) >= limit:
            break
    return found


def _snippets(
    con: sqlite3.Connection, rowids: list[int], match: str, own: bool, matchers: list[Matcher]
) -> dict[int, str]:
    """Where each row matches, marked: by FTS5's snippet(), which finds the rows in the match's
    lists of rows again; for a match of many rows (OWN_SNIPPETS_ABOVE: a national pack's documents)
    cut from the rows' own text instead, the same words marked (search_rank.snippet)."""
    ids = json.dumps(rowids)
    if not own:
        params = {"match": match, "ids": ids, "ms": MARK_START, "me": MARK_END}
        return {int(r): str(text or "") for r, text in con.execute(_SNIPPET_SQL, params).fetchall()}
    patterns = [HitPattern.of(m) for m in matchers]
    return {
        int(r): snippet(patterns, str(body or ""), MARK_START, MARK_END)
        for r, body in con.execute(_BODIES_SQL, {"ids": ids}).fetchall()
    }


def _tier(rows: list[tuple[int, float]], items_seen: set[int], pool: int) -> list[tuple[int, float]]:
    """The best `pool` rows of a ranking, one per item (its best language's row), leaving out items
    an earlier tier listed; scores made positive (bm25 is lower for better)."""
    tier: list[tuple[int, float]] = []
    listed: set[int] = set()
    for r, rank in rows:
        item = r & ~_LANG_BITS
        if item not in items_seen and item not in listed and len(tier) < pool:
            listed.add(item)
            tier.append((int(r), float(-rank)))
    return tier


def find(
    con: sqlite3.Connection,
    query: str,
    lexicon: Lexicon,
    layout: IndexLayout,
    *,
    kind: str | None = None,
    limit: int = 20,
    correct: bool = True,
) -> SearchResult:
    """Best matches first: items holding every word, then items holding some of them."""
    words = tokens(query)
    if not words or limit <= 0:
        return SearchResult(query, ())
    terms = lexicon.terms(words, typed_in_capitals(query), correct=correct)
    filter_sql, filter_params = layout.kind_filter(kind)
    rank_sql = _rank_sql(layout, filter_sql)
    pool = max(limit, RERANK_POOL)
    rows_asked = pool * len(layout.languages)  # an item may match in each of its languages' rows
    tiers: list[list[tuple[int, float]]] = []
    match, found_about = "", 0
    seen: set[int] = set()
    items_seen: set[int] = set()  # rowids without the language: an item is listed once
    for op in ("AND", "OR") if len(terms) > 1 else ("AND",):
        match = lexicon.spelt_out(match_of(terms, op), most=1)
        tier: list[tuple[int, float]] = []
        # when thousands of items hold the words (a national pack's documents, 100x the content),
        # those holding them in their titles and keywords are ranked first: when they alone fill the
        # pool, an item that only mentions the words in its body would rank below them anyway (bm25
        # weighs those columns 10 and 4 to 1), and the body's thousands of matches are never scored
        found_about = _matches(lexicon, terms, op)
        common = found_about >= HEAD_FIRST_ABOVE
        if common and layout.codes is not None and _everywhere(lexicon, terms, layout.rows):
            tier = _tier(_in_kind_order(con, lexicon, layout, match, kind, rows_asked), items_seen, pool)
        else:
            scopes = [f"{HEAD_COLUMNS} : ({match})", match] if common else [match]
            for scope in scopes:
                params = {"match": scope, "limit": rows_asked, **filter_params}
                tier = _tier(con.execute(rank_sql, params).fetchall(), items_seen, pool)
                if len(tier) >= pool:
                    break
        items_seen.update(r & ~_LANG_BITS for r, _ in tier)
        seen.update(r for r, _ in tier)
        tiers.append(tier)
        if len(seen) >= limit:
            break
    if not seen:
        return SearchResult(query, (), _corrected(query, terms))
    details = {
        int(r[0]): r[1:] for r in con.execute(_DETAILS_SQL, {"ids": json.dumps(sorted(seen))}).fetchall()
    }
    matchers = [Matcher.of(t) for t in terms]
    ranked: list[tuple[int, float]] = []
    for tier in tiers:
        scored = []
        for rowid, score in tier:
            found = details.get(rowid)
            if found is not None:
                title, text = str(found[4]), str(found[5] if found[5] is not None else found[3])
                extra = bonus(matchers, title, lead(text))
                if rowid & _LANG_BITS and keywords_hold(matchers, str(found[6] or "")):
                    extra += KEYWORDS_HAVE_QUERY
                    if text_words(str(found[6]))[: len(words)] == words:
                        extra += KEYWORDS_START_WITH_QUERY
                scored.append((rowid, score * (1 + extra)))
        ranked += sorted(scored, key=lambda x: -x[1])
    ranked = ranked[:limit]
    own = found_about >= OWN_SNIPPETS_ABOVE
    snippets = _snippets(con, [r for r, _ in ranked[:SNIPPETS]], match, own, matchers)
    for r, _ in ranked[SNIPPETS:]:  # further down: the first sentence (a snippet of a long item costs)
        row = details[r]
        snippets[r] = lead(str(row[5] if row[5] is not None else row[3])).strip()[:200]
    hits = tuple(
        SearchHit(
            ref=str(details[r][0]),
            kind=str(details[r][1]),
            title=str(details[r][2]),
            snippet=str(snippets.get(r) or ""),
            score=round(score, 4),
        )
        for r, score in ranked
    )
    return SearchResult(query, hits, _corrected(query, terms))


def _corrected(query: str, terms: list[Term]) -> str | None:
    """The query with each corrected word replaced, as typed otherwise; None if none was."""
    fixes = {t.typed: t.shown for t in terms if t.corrected}
    if not fixes:
        return None

    def swap(m: re.Match[str]) -> str:
        return fixes.get(fold(m.group(0)), m.group(0))

    return _WORD.sub(swap, query.strip())


def search(
    con: sqlite3.Connection, query: str, *, kind: str | None = None, limit: int = 20
) -> list[SearchHit]:
    """The hits alone (words corrected when they match nothing), on a lexicon read for this call."""
    return list(find(con, query, Lexicon.read(con), IndexLayout.read(con), kind=kind, limit=limit).hits)
