"""storage/search_words.py's promises that the search tests over the shipped content leave open
(docs/mutation.md): the vocabulary written with the index (every term, its stem, its items), the
other languages' words in `meta` (their own stems, whether English rows hold them too), the search
words stored and read back, and a broken search words file. On the tiny index of
tests/mutation/tiny_index.py."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.storage import search_words
from bali_desktop.storage.search_words import (
    LANG_TERMS_KEY,
    TERMS_TABLE,
    WORDS_KEY,
    Stems,
    index_words,
    shipped_words,
    stored_words,
    write_terms,
)
from tests.mutation.tiny_index import TranslatedRecord, empty_database, record, store

RAPAT = TranslatedRecord("id", "reviewed", "", "Rapat perdagangan", "Para menteri rapat 3.", "id")
ITEMS = [
    record("event:e1", "Meeting 3", "Ministers met in city 3.", translations={"id": RAPAT}),
    record("guide:g1", "Boat arrivals", "Referrals of people arriving by boat."),
]


def _language_terms(con: sqlite3.Connection) -> dict:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (LANG_TERMS_KEY,)).fetchone()
    return json.loads(row[0]) if row else {}


def test_the_vocabulary_is_every_term_with_its_english_stem_and_items(tmp_path: Path) -> None:
    s = store(tmp_path / "c.sqlite3", ITEMS)
    rows = {t: (stem, docs) for t, stem, docs in s.con.execute(f"SELECT term, stem, docs FROM {TERMS_TABLE}")}
    stems = Stems()
    assert rows["ministers"] == (stems.en("ministers"), 1) == ("minist", 1)
    assert rows["referrals"] == (stems.en("referrals"), 1)
    assert rows["3"] == ("3", 2)  # in the English row and the Indonesian one: two rows
    assert rows["rapat"] == (stems.en("rapat"), 1)


def test_the_other_languages_words_are_stored_with_their_own_stems(tmp_path: Path) -> None:
    """Each word of the Indonesian rows, with Snowball's Indonesian stem (a word of digits as it
    is) and whether the English rows hold it too; no English-only word among them."""
    s = store(tmp_path / "c.sqlite3", ITEMS)
    terms = _language_terms(s.con)
    assert set(terms) == {"id"}
    assert terms["id"] == {
        "3": ["3", True],
        "menteri": ["teri", False],
        "para": ["para", False],
        "perdagangan": ["dagang", False],
        "rapat": ["rapat", False],
    }


def test_words_of_a_language_without_a_stemmer_or_without_english_are_taken(tmp_path: Path) -> None:
    con = empty_database(tmp_path / "c.sqlite3")
    con.execute("INSERT INTO content_fts (rowid, ref, kind, title) VALUES (1, 'a', 'x', 'kapal')")
    write_terms(con, {"ms": {"kapal"}})  # Malay: no stemmer, so not stored
    assert _language_terms(con) == {}
    write_terms(con, {"id": {"kapal", "perahu"}})  # no English rows' words given: none shared
    assert _language_terms(con) == {"id": {"kapal": ["kapal", False]}}  # only the index's words


def test_a_rewrite_of_the_index_alone_keeps_the_stored_language_words(tmp_path: Path) -> None:
    s = store(tmp_path / "c.sqlite3", ITEMS)
    before = _language_terms(s.con)
    write_terms(s.con)
    assert _language_terms(s.con) == before
    assert s.con.execute(f"SELECT count(*) FROM {TERMS_TABLE}").fetchone()[0] > 10


def test_a_database_without_the_vocabulary_table_is_left_as_it_is(tmp_path: Path) -> None:
    con = empty_database(tmp_path / "c.sqlite3", terms_table=False)
    write_terms(con, {"en": {"x"}})
    assert con.execute("SELECT count(*) FROM meta").fetchone()[0] == 0


def test_the_search_words_are_stored_with_the_index_and_read_back(tmp_path: Path) -> None:
    s = store(tmp_path / "c.sqlite3", ITEMS)
    shipped = shipped_words()
    assert stored_words(s.con) == shipped
    assert shipped.acronyms and shipped.words and shipped.indonesian and shipped.keep
    raw = json.loads(s.meta(WORDS_KEY) or "{}")
    assert sorted(raw) == ["acronyms", "indonesian", "keep", "words"]


def test_search_words_stored_in_another_shape_read_as_none(tmp_path: Path) -> None:
    s = store(tmp_path / "c.sqlite3", ITEMS)
    s.con.execute("UPDATE meta SET value = ? WHERE key = ?", ('{"words": {"kid": ["child", 7]}}', WORDS_KEY))
    assert stored_words(s.con).words == {"kid": ("child", "7")}
    s.con.execute("UPDATE meta SET value = '[1]' WHERE key = ?", (WORDS_KEY,))
    assert stored_words(s.con) == search_words.SearchWords()
    s.con.execute("DELETE FROM meta WHERE key = ?", (WORDS_KEY,))
    assert stored_words(s.con) == search_words.SearchWords()


def test_a_broken_search_words_file_is_logged_and_search_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "synonyms.yaml").write_text("colours: {}\n", encoding="utf-8")
    monkeypatch.setattr(paths, "CONTENT_DIR", tmp_path)
    with caplog.at_level(logging.WARNING, logger=search_words.__name__):
        assert shipped_words() == search_words.SearchWords()
    (message,) = [r.getMessage() for r in caplog.records]
    assert message.startswith("search words not loaded: synonyms.yaml: unknown section 'colours'")


def test_the_words_fts5_indexes_are_folded_as_its_tokenizer_folds() -> None:
    assert index_words("Türkiye's TIP", "Café_au lait") == {"turkiye", "s", "tip", "cafe", "au", "lait"}


def test_an_index_without_the_vocabulary_table_reads_as_no_words(tmp_path: Path) -> None:
    con = empty_database(tmp_path / "c.sqlite3", terms_table=False)
    lexicon = search_words.Lexicon.read(con)
    assert lexicon.docs == {} and lexicon.sorted == [] and lexicon.id_terms == {}
    assert lexicon.forms("boat") == [] and not lexicon.has_prefix("b")


def _lexicon(
    docs: dict[str, int], words: search_words.SearchWords | None = None, **kw: object
) -> search_words.Lexicon:
    return search_words.Lexicon(
        [(t, t, d) for t, d in docs.items()], words or search_words.SearchWords(), Stems(), **kw
    )  # type: ignore[arg-type]


def test_the_lexicons_tables_of_words() -> None:
    words = search_words.SearchWords(
        {"tip": ("trafficking in persons",)}, {"kid": ("child",)}, {}, frozenset({"anak"})
    )
    lexicon = _lexicon(
        {"ab": 1, "abc": 2, "k2x": 3, "boat": 4},
        words,
        indonesian={"perdagangan": ("dagang", False), "3": ("3", True)},
    )
    assert lexicon.by_len == {3: ["abc"], 4: ["boat"]}  # words of letters, three or more: corrections' pool
    assert lexicon.id_only == frozenset({"perdagangan"})  # the words English rows do not hold
    assert {"tip", "kid", "anak"} <= lexicon.never_correct


def test_a_word_found_once_is_searched_as_the_common_word_one_edit_away() -> None:
    lexicon = _lexicon({"bordar": 1, "border": 25})
    assert lexicon.little("bordar") == "border"  # six letters: long enough
    assert _lexicon({"bordar": 1, "bordars": 1, "border": 25}).little("bordar") is None  # in two items
    assert _lexicon({"bordar": 1, "border": 19}).little("bordar") is None  # not common enough
    assert _lexicon({"bordar": 1, "border": 20}).little("bordar") == "border"  # common enough: 20 items


def test_which_words_may_be_corrected() -> None:
    lexicon = _lexicon({"boat": 3}, search_words.SearchWords(keep=frozenset({"anak"})))
    assert lexicon.may_correct("bost", False)
    assert not lexicon.may_correct("anak", False)  # kept as it is
    assert not lexicon.may_correct("k2xx", False)  # not a word of letters
    assert not lexicon.may_correct("bot", False)  # too short
    assert not lexicon.may_correct("bost", True)  # typed in capitals: maybe an acronym
    assert not lexicon.may_correct("bostxx", True)  # six letters in capitals: still maybe one
    assert lexicon.may_correct("bostxxx", True)  # seven: no acronym


def test_the_nearest_word_within_one_edit_up_to_five_letters_and_two_beyond() -> None:
    assert _lexicon({"boats": 9}).correction("boatz") == "boats"
    assert _lexicon({"boats": 9}).correction("bxatx") is None  # five letters: one edit only
    assert _lexicon({"border": 9}).correction("bordxx") == "border"  # six: two edits
    assert _lexicon({"border": 9}).correction("bxrdxx") is None  # not three
    assert _lexicon({"boat": 5, "boar": 1}).correction("boar") == "boat"  # never the word itself


def test_among_equally_near_words_the_same_first_letter_then_the_commonest() -> None:
    assert _lexicon({"bat": 9, "cot": 1}).correction("cat") == "cot"
    six = {f"baa{c}": n for n, c in enumerate("bcdefg", 1)}  # the commonest last of six
    assert _lexicon(six).correction("baaa") == "baag"
    assert _lexicon({"baac": 1, "baab": 1}).correction("baaa") == "baab"  # then the first in order


def test_a_word_is_corrected_within_its_own_language() -> None:
    indonesian = {"kapal": ("kapal", False)}
    assert _lexicon({"kapal": 30}, indonesian=indonesian).correction("kapak") == "kapal"  # unknown: any
    english = _lexicon({"kapat": 1, "kapal": 30}, indonesian=indonesian)
    assert english.correction("kapat", 1) is None  # an English rows' word: not to an Indonesian one


def test_a_synonym_key_of_one_word_is_found_wherever_it_stands() -> None:
    lexicon = _lexicon({"boat": 3}, search_words.SearchWords(words={"kid": ("child",)}))
    assert lexicon._phrase_at(["kid"], 0) == (1, ("child",), "kid")
    assert lexicon._phrase_at(["boat", "kid"], 1) == (1, ("child",), "kid")
    assert lexicon._phrase_at(["boat", "kid"], 0) is None
