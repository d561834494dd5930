"""A checklist's stored body read back: every field of an item and an option, the defaults an
older body leaves out, and the editing helpers that make copies (undo needs the old one intact)."""

from __future__ import annotations

from bali_desktop.domain.checklist import (
    DEFAULT_CASE_LABEL,
    Checklist,
    ChecklistItem,
    Option,
    PausePoint,
    edited_item,
    file_name_for,
)

FULL_ITEM = {
    "text": "Ask which way is out",
    "note": "Say it plainly",
    "source_ref": "aid:smuggling-or-trafficking",
    "citation": "Based on UNODC toolkit",
    "official": True,
    "options": [
        {
            "label": "Smuggling",
            "then": "Use the smuggling pathway",
            "target": "abc",
            "ref": "pathway:smuggled",
        }
    ],
    "uid": "item-1",
}


def _one_item(item: dict) -> ChecklistItem:
    body = {"pause_points": [{"title": "P", "when": "w", "uid": "pp-1", "items": [item]}]}
    return Checklist.from_body("T", "DO-CONFIRM", body).all_items()[0]


def test_every_field_of_a_stored_item_is_read_back() -> None:
    item = _one_item(FULL_ITEM)
    assert item == ChecklistItem(
        text="Ask which way is out",
        note="Say it plainly",
        source_ref="aid:smuggling-or-trafficking",
        citation="Based on UNODC toolkit",
        official=True,
        options=[Option("Smuggling", "Use the smuggling pathway", target="abc", ref="pathway:smuggled")],
        uid="item-1",
    )


def test_an_item_stored_with_nothing_gets_the_defaults() -> None:
    item = _one_item({})
    assert (item.text, item.note, item.source_ref, item.citation) == ("", "", None, "")
    assert item.official is False
    assert item.options == [] and item.uid


def test_an_option_stored_with_nothing_gets_the_defaults() -> None:
    option = _one_item({"text": "Decide", "options": [{}]}).options[0]
    assert option == Option(label="", then="", target=None, ref=None)


def test_a_whole_body_is_read_back() -> None:
    body = {
        "purpose": "Why",
        "pause_points": [{"title": "P", "when": "w", "uid": "pp-1", "items": [FULL_ITEM]}],
        "contact_roles": ["health"],
        "case_reference_label": "",
        "reminders": [{"title": "Never", "lines": ["Promise anything"]}],
        "based_on": ["UNODC"],
    }
    c = Checklist.from_body("T", "DO-CONFIRM", body, origin_ref="aid:x", id=4)
    assert (c.title, c.checklist_type, c.purpose, c.origin_ref, c.id) == (
        "T",
        "DO-CONFIRM",
        "Why",
        "aid:x",
        4,
    )
    assert (c.pause_points[0].title, c.pause_points[0].when, c.pause_points[0].uid) == ("P", "w", "pp-1")
    assert c.contact_roles == ["health"] and c.case_reference_label == ""
    assert c.reminders[0].title == "Never" and c.reminders[0].lines == ["Promise anything"]
    assert c.based_on == ["UNODC"]
    assert Checklist.from_body("T", "DO-CONFIRM", c.body()).body() == c.body()


def test_an_empty_body_is_an_empty_checklist() -> None:
    c = Checklist.from_body("T", "READ-DO", {})
    assert c.pause_points == [] and c.purpose == "" and c.case_reference_label == DEFAULT_CASE_LABEL
    assert c.reminders == [] and c.based_on == [] and c.contact_roles == []


# --- editing ----------------------------------------------------------------------------------


def _decision() -> ChecklistItem:
    return ChecklistItem(
        "Ask who paid", note="old", citation="Doc, Activity 2", official=True, options=[Option("Yes")]
    )


def test_an_edit_changes_the_words_and_keeps_the_rest() -> None:
    item = _decision()
    new = edited_item(item, text="Ask who paid for the trip", note="new")
    assert (new.text, new.note, new.citation, new.uid) == (
        "Ask who paid for the trip",
        "new",
        item.citation,
        item.uid,
    )
    assert new.official is False
    assert (item.text, item.note, item.official) == ("Ask who paid", "old", True)


def test_an_edit_without_a_note_keeps_the_note() -> None:
    new = edited_item(_decision(), text="Ask again")
    assert new.note == "old"
    assert edited_item(_decision(), note="").note == ""


def test_the_same_text_keeps_official_wording_official() -> None:
    new = edited_item(_decision(), text="Ask who paid")
    assert new.official is True and new.text == "Ask who paid"


def test_an_edited_copy_shares_nothing_with_the_original() -> None:
    """Undo puts the original back: changing the copy's options must not change it."""
    item = _decision()
    new = edited_item(item, note="n")
    new.options[0].label = "No"
    new.options.append(Option("Maybe"))
    assert item.options == [Option("Yes")]


def test_a_pause_point_without_a_uid_gets_a_new_one() -> None:
    c = Checklist.from_body("T", "READ-DO", {"pause_points": [{"items": []}, {"uid": ""}]})
    uids = [pp.uid for pp in c.pause_points]
    assert all(uids) and uids[0] != uids[1]
    assert c.pause_points[0] == PausePoint(title="", when="", items=[], uid=uids[0])


def test_file_names_keep_letters_digits_spaces_dashes_and_underscores() -> None:
    assert file_name_for("Child_card - 2026 (v2)!") == "child_card---2026-v2"
    assert file_name_for("XX") == "xx"


def test_a_pause_point_and_a_reminder_stored_with_nothing_get_the_defaults() -> None:
    c = Checklist.from_body("T", "READ-DO", {"pause_points": [{}], "reminders": [{}]})
    pp = c.pause_points[0]
    assert (pp.title, pp.when, pp.items) == ("", "", [])
    assert (c.reminders[0].title, c.reminders[0].lines) == ("", [])


def test_the_body_names_its_version_and_every_field() -> None:
    c = Checklist("T", purpose="Why", case_reference_label="Review reference", contact_roles=["health"])
    body = c.body()
    assert body["version"] == 1
    assert body["case_reference_label"] == "Review reference"
    again = Checklist.from_body("T", "READ-DO", body)
    assert again.case_reference_label == "Review reference" and again.purpose == "Why"


def test_adding_to_a_checklist_with_no_pause_point_makes_one_called_items() -> None:
    c = Checklist("T")
    assert c.add_item(ChecklistItem("Do A")) == (0, 0)
    assert [pp.title for pp in c.pause_points] == ["Items"]
    assert c.add_item(ChecklistItem("Do B")) == (0, 1)


def test_adding_goes_to_the_last_pause_point_unless_one_is_chosen() -> None:
    c = Checklist("T", pause_points=[PausePoint("First"), PausePoint("Second"), PausePoint("Third")])
    assert c.add_item(ChecklistItem("Do A")) == (2, 0)
    assert c.add_item(ChecklistItem("Do B"), 0) == (0, 0)
    assert c.add_item(ChecklistItem("Do C"), 0) == (0, 1)
    assert [[i.text for i in pp.items] for pp in c.pause_points] == [["Do B", "Do C"], [], ["Do A"]]
