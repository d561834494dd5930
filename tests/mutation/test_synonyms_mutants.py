"""Search words as data (content/synonyms.py) one promise at a time: every section read and folded,
every refusal in its own words, a missing file read as none. Written to kill the mutants the search
tests let live (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bali_desktop.content import synonyms
from bali_desktop.content.synonyms import SearchWords, load, parse, words_of
from bali_desktop.domain.errors import ContentError


def refused(raw: Any) -> str:
    with pytest.raises(ContentError) as e:
        parse(raw)
    return str(e.value)


def test_words_of_folds_and_keeps_words_but_not_underscores() -> None:
    assert words_of("Türkiye's  IOM-led _ __ a_b") == ["turkiye", "s", "iom", "led", "a_b"]
    assert words_of("") == []


def test_every_section_is_read_folded_with_its_phrases_once_each_in_order() -> None:
    got = parse(
        {
            "acronyms": {"IOM": ["International Organization for Migration"]},
            "words": {"Child soldier": ["minor", "Minör", "minor", "young  person"]},
            "indonesian": {"TPPO": ["perdagangan orang"]},
            "keep": ["Bali", "Türkiye"],
        }
    )
    assert got == SearchWords(
        acronyms={"iom": ("international organization for migration",)},
        words={"child soldier": ("minor", "young person")},
        indonesian={"tppo": ("perdagangan orang",)},
        keep=frozenset({"bali", "turkiye"}),
    )


def test_empty_or_missing_sections_are_none() -> None:
    assert parse({}) == SearchWords()
    assert parse({"acronyms": None, "words": {}, "indonesian": None, "keep": None}) == SearchWords()
    assert SearchWords().keep == frozenset()


def test_the_file_must_be_a_mapping_of_known_sections() -> None:
    assert refused(["x"]) == "synonyms.yaml: expected the sections acronyms, words, indonesian, keep"
    assert refused({"keep": [], "zz": 1, "aa": 2}) == (
        "synonyms.yaml: unknown section 'aa' (sections: acronyms, words, indonesian, keep)"
    )


@pytest.mark.parametrize("name", ["acronyms", "words", "indonesian"])
def test_a_section_maps_what_is_typed_to_a_list_of_phrases(name: str) -> None:
    assert refused({name: ["x"]}) == f"synonyms.yaml: {name} must map what is typed to a list of phrases"
    assert refused({name: {"x": []}}) == f"synonyms.yaml: {name}: 'x' needs a list of one or more phrases"
    assert refused({name: {"x": "y"}}) == f"synonyms.yaml: {name}: 'x' needs a list of one or more phrases"
    assert refused({name: {"--": ["y"]}}) == f"synonyms.yaml: {name}: '--' is not a word or a phrase"
    assert refused({name: {"x": ["y", 3]}}) == f"synonyms.yaml: {name}: x: 3 is not a word or a phrase"
    assert refused({name: {"x": ["y", "__"]}}) == f"synonyms.yaml: {name}: x: '__' is not a word or a phrase"
    assert refused({name: {"X": ["y"], "x": ["z"]}}) == f"synonyms.yaml: {name}: 'x' is listed twice"


def test_an_acronym_is_one_word_and_not_also_a_word() -> None:
    assert (
        refused({"acronyms": {"U N": ["united nations"]}}) == "synonyms.yaml: acronym 'U N' must be one word"
    )
    assert parse({"words": {"u n": ["united nations"]}}).words == {"u n": ("united nations",)}
    assert refused({"acronyms": {"un": ["a"], "iom": ["b"]}, "words": {"iom": ["c"], "un": ["d"]}}) == (
        "synonyms.yaml: 'iom' is both an acronym and a word"
    )
    both = parse({"acronyms": {"un": ["a"]}, "indonesian": {"un": ["b"]}})
    assert both.indonesian == {"un": ("b",)}


def test_keep_is_a_list_of_words() -> None:
    assert refused({"keep": "bali"}) == "synonyms.yaml: keep must be a list of words"
    assert refused({"keep": ["bali", "!"]}) == "synonyms.yaml: keep: '!' is not a word or a phrase"


def test_the_file_is_read_and_a_missing_one_is_no_words(tmp_path: Path) -> None:
    path = tmp_path / synonyms.FILE_NAME
    assert load(path) == SearchWords()
    path.write_text("acronyms:\n  IOM: [International Organization for Migration]\nkeep: [Bali]\n", "utf-8")
    got = load(path)
    assert got.acronyms == {"iom": ("international organization for migration",)}
    assert got.keep == frozenset({"bali"})


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"keep: [\n", "ParserError"),
        (b"keep: [\xff]\n", "UnicodeDecodeError"),
        (b"keep: \x07\n", "ReaderError"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_naming_why(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_bytes(data)
    with pytest.raises(ContentError) as e:
        load(path)
    assert str(e.value) == f"synonyms.yaml could not be read ({kind})"


def test_a_folder_in_the_files_place_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"^synonyms.yaml could not be read \(IsADirectoryError\)$"):
        load(tmp_path)


def test_the_shipped_file_loads() -> None:
    from bali_desktop import paths

    shipped = load(paths.CONTENT_DIR / synonyms.FILE_NAME)
    assert shipped.acronyms and shipped.words and shipped.keep
