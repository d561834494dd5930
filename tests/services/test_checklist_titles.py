"""'Make a checklist' twice on one pathway makes checklists a user can tell apart (window review 17)."""

from __future__ import annotations

from bali_desktop.services import checklists
from bali_desktop.services.checklists import distinct_title
from bali_desktop.services.session import Session
from bali_desktop.storage.checklist_store import MAX_TITLE


def test_making_a_checklist_twice_from_one_pathway_gives_two_titles(fresh: Session) -> None:
    first = checklists.create(fresh, "pathway:child")
    second = checklists.create(fresh, "pathway:child")
    third = checklists.create(fresh, "pathway:child")
    assert second.title == f"{first.title} (2)"
    assert third.title == f"{first.title} (3)"
    assert len({c.title for c in checklists.saved(fresh)}) == 3


def test_an_empty_checklist_made_twice_is_numbered_too(fresh: Session) -> None:
    assert checklists.create(fresh, title="Port visit").title == "Port visit"
    assert checklists.create(fresh, title="Port visit").title == "Port visit (2)"


def test_a_numbered_title_stays_within_the_longest_title() -> None:
    long = "x" * MAX_TITLE
    made = distinct_title(long, [long])
    assert made.endswith(" (2)") and len(made) == MAX_TITLE
    assert distinct_title("A", ["A", "A (2)"]) == "A (3)"
    assert distinct_title("A", ["B"]) == "A"
