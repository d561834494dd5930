"""domain/phrases: a phrase set read from its content, every field and every default, its lookups
and its plain lines, pinned on a small set written here (the shipped cards check it as a whole)."""

from __future__ import annotations

from typing import Any

from bali_desktop.domain.phrases import (
    SOURCE_LANGUAGE,
    STATUS_LABELS,
    STATUSES,
    Card,
    Language,
    PhraseSet,
    Translation,
    card_lines,
)
from bali_desktop.domain.records import Item


def _data() -> dict[str, Any]:
    return {
        "title": "Cards",
        "purpose": "To talk",
        "based_on": ["document:a", "document:b"],
        "languages": [
            {"code": "en", "name": "English", "native": "English", "script": "Latin"},
            {
                "code": "ar",
                "name": "Arabic",
                "native": "العربية",
                "script": "Arabic",
                "direction": "rtl",
                "speech": ["ar", "ara"],
                "also": ["Arabi"],
            },
        ],
        "cards": [
            {
                "id": "langs",
                "kind": "languages",
                "title": "Which language?",
                "note": "Point at one.",
                "text": {"en": {"text": "Point to your language.", "status": "source"}},
            },
            {
                "id": "safe",
                "kind": "statement",
                "title": "You are safe",
                "text": {
                    "en": {"text": "You are safe.", "status": "source"},
                    "ar": {
                        "text": "أنت بأمان.",
                        "status": "reviewed",
                        "note": "To a man.",
                        "reviewed_by": "A. N.",
                    },
                },
            },
            {
                "id": "yes",
                "kind": "answer",
                "title": "Yes",
                "text": {
                    "en": {"text": "Yes", "status": "source"},
                    "ar": {"text": "نعم", "status": "not-checked"},
                },
            },
        ],
    }


def test_the_statuses_and_their_one_wording() -> None:
    assert SOURCE_LANGUAGE == "en"
    assert STATUSES == ("source", "reviewed", "not-checked")
    assert STATUS_LABELS["not-checked"] == "Not yet checked by a native speaker"


def test_every_field_of_a_set_is_read() -> None:
    s = PhraseSet.from_data("phrases:x", _data())
    assert (s.ref, s.title, s.purpose, s.based_on) == (
        "phrases:x",
        "Cards",
        "To talk",
        ("document:a", "document:b"),
    )
    assert s.languages == (
        Language("en", "English", "English", "Latin", "ltr", (), ()),
        Language("ar", "Arabic", "العربية", "Arabic", "rtl", ("ar", "ara"), ("Arabi",)),
    )
    langs, safe, yes = s.cards
    assert (langs.id, langs.kind, langs.title, langs.note) == (
        "langs",
        "languages",
        "Which language?",
        "Point at one.",
    )
    assert safe.note == ""
    assert safe.texts == {
        "en": Translation("You are safe.", "source", "", ""),
        "ar": Translation("أنت بأمان.", "reviewed", "To a man.", "A. N."),
    }
    assert yes.texts["ar"] == Translation("نعم", "not-checked", "", "")


def test_a_set_without_based_on_is_based_on_nothing() -> None:
    data = _data()
    del data["based_on"]
    assert PhraseSet.from_data("phrases:x", data).based_on == ()


def test_a_set_is_read_from_its_item_under_the_items_ref() -> None:
    item = Item("phrases:cards", "phrases", "Cards", "", False, None, None, (), data=_data())
    s = PhraseSet.from_item(item)
    assert s.ref == "phrases:cards"
    assert s == PhraseSet.from_data("phrases:cards", _data())


def test_the_label_of_a_language_and_of_a_translation() -> None:
    s = PhraseSet.from_data("phrases:x", _data())
    assert s.languages[0].label == "English"
    assert s.languages[1].label == "Arabic — العربية"
    assert s.cards[1].texts["ar"].status_label == "Checked by a native speaker (A. N.)"
    assert s.cards[1].texts["en"].status_label == "English source text, written for Bali Desktop"
    assert Translation("t", "odd").status_label == "odd"


def test_lookups_by_code_and_id() -> None:
    s = PhraseSet.from_data("phrases:x", _data())
    assert s.language("ar").code == "ar"
    assert s.language("en").code == "en"
    assert s.language("km").code == "en"  # unknown: the first language
    assert s.card("yes") is s.cards[2]
    assert s.card("safe") is s.cards[1]
    assert s.card("nope") is None
    assert s.answers == (s.cards[2],)
    assert s.cards[1].text("ar").text == "أنت بأمان."
    assert s.cards[2].text("km").text == "Yes"  # no translation: the English source
    empty = Card(
        "c", "statement", "T", "", {"en": Translation("", "source"), "ar": Translation("", "reviewed")}
    )
    assert empty.text("ar").status == "reviewed"


def test_the_plain_lines_of_every_card_in_every_language() -> None:
    s = PhraseSet.from_data("phrases:x", _data())
    assert card_lines(s) == [
        "",
        "Card 1: Which language?",
        "  For the officer: Point at one.",
        "  The languages, each in its own name: English · العربية",
        "  English  Point to your language.  [English source text, written for Bali Desktop.]",
        "  Arabic   Point to your language.  [English source text, written for Bali Desktop.]",
        "",
        "Card 2: You are safe",
        "  English  You are safe.  [English source text, written for Bali Desktop.]",
        "  Arabic   أنت بأمان.  [Checked by a native speaker (A. N.). To a man.]",
        "",
        "Card 3: Yes",
        "  English  Yes  [English source text, written for Bali Desktop.]",
        "  Arabic   نعم  [Not yet checked by a native speaker.]",
    ]
