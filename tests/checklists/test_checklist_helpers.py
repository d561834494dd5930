"""The pure helpers the Checklists screen uses, in the domain: the editor's item numbers (the
printed ones, by pause point) and the file name suggested for an export."""

from __future__ import annotations

import pytest

from bali_desktop.checklists.builders import build, templates
from bali_desktop.domain.checklist import Checklist, ChecklistItem, Option, PausePoint, file_name_for


def test_item_numbers_are_the_printed_numbers_by_pause_point() -> None:
    """A pathway step's decision has its step's number; moved away from it, one of its own."""
    step = ChecklistItem("Ask the age", uid="age")
    decide = ChecklistItem("Decide: under 18?", uid="age.decide", options=[Option("Yes")])
    other = ChecklistItem("Call the guardian", uid="call")
    c = Checklist("T", pause_points=[PausePoint("P", items=[step, decide]), PausePoint("Q", items=[other])])
    assert c.item_numbers() == [[1, 1], [2]]
    c.move_item(0, 1, 1, 1)  # the decision now follows another step, in another pause point
    assert c.item_numbers() == [[1], [2, 3]]
    assert Checklist("Empty").item_numbers() == []
    assert Checklist("T", pause_points=[PausePoint("P")]).item_numbers() == [[]]


def test_item_numbers_agree_with_numbers_for_every_template(library) -> None:
    for template in templates(library):
        c = build(library, template.ref)
        numbers = c.numbers()
        assert c.item_numbers() == [[numbers[i.uid] for i in pp.items] for pp in c.pause_points]
        assert [n for row in c.item_numbers() for n in row][-1:] == ([len(c.steps())] if c.steps() else [])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Child card, Terminal 2", "child-card-terminal-2"),
        ("  Gate 4 / arrivals: night shift ", "gate-4-arrivals-night-shift"),
        ("under_score and-dash", "under_score-and-dash"),
        ("Trẻ em đi một mình", "trẻ-em-đi-một-mình"),  # letters of any script are kept
        ("", "checklist"),
        ("***", "checklist"),
    ],
)
def test_file_name_for(title: str, expected: str) -> None:
    assert file_name_for(title) == expected


def test_file_name_for_a_long_title_is_cut_to_60_characters() -> None:
    name = file_name_for("Identifying and referring victims of trafficking at the border " * 3)
    assert len(name) == 60 and name.startswith("identifying-and-referring-victims")
