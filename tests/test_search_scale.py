"""Search at scale: what keeps it fast when thousands of items hold a word (a national pack's
documents, bench/'s 100x corpus), and that it finds and marks what it found before.

- A common match ranks the items holding the words in their titles and keywords first, and reads
  the body only when those do not fill the results (storage/search.py, HEAD_FIRST_ABOVE).
- Its snippets are cut from the rows' own text, marking exactly the words FTS5 matched.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bali_desktop.content.text import fold
from bali_desktop.domain.records import MARK_END, MARK_START
from bali_desktop.storage import search as search_mod
from bali_desktop.storage import search_rank
from bali_desktop.storage.content_store import ContentStore
from bali_desktop.storage.search_words import Lexicon, SearchWords, Stems, Term

QUERIES = [
    "traff",
    "online scam",
    "child alone at the airport",
    "unaccompanied minor",
    "TIP",
    "Ad Hoc Group",
    "difference between smuggling and trafficking",
    "Türkiye",
    "viet nam",
    "perdagangan orang",
    "penyelundupan migran",
    "debt bondage",
    "non-refoulement",
    "interpreter",
]


class Recorder:
    """A connection that notes the statements and parameters it runs."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con, self.calls = con, []

    def execute(self, sql: str, params=()):  # noqa: ANN001, ANN201
        self.calls.append((sql, params))
        return self.con.execute(sql, params)


def _words_of(library: ContentStore) -> tuple[Lexicon, search_mod.IndexLayout]:
    library.search("warm")  # reads the lexicon and layout once
    assert library._search_words is not None
    _, lexicon, layout = library._search_words
    return lexicon, layout


def _patterns(lexicon: Lexicon, query: str) -> list[search_rank.HitPattern]:
    terms = lexicon.terms(search_mod.tokens(query), search_mod.typed_in_capitals(query))
    return [search_rank.HitPattern.of(search_rank.Matcher.of(t)) for t in terms]


def _match(lexicon: Lexicon, query: str) -> str:
    terms = lexicon.terms(search_mod.tokens(query), search_mod.typed_in_capitals(query))
    return search_mod.match_of(terms, "OR")


def _marked_places(highlighted: str) -> set[int]:
    """Where the words FTS5's highlight() marked start, in the unmarked text."""
    places, at, inside, plain = set(), 0, False, []
    for piece in re.split(f"([{MARK_START}{MARK_END}])", highlighted):
        if piece == MARK_START:
            inside = True
        elif piece == MARK_END:
            inside = False
        else:
            if inside:
                places.update(at + m.start() for m in re.finditer(r"[^\W_]+", piece))
            at += len(piece)
            plain.append(piece)
    return places


# --- snippets cut from the text mark what FTS5 matched ---------------------------------------------


@pytest.mark.parametrize("query", QUERIES)
def test_the_words_a_snippet_marks_are_the_words_fts5_matched(library: ContentStore, query: str) -> None:
    """In the whole text of every row the query finds, our marks fall on exactly the words FTS5's
    own highlight() marks (phrases, prefixes, other forms, synonyms, diacritics)."""
    lexicon, _ = _words_of(library)
    patterns = _patterns(lexicon, query)
    rows = library.con.execute(
        "SELECT highlight(content_fts, 4, ?, ?), body FROM content_fts WHERE content_fts MATCH ? LIMIT 40",
        (MARK_START, MARK_END, _match(lexicon, query)),
    ).fetchall()
    assert rows, query
    compared = 0
    for highlighted, body in rows:
        folding = search_rank._Folded(body)
        ours = {
            folding.place(a) + m.start()
            for a, b, _ in search_rank._hits(patterns, folding.text, 1 << 30)
            for m in re.finditer(r"[^\W_]+", body[folding.place(a) : folding.place(b, end=True)])
        }
        assert ours == _marked_places(highlighted), (query, body[:200])
        compared += bool(ours)
    assert compared, f"no row of {query!r} matched in its body"


@pytest.mark.parametrize("query", QUERIES)
def test_a_snippet_cut_from_the_text_shows_the_query_where_fts5s_would(
    library: ContentStore, query: str
) -> None:
    """Both kinds of snippet, for the rows shown: marks in the same rows, and a marked word of ours
    is one FTS5 marks in its snippet or elsewhere in that row."""
    lexicon, layout = _words_of(library)
    result = search_mod.find(library.con, query, lexicon, layout)
    patterns = _patterns(lexicon, query)
    for hit in result.hits[: search_mod.SNIPPETS]:
        body = library.con.execute(
            "SELECT body FROM content_fts WHERE ref = ? ORDER BY rowid", (hit.ref,)
        ).fetchall()
        ours = [search_rank.snippet(patterns, str(b), MARK_START, MARK_END) for (b,) in body]
        assert (MARK_START in hit.snippet) <= any(MARK_START in s for s in ours), (query, hit.ref)
        for s in ours:
            assert s.count(MARK_START) == s.count(MARK_END)
            assert len(re.findall(r"[^\W_]+", s.replace(MARK_START, " ").replace(MARK_END, " "))) <= 20


def test_a_snippet_is_about_fourteen_words_with_ellipses_where_text_is_left_out() -> None:
    term = Term("airport", "airport", ('"airport"*',))
    patterns = [search_rank.HitPattern.of(search_rank.Matcher.of(term))]
    text = " ".join(f"word{i}" for i in range(40)) + " the Airports of the region. " + "tail " * 30
    cut = search_rank.snippet(patterns, text, "[", "]")
    assert cut.startswith("…") and cut.endswith("…")
    assert "[Airports]" in cut
    assert len(re.findall(r"[^\W_]+", cut)) == search_rank.SNIPPET_TOKENS
    words = re.findall(r"[^\W_]+", cut)  # the hit has words before it, as FTS5 centres its hits
    assert 3 <= words.index("Airports") <= 10
    # a text that holds no hit shows its first words, not an ellipsis in front
    first = search_rank.snippet(patterns, "Nothing here matches at all.", "[", "]")
    assert first == "Nothing here matches at all."


def test_a_snippet_starts_at_its_sentence_when_that_is_near() -> None:
    term = Term("child", "child", ('"child"*',))
    patterns = [search_rank.HitPattern.of(search_rank.Matcher.of(term))]
    text = "A long opening sentence about many other things that fills space here. A child travels alone."
    cut = search_rank.snippet(patterns, text, "[", "]")
    assert cut.startswith("…A [child] travels alone."), cut


def test_a_snippet_holds_most_terms_at_the_earliest_place() -> None:
    terms = [Term("boat", "boat", ('"boat"*',)), Term("rescue", "rescue", ('"rescue"*',))]
    patterns = [search_rank.HitPattern.of(search_rank.Matcher.of(t)) for t in terms]
    filler = " ".join(f"w{i}" for i in range(30))
    text = f"A boat was seen. {filler}. The boat rescue began at dawn. {filler}. Another boat rescue."
    cut = search_rank.snippet(patterns, text, "[", "]")
    assert "[boat] [rescue] began" in cut and "Another" not in cut


def test_a_word_inside_another_is_not_marked() -> None:
    term = Term("age", "age", ('"age"*',))
    patterns = [search_rank.HitPattern.of(search_rank.Matcher.of(term))]
    assert search_rank.marked(patterns, "Passage of age, agency; page") == ["age", "agency"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_folding_a_text_keeps_where_each_character_came_from(text: str) -> None:
    folding = search_rank._Folded(text)
    assert folding.text == fold(text)
    for m in re.finditer(r"[^\W_]+", folding.text):  # each folded word maps back to its original
        original = text[folding.place(m.start()) : folding.place(m.end(), end=True)]
        assert m.group() in fold(original)  # all of it, or the part of one character (¼: 1⁄4)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_fold_is_lower_case_without_the_marks_nfkd_splits_off(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c))


# --- a common match ranks titles and keywords first -----------------------------------------------


def _lexicon(docs: dict[str, int]) -> Lexicon:
    return Lexicon([(t, t, d) for t, d in docs.items()], SearchWords(), Stems())


def test_how_many_items_a_match_finds_is_read_off_the_vocabulary() -> None:
    lexicon = _lexicon({"traffic": 300, "trafficking": 5000, "persons": 800, "in": 9000, "boat": 40})
    prefix = Term("traff", "traff", ('"traff"*',))
    phrase = Term("tip", "tip", ('"tip"*', '"trafficking in persons"'))
    boat = Term("boat", "boat", ('"boat"*',))
    assert search_mod._matches(lexicon, [prefix], "AND") >= search_mod.HEAD_FIRST_ABOVE  # every form
    assert search_mod._alternative_items(lexicon, '"trafficking in persons"') == 800  # its rarest word
    assert search_mod._matches(lexicon, [phrase], "AND") == 800
    assert search_mod._matches(lexicon, [phrase, boat], "AND") == 40  # AND: the rarest term
    assert search_mod._matches(lexicon, [phrase, boat], "OR") == 840  # OR: all of them
    both = Term("x", "x", ('("boat"* AND ("in" OR "persons"))',))
    assert search_mod._alternative_items(lexicon, both.alternatives[0]) == 40


def _ranked_scopes(recorder: Recorder) -> list[str]:
    return [str(p["match"]) for sql, p in recorder.calls if "bm25" in sql]


def test_a_rare_match_is_ranked_over_the_whole_text(library: ContentStore) -> None:
    lexicon, layout = _words_of(library)
    recorder = Recorder(library.con)
    search_mod.find(recorder, "debt bondage", lexicon, layout)
    scopes = _ranked_scopes(recorder)
    assert scopes and not any(s.startswith(search_mod.HEAD_COLUMNS) for s in scopes)
    assert any("snippet(" in sql for sql, _ in recorder.calls)  # FTS5 cuts the snippets


def test_a_common_match_ranks_titles_and_keywords_first(
    library: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the bar low enough that "traff" is common here: its first ranking is of titles and
    keywords; they fill the results, so the body is never ranked; the results are items whose titles
    or keywords hold the word, and their snippets are cut from their text."""
    lexicon, layout = _words_of(library)
    monkeypatch.setattr(search_mod, "HEAD_FIRST_ABOVE", 10)
    monkeypatch.setattr(search_mod, "OWN_SNIPPETS_ABOVE", 10)
    recorder = Recorder(library.con)
    result = search_mod.find(recorder, "traff", lexicon, layout)
    assert _ranked_scopes(recorder) == [f'{search_mod.HEAD_COLUMNS} : ("traff"*)']
    assert not any("snippet(" in sql for sql, _ in recorder.calls)
    assert len(result.hits) == 20
    for hit in result.hits:
        item = library.con.execute(
            "SELECT title, keywords FROM content_fts WHERE ref = ?", (hit.ref,)
        ).fetchall()
        assert any("traff" in fold(f"{t} {k}") for t, k in item), hit.ref
    assert sum(MARK_START in h.snippet for h in result.hits) >= 10


def test_a_common_match_whose_titles_are_too_few_is_ranked_over_the_whole_text(
    library: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the bar low, "fear of return" is common here, but only one title or keywords holds it:
    the whole text is ranked too, and the results are those of the whole text's ranking."""
    lexicon, layout = _words_of(library)
    full = search_mod.find(library.con, "fear of return", lexicon, layout)
    monkeypatch.setattr(search_mod, "HEAD_FIRST_ABOVE", 5)
    recorder = Recorder(library.con)
    result = search_mod.find(recorder, "fear of return", lexicon, layout)
    scopes = _ranked_scopes(recorder)
    assert scopes[0].startswith(search_mod.HEAD_COLUMNS) and scopes[1] == scopes[0].split(" : ", 1)[1][1:-1]
    assert [h.ref for h in result.hits] == [h.ref for h in full.hits]
    assert len(result.hits) > 1


# --- a prefix spelt out as the index's words --------------------------------------------------


def _rows(con: sqlite3.Connection, match: str, ranked: bool = False) -> list[tuple]:
    if ranked:
        rank = f"bm25(content_fts, {search_mod._WEIGHTS})"
        sql = f"SELECT rowid, {rank} r FROM content_fts WHERE content_fts MATCH ? ORDER BY r, rowid"
    else:
        sql = "SELECT rowid FROM content_fts WHERE content_fts MATCH ? ORDER BY rowid"
    return con.execute(sql, (match,)).fetchall()


@pytest.mark.parametrize("query", QUERIES)
def test_a_prefix_spelt_out_finds_the_same_rows(library: ContentStore, query: str) -> None:
    """Each "word"* written as the index's words that start so matches exactly the rows the prefix
    does, in the whole text and in the titles and keywords; spelt out only where it starts one
    word, bm25 ranks the rows exactly as before (a prefix of several words is one phrase to bm25,
    its words several)."""
    lexicon, _ = _words_of(library)
    for op in ("AND", "OR"):
        terms = lexicon.terms(search_mod.tokens(query), search_mod.typed_in_capitals(query))
        match = search_mod.match_of(terms, op)
        for scope in (match, f"{search_mod.HEAD_COLUMNS} : ({match})"):
            spelt = lexicon.spelt_out(scope)
            assert _rows(library.con, spelt) == _rows(library.con, scope), spelt
            one = lexicon.spelt_out(scope, most=1)
            assert _rows(library.con, one, ranked=True) == _rows(library.con, scope, ranked=True), one
    assert lexicon.spelt_out('"traff"*') != '"traff"*'  # it was spelt out


def test_a_prefix_is_spelt_out_only_when_it_starts_few_words() -> None:
    lexicon = _lexicon({"bigland": 30000, "child": 9, "children": 4, "childhood": 1, "port": 3})
    assert lexicon.spelt_out('"bigland"*') == '"bigland"'
    assert lexicon.spelt_out('"child"* AND "port"') == '("child" OR "childhood" OR "children") AND "port"'
    assert lexicon.spelt_out('"child"*', most=1) == '"child"*'  # three words: left, with most=1
    assert lexicon.spelt_out('"child"*', most=3) != '"child"*'
    assert lexicon.spelt_out('"zebra"*') == '"zebra"*'  # starts no word of the index: left
    assert lexicon.spelt_out('"regional support"*') == '"regional support"*'  # a phrase: left
    many = _lexicon({f"tra{i:02}": 1 for i in range(search_mod_words_max() + 1)})
    assert many.spelt_out('"tra"*') == '"tra"*'


def search_mod_words_max() -> int:
    from bali_desktop.storage.search_words import MAX_SPELT

    return MAX_SPELT


# --- words found everywhere -------------------------------------------------------------------


def test_words_are_everywhere_when_each_is_in_more_than_half_the_rows() -> None:
    lexicon = _lexicon({"bigland": 600, "procedure": 700, "procedures": 100, "port": 300})
    everywhere = search_mod._everywhere
    bigland = Term("bigland", "bigland", ('"bigland"*',))
    procedure = Term("procedure", "procedure", ('"procedure"*', '"procedures"'))
    assert everywhere(lexicon, [bigland], 1000)
    assert not everywhere(lexicon, [bigland], 1200)  # exactly half: bm25 still weighs it
    assert not everywhere(lexicon, [bigland, procedure], 1000)  # "procedures" is rare: it weighs
    assert not everywhere(lexicon, [Term("b", "b", ('"bigland"*', '"port"'))], 1000)
    assert not everywhere(lexicon, [Term("b p", "b p", ('"bigland procedure"',))], 1000)  # a phrase
    assert not everywhere(lexicon, [bigland], 0)  # the index's size unknown


def test_words_found_everywhere_are_listed_by_kind_without_bm25(
    library: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the bars low enough that "traff" is common and everywhere here: nothing is ranked by
    bm25; the rows read are each kind's first, titles and keywords before bodies, the kinds by
    their prior; the results are items holding the word in their titles or keywords, each once."""
    import dataclasses

    lexicon, layout = _words_of(library)
    monkeypatch.setattr(search_mod, "HEAD_FIRST_ABOVE", 10)
    monkeypatch.setattr(search_mod, "OWN_SNIPPETS_ABOVE", 10)
    small = dataclasses.replace(layout, rows=2)  # every word is in more than half of 2 rows
    recorder = Recorder(library.con)
    result = search_mod.find(recorder, "traff", lexicon, small)
    assert not _ranked_scopes(recorder)
    assert len(result.hits) == 20 and len({h.ref for h in result.hits}) == 20
    for hit in result.hits:
        item = library.con.execute("SELECT title, keywords FROM content_fts WHERE ref = ?", (hit.ref,))
        assert any("traff" in fold(f"{t} {k}") for t, k in item.fetchall()), hit.ref
    assert sum(MARK_START in h.snippet for h in result.hits) >= 10
    found = search_mod._in_kind_order(library.con, lexicon, small, '"traff"*', None, 5)
    assert found == sorted(found, key=lambda x: (x[1], x[0]))  # by prior, then the content's order
    codes = {code: kind for kind, code in (small.codes or {}).items()}
    for rowid, score in found:
        title, keywords = library.con.execute(
            "SELECT title, keywords FROM content_fts WHERE rowid = ?", (rowid,)
        ).fetchone()
        in_head = "traff" in fold(f"{title} {keywords}")
        prior = search_mod.SEARCH_BOOST.get(codes[rowid >> search_mod.KIND_SHIFT], 1.0)
        assert score == pytest.approx(-prior * (2.0 if in_head else 1.0))
    per_kind: dict[int, int] = {}
    for rowid, _ in found:
        per_kind[rowid >> search_mod.KIND_SHIFT] = per_kind.get(rowid >> search_mod.KIND_SHIFT, 0) + 1
    assert max(per_kind.values()) <= 2 * 5  # each kind's first rows only, per scope
    guides = search_mod.find(library.con, "traff", lexicon, small, kind="guide")
    assert guides.hits and {h.kind for h in guides.hits} == {"guide"}


def test_a_match_of_many_items_has_its_snippets_cut_from_the_rows_text(
    library: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not common enough to rank titles first, but found in many items: ranked over the whole text
    by bm25 as before, its snippets cut from the rows' text (the same words marked); below the bar,
    by FTS5's snippet()."""
    lexicon, layout = _words_of(library)
    before = search_mod.find(library.con, "debt bondage", lexicon, layout)
    monkeypatch.setattr(search_mod, "OWN_SNIPPETS_ABOVE", 2)
    recorder = Recorder(library.con)
    result = search_mod.find(recorder, "debt bondage", lexicon, layout)
    assert not any("snippet(" in sql for sql, _ in recorder.calls)
    assert not any(s.startswith(search_mod.HEAD_COLUMNS) for s in _ranked_scopes(recorder))
    assert [h.ref for h in result.hits] == [h.ref for h in before.hits]
    assert all(MARK_START in h.snippet for h in result.hits[:3])


_SMALL_WORDS = st.text(alphabet="abcé", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(
    prefixes=st.lists(_SMALL_WORDS, max_size=2),
    exact=st.lists(_SMALL_WORDS, max_size=2),
    phrases=st.lists(st.lists(_SMALL_WORDS, min_size=2, max_size=3), max_size=2),
    all_of=st.lists(
        st.lists(st.lists(_SMALL_WORDS, min_size=1, max_size=2), min_size=1, max_size=2), max_size=1
    ),
    words=st.lists(_SMALL_WORDS, max_size=8),
)
def test_a_text_a_term_is_in_is_never_skipped_by_the_quick_test(
    prefixes, exact, phrases, all_of, words
) -> None:
    """The quick test before a title or first sentence is cut into words (bonus) never says no to
    a text the term matches; and says no to a text that holds none of its words."""
    matcher = search_rank.Matcher(
        tuple(prefixes),
        frozenset(exact),
        tuple(tuple(p) for p in phrases),
        tuple(tuple(tuple(f) for f in part) for part in all_of),
    )
    text = " ".join(words)
    if matcher.places(words):
        assert matcher.may_be_in(text)
    assert not search_rank.Matcher(("zz",), frozenset({"qq"}), (("xx", "yy"),), ()).may_be_in(text)
