"""Small domain rules pinned directly: how an official item is named by its locator
(domain/naming.py), which kinds are official (domain/kinds.py), a translation's status label
(domain/records.py) and the sentence an error carries (domain/said.py). The window's tests reach
most of these; the mutation run leaves the window out, so these check them without it
(docs/mutation.md)."""

from __future__ import annotations

import pickle

import pytest

from bali_desktop.domain import kinds, naming
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.records import Item, ItemTranslation, Source
from bali_desktop.domain.said import Said, message_of, said, template_of

SOURCE = Source("adelaide-2023", "2023 Adelaide Strategy for Cooperation", "  Activity 12 ")


def item(title: str, *, official: bool = True, source: Source | None = SOURCE) -> Item:
    return Item("area:a12", "area", title, "Text.", official, source, None, ())


def test_the_locator_of_an_official_item_is_its_place_in_the_source_trimmed() -> None:
    assert naming.locator(item("x")) == "Activity 12"
    assert naming.locator(item("x", official=False)) == ""
    assert naming.locator(item("x", source=None)) == ""


def test_a_citation_names_the_document_and_the_locator_for_any_item_with_a_source() -> None:
    assert naming.citation(item("x", official=False)) == (
        "2023 Adelaide Strategy for Cooperation,   Activity 12 "
    )
    assert naming.citation(item("x", source=None)) == ""


@pytest.mark.parametrize(
    ("title", "ours"),
    [
        ("Activity 12: Research on emerging issues", "Research on emerging issues"),
        ("Activity 12:Research", "Research"),
        ("Activity 12 — Research", "Research"),
        ("Activity 12 – Research", "Research"),
        ("Activity 12 - Research", "Research"),
        ("Activity 12—Research", "Research"),
        ("Activity 12–Research", "Research"),
        ("Activity 12-Research", "Research"),
        ("Activity 12: X-ray checks", "X-ray checks"),  # only spaces, colons and dashes are stripped
        ("Activity 12", ""),
        ("Activity 123 more", "Activity 123 more"),  # another locator, not this one
        ("Activity 12X-ray", "Activity 12X-ray"),
        ("Activity 12 Research", "Activity 12 Research"),  # a space alone is no separator
        ("Research on emerging issues", "Research on emerging issues"),
    ],
)
def test_our_title_after_the_locator_drops_the_locator_and_its_separator_only(title: str, ours: str) -> None:
    assert naming.title_after_locator(item(title)) == ours


def test_a_title_is_left_whole_when_the_item_is_not_official() -> None:
    assert (
        naming.title_after_locator(item("Activity 12: Research", official=False)) == "Activity 12: Research"
    )
    assert naming.title_after_locator(item("— a note: kept whole", official=False)) == "— a note: kept whole"
    assert naming.title_after_locator(item(": kept whole", source=None)) == ": kept whole"


def test_an_official_item_is_listed_by_its_locator_then_our_title() -> None:
    assert (
        naming.list_title(item("Research on emerging issues")) == "Activity 12: Research on emerging issues"
    )
    assert naming.list_title(item("Activity 12: Research")) == "Activity 12: Research"
    assert naming.list_title(item("Activity 12")) == "Activity 12"
    assert naming.list_title(item("Research", official=False)) == "Research"


def test_only_the_official_kinds_are_official() -> None:
    assert all(kinds.is_official_kind(k) for k in ("area", "commitment", "objective", "principle", "passage"))
    assert not any(kinds.is_official_kind(k) for k in ("member", "guide", "pathway", "aid", "document", ""))


def test_a_translation_status_is_said_in_the_language_asked_for_else_its_own_else_english() -> None:
    reviewed = ItemTranslation("id", "reviewed")
    assert reviewed.status_label() == "Sudah diperiksa oleh penutur asli"
    assert reviewed.status_label("en") == "Checked by a native speaker"
    assert ItemTranslation("fr", "not-checked").status_label() == "Not yet checked by a native speaker"
    assert ItemTranslation("id", "not-checked").status_label("id") == "Belum diperiksa oleh penutur asli"
    assert ItemTranslation("id", "draft").status_label() == "draft"


def test_a_reviewed_translation_names_its_reviewer() -> None:
    assert ItemTranslation("id", "reviewed", reviewed_by="Ani").status_label("en") == (
        "Checked by a native speaker (Ani)"
    )
    assert ItemTranslation("id", "draft", reviewed_by="Ani").status_label() == "draft (Ani)"


def test_official_text_read_in_another_language_is_the_official_english() -> None:
    assert ItemTranslation("id", "reviewed", text_language="en").official_english is True
    assert ItemTranslation("id", "reviewed", text_language="id").official_english is False
    assert ItemTranslation("en", "reviewed", text_language="en").official_english is False


def test_an_error_raised_with_a_said_sentence_gives_that_sentence_back_with_its_parts() -> None:
    sentence = said("{name} is not a backup.", name="x.zip")
    got = message_of(UsageError(sentence))
    assert isinstance(got, Said) and got == "x.zip is not a backup."
    assert template_of(got) == ("{name} is not a backup.", {"name": "x.zip"})


def test_an_error_with_no_or_several_arguments_gives_its_str() -> None:
    assert message_of(ValueError()) == ""
    assert message_of(ValueError("a", "b")) == "('a', 'b')"
    assert message_of(ValueError(3)) == "3"
    assert not isinstance(message_of(ValueError(said("{n} x", n=1), "b")), Said)


def test_a_plain_sentence_has_no_values_and_a_said_one_survives_pickling() -> None:
    assert template_of("Plain.") == ("Plain.", {})
    plain = said("No values {here}.")
    assert plain == "No values {here}." and plain.values == {}
    again = pickle.loads(pickle.dumps(said("{a} and {b}", a=1, b="two")))
    assert isinstance(again, Said) and again == "1 and two"
    assert (again.template, again.values) == ("{a} and {b}", {"a": 1, "b": "two"})
