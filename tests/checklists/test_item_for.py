"""The checklist item that stands for each kind of content ("Add to checklist"), pinned field by
field on hand-made items: its words, its note, its citation and where it came from."""

from __future__ import annotations

from typing import Any

import pytest

from bali_desktop.checklists.builders import _first_sentence, add_item, empty, item_for
from bali_desktop.domain.checklist import Checklist, ChecklistItem, PausePoint
from bali_desktop.domain.records import Item, Source

SOURCE = Source(document="adelaide-2023", document_title="2023 Adelaide Strategy", locator="Activity 7")


def _item(
    kind: str,
    *,
    ident: str = "x",
    title: str = "A title",
    text: str = "Some text.",
    official: bool = False,
    source: Source | None = None,
    data: dict[str, Any] | None = None,
) -> Item:
    return Item(
        ref=f"{kind}:{ident}",
        kind=kind,
        title=title,
        text=text,
        official=official,
        source=source,
        parent=None,
        related=(),
        data=data or {},
    )


def _fields(item: ChecklistItem) -> tuple[str, str, str | None, str, bool]:
    return item.text, item.note, item.source_ref, item.citation, item.official


# --- kinds with words of their own -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("pathway", "Follow the pathway: A title"),
        ("aid", "Use the aid: A title"),
        ("guide", "Consult the guide: A title"),
    ],
)
def test_a_pathway_aid_or_guide_is_followed_with_its_purpose_as_the_note(kind: str, words: str) -> None:
    made = item_for(_item(kind, data={"purpose": "Protect the person."}))
    assert _fields(made) == (words, "Protect the person.", f"{kind}:x", "", False)
    assert not made.options


@pytest.mark.parametrize("kind", ["pathway", "aid", "guide"])
def test_without_a_purpose_the_note_is_empty(kind: str) -> None:
    made = item_for(_item(kind, data={}))
    assert made.note == ""
    assert made.text.endswith(": A title") and not made.text.startswith("Check")


def test_a_role_is_contacted_and_its_description_is_the_note() -> None:
    made = item_for(_item("role", ident="health", title="Health worker", text="Treats injuries. And more."))
    assert _fields(made) == ("Contact: Health worker", "Treats injuries. And more.", "role:health", "", False)


def test_a_source_document_is_consulted_with_no_note() -> None:
    made = item_for(
        _item("document", title="The 2023 Strategy", text="Endorsed by Ministers.", source=SOURCE)
    )
    assert _fields(made) == (
        "Consult the source: The 2023 Strategy",
        "",
        "document:x",
        "Based on 2023 Adelaide Strategy, Activity 7",
        False,
    )


def test_any_other_kind_is_checked_with_its_first_sentence_as_the_note() -> None:
    made = item_for(_item("member", title="Australia", text="Co-chairs the Bali Process.  Also a member."))
    assert _fields(made) == ("Check: Australia", "Co-chairs the Bali Process.", "member:x", "", False)


# --- where the words come from -----------------------------------------------------------------


def test_guidance_with_a_source_says_it_is_based_on_it() -> None:
    made = item_for(_item("member", title="Fiji", text="Member.", source=SOURCE))
    assert made.citation == "Based on 2023 Adelaide Strategy, Activity 7"
    assert not made.official


def test_guidance_without_a_source_has_no_citation() -> None:
    for kind in ("pathway", "guide", "role", "member"):
        assert item_for(_item(kind)).citation == ""


def test_official_text_is_quoted_exactly_and_cited() -> None:
    text = "Continue to support the use of biometrics."
    made = item_for(_item("commitment", title="Biometrics", text=text, official=True, source=SOURCE))
    assert _fields(made) == (text, "", "commitment:x", "2023 Adelaide Strategy, Activity 7", True)


# --- a pathway step ----------------------------------------------------------------------------


def _step(step: dict[str, str]) -> Item:
    return _item("step", ident="child#notify", title=step["action"], data={"step": step})


def test_a_step_is_its_action_with_its_why_as_the_note() -> None:
    made = item_for(_step({"id": "notify", "action": "Notify child protection.", "why": "They decide care."}))
    assert _fields(made) == ("Notify child protection.", "They decide care.", "step:child#notify", "", False)


@pytest.mark.parametrize("why", [{}, {"why": ""}, {"why": None}])
def test_a_step_without_a_why_has_an_empty_note(why: dict[str, Any]) -> None:
    made = item_for(_step({"id": "notify", "action": "Notify child protection.", **why}))
    assert made.note == ""
    assert isinstance(made.note, str)


# --- the first sentence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("One sentence only", "One sentence only"),
        ("Ends with a stop.", "Ends with a stop."),
        ("First one. Second one. Third one.", "First one."),
        ("Spread  over\nlines. And more.", "Spread over lines."),
        ("  Padded\t text  ", "Padded text"),
        ("Version 2.1 is here. Next.", "Version 2.1 is here."),
        ("", ""),
    ],
)
def test_first_sentence(text: str, first: str) -> None:
    assert _first_sentence(text) == first


# --- adding to a checklist ---------------------------------------------------------------------


def test_adding_a_role_puts_it_in_the_contacts_box_once() -> None:
    checklist = empty("Card")
    role = _item("role", ident="health", title="Health worker")
    add_item(checklist, role)
    add_item(checklist, role)
    assert checklist.contact_roles == ["health"]
    assert [i.text for i in checklist.all_items()] == ["Contact: Health worker"] * 2


def test_adding_anything_else_leaves_the_contacts_box_alone() -> None:
    checklist = empty("Card")
    checklist.contact_roles = ["police"]
    add_item(checklist, _item("guide", ident="screening"))
    add_item(checklist, _item("member", ident="fiji"))
    assert checklist.contact_roles == ["police"]


def test_adding_into_a_chosen_pause_point() -> None:
    checklist = Checklist("Card", pause_points=[PausePoint("First"), PausePoint("Second")])
    assert add_item(checklist, _item("guide", ident="a"), pp_index=0) == (0, 0)
    assert add_item(checklist, _item("guide", ident="b")) == (1, 0)
    assert [[i.source_ref for i in pp.items] for pp in checklist.pause_points] == [["guide:a"], ["guide:b"]]
