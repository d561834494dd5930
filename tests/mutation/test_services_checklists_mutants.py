"""The checklist use-cases of services/checklists.py, called directly on a session of its own: what
the catalogue offers for a handout pack, building without saving, copying, and a new checklist's
title and type. Written to kill the mutants the window's tests alone would catch (docs/mutation.md)."""

from __future__ import annotations

from bali_desktop.checklists import builders
from bali_desktop.domain.naming import list_title, locator
from bali_desktop.services import checklists
from bali_desktop.services.session import Session


def test_the_catalogue_offers_every_member_and_each_single_activity(fresh: Session) -> None:
    offered = checklists.catalogue(fresh)
    assert offered.members == [(i.ref, i.title) for i in fresh.content.items("member")]
    assert offered.members and all(ref.startswith("member:") for ref, _ in offered.members)
    activities = dict(offered.activities)
    assert activities["commitment:adelaide-2023-16"] == "Activity 16: Responsible use of biometrics"
    commitments = fresh.content.items("commitment")
    assert len(activities) == sum(locator(i).startswith("Activity") for i in commitments)
    assert len(activities) < len(commitments)  # the Co-Chairs' commitments are not activities
    assert all(title == list_title(fresh.content.require(ref)) for ref, title in offered.activities)
    assert offered.roles == [(i.id, i.title) for i in fresh.content.items("role")]
    assert offered.guides == [(i.ref, i.title) for i in fresh.content.items("guide")]


def test_build_gives_the_template_without_saving_it(fresh: Session) -> None:
    built = checklists.build(fresh, "pathway:child")
    assert built.id is None and checklists.saved(fresh) == []
    assert [i.text for i in built.all_items()] == [
        i.text for i in builders.build(fresh.content, "pathway:child").all_items()
    ]
    assert built.origin_ref == "pathway:child"


def test_a_copy_is_a_new_saved_checklist_with_the_same_items(fresh: Session) -> None:
    made = checklists.add(fresh, checklists.create(fresh, title="Card").id, "role:health")
    copy = checklists.duplicate(fresh, made.id)
    assert copy.id != made.id and copy.title == "Card (copy)"
    assert [i.text for i in copy.all_items()] == ["Contact: Health services"]
    assert sorted(c.id for c in checklists.saved(fresh)) == sorted([made.id, copy.id])
    assert checklists.load(fresh, copy.id).title == "Card (copy)"


def test_saving_an_edit_keeps_it(fresh: Session) -> None:
    made = checklists.create(fresh, title="Card")
    made.title = "Port card"
    checklists.save(fresh, made)
    assert checklists.load(fresh, made.id).title == "Port card"


def test_a_new_empty_checklist_is_read_do_unless_asked(fresh: Session) -> None:
    made = checklists.create(fresh, "", "", "DO-CONFIRM")
    assert (made.title, made.checklist_type) == ("New checklist", "DO-CONFIRM")
    again = checklists.create(fresh, "", "")
    assert (again.title, again.checklist_type) == ("New checklist (2)", "READ-DO")


def test_a_template_made_checklist_takes_the_templates_type(fresh: Session) -> None:
    area = checklists.create(fresh, "area:adelaide-2023-5", title="ignored", checklist_type="READ-DO")
    assert area.checklist_type == "DO-CONFIRM" and area.title.startswith("Adelaide Strategy area")


def test_find_items_titles_official_hits_by_their_locator(fresh: Session) -> None:
    hits = {h.ref: h.title for h in checklists.find_items(fresh, "biometrics", limit=10)}
    assert hits["commitment:adelaide-2023-16"] == "Activity 16: Responsible use of biometrics"
