"""Search that forgives (issue 13): word forms, typos, acronyms, Indonesian, the best match first,
no dead end, search words as checked data, and an old database's index rebuilt on upgrade."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.content import synonyms
from bali_desktop.content.digest import content_digest
from bali_desktop.content.loader import load_content
from bali_desktop.content.synonyms import SearchWords
from bali_desktop.domain.errors import ContentError
from bali_desktop.services import reading
from bali_desktop.services.session import Session
from bali_desktop.storage import search as search_mod
from bali_desktop.storage.content_store import ContentStore
from bali_desktop.storage.search_words import TERMS_TABLE, Lexicon, Stems
from tests.cli_runner import run

FIXTURES = Path(__file__).parent / "fixtures" / "db"


def top(library: ContentStore, query: str, n: int = 3, **kw) -> list[str]:
    return [h.ref for h in library.find(query, limit=n, **kw).hits]


# --- typos ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "corrected", "expected"),
    [
        ("trafiking", "trafficking", "traffick"),
        ("asylun", "asylum", "pathway:international-protection"),
        ("unacompanied minor", "unaccompanied minor", "pathway:child"),
        ("disembarcation", "disembarkation", "pathway:maritime-rescue"),
        ("interpeter", "interpreter", "role:interpreter"),
    ],
)
def test_a_typo_is_corrected_and_said(
    library: ContentStore, typed: str, corrected: str, expected: str
) -> None:
    result = library.find(typed, limit=3)
    assert result.corrected == corrected
    assert result.showing == corrected and result.query == typed
    assert any(expected in f"{h.ref} {h.title}".lower() for h in result.hits), [h.ref for h in result.hits]


def test_search_instead_for_what_was_typed(library: ContentStore) -> None:
    result = library.find("trafiking", correct=False)
    assert result.corrected is None and result.hits == ()


def test_a_correction_keeps_the_rest_of_the_query_as_typed(library: ContentStore) -> None:
    assert library.find("Unacompanied MINOR", limit=3).corrected == "unaccompanied MINOR"


@pytest.mark.parametrize("query", ["TPPO", "UAM", "UASC", "SGBV", "VoT", "PEP", "NRM", "SOP", "IMA", "GBV"])
def test_a_known_acronym_is_never_corrected_and_finds_its_words(library: ContentStore, query: str) -> None:
    result = library.find(query, limit=5)
    assert result.corrected is None
    assert result.hits, query


def test_an_unknown_acronym_in_capitals_is_left_alone(library: ContentStore) -> None:
    assert library.find("QXZW").corrected is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("korban", "victim"),
        ("pengungsi", "refugee"),
        ("pencari suaka", "asylum"),
        ("perdagangan orang", "trafficking"),
        ("diperdagangkan", "trafficking"),
        ("anak tanpa pendamping", "child"),
        ("penerjemah", "interpret"),
    ],
)
def test_an_indonesian_word_is_never_corrected_into_english(
    library: ContentStore, query: str, expected: str
) -> None:
    result = library.find(query, limit=5)
    assert result.corrected is None
    assert any(expected in (h.title + h.snippet).lower() for h in result.hits), [h.ref for h in result.hits]


# --- word forms, synonyms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("referrals", "referral"),
        ("disembarked", "pathway:maritime-rescue"),
        ("guardians", "role:guardian"),
        ("interpreters", "role:interpreter"),
    ],
)
def test_other_word_forms_are_found(library: ContentStore, query: str, expected: str) -> None:
    result = library.find(query, limit=3)
    assert result.corrected is None
    assert any(expected in f"{h.ref} {h.title}".lower() for h in result.hits), [h.ref for h in result.hits]


def test_prefix_as_you_type_and_diacritics_still_work(library: ContentStore) -> None:
    assert top(library, "interp", 5) and top(library, "guardia", 5)
    assert any("Türkiye" in h.title for h in library.find("turkiye", limit=3).hits)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("translator", "role:interpreter"),
        ("repatriation", "return"),
        ("raped", "pathway:sexual-violence"),
        ("escort", "pathway:controller-present"),
        ("offloading", "pathway:departure-screening"),
        ("UAM", "pathway:child"),
        ("SGBV", "pathway:sexual-violence"),
    ],
)
def test_synonyms_from_data(library: ContentStore, query: str, expected: str) -> None:
    hits = library.find(query, limit=3).hits
    assert any(expected in f"{h.ref} {h.title} {h.snippet}".lower() for h in hits), [h.ref for h in hits]


# --- the best match first ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    ["difference between smuggling and trafficking", "smuggling or trafficking", "Smuggling or trafficking?"],
)
def test_the_item_whose_title_or_first_sentence_is_the_query_comes_first(
    library: ContentStore, query: str
) -> None:
    result = library.find(query, limit=5)
    assert result.best is not None and result.best.ref == "aid:smuggling-or-trafficking"


def test_a_title_that_is_the_query_beats_one_that_mentions_it(library: ContentStore) -> None:
    assert top(library, "returns and reintegration", 1) == ["area:adelaide-2023-7"]


# --- no dead end ---------------------------------------------------------------------------------


def test_an_empty_result_offers_the_commonest_situations_and_the_phrase_cards(session: Session) -> None:
    found = reading.find(session, "zzqxvw")
    assert found.hits == ()
    refs = [h.ref for h in found.instead]
    assert refs[:6] == [f"pathway:{p}" for p in reading.COMMON_SITUATIONS]
    assert "phrases:first-contact" in refs
    assert reading.find(session, "child").instead == ()


def test_the_kind_filter_uses_the_rowid_blocks(library: ContentStore) -> None:
    hits = library.find("trafficking", kind="pathway", limit=50).hits
    assert hits and {h.kind for h in hits} == {"pathway"}


# --- the search words are data, checked ------------------------------------------------------------


def test_the_shipped_search_words_load() -> None:
    words = synonyms.load(paths.CONTENT_DIR / synonyms.FILE_NAME)
    for acronym in ("tppo", "uam", "uasc", "ima", "vot", "sgbv", "gbv", "pep", "nrm", "sop"):
        assert acronym in words.acronyms, acronym
    assert "interpreter" in words.words["translator"]
    assert "return" in words.words["repatriation"]
    for term in ("perdagangan orang", "pencari suaka", "anak tanpa pendamping", "rujukan", "pengungsi"):
        assert term in words.indonesian, term


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (["x"], "expected the sections"),
        ({"colours": {}}, "unknown section"),
        ({"acronyms": {"two words": ["x"]}}, "must be one word"),
        ({"words": {"kid": []}}, "one or more phrases"),
        ({"words": {"kid": "child"}}, "one or more phrases"),
        ({"words": {"kid": ["!!"]}}, "not a word or a phrase"),
        ({"acronyms": {"tip": ["x"]}, "words": {"tip": ["y"]}}, "both an acronym and a word"),
        ({"words": {"Kid": ["a"], "kid": ["b"]}}, "listed twice"),
        ({"keep": "anak"}, "keep must be a list"),
    ],
)
def test_a_faulty_search_words_file_is_refused(raw: object, message: str) -> None:
    with pytest.raises(ContentError, match=message):
        synonyms.parse(raw)


# --- the index: rebuilt on content load and on upgrade --------------------------------------------


def test_the_index_carries_its_vocabulary_and_kinds(session: Session) -> None:
    con = session.connection
    terms = dict(con.execute(f"SELECT term, stem FROM {TERMS_TABLE}").fetchall())
    assert terms["referrals"] == terms["referral"]
    codes = json.loads(
        con.execute("SELECT value FROM meta WHERE key = ?", (search_mod.KIND_CODES_KEY,)).fetchone()[0]
    )
    for rowid, kind in con.execute("SELECT rowid, kind FROM content_fts"):
        assert rowid >> search_mod.KIND_SHIFT == codes[kind]


def _old_index(db: Path) -> None:
    """Fill a 0002 file's content tables as the app of that revision did: sequential rowids, no
    vocabulary, its digest of today's shipped files (so only the migration can trigger a reload)."""
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    con = sqlite3.connect(db)
    with con:
        con.executemany(
            "INSERT INTO content_items (ref, kind, title, text, official, position, related, data) "
            "VALUES (?, ?, ?, ?, ?, ?, '[]', '{}')",
            [(r.ref, r.kind, r.title, r.text, r.official, n) for n, r in enumerate(bundle.records, 1)],
        )
        con.executemany(
            "INSERT INTO content_fts (ref, kind, title, keywords, body) VALUES (?, ?, ?, ?, ?)",
            [(r.ref, r.kind, r.title, r.keywords, r.text) for r in bundle.records],
        )
        con.execute(
            "INSERT INTO meta (key, value) VALUES ('content_digest', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (content_digest(paths.CONTENT_DIR, paths.SOURCES_DIR),),
        )
    con.close()


def test_an_old_index_is_rebuilt_on_upgrade_and_the_users_rows_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    db = data / paths.DB_FILE
    shutil.copy(FIXTURES / "0002.sqlite3", db)
    _old_index(db)
    con = sqlite3.connect(db)
    notes_before = con.execute("SELECT * FROM notes ORDER BY ref").fetchall()
    assert con.execute("SELECT max(rowid) FROM content_fts").fetchone()[0] < 1 << search_mod.KIND_SHIFT
    con.close()
    opened = Session.open(data)
    try:
        assert opened.content_reloaded
        con = opened.connection
        assert con.execute("SELECT min(rowid) FROM content_fts").fetchone()[0] >= 1 << search_mod.KIND_SHIFT
        assert con.execute(f"SELECT count(*) FROM {TERMS_TABLE}").fetchone()[0] > 1000
        assert con.execute("SELECT * FROM notes ORDER BY ref").fetchall() == notes_before
        assert (
            top(opened.content, "referrals") and opened.content.find("trafiking").corrected == "trafficking"
        )
    finally:
        opened.close()


def test_search_on_an_index_without_vocabulary_still_answers(tmp_path: Path) -> None:
    """Before a reload (shipped files broken, say), an old index answers plain queries."""
    data = tmp_path / "data"
    opened = Session.open(data)
    try:
        con = opened.connection
        con.execute(f"DELETE FROM {TERMS_TABLE}")
        con.execute("DELETE FROM meta WHERE key IN (?, 'search_words')", (search_mod.KIND_CODES_KEY,))
        fresh = ContentStore(con)
        assert top(fresh, "child alone at the airport")[0] == "pathway:child"
        assert fresh.find("trafiking").hits == ()
        assert fresh.find("child", kind="pathway").hits
    finally:
        opened.close()


# --- the command line ------------------------------------------------------------------------------


def test_the_command_line_says_what_it_corrected_on_stderr(capsys, shared_data_dir: Path) -> None:
    base = ("--data-dir", str(shared_data_dir), "search")
    code, out, err = run(capsys, *base, "trafiking", "--limit", "3", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    assert err.strip() == "Showing results for “trafficking” — search instead for “trafiking”: add --exact"
    code, out, err = run(capsys, *base, "trafiking", "--exact", "--json")
    assert (code, json.loads(out), err) == (0, [], "")
    code, out, err = run(capsys, *base, "trafiking\x1b[2J", "--json")
    assert code == 0 and "\x1b" not in err and len(err.strip().splitlines()) == 1


def test_the_command_line_offers_where_to_go_when_nothing_is_found(capsys, shared_data_dir: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(shared_data_dir), "search", "zzqxvw")
    assert code == 0 and out.startswith("No results.")
    assert "pathway:victim-of-trafficking" in out and "phrases:first-contact" in out


def test_no_word_the_content_holds_is_corrected_away(session: Session) -> None:
    """A word found in one item only is searched as its common neighbour (a slip on both sides);
    a real word there must be in synonyms.yaml's keep list: none is corrected on the shipped content."""
    lexicon = Lexicon.read(session.connection)
    assert [(t, lexicon.little(t)) for t in lexicon.docs if lexicon.little(t)] == []


def test_a_word_found_once_beside_a_common_one_is_searched_as_the_common_one() -> None:
    rows = [("trafficking", "traffick", 100), ("traficking", "trafick", 1), ("though", "though", 1)]
    rows += [("through", "through", 40)]
    lexicon = Lexicon(rows, SearchWords(keep=frozenset({"though"})), Stems())
    assert [t.shown for t in lexicon.terms(["traficking"], set())] == ["trafficking"]
    assert [t.shown for t in lexicon.terms(["though"], set())] == ["though"]
    assert [t.shown for t in lexicon.terms(["traficking"], set(), correct=False)] == ["traficking"]
