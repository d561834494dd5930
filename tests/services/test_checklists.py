"""The checklist use-cases the window and the command line share, called directly: make, add,
"Add to checklist…" (into a saved or a new checklist), the catalogue and the library search."""

from __future__ import annotations

import pytest

from bali_desktop.checklists import builders
from bali_desktop.domain.errors import UsageError
from bali_desktop.services import checklists
from bali_desktop.services.session import Session
from bali_desktop.storage.checklist_store import MAX_TITLE


def test_create_with_nothing_is_an_empty_saved_read_do_checklist(fresh: Session) -> None:
    made = checklists.create(fresh)
    assert made.id is not None
    assert (made.title, made.checklist_type) == ("New checklist", "READ-DO")
    assert checklists.saved(fresh)[0].checklist_type == "READ-DO"
    stored = fresh.checklists.get(made.id)
    assert (stored.title, stored.checklist_type, stored.origin_ref) == ("New checklist", "READ-DO", None)
    assert [pp.title for pp in stored.pause_points] == ["Before you start"]
    assert stored.item_count() == 0


def test_create_an_empty_checklist_of_a_type_and_title(fresh: Session) -> None:
    made = checklists.create(fresh, title="Port visit", checklist_type="DO-CONFIRM")
    stored = fresh.checklists.get(made.id)
    assert (stored.title, stored.checklist_type) == ("Port visit", "DO-CONFIRM")


def test_create_from_a_template_is_the_template_saved(fresh: Session) -> None:
    made = checklists.create(fresh, "pathway:child", title="ignored")
    template = builders.build(fresh.content, "pathway:child")
    stored = fresh.checklists.get(made.id)
    assert stored.origin_ref == "pathway:child"
    assert stored.title == template.title
    assert [i.text for i in stored.all_items()] == [i.text for i in template.all_items()]
    assert stored.item_count() > 5


def test_create_from_an_unknown_ref_saves_nothing(fresh: Session) -> None:
    with pytest.raises(UsageError):
        checklists.create(fresh, "pathway:no-such-thing")
    assert checklists.saved(fresh) == []


def test_add_appends_the_item_for_a_ref_and_saves(fresh: Session) -> None:
    made = checklists.create(fresh, title="Card")
    after = checklists.add(fresh, made.id, "role:health")
    after = checklists.add(fresh, made.id, "guide:policy-guide-criminalizing-smuggling")
    stored = fresh.checklists.get(made.id)
    assert [i.text for i in stored.all_items()] == [
        "Contact: Health services",
        "Consult the guide: Policy Guide on Criminalizing Migrant Smuggling",
    ]
    assert stored.contact_roles == ["health"] == after.contact_roles
    assert checklists.saved(fresh)[0].item_count == 2


def test_item_for_a_ref_says_which_role_it_adds(fresh: Session) -> None:
    role = checklists.item_for(fresh, "role:health")
    assert role.role == "health" and role.item.text == "Contact: Health services"
    guide = checklists.item_for(fresh, "guide:policy-guide-criminalizing-smuggling")
    assert guide.role is None and guide.item.source_ref == "guide:policy-guide-criminalizing-smuggling"
    step = checklists.item_for(fresh, "pathway:child#notify-child-protection")
    assert step.role is None and step.item.text == "Notify child protection straight away."


def test_create_with_item_is_one_item_even_for_a_pathway(fresh: Session) -> None:
    made = checklists.create_with_item(fresh, "pathway:child")
    stored = fresh.checklists.get(made.id)
    item = fresh.content.require("pathway:child")
    assert stored.title == item.title[:MAX_TITLE]
    assert stored.origin_ref == "pathway:child"
    assert [i.text for i in stored.all_items()] == [f"Follow the pathway: {item.title}"]


def test_create_with_item_takes_a_title_trimmed_and_cut(fresh: Session) -> None:
    made = checklists.create_with_item(fresh, "role:health", title="  Clinic  ")
    stored = fresh.checklists.get(made.id)
    assert stored.title == "Clinic" and stored.contact_roles == ["health"]
    long = checklists.create_with_item(fresh, "role:health", title="x" * (MAX_TITLE + 5))
    assert fresh.checklists.get(long.id).title == "x" * MAX_TITLE
    blank = checklists.create_with_item(fresh, "role:health", title="   ")
    assert fresh.checklists.get(blank.id).title == "Health services"


def test_load_with_item_is_the_checklist_and_the_item(fresh: Session) -> None:
    made = checklists.create(fresh, title="Card")
    loaded, extra = checklists.load_with_item(fresh, made.id, "role:health")
    assert loaded.id == made.id and loaded.title == "Card"
    assert extra.role == "health" and extra.item.text == "Contact: Health services"
    assert fresh.checklists.get(made.id).item_count() == 0  # nothing added until the editor saves


def test_add_question_names_the_item_and_the_saved_checklists(fresh: Session) -> None:
    a = checklists.create(fresh, title="A")
    title, saved = checklists.add_question(fresh, "role:health")
    assert title == "Health services"
    assert [s.id for s in saved] == [a.id]


def test_delete_then_restore_gives_it_back_under_its_id(fresh: Session) -> None:
    made = checklists.add(fresh, checklists.create(fresh, title="Card").id, "role:health")
    gone = checklists.delete(fresh, made.id)
    assert checklists.saved(fresh) == []
    back = checklists.restore(fresh, gone)
    assert back.id == made.id
    assert fresh.checklists.get(made.id).body() == made.body()


def test_the_catalogue_offers_templates_roles_and_guides(fresh: Session) -> None:
    offered = checklists.catalogue(fresh)
    assert [t.ref for t in offered.templates] == [t.ref for t in checklists.templates(fresh)]
    assert ("health", "Health services") in offered.roles
    assert len(offered.roles) == len(fresh.content.items("role"))
    assert (
        "guide:policy-guide-criminalizing-smuggling",
        "Policy Guide on Criminalizing Migrant Smuggling",
    ) in offered.guides
    assert len(offered.guides) == len(fresh.content.items("guide"))


def test_find_items_lists_hits_and_nothing_for_a_blank_query(fresh: Session) -> None:
    assert checklists.find_items(fresh, "  ") == []
    hits = checklists.find_items(fresh, "trafficking")
    assert len(hits) == 30
    assert len(checklists.find_items(fresh, "trafficking", limit=3)) == 3
