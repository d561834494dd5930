"""What a typed word may match: its other forms, its synonyms, or, for a typo, the index's word.

The index's own vocabulary (every term of the full-text index, with its English Snowball stem and
how many items hold it) is the `content_fts_terms` table, written with the index on every
content load (storage/content_store.py). Search words (acronyms, synonyms, the Indonesian
glossary) are data: resources/content/synonyms.yaml. Nothing here reads the user's tables.

Content in other languages (content/translate.py) is in the same index. The words of its rows are
stored in `meta` with their own language's stem (Snowball's Indonesian for "id"), so that an
Indonesian word finds its other forms (diperdagangkan ~ perdagangan), and a word is never
"corrected" from one language into the other: a word that looks Indonesian is corrected only to
a word of the Indonesian rows, and a word found in one item only is searched as a common word of
its own language only.
"""

from __future__ import annotations

import bisect
import json
import logging
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from bali_desktop import paths
from bali_desktop.content import synonyms as synonyms_file
from bali_desktop.content.synonyms import SearchWords
from bali_desktop.content.text import fold
from bali_desktop.domain.errors import ContentError
from bali_desktop.storage.connection import FTS_TABLE

log = logging.getLogger(__name__)

TERMS_TABLE = "content_fts_terms"  # made by migrations/versions/0003; filled by content_store
WORDS_KEY = "search_words"  # meta: the search words (synonyms.yaml) as stored with the index
LANG_TERMS_KEY = "search_language_terms"  # meta: {"id": {term: [stem, also in English rows]}}
STEMMERS = {"en": "english", "id": "indonesian"}  # Snowball's stemmer for each content language
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)  # as FTS5's unicode61 splits Latin text
_VOCAB = "content_fts_vocab"  # a temporary fts5vocab view of the index, per connection
MAX_FORMS = 12  # other forms of one word put into a query
MAX_PHRASE = 4  # the longest synonym key, in words
CORRECT_MIN = 4  # shorter words are never corrected
LITTLE_MIN = 6  # a word found in one item only is corrected from this length on
LITTLE_RATIO = 20  # ... to a word one edit away found in at least this many items
ACRONYM_MAX = 6  # a word typed in capitals up to this long may be an acronym: never corrected
MAX_SPELT = 16  # a prefix that starts at most this many of the index's words is spelt out as them
_PREFIX = re.compile(r'"([^"\s]+)"\*')  # one word as a prefix, in an FTS5 match: "traff"*


def _stemmer(language: str) -> Any:
    """Snowball's stemmer (PyStemmer's C one when installed); None if the package is missing."""
    try:
        import snowballstemmer  # type: ignore[import-untyped]
    except ImportError:  # search still works, without word forms
        return None
    return snowballstemmer.stemmer(language)


def index_words(*texts: str) -> set[str]:
    """The words FTS5 indexes for these texts (folded, as its tokenizer folds them)."""
    return {w for text in texts for w in _TOKEN.findall(text.lower() if text.isascii() else fold(text))}


class Stems:
    """English and Indonesian Snowball stems of folded words, remembered."""

    def __init__(self) -> None:
        self._en, self._id = _stemmer("english"), _stemmer("indonesian")
        self._cache: dict[tuple[bool, str], str] = {}

    def en(self, word: str) -> str:
        return self._stem(self._en, False, word)

    def id(self, word: str) -> str:
        return self._stem(self._id, True, word)

    def _stem(self, stemmer: Any, indonesian: bool, word: str) -> str:
        key = (indonesian, word)
        found = self._cache.get(key)
        if found is None:
            found = str(stemmer.stemWord(word)) if stemmer is not None and word.isalpha() else word
            if len(self._cache) < 50_000:
                self._cache[key] = found
        return found


def shipped_words() -> SearchWords:
    """The shipped search words (read with the content: YAML is not imported on a warm start); a
    broken file is logged and search goes on without them."""
    try:
        return synonyms_file.load(paths.CONTENT_DIR / synonyms_file.FILE_NAME)
    except ContentError as e:
        log.warning("search words not loaded: %s", e)
        return SearchWords()


def _words_json(words: SearchWords) -> str:
    return json.dumps(
        {
            "acronyms": words.acronyms,
            "words": words.words,
            "indonesian": words.indonesian,
            "keep": sorted(words.keep),
        }
    )


def stored_words(con: sqlite3.Connection) -> SearchWords:
    """The search words stored with the index (none for an index written before they were)."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (WORDS_KEY,)).fetchone()
        raw = json.loads(row[0]) if row else {}

        def section(name: str) -> dict[str, tuple[str, ...]]:
            return {str(k): tuple(str(p) for p in v) for k, v in (raw.get(name) or {}).items()}

        return SearchWords(
            section("acronyms"), section("words"), section("indonesian"), frozenset(raw.get("keep") or ())
        )
    except (sqlite3.Error, ValueError, AttributeError, TypeError):
        return SearchWords()


@dataclass(frozen=True)
class Term:
    """One typed word (or phrase) of the query, with the FTS5 strings that may match it."""

    typed: str  # folded, as typed
    shown: str  # what results are for: the typed word, or its correction
    alternatives: tuple[str, ...]  # FTS5 strings: "w"*, "form", "a phrase"

    @property
    def corrected(self) -> bool:
        return self.shown != self.typed


def quoted(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def prefix_or_word(word: str) -> str:
    return f"{quoted(word)}*" if len(word) >= 3 else quoted(word)


class Lexicon:
    """The index's vocabulary and the search words, for one connection's content."""

    def __init__(
        self,
        rows: list[tuple[str, str, int]],
        words: SearchWords,
        stems: Stems,
        indonesian: dict[str, tuple[str, bool]] | None = None,
    ) -> None:
        """`indonesian`: the words of the Indonesian rows -> (their Indonesian stem, whether English
        rows hold them too)."""
        self.words, self.stems = words, stems
        self.id_terms = indonesian or {}
        self.id_by_stem: dict[str, list[str]] = {}
        for term, (stem, _) in self.id_terms.items():
            self.id_by_stem.setdefault(stem, []).append(term)
        self.id_only = frozenset(t for t, (_, shared) in self.id_terms.items() if not shared)
        self.docs = {term: docs for term, _, docs in rows}
        self.sorted = sorted(self.docs)
        self.by_stem: dict[str, list[str]] = {}
        self.by_len: dict[int, list[str]] = {}
        for term, stem, _ in rows:
            self.by_stem.setdefault(stem, []).append(term)
            if term.isalpha() and len(term) >= 3:
                self.by_len.setdefault(len(term), []).append(term)
        self.id_keys: dict[tuple[str, ...], str] = {
            tuple(stems.id(w) for w in key.split()): key for key in words.indonesian
        }
        self.never_correct = set(words.acronyms) | set(words.words) | set(words.keep)
        for key in words.indonesian:
            self.never_correct.update(key.split())

    @classmethod
    def read(cls, con: sqlite3.Connection, stems: Stems | None = None) -> Lexicon:
        try:
            rows = [
                (str(t), str(s), int(d))
                for t, s, d in con.execute(f"SELECT term, stem, docs FROM {TERMS_TABLE}")
            ]
        except sqlite3.Error:  # an index from before the table: no forms, no corrections
            rows = []
        return cls(rows, stored_words(con), stems or Stems(), _stored_language_terms(con).get("id"))

    # --- what the index holds ------------------------------------------------------------------

    def has_prefix(self, word: str) -> bool:
        at = bisect.bisect_left(self.sorted, word)
        return at < len(self.sorted) and self.sorted[at].startswith(word)

    def forms(self, word: str) -> list[str]:
        """The index's other forms of `word` (same English stem, or same Indonesian stem among the
        Indonesian rows' words), commonest first; none that the word's own prefix already finds."""
        found = [t for t in self.by_stem.get(self.stems.en(word), ()) if not t.startswith(word)]
        if self.id_by_stem:
            found += [t for t in self.id_by_stem.get(self.stems.id(word), ()) if not t.startswith(word)]
        return sorted(dict.fromkeys(found), key=lambda t: -self.docs.get(t, 0))[:MAX_FORMS]

    def looks_indonesian(self, word: str) -> bool:
        """An Indonesian word by its form: Snowball's Indonesian stemmer takes an affix off (di-,
        pe-, -kan, -an, ...) and the English one takes nothing off; or the Indonesian rows hold it."""
        if not self.id_terms:
            return False
        if word in self.id_only:
            return True
        return self.stems.id(word) != word and self.stems.en(word) == word

    def _same_language(self, word: str, candidates: list[str]) -> list[str]:
        """The candidates a word may be corrected to: an Indonesian-looking word only to a word of
        the Indonesian rows; a word of the English rows only to another English one; any other
        word to the nearest word of either."""
        if self.looks_indonesian(word):  # to a word only the Indonesian rows hold (not a name or an
            return [t for t in candidates if t in self.id_only]  # English word quoted in them)
        if word in self.docs and word not in self.id_only:
            return [t for t in candidates if t not in self.id_only]
        return candidates

    def correction(self, word: str, distance: int | None = None) -> str | None:
        """The index's word nearest `word` (one edit for a short word, two for a longer one), the
        commonest among equals, in the word's own language; None when nothing is that near."""
        try:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA
        except ImportError:
            return None
        limit = distance or (1 if len(word) <= 5 else 2)
        pool = [t for n in range(len(word) - limit, len(word) + limit + 1) for t in self.by_len.get(n, ())]
        pool = self._same_language(word, pool)
        if not pool:
            return None
        near = [
            m
            for m in process.extract(word, pool, scorer=OSA.distance, score_cutoff=limit, limit=None)
            if m[1]
        ]
        if not near:
            return None
        best = min(near, key=lambda m: (m[1], m[0][0] != word[0], -self.docs.get(m[0], 0), m[0]))
        return str(best[0])

    def _starting(self, word: str) -> Iterator[str]:
        """The index's words that start with `word`, in order (read from the sorted list in place)."""
        for at in range(bisect.bisect_left(self.sorted, word), len(self.sorted)):
            term = self.sorted[at]
            if not term.startswith(word):
                return
            yield term

    def matched_items(self, word: str, enough: int) -> int:
        """How many items hold a word starting with `word` (counted up to `enough`)."""
        total = 0
        for term in self._starting(word):
            if total >= enough:
                break
            total += self.docs.get(term, 0)
        return total

    def starting(self, word: str, most: int) -> list[str]:
        """The index's words that start with `word`, in order, at most `most` of them."""
        return list(islice(self._starting(word), most))

    def spelt_out(self, match: str, most: int = 0) -> str:
        """The FTS5 match with each word prefix ("traff"*) spelt out as the index's words that start
        so (("trafficked" OR "trafficking" ...)): the same rows, found far faster where a prefix
        starts common words. FTS5 merges all of a prefix's lists of rows before it can step through
        them (a pack's word in 33,000 rows: milliseconds even when AND with a rare word leaves three),
        where a word's own list is read only as far as the match needs. A prefix that starts more
        than MAX_SPELT words is left (its words are rare, or it is short), as is one that starts
        none (an index from before the vocabulary table)."""

        most = most or MAX_SPELT

        def spell(m: re.Match[str]) -> str:
            found = self.starting(m.group(1), most + 1)
            if not found or len(found) > most:
                return m.group(0)
            return quoted(found[0]) if len(found) == 1 else f"({' OR '.join(map(quoted, found))})"

        return _PREFIX.sub(spell, match)

    def may_correct(self, word: str, typed_upper: bool) -> bool:
        if len(word) < CORRECT_MIN or not word.isalpha() or word in self.never_correct:
            return False
        if typed_upper and len(word) <= ACRONYM_MAX:  # an acronym we do not know: leave it
            return False
        return not self.has_prefix(word) and not self.forms(word)

    def little(self, word: str) -> str | None:
        """A word found in one item only, one edit from a word found in many: most likely a slip in
        both (the item's and the officer's), so the common word is searched for."""
        if len(word) < LITTLE_MIN or not word.isalpha() or word in self.never_correct:
            return None
        if self.matched_items(word, 2) > 1 or self.forms(word):
            return None
        near = self.correction(word, distance=1)
        return near if near and self.docs.get(near, 0) >= LITTLE_RATIO else None

    # --- a query's words ---------------------------------------------------------------------------

    def _synonyms(self, key: str) -> tuple[str, ...]:
        return self.words.acronyms.get(key) or self.words.words.get(key) or ()

    def _phrase_at(self, words: list[str], at: int) -> tuple[int, tuple[str, ...], str] | None:
        """The longest synonym key starting at `at`: (words it spans, its phrases, key)."""
        for n in range(min(MAX_PHRASE, len(words) - at), 0, -1):
            key = " ".join(words[at : at + n])
            found = self._synonyms(key)
            if not found:
                indonesian = self.id_keys.get(tuple(self.stems.id(w) for w in words[at : at + n]))
                known_english = n == 1 and self.docs.get(key, 0) > 0 and indonesian != key
                if indonesian and not known_english:
                    found = self.words.indonesian[indonesian]
            if found:
                return n, found, key
        return None

    def _word_or_forms(self, word: str) -> str:
        """One word of a typed phrase: as a prefix, or any of its other forms (diselundupkan for
        penyelundupan), so that "penyelundupan migran" finds "migran yang diselundupkan"."""
        forms = self.forms(word)
        if not forms:
            return prefix_or_word(word)
        return "(" + " OR ".join([prefix_or_word(word), *map(quoted, forms)]) + ")"

    def terms(self, words: list[str], upper: set[str], *, correct: bool = True) -> list[Term]:
        """Each word (or synonym phrase) of the query with what it may match."""
        out: list[Term] = []
        at = 0
        while at < len(words):
            phrase = self._phrase_at(words, at)
            if phrase is not None and phrase[0] > 1:
                n, found, key = phrase
                typed = " ".join(words[at : at + n])
                alts = [" AND ".join(self._word_or_forms(w) for w in words[at : at + n]), *map(quoted, found)]
                out.append(Term(typed, typed, tuple(f"({a})" if " AND " in a else a for a in alts)))
                at += n
                continue
            word = words[at]
            at += 1
            shown = word
            if correct and phrase is None and self.may_correct(word, word in upper):
                shown = self.correction(word) or word
            elif correct and phrase is None and word not in upper:
                shown = self.little(word) or word
            alts = [prefix_or_word(shown)]
            alts += [quoted(f) for f in self.forms(shown)]
            synonyms = phrase[1] if phrase is not None else self._synonyms(shown)
            alts += [quoted(p) for p in synonyms]
            out.append(Term(word, shown, tuple(dict.fromkeys(alts))))
        return out


def _stored_language_terms(con: sqlite3.Connection) -> dict[str, dict[str, tuple[str, bool]]]:
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", (LANG_TERMS_KEY,)).fetchone()
        raw = json.loads(row[0]) if row else {}
        return {
            str(lang): {str(t): (str(v[0]), bool(v[1])) for t, v in terms.items()}
            for lang, terms in raw.items()
        }
    except (sqlite3.Error, ValueError, AttributeError, TypeError, IndexError):
        return {}


def write_terms(con: sqlite3.Connection, words: dict[str, set[str]] | None = None) -> None:
    """Fill the vocabulary table from the index just written (same transaction): every term, its
    English stem and how many items hold it; and, in `meta`, the words of each other language's
    rows (`words`: language -> the words of its rows, "en" the English rows') with their stem in
    that language (left as stored when `words` is None). A database without the table is left as
    it is."""
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (TERMS_TABLE,)).fetchone():
        return
    con.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_VOCAB} USING fts5vocab(main, {FTS_TABLE}, 'row')")
    stems = Stems()
    rows = [
        (str(t), stems.en(str(t)), int(d)) for t, d in con.execute(f"SELECT term, doc FROM temp.{_VOCAB}")
    ]
    con.execute(f"DELETE FROM {TERMS_TABLE}")
    con.executemany(f"INSERT INTO {TERMS_TABLE} (term, stem, docs) VALUES (?, ?, ?)", rows)
    english = (words or {}).get("en", set())
    indexed = {str(t) for t, _, _ in rows}
    by_language = {}
    for lang, found in (words or {}).items():
        stemmer = _stemmer(STEMMERS[lang]) if lang in STEMMERS and lang != "en" else None
        if lang == "en" or stemmer is None:
            continue
        by_language[lang] = {
            t: [str(stemmer.stemWord(t)) if t.isalpha() else t, t in english] for t in sorted(found & indexed)
        }
    written = [(WORDS_KEY, _words_json(shipped_words()))]
    if words is not None:  # without them (a rewrite of the index alone), the stored ones stand
        written.append((LANG_TERMS_KEY, json.dumps(by_language)))
    for key, value in written:
        con.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
