"""Phrase cards as content (content/phrases.py): every rule of the schema in its own words, and the
record a set becomes (its text, what search indexes, its keywords). Written to kill the mutants the
phrase-card tests let live (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from bali_desktop.content import phrases
from bali_desktop.content.phrases import PhraseSetModel, Translation
from bali_desktop.domain.phrases import PhraseSet, card_lines
from tests.mutation.tiny_content import phrase_set


def a_set(**fields: Any) -> dict[str, Any]:
    return {**phrase_set(), **fields}


def invalid(raw: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as e:
        PhraseSetModel.model_validate(raw)
    return str(e.value)


def test_a_reviewed_translation_names_its_reviewer_and_only_it_does() -> None:
    assert Translation(text="T", status="reviewed", reviewed_by="Ana").reviewed_by == "Ana"
    for who in ["", "  "]:
        with pytest.raises(
            ValidationError, match=r"a reviewed translation names who checked it \(reviewed_by\)"
        ):
            Translation(text="T", status="reviewed", reviewed_by=who)
    for status in ["not-checked", "source"]:
        assert Translation(text="T", status=status).reviewed_by == ""  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="reviewed_by is only for a reviewed translation"):
            Translation(text="T", status=status, reviewed_by="Ana")  # type: ignore[arg-type]


def test_a_language_reads_left_to_right_by_default() -> None:
    lang = phrases.Language(code="en", name="English", native="English", script="Latin")
    assert (lang.direction, lang.speech, lang.also) == ("ltr", [], [])


def test_a_language_listed_twice_is_refused() -> None:
    raw = a_set()
    raw["languages"] = [*raw["languages"], raw["languages"][1]]
    assert "a language is listed twice" in invalid(raw)


def test_english_must_be_listed() -> None:
    raw = a_set()
    raw["languages"] = [raw["languages"][1], {**raw["languages"][1], "code": "ms"}]
    assert "the source language 'en' must be listed" in invalid(raw)


def test_two_cards_with_one_id_are_refused() -> None:
    raw = a_set()
    raw["cards"] = raw["cards"] * 2
    assert "two cards share an id" in invalid(raw)


def test_every_card_is_in_every_language_and_no_other() -> None:
    raw = a_set()
    del raw["cards"][0]["text"]["id"]
    assert "card 'language': missing ['id'], not a listed language []" in invalid(raw)
    raw = a_set()
    raw["cards"][0]["text"]["ms"] = {"text": "Apa?", "status": "not-checked"}
    assert "card 'language': missing [], not a listed language ['ms']" in invalid(raw)


def test_only_english_is_the_source() -> None:
    message = (
        "card 'language', {code}: only the English text is the source; "
        "a translation is 'not-checked' or 'reviewed'"
    )
    raw = a_set()
    raw["cards"][0]["text"]["id"]["status"] = "source"
    assert message.format(code="id") in invalid(raw)
    raw = a_set()
    raw["cards"][0]["text"]["en"]["status"] = "not-checked"
    assert message.format(code="en") in invalid(raw)


def test_a_valid_set_passes() -> None:
    model = PhraseSetModel.model_validate(a_set())
    assert [c.id for c in model.cards] == ["language"]


def test_a_set_becomes_a_record_with_its_cards_languages_and_status() -> None:
    raw = a_set(keywords=["talk"], related=["pathway:p"], based_on=["A guide", "Another"])
    raw["languages"][1]["also"] = ["Bahasa", "English"]
    raw["cards"].append(
        {
            "id": "help",
            "kind": "question",
            "title": "Help",
            "text": {
                "en": {"text": "Help?", "status": "source"},
                "id": {"text": "Tolong?", "status": "not-checked"},
            },
        }
    )
    model = PhraseSetModel.model_validate(raw)
    r = phrases.record(model)
    typed = PhraseSet.from_data("phrases:first-contact", model.model_dump())
    assert r.text.split("\n") == [
        "Talk without a shared language.",
        *card_lines(typed),
        "",
        "Based on: A guide; Another",
        "Guidance — not official Bali Process text.",
    ]
    assert r.index_text == (
        "Talk without a shared language.\nLanguage.\nHelp.\nLanguages: English, English, Indonesian, "
        "Bahasa Indonesia, Bahasa, English"
    )
    assert (r.ref, r.kind, r.title, r.official) == (
        "phrases:first-contact",
        "phrases",
        "First contact phrases",
        False,
    )
    assert r.keywords == "talk English Indonesian Bahasa Indonesia Bahasa"
    assert r.related == ["pathway:p"]
    assert r.data == model.model_dump()
    assert "Card 2: Help" in r.text
