"""How a query's words are found in a text: the title and first sentence that hold the whole query
(ranking, storage/search.py), and the snippet that shows where an item matches.

The snippet is cut here, not by FTS5's snippet(): that one reads the whole index's lists of the
query's words again to find the few rows shown (thousands of rows at 100x the content, several
milliseconds), where the rows' own text is at hand. It marks what FTS5 matched: a word starting
with a typed prefix, an other form or a synonym, a phrase word after word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from bali_desktop.content.text import fold
from bali_desktop.storage.search_words import Term

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
# ... and more when its search words start with the query: the phrase it is first known by in that
# language ("perdagangan orang" is the victim pathway's; a guide's translated summary may only use it)
KEYWORDS_START_WITH_QUERY = 0.6

STOPWORDS = frozenset(
    "a an and are as at be by do does for from how i in into is it me my of on or our "
    "the their them there they this to was what when where who why will with you your "
    "between".split()
)


_WORD = re.compile(r"\w+", re.UNICODE)
_LEAD_END = re.compile(r"[.?!:\n]")


@dataclass(frozen=True)
class Matcher:
    """One term's alternatives, taken apart once per query to test titles and first sentences."""

    prefixes: tuple[str, ...]  # "w"*
    exact: frozenset[str]  # "w"
    phrases: tuple[tuple[str, ...], ...]  # "a b c"
    # ("a"* AND ("b"* OR "b2")): a typed phrase, each word (or one of its forms) somewhere
    all_of: tuple[tuple[tuple[str, ...], ...], ...]

    @classmethod
    def of(cls, term: Term) -> Matcher:
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

    def may_be_in(self, folded: str) -> bool:
        """Whether the folded text may hold the term: one of its words is in it somewhere, maybe
        inside another word. A quick test before a text is cut into words (`places`)."""
        return (
            any(p in folded for p in self.prefixes)
            or any(e in folded for e in self.exact)
            or any(phrase[0] in folded for phrase in self.phrases)
            or any(all(any(f in folded for f in forms) for forms in parts) for parts in self.all_of)
        )

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


def _folded(text: str) -> str:
    return text.lower() if text.isascii() else fold(text)


def text_words(text: str) -> list[str]:
    return _WORD.findall(_folded(text))


def bonus(matchers: list[Matcher], title: str, lead: str) -> float:
    """How much the title or the first sentence holds the whole query (0 when neither does). One
    word alone counts only in a title that is that word: bm25 weighs titles already."""
    best = 0.0
    for text, has_all in ((title, TITLE_HAS_ALL), (lead, LEAD_HAS_ALL)):
        if len(matchers) == 1 and text is not title:
            continue
        folded = _folded(text)
        if not all(m.may_be_in(folded) for m in matchers):  # most texts lack a word: no need to cut
            continue
        words = _WORD.findall(folded)
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
        if len(matchers) > 1 and in_order(places):
            bonus += IN_ORDER
        best = max(best, bonus)
    return best


def keywords_hold(matchers: list[Matcher], keywords: str) -> bool:
    """A query of two words or more found in `keywords`, each term right after the one before
    (one term may be two words itself: "perdagangan orang", a phrase the lexicon knows)."""
    if not keywords or (len(matchers) < 2 and not any(m.phrases for m in matchers)):
        return False
    words = text_words(keywords)
    places = [m.places(words) for m in matchers]
    return all(places) and in_order(places, within=2)


def in_order(places: list[list[int]], within: int = 3) -> bool:
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


def lead(text: str) -> str:
    end = _LEAD_END.search(text)
    return text[: end.start()] if end else text


SNIPPET_TOKENS = 14  # words in a snippet
SNIPPET_SCAN = 4000  # a long text's first characters, where its snippet is looked for first
HITS_EACH = 40  # a term's first hits in a text, where its snippet is looked for
WINDOW_CHARS = 100  # about that many words of English, where a snippet's hits are counted
_TOKEN = r"[^\W_]+"  # a word as FTS5's unicode61 splits Latin text
_GAP = r"[\W_]+"
_WINDOW = re.compile(rf"(?:{_TOKEN}{_GAP}){{0,{SNIPPET_TOKENS - 1}}}{_TOKEN}")
_SENTENCE_START = re.compile(r"(?:^|[.?!:;\n]\s+)(?=\w)")


def _words_regex(parts: list[str]) -> re.Pattern[str] | None:
    # no look-behind for the word's start: it would keep the regex from skipping ahead to the
    # letters a match can start with (`_starts_word` checks the few places found)
    return re.compile(rf"(?:{'|'.join(parts)})(?![^\W_])") if parts else None


@dataclass(frozen=True)
class HitPattern:
    """Where one term matches in a folded text, whole words only, as FTS5 counts its matches: any
    of its words, forms or phrases; and a typed phrase's words (each, or one of its forms, anywhere)
    only when every one of them is there."""

    any_of: re.Pattern[str] | None
    all_of: tuple[tuple[re.Pattern[str], ...], ...]

    @classmethod
    def of(cls, matcher: Matcher) -> HitPattern:
        parts = [_GAP.join(map(re.escape, phrase)) for phrase in matcher.phrases]
        parts += [re.escape(w) for w in sorted(matcher.exact, key=len, reverse=True)]
        parts += [re.escape(p) + "[^\\W_]*" for p in matcher.prefixes]
        groups = []
        for group in matcher.all_of:
            regexes = [_words_regex([re.escape(f) + "[^\\W_]*" for f in forms if f]) for forms in group]
            groups.append(tuple(r for r in regexes if r is not None))
        return cls(_words_regex(parts), tuple(g for g in groups if g))

    def finditer(self, folded: str) -> Iterator[re.Match[str]]:
        if self.any_of is not None:
            yield from (m for m in self.any_of.finditer(folded) if _starts_word(folded, m.start()))
        for group in self.all_of:
            found = [[m for m in p.finditer(folded) if _starts_word(folded, m.start())] for p in group]
            if all(found):
                yield from (m for each in found for m in each)


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum())


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


@lru_cache(maxsize=4096)
def _lowers_right(char: str) -> bool:
    return char != "Σ" and char.lower() == fold(char) and len(char.lower()) == 1  # Σ: σ or ς


_ASCII_BYTES = bytes(range(128))


class _Folded:
    """A text folded as the index folds it (`text`), and where its characters came from. Most
    characters fold to one (é to e); the few that fold to more or none (… to ..., a lone accent)
    are the breaks where the two texts' places part. Folded a character at a time, which is what
    `fold` gives for the whole (the accents it drops are the only ones NFKD reorders), and fast:
    the ASCII between the other characters is lower-cased as it is."""

    def __init__(self, original: str) -> None:
        # (folded start, folded end, original start, original end) of each character that folds to
        # more or fewer than one
        self._odd: list[tuple[int, int, int, int]] = []
        if original.isascii():
            self.text = original.lower()
            return
        # the characters lower() does not fold as the index does (é, ß, İ); a dash, a quote or a
        # letter of a script without case folds to itself
        others = set(
            original.encode(errors="surrogatepass")
            .translate(None, _ASCII_BYTES)
            .decode(errors="surrogatepass")
        )
        odd = [c for c in others if not _lowers_right(c)]
        if not odd:
            self.text = original.lower()
            return
        pieces: list[str] = []
        at = size = 0
        for m in re.finditer("[" + "".join(map(re.escape, odd)) + "]", original):
            folded = _fold_char(m.group())
            size += m.start() - at
            if len(folded) != 1:
                self._odd.append((size, size + len(folded), m.start(), m.end()))
            pieces += [original[at : m.start()].lower(), folded]
            size += len(folded)
            at = m.end()
        pieces.append(original[at:].lower())
        self.text = "".join(pieces)
        self._starts = [o[0] for o in self._odd]

    def place(self, at: int, end: bool = False) -> int:
        """Where the folded text's place `at` is in the original: a word's start (or its `end`)
        inside what one character folded to (¼ to 1⁄4) is that character's start (or end)."""
        i = bisect.bisect_right(self._starts, at) - 1 if self._odd else -1
        if i < 0:
            return at
        start, stop, original_start, original_stop = self._odd[i]
        if at == start:
            return original_start
        if at < stop:
            return original_stop if end else original_start
        return original_stop + (at - stop)


def _hits(patterns: list[HitPattern], folded: str, each: int) -> list[tuple[int, int, int]]:
    """(start, end, term) of the first `each` words of the folded text each term matches, in order."""
    return sorted(
        (m.start(), m.end(), n) for n, p in enumerate(patterns) for m in islice(p.finditer(folded), each)
    )


def marked(patterns: list[HitPattern], text: str) -> list[str]:
    """Every piece of `text` the terms match, as written (what a snippet marks, from anywhere)."""
    folding = _Folded(text)
    return [
        text[folding.place(a) : folding.place(b, end=True)]
        for a, b, _ in _hits(patterns, folding.text, 1 << 30)
    ]


def _scans(text: str) -> list[str]:
    """Where a snippet is looked for: a long text's first SNIPPET_SCAN characters (to a word's end),
    then the whole, if those hold no hit."""
    cut = text.find(" ", SNIPPET_SCAN)
    return [text[:cut], text] if cut > 0 else [text]


def snippet(patterns: list[HitPattern], text: str, start: str, end: str, more: str = "…") -> str:
    """About SNIPPET_TOKENS words of `text` where most of the query's terms are (the earliest such
    place), each matched word between `start` and `end`; `more` where text is left out. A text
    that holds none of them gives its first words."""
    for scanned in _scans(text):
        folding = _Folded(scanned)
        folded = folding.text
        hits = _hits(patterns, folded, HITS_EACH)
        if hits:
            break
    best_at, best, best_stop = 0, 0, 0
    inside: dict[int, int] = {}  # the terms of the hits within WINDOW_CHARS of hit i, and how many
    j = 0
    for at, _, n in hits:  # the earliest place with the most terms, in one pass
        while j < len(hits) and hits[j][0] < at + WINDOW_CHARS:
            inside[hits[j][2]] = inside.get(hits[j][2], 0) + 1
            j += 1
        if len(inside) > best:
            best_at, best, best_stop = at, len(inside), hits[j - 1][1]
            if best == len(patterns):  # every term: none can do better
                break
        inside[n] -= 1
        if not inside[n]:
            del inside[n]
    if hits:
        best_at = _context_start(folded, best_at, best_stop)
    else:
        first = re.search(_TOKEN, folded)
        best_at = first.start() if first else 0
    window = _WINDOW.match(folded, best_at)
    stop = window.end() if window else len(folded)
    if not re.search(_TOKEN, folded[stop:]):  # the text's last word: what follows it too (". ")
        stop = len(folded)
    pieces, at = [], best_at
    for a, b, _ in hits:
        if a < at or b > stop:
            continue
        pieces += [
            text[folding.place(at, end=True) : folding.place(a)],
            start,
            text[folding.place(a) : folding.place(b, end=True)],
            end,
        ]
        at = b
    pieces.append(text[folding.place(at, end=True) : folding.place(stop, end=True)])
    lead = more if text[: folding.place(best_at)].strip() else ""
    trail = more if text[folding.place(stop, end=True) :].strip() else ""
    return lead + "".join(pieces) + trail


def _context_start(folded: str, first: int, last: int) -> int:
    """Where a snippet whose hits run from `first` to `last` starts: as FTS5 does, half the words
    the hits leave free go before them, or fewer to start at the sentence's start."""
    span = len(re.findall(_TOKEN, folded[first:last]))
    back = max(0, (SNIPPET_TOKENS - span) // 2)
    before = [m.start() for m in re.finditer(_TOKEN, folded[max(0, first - 40 * back) : first])]
    offset = max(0, first - 40 * back)
    start = (
        offset + before[-back] if back and len(before) >= back else (offset + before[0] if before else first)
    )
    if back and len(before) < back and offset == 0:
        start = 0
    sentences = [m.end() for m in _SENTENCE_START.finditer(folded, start, first + 1)]
    return sentences[-1] if sentences and sentences[-1] <= first else start
