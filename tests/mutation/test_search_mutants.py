"""storage/search.py's promises that the search tests over the shipped content leave open (docs/mutation.md):
scores, the defaults, the OR pass of two words, words found everywhere at their edges, the
kinds' order without bm25, the layout an index's `meta` gives, and the hits' fields. Mostly on a
tiny index of hand-written items (tests/mutation/tiny_index.py), whose answers can be exact."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from bali_desktop.domain.kinds import KINDS
from bali_desktop.domain.records import MARK_END, MARK_START
from bali_desktop.storage import search as search_mod
from bali_desktop.storage import search_rank
from bali_desktop.storage.content_store import ContentStore
from bali_desktop.storage.search_words import Lexicon, SearchWords, Stems, Term
from tests.mutation.tiny_index import TranslatedRecord, record, store

LONG = " and talked at length" * 12
FILLER = [
    record(
        f"event:e{n:02}",
        f"Meeting {n}",
        f"Ministers met in city number {n}{LONG if n % 2 else ''}. Then.",
        translations={
            "id": TranslatedRecord("id", "reviewed", "", f"Rapat {n}", f"Para menteri rapat {n}. Lalu.", "id")
        },
    )
    for n in range(25)
]
KAPAL = TranslatedRecord("id", "reviewed", "", "Kedatangan kapal", "Orang tiba dengan kapal.", "id")
ITEMS = [
    record(
        "guide:boats",
        "Boat arrivals",
        "People arrive by boat at night. Then more.",
        keywords="maritime",
        translations={"id": KAPAL},
    ),
    record("aid:screen", "Screening at the port", "Screen every passenger and every boat."),
    record("pathway:child", "Child alone", "A child travelling alone, maybe by boat."),
    record("commitment:c1", "Commitment on visas", "Members will share visa data."),
    record("area:boats", "Boats and borders", "Boat people at borders."),
    record("guide:interp", "Interpreters", "Interpreters help at interviews."),
]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> ContentStore:
    return store(tmp_path_factory.mktemp("tiny") / "c.sqlite3", ITEMS + FILLER)


def _lexicon(docs: dict[str, int]) -> Lexicon:
    return Lexicon([(t, t, d) for t, d in docs.items()], SearchWords(), Stems())


def _words(tiny: ContentStore) -> tuple[Lexicon, search_mod.IndexLayout]:
    return Lexicon.read(tiny.con), search_mod.IndexLayout.read(tiny.con)


# --- words found everywhere, at the edges -----------------------------------------------------


def test_everywhere_at_its_edges() -> None:
    everywhere = search_mod._everywhere
    one = _lexicon({"port": 1})
    assert everywhere(one, [Term("port", "port", ('"port"',))], 1)  # an index of one row: in all of it
    assert not everywhere(one, [Term("zebra", "zebra", ('"zebra"*',))], 1)  # a prefix starting no word
    assert not everywhere(one, [Term("zebra", "zebra", ('"zebra"',))], 1)  # a word the index lacks
    # an exact word counts as itself only, not as the longer words starting with it
    ports = _lexicon({"port": 100, "portal": 900})
    assert not everywhere(ports, [Term("port", "port", ('"port"',))], 1000)
    assert everywhere(ports, [Term("port", "port", ('"port"*',))], 1000)
    # a prefix is looked at in its first EVERYWHERE_LOOKS_AT words only (its commonest among them)
    rare = {f"tra{i:03}": 1 for i in range(search_mod.EVERYWHERE_LOOKS_AT)}
    assert not everywhere(_lexicon({**rare, "trazz": 900}), [Term("tra", "tra", ('"tra"*',))], 1000)
    fewer = dict(list(rare.items())[1:])
    assert everywhere(_lexicon({**fewer, "trazz": 900}), [Term("tra", "tra", ('"tra"*',))], 1000)


# --- the kinds' order without bm25 ----------------------------------------------------------


def test_in_kind_order_reads_no_kind_the_index_lacks(tiny: ContentStore) -> None:
    lexicon, layout = _words(tiny)
    assert layout.codes is not None
    without_guides = dataclasses.replace(
        layout, codes={k: c for k, c in layout.codes.items() if k != "guide"}
    )
    assert search_mod._in_kind_order(tiny.con, lexicon, without_guides, '"boat"*', "guide", 5) == []
    assert search_mod._in_kind_order(tiny.con, lexicon, without_guides, '"boat"*', None, 5)
    old = dataclasses.replace(layout, codes=None)
    assert search_mod._in_kind_order(tiny.con, lexicon, old, '"boat"*', None, 5) == []


def test_in_kind_order_stops_when_the_titles_alone_give_enough(tiny: ContentStore) -> None:
    """Each kind's first row whose title or keywords hold "boat", by prior: the area, then the
    guide; two items, enough for one, so no body is read."""
    lexicon, layout = _words(tiny)
    found = search_mod._in_kind_order(tiny.con, lexicon, layout, '"boat"*', None, 1)
    area, guide = _rowid(tiny, "area:boats"), _rowid(tiny, "guide:boats")
    boost = search_mod.SEARCH_BOOST
    assert found == [(area, -2 * boost["area"]), (guide, -2 * boost["guide"])]


def test_in_kind_order_gives_a_kind_without_a_prior_the_prior_one(tiny: ContentStore) -> None:
    """A kind the index's codes name but domain/kinds.SEARCH_BOOST does not (an index written by a
    newer version) ranks as boost() ranks it: by 1.0, times 2 for a match in its title or keywords."""
    lexicon, layout = _words(tiny)
    assert layout.codes is not None
    codes = {("newkind" if k == "guide" else k): c for k, c in layout.codes.items()}
    renamed = dataclasses.replace(layout, codes=codes)
    found = search_mod._in_kind_order(tiny.con, lexicon, renamed, '"boat"*', "newkind", 5)
    rowid = tiny.con.execute("SELECT rowid FROM content_fts WHERE ref = 'guide:boats'").fetchone()[0]
    assert found == [(rowid, -2.0), (rowid, -1.0)]  # "Boat arrivals": in its title, then the whole
    found = search_mod._in_kind_order(tiny.con, lexicon, renamed, '"night"*', "newkind", 5)
    assert found == [(rowid, -1.0)]  # in its body only


# --- the layout an index's meta gives ---------------------------------------------------------


def _meta(con: sqlite3.Connection, key: str, value: str | None) -> None:
    con.execute("DELETE FROM meta WHERE key = ?", (key,))
    if value is not None:
        con.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


def test_the_layout_is_read_from_the_index(tiny: ContentStore) -> None:
    layout = search_mod.IndexLayout.read(tiny.con)
    assert layout.codes == {kind: n for n, kind in enumerate(KINDS, 1)}
    assert layout.languages == ("en", "id")
    assert layout.rows == len(ITEMS) + 2 * len(FILLER) + 1  # the Indonesian rows too
    assert tiny.languages() == ["en", "id"]


@pytest.mark.parametrize(
    ("codes", "languages", "expected_codes", "expected_languages"),
    [
        (None, None, None, ("en",)),  # written before the index said them
        ("not json", "not json", None, ("en",)),
        ("[1, 2]", "[]", None, ("en",)),
        ('{"guide": "7"}', '{"en": 1}', {"guide": 7}, ("en",)),
        ('{"guide": 7}', '["en", "id", "ms"]', {"guide": 7}, ("en", "id", "ms")),
        ('{"guide": 7}', "", {"guide": 7}, ("en",)),
    ],
)
def test_a_layout_of_missing_or_damaged_meta_falls_back(
    tmp_path: Path, codes: str | None, languages: str | None, expected_codes, expected_languages
) -> None:
    s = store(tmp_path / "c.sqlite3", ITEMS[1:2])
    _meta(s.con, search_mod.KIND_CODES_KEY, codes)
    _meta(s.con, search_mod.LANGUAGES_KEY, languages)
    layout = search_mod.IndexLayout.read(s.con)
    assert (layout.codes, layout.languages, layout.rows) == (expected_codes, expected_languages, 1)


def test_a_layout_without_the_index_counts_no_rows(tmp_path: Path) -> None:
    con = sqlite3.connect(tmp_path / "x.sqlite3")
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    assert search_mod.IndexLayout.read(con) == search_mod.IndexLayout(None, ("en",), 0)


def test_a_rows_language_is_read_from_its_bits() -> None:
    layout = search_mod.IndexLayout({"guide": 10}, ("en", "id"))
    row = (10 << search_mod.KIND_SHIFT) + 5
    assert layout.language_of(row) == "en"
    assert layout.language_of(row + (1 << search_mod.LANG_SHIFT)) == "id"
    assert layout.language_of(row + (2 << search_mod.LANG_SHIFT)) == "en"  # a number past the list
    assert layout.language_of(row + (15 << search_mod.LANG_SHIFT)) == "en"
    assert search_mod.IndexLayout(None, ("id", "en")).language_of(3 << search_mod.LANG_SHIFT) == "id"


# --- the query's words ------------------------------------------------------------------------


def test_words_typed_in_capitals_are_two_letters_or_more() -> None:
    assert search_mod.typed_in_capitals("I met the UN, a TPPO officer and X") == {"un", "tppo"}
    assert search_mod.typed_in_capitals("Uam uam") == set()


def test_a_word_of_underscores_only_is_no_word() -> None:
    assert search_mod.tokens("___ boat _x_") == ["boat", "_x_"]
    assert search_mod.tokens("__") == []


def test_only_the_first_2000_characters_of_a_query_are_read() -> None:
    query = "x" * 1998 + " T" + "IP"  # "T" is the 2000th character
    assert search_mod.typed_in_capitals(query) == set()
    assert search_mod.tokens(query)[-1] == "t"


# --- how many items a match finds, from the vocabulary ------------------------------------------


def test_how_many_items_each_kind_of_alternative_finds() -> None:
    lexicon = _lexicon({"traffic": 300, "trafficking": 5000, "persons": 800, "in": 9000, "boat": 40})
    items = search_mod._alternative_items
    assert search_mod._matches(lexicon, [], "AND") == 0
    assert items(lexicon, '("boat"* AND "persons")') == 40
    assert items(lexicon, '(("traff"* OR "boat") AND "persons")') == 800  # an OR group: its words' sum
    assert items(lexicon, '("boat" OR "persons")') == 840
    assert items(lexicon, '"zebra persons"') == 0  # a phrase with a word the index lacks
    assert items(lexicon, '"in boat persons"') == 40  # a phrase: its rarest word, wherever it is
    assert items(lexicon, '"traffic"') == 300  # a word: its own items, not its prefix's
    assert items(lexicon, '"traffic"*') == 5300
    assert items(lexicon, '"zebra"') == 0


def test_a_tier_holds_the_pool_at_most_one_row_per_item() -> None:
    lang = 1 << search_mod.LANG_SHIFT
    rows = [(5, -3.0), (5 + lang, -2.5), (6, -2.0), (7, -1.0), (8, -0.5)]
    assert search_mod._tier(rows, set(), 2) == [(5, 3.0), (6, 2.0)]
    assert search_mod._tier(rows, {6}, 3) == [(5, 3.0), (7, 1.0), (8, 0.5)]
    assert search_mod._tier([(5 + lang, -2.5), (5, -3.0)], set(), 5) == [(5 + lang, 2.5)]


# --- find: defaults, the OR pass, scores, snippets ------------------------------------------------


def _find(tiny: ContentStore, query: str, **kw: object) -> search_mod.SearchResult:
    lexicon, layout = _words(tiny)
    return search_mod.find(tiny.con, query, lexicon, layout, **kw)  # type: ignore[arg-type]


def test_twenty_hits_by_default(tiny: ContentStore) -> None:
    assert len(_find(tiny, "ministers").hits) == 20
    assert len(_find(tiny, "ministers", limit=30).hits) == 25
    hits = search_mod.search(tiny.con, "ministers")
    assert [h.ref for h in hits] == [h.ref for h in _find(tiny, "ministers").hits]
    assert [h.ref for h in search_mod.search(tiny.con, "boat", kind="guide", limit=1)] == ["guide:boats"]
    assert len(search_mod.search(tiny.con, "ministers", limit=3)) == 3


def test_a_typo_is_corrected_unless_asked_not_to(tiny: ContentStore) -> None:
    found = _find(tiny, "bost")
    assert found.corrected == "boat" and found.hits
    assert [h.ref for h in search_mod.search(tiny.con, "bost")] == [h.ref for h in found.hits]
    assert _find(tiny, "bost", correct=False) == search_mod.SearchResult("bost", (), None)


def test_no_words_or_no_room_finds_nothing_and_looks_nothing_up(tiny: ContentStore) -> None:
    assert _find(tiny, "bost", limit=0) == search_mod.SearchResult("bost", ())
    assert _find(tiny, " ?! ") == search_mod.SearchResult(" ?! ", ())


def test_two_words_find_items_holding_either_after_those_holding_both(tiny: ContentStore) -> None:
    refs = [h.ref for h in _find(tiny, "boat qqqzzz").hits]
    assert set(refs) == {"guide:boats", "aid:screen", "pathway:child", "area:boats"}
    refs = [h.ref for h in _find(tiny, "boat screening").hits]
    assert refs[0] == "aid:screen" and set(refs[1:]) == {"guide:boats", "pathway:child", "area:boats"}


def test_a_kind_the_index_has_no_code_for_finds_nothing(tiny: ContentStore) -> None:
    lexicon, layout = _words(tiny)
    assert layout.codes is not None
    without = dataclasses.replace(layout, codes={k: c for k, c in layout.codes.items() if k != "guide"})
    assert search_mod.find(tiny.con, "boat", lexicon, without, kind="guide").hits == ()
    assert [h.ref for h in search_mod.find(tiny.con, "boat", lexicon, without, kind="area").hits] == [
        "area:boats"
    ]


def test_the_score_is_bm25_times_the_kinds_prior_times_the_title_bonus(tiny: ContentStore) -> None:
    """A guide titled with the one word searched for: bm25 (lower is better) made positive, times
    the guides' prior, times one plus the bonus of a title that is the query, to four places."""
    (hit,) = _find(tiny, "interpreters").hits
    rank = tiny.con.execute(
        f"SELECT bm25(content_fts, {search_mod._WEIGHTS}) FROM content_fts "
        "WHERE content_fts MATCH '\"interpreters\"' AND ref = 'guide:interp'"
    ).fetchone()[0]
    title = search_rank.TITLE_HAS_ALL + search_rank.TITLE_IS_QUERY + search_rank.TITLE_EXACT
    assert hit.score == round(-rank * search_mod.SEARCH_BOOST["guide"] * (1 + title), 4) > 0
    assert hit.score != round(hit.score, 3)  # four places, not fewer
    assert (hit.ref, hit.kind, hit.title) == ("guide:interp", "guide", "Interpreters")
    assert hit.snippet == f"{MARK_START}Interpreters{MARK_END} help at interviews.\n"


def test_hits_past_the_twentieth_show_their_first_sentence(tiny: ContentStore) -> None:
    hits = _find(tiny, "ministers", limit=25).hits
    texts = dict(tiny.con.execute("SELECT ref, text FROM content_items").fetchall())
    assert all(MARK_START in h.snippet for h in hits[: search_mod.SNIPPETS])
    for h in hits[search_mod.SNIPPETS :]:
        assert h.snippet == texts[h.ref].split(".")[0][:200], h.ref
    assert any(len(h.snippet) == 200 for h in hits[search_mod.SNIPPETS :])  # a long first sentence, cut
    hits = _find(tiny, "menteri", limit=25).hits  # the Indonesian rows: their own first sentence
    assert len(hits) == 25
    assert [h.snippet for h in hits[search_mod.SNIPPETS :]] == [
        f"Para menteri rapat {int(h.ref[-2:])}" for h in hits[search_mod.SNIPPETS :]
    ]


def test_a_row_without_body_text_has_an_empty_snippet(tiny: ContentStore) -> None:
    tiny.con.execute(
        "INSERT INTO content_fts (rowid, ref, kind, title, keywords, body) "
        "VALUES (9, 'x', 'x', 'Quay', '', '')"
    )
    try:
        patterns = [search_rank.Matcher(("quay",), frozenset(), (), ())]
        assert search_mod._snippets(tiny.con, [9], '"quay"*', False, patterns) == {9: ""}
        assert search_mod._snippets(tiny.con, [9], '"quay"*', True, patterns) == {9: ""}
    finally:
        tiny.con.execute("DELETE FROM content_fts WHERE rowid = 9")


def test_a_prefix_starting_several_words_is_ranked_as_a_prefix(tiny: ContentStore) -> None:
    """ "arriv" starts "arrivals" and "arrive": left a prefix (spelt out only when it starts one
    word), so bm25 weighs it as one term, as the plain prefix query does."""
    (hit,) = _find(tiny, "arriv").hits
    rank = tiny.con.execute(
        f"SELECT bm25(content_fts, {search_mod._WEIGHTS}) FROM content_fts "
        "WHERE content_fts MATCH '\"arriv\"*' AND ref = 'guide:boats'"
    ).fetchone()[0]
    assert hit.score == round(-rank * search_mod.SEARCH_BOOST["guide"], 4)


class _Recorder:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con, self.sql = con, []

    def execute(self, sql: str, params=()):  # noqa: ANN001, ANN201
        self.sql.append(sql)
        return self.con.execute(sql, params)


def test_all_words_find_as_many_items_as_the_rarest_word_does(
    tiny: ContentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "ministers city": 25 items each, 25 together (not 50), under a bar of 40 for snippets cut
    from the rows' own text: FTS5's snippet() cuts them."""
    lexicon, layout = _words(tiny)
    monkeypatch.setattr(search_mod, "OWN_SNIPPETS_ABOVE", 40)
    recorder = _Recorder(tiny.con)
    assert len(search_mod.find(recorder, "ministers city", lexicon, layout).hits) == 20  # type: ignore[arg-type]
    assert any("snippet(" in sql for sql in recorder.sql)
    monkeypatch.setattr(search_mod, "OWN_SNIPPETS_ABOVE", 25)
    recorder = _Recorder(tiny.con)
    search_mod.find(recorder, "ministers city", lexicon, layout)  # type: ignore[arg-type]
    assert not any("snippet(" in sql for sql in recorder.sql)


def test_nothing_found_keeps_the_query_and_says_the_correction(tiny: ContentStore) -> None:
    assert _find(tiny, "qqqzzz") == search_mod.SearchResult("qqqzzz", (), None)
    assert _find(tiny, "bost", kind="commitment") == search_mod.SearchResult("bost", (), "boat")


def _ranked_with(tiny: ContentStore, query: str) -> tuple[search_mod.SearchResult, str]:
    """The result, and the match its first ranking ran."""
    lexicon, layout = _words(tiny)
    calls: list[tuple[str, dict]] = []

    class Recorder:
        def execute(self, sql: str, params=()):  # noqa: ANN001, ANN202
            calls.append((sql, params))
            return tiny.con.execute(sql, params)

    result = search_mod.find(Recorder(), query, lexicon, layout)  # type: ignore[arg-type]
    return result, next(str(p["match"]) for sql, p in calls if "bm25" in sql)


def _bm25(tiny: ContentStore, match: str, rowid: int) -> float:
    sql = f"SELECT bm25(content_fts, {search_mod._WEIGHTS}) FROM content_fts WHERE content_fts MATCH ?"
    sql += " AND rowid = ?"
    return float(tiny.con.execute(sql, (match, rowid)).fetchone()[0])


def _rowid(tiny: ContentStore, ref: str, language: int = 0) -> int:
    (rowid,) = tiny.con.execute("SELECT rowid FROM content_fts WHERE ref = ?", (ref,)).fetchone()
    return int(rowid) | (language << search_mod.LANG_SHIFT)


def test_a_first_sentence_holding_the_words_in_order_moves_its_item_up(tiny: ContentStore) -> None:
    """ "screen passenger": not in the title of "Screening at the port", both in its first
    sentence ("Screen every passenger and every boat."), one after the other within three words."""
    result, match = _ranked_with(tiny, "screen passenger")
    (hit,) = result.hits
    bonus = search_rank.LEAD_HAS_ALL + search_rank.IN_ORDER
    rank = _bm25(tiny, match, _rowid(tiny, "aid:screen"))
    assert hit.score == round(-rank * search_mod.SEARCH_BOOST["aid"] * (1 + bonus), 4)


def test_a_translated_rows_first_sentence_is_its_own(tiny: ContentStore) -> None:
    """ "orang kapal": the guide's Indonesian row, whose first sentence ("Orang tiba dengan kapal.")
    holds both words in order; its English text holds neither, its title only "kapal"."""
    result, match = _ranked_with(tiny, "orang kapal")
    hit = result.hits[0]  # (the shipped search words make "kapal" find "boat" too: the other hits)
    assert (hit.ref, hit.title) == ("guide:boats", "Boat arrivals")  # the item's stored title
    bonus = search_rank.LEAD_HAS_ALL + search_rank.IN_ORDER
    rank = _bm25(tiny, match, _rowid(tiny, "guide:boats", language=1))
    assert hit.score == round(-rank * search_mod.SEARCH_BOOST["guide"] * (1 + bonus), 4)


def test_a_hit_whose_row_has_no_body_text_has_an_empty_snippet(tiny: ContentStore) -> None:
    """A translated row written without text (as a pack's translation may be): found by its title,
    shown with no snippet rather than a placeholder."""
    rowid = _rowid(tiny, "guide:interp", language=1)
    tiny.con.execute(
        "INSERT INTO content_fts (rowid, ref, kind, title, keywords, body) "
        "VALUES (?, 'guide:interp', 'guide', 'Juru bahasa', '', '')",
        (rowid,),
    )
    try:
        (hit,) = _find(tiny, "juru", correct=False).hits
        assert (hit.ref, hit.snippet) == ("guide:interp", "")
    finally:
        tiny.con.execute("DELETE FROM content_fts WHERE rowid = ?", (rowid,))


def test_a_query_is_split_at_marks_as_the_index_splits_its_words() -> None:
    """FTS5's unicode61 splits at a mark after a letter of another script (Thai, Khmer): so does
    the query. A mark after a Latin, Greek or Cyrillic letter stays (fold takes it off)."""
    split = search_mod._marks_split
    assert split("กิน") == "ก น"  # Thai: a vowel sign
    assert split("\u0301a") == " a"  # a mark with no letter before it
    assert split("Q\u0308 q\u0308 ж\u0301") == "Q\u0308 q\u0308 ж\u0301"
    assert search_mod.tokens("กิน Q\u0308") == ["ก", "น", "q"]
