"""Checklists made from content: pathways, the aid, Adelaide areas, any item; the templates."""

from __future__ import annotations

import pytest

from bali_desktop.checklists.builders import PHRASES_PRINTED, add_item, build, empty, resolve, templates
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.route_words import SIGNS_RULE


def test_pathway_pause_points_become_sections_in_order(library) -> None:
    """Each pause point is a section; each step an item, in order, with its why as the note."""
    pathway = library.require("pathway:child")
    checklist = build(library, "pathway:child")
    assert checklist.checklist_type == pathway.data["checklist_type"]
    assert [pp.title for pp in checklist.pause_points] == [pp["title"] for pp in pathway.data["pause_points"]]
    first_pp = pathway.data["pause_points"][0]
    actions = [i.text for i in checklist.pause_points[0].items if not i.is_decision]
    assert actions == [s["action"] for s in first_pp["steps"]]
    notes = {i.uid: i.note for i in checklist.all_items()}
    for step in first_pp["steps"]:
        phrases = PHRASES_PRINTED if step.get("phrases") else ""  # where the phrase cards are
        assert notes[step["id"]] == " ".join(n for n in (step["why"], phrases) if n)
    assert checklist.origin_ref == "pathway:child"
    assert checklist.contact_roles == pathway.data["roles"]
    assert checklist.reminders[-1].title == "Never"
    assert checklist.reminders[-1].lines == pathway.data["never_do"]
    signs = checklist.reminders[0]  # a step says "check the indicators below": they are printed
    assert signs.title.startswith("Signs to look for")
    assert signs.lines[0] == SIGNS_RULE  # "one clear sign can be enough to refer", then the signs
    assert len(signs.lines) == len(pathway.data["indicators"]) + 1
    assert all(i in " ".join(signs.lines) for g in pathway.data["indicators"] for i in g["indicators"])


def test_decision_questions_become_items_with_their_options(library) -> None:
    """A step with a decision is followed by a "Decide:" item whose options say where to go."""
    checklist = build(library, "pathway:child")
    decisions = [i for i in checklist.all_items() if i.is_decision]
    questions = [
        s["decision"]["question"]
        for pp in library.require("pathway:child").data["pause_points"]
        for s in pp["steps"]
        if s["decision"]
    ]
    assert [d.text for d in decisions] == [f"Decide: {q}" for q in questions]
    numbers = checklist.numbers()
    for d in decisions:
        for option in d.options:
            assert option.target in numbers or option.ref, option
    # a step target carries that step's action; a ref target names the other pathway
    victim = build(library, "pathway:victim-of-trafficking")
    targets = [o for d in victim.all_items() if d.is_decision for o in d.options]
    assert any(o.ref == "pathway:child" and "continue on the" in o.then for o in targets)


def test_aid_card_has_a_two_sided_item_per_question(library) -> None:
    """The smuggling-or-trafficking card: one item per question, a tick box for each side."""
    aid = library.require("aid:smuggling-or-trafficking")
    checklist = build(library, aid.ref)
    items = checklist.all_items()
    assert len(items) == len(aid.data["questions"])
    assert [o.label for o in items[0].options] == ["Smuggling", "Trafficking"]
    assert items[0].options[1].then == aid.data["questions"][0]["trafficking"]
    assert checklist.reminders[0].lines == aid.data["remember"]
    assert checklist.contact_roles, "the card names who to call"


def test_area_template_quotes_activities_word_for_word(library) -> None:
    """An Adelaide area gives a DO-CONFIRM list of its activities, exact, with their locators."""
    checklist = build(library, "area:adelaide-2023-5")
    activities = library.children("area:adelaide-2023-5")
    items = checklist.all_items()
    assert checklist.checklist_type == "DO-CONFIRM"
    assert [i.text for i in items] == [a.text for a in activities]
    assert all(i.official for i in items)
    assert [i.citation for i in items] == [
        f"{a.source.document_title}, {a.source.locator}" for a in activities
    ]
    assert "Activity 15" in items[0].citation


def test_there_is_a_template_per_pathway_area_and_aid(library) -> None:
    refs = {t.ref for t in templates(library)}
    for kind in ("pathway", "area", "aid"):
        assert {i.ref for i in library.items(kind)} <= refs
    assert "aid:smuggling-or-trafficking" in refs


@pytest.mark.parametrize("ref", ["pathway:child", "aid:smuggling-or-trafficking", "area:adelaide-2023-1"])
def test_every_template_builds(library, ref: str) -> None:
    assert build(library, ref).item_count() > 0


def test_add_any_item_or_search_result(library) -> None:
    """ "Add to checklist": official text stays exact and cited; a role joins the contacts box."""
    checklist = empty("Border post card")
    hit = library.search("biometrics", limit=1)[0]
    add_item(checklist, library.require(hit.ref), library)
    add_item(checklist, library.require("commitment:adelaide-2023-16"), library)
    add_item(checklist, library.require("role:health"), library)
    add_item(checklist, resolve(library, "pathway:child#notify-child-protection"), library)
    items = checklist.all_items()
    official = items[1]
    assert official.official and official.text == library.require("commitment:adelaide-2023-16").text
    assert "Activity 16" in official.citation
    assert "health" in checklist.contact_roles
    assert items[3].text == "Notify child protection straight away."
    assert items[3].source_ref == "pathway:child#notify-child-protection"


def test_unknown_refs_are_usage_errors(library) -> None:
    with pytest.raises(UsageError):
        build(library, "pathway:no-such-pathway")
    with pytest.raises(UsageError):
        resolve(library, "pathway:child#no-such-step")
