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
# What a title or first sentence holding the whole query adds to an item's score (x (1 + bonus))
TITLE_HAS_ALL = 0.6
TITLE_IS_QUERY = 1.2  # times the share of the title's words that are the query's
TITLE_EXACT = 1.0  # the title is the query (every word of it)
LEAD_HAS_ALL = 0.5
IN_ORDER = 0.4  # the query's words one after another in the title or first sentence
# The whole query, word after word, among a translated row's search words (its keywords in that
# language): our translation names the item by that phrase ("korban perdagangan orang" is the
# victim pathway's), so it goes above an item whose short translated summary only mentions the
# words (a guide's purpose). English rows are ranked by their titles, written with the words
# officers type.
KEYWORDS_HAVE_QUERY = 0.8

STOPWORDS = frozenset(
    "a an and are as at be by do does for from how i in into is it me my of on or our "
    "the their them there they this to was what when where who why will with you your "
    "between".split()
)

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
        return cls(
            {str(k): int(v) for k, v in codes.items()} if isinstance(codes, dict) else None,
            tuple(str(lang) for lang in languages),
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


@dataclass(frozen=True)
class _Matcher:
    """One term's alternatives, taken apart once per query to test titles and first sentences."""

    prefixes: tuple[str, ...]  # "w"*
    exact: frozenset[str]  # "w"
    phrases: tuple[tuple[str, ...], ...]  # "a b c"
    # ("a"* AND ("b"* OR "b2")): a typed phrase, each word (or one of its forms) somewhere
    all_of: tuple[tuple[tuple[str, ...], ...], ...]

    @classmethod
    def of(cls, term: Term) -> _Matcher:
        prefixes, exact, phrases, all_of = [], set(), [], []
        for alt in term.alternatives:
            inner = alt.strip("()")
            if " AND " in inner:
                all_of.append(
                    tuple(
                        tuple(w.strip('"* ') for w in part.strip("() ").split(" OR "))
                        for part in alt[1:-1].split(" AND ")
                    )
                )
                continue
            words = tuple(inner.rstrip("*").strip('"').split())
            if len(words) > 1:
                phrases.append(words)
            elif words and inner.endswith("*"):
                prefixes.append(words[0])
            elif words:
                exact.add(words[0])
        return cls(tuple(prefixes), frozenset(exact), tuple(phrases), tuple(all_of))

    def places(self, words: list[str]) -> list[int]:
        """Where in `words` the term matches (its first word's positions)."""
        at = [i for i, w in enumerate(words) if w in self.exact or w.startswith(self.prefixes)]
        for phrase in self.phrases:
            n = len(phrase)
            at += [i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == phrase]
        for parts in self.all_of:
            if all(any(w.startswith(forms) for w in words) for forms in parts):
                at += [i for i, w in enumerate(words) if w.startswith(parts[0])]
        return sorted(at)


def _text_words(text: str) -> list[str]:
    return _WORD.findall(text.lower() if text.isascii() else fold(text))


def _bonus(matchers: list[_Matcher], title: str, lead: str) -> float:
    """How much the title or the first sentence holds the whole query (0 when neither does). One
    word alone counts only in a title that is that word: bm25 weighs titles already."""
    best = 0.0
    for text, has_all in ((title, TITLE_HAS_ALL), (lead, LEAD_HAS_ALL)):
        if len(matchers) == 1 and text is not title:
            continue
        words = _text_words(text)
        places = []
        for m in matchers:  # most texts lack some word: stop at the first
            found = m.places(words)
            if not found:
                break
            places.append(found)
        if len(places) < len(matchers):
            continue
        content = [w for w in words if w not in STOPWORDS] or words
        share = min(1.0, len(matchers) / max(1, len(content)))
        if len(matchers) == 1 and share < 1:
            continue
        bonus = has_all
        if text is title:
            bonus += TITLE_IS_QUERY * share + (TITLE_EXACT if share == 1 else 0.0)
        if len(matchers) > 1 and _in_order(places):
            bonus += IN_ORDER
        best = max(best, bonus)
    return best


def _keywords_hold(matchers: list[_Matcher], keywords: str) -> bool:
    """A query of two words or more found in `keywords`, each term right after the one before
    (one term may be two words itself: "perdagangan orang", a phrase the lexicon knows)."""
    if not keywords or (len(matchers) < 2 and not any(m.phrases for m in matchers)):
        return False
    words = _text_words(keywords)
    places = [m.places(words) for m in matchers]
    return all(places) and _in_order(places, within=2)


def _in_order(places: list[list[int]], within: int = 3) -> bool:
    """Each term found after the one before, within `within` words of it."""
    for start in places[0]:
        at, ok = start, True
        for later in places[1:]:
            nxt = [p for p in later if at < p <= at + within]
            if not nxt:
                ok = False
                break
            at = nxt[0]
        if ok:
            return True
    return False


def _lead(text: str) -> str:
    end = _LEAD_END.search(text)
    return text[: end.start()] if end else text


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
    seen: set[int] = set()
    items_seen: set[int] = set()  # rowids without the language: an item is listed once
    match = ""
    for op in ("AND", "OR") if len(terms) > 1 else ("AND",):
        match = match_of(terms, op)
        rows = con.execute(rank_sql, {"match": match, "limit": rows_asked, **filter_params}).fetchall()
        tier: list[tuple[int, float]] = []
        for r, rank in rows:
            if r & ~_LANG_BITS not in items_seen and len(tier) < pool:
                items_seen.add(r & ~_LANG_BITS)
                tier.append((int(r), float(-rank)))
        seen.update(r for r, _ in tier)
        tiers.append(tier)
        if len(seen) >= limit:
            break
    if not seen:
        return SearchResult(query, (), _corrected(query, terms))
    details = {
        int(r[0]): r[1:] for r in con.execute(_DETAILS_SQL, {"ids": json.dumps(sorted(seen))}).fetchall()
    }
    matchers = [_Matcher.of(t) for t in terms]
    ranked: list[tuple[int, float]] = []
    for tier in tiers:
        scored = []
        for rowid, score in tier:
            found = details.get(rowid)
            if found is not None:
                title, text = str(found[4]), str(found[5] if found[5] is not None else found[3])
                bonus = _bonus(matchers, title, _lead(text))
                if rowid & _LANG_BITS and _keywords_hold(matchers, str(found[6] or "")):
                    bonus += KEYWORDS_HAVE_QUERY
                scored.append((rowid, score * (1 + bonus)))
        ranked += sorted(scored, key=lambda x: -x[1])
    ranked = ranked[:limit]
    snipped = [r for r, _ in ranked[:SNIPPETS]]
    snippets = dict(
        con.execute(
            _SNIPPET_SQL, {"match": match, "ids": json.dumps(snipped), "ms": MARK_START, "me": MARK_END}
        ).fetchall()
    )
    for r, _ in ranked[SNIPPETS:]:  # further down: the first sentence (a snippet of a long item costs)
        row = details[r]
        snippets[r] = _lead(str(row[5] if row[5] is not None else row[3])).strip()[:200]
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
