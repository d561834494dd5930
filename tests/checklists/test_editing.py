"""Editing with undo and redo (QUndoStack), and the moves that drag-and-drop and Alt+Up/Down make."""

from __future__ import annotations

import pytest

from bali_desktop.domain.checklist import Checklist, ChecklistItem, PausePoint
from bali_desktop.gui.checklists.document import ChecklistDocument
from bali_desktop.gui.checklists.tree import moved, stepped


def _sample() -> Checklist:
    return Checklist(
        title="Card",
        id=7,
        pause_points=[
            PausePoint(
                "First contact",
                items=[
                    ChecklistItem("Ask A", uid="a"),
                    ChecklistItem("Ask B", uid="b"),
                    ChecklistItem("Ask C", uid="c"),
                ],
            ),
            PausePoint("Referral", items=[ChecklistItem("Refer D", uid="d")]),
        ],
    )


def _uids(c: Checklist) -> list[list[str]]:
    return [[i.uid for i in pp.items] for pp in c.pause_points]


@pytest.fixture
def doc(qapp) -> ChecklistDocument:
    d = ChecklistDocument()
    d.load(_sample())
    return d


def test_every_edit_undoes_and_redoes(doc: ChecklistDocument) -> None:
    doc.edit("Move", lambda c: c.move_item(0, 0, 1, 1))
    doc.edit("Remove", lambda c: c.remove_item(0, 0))
    doc.edit("Add pause point", lambda c: c.insert_pause_point(0, PausePoint("Before handover")))
    assert _uids(doc.checklist) == [[], ["c"], ["d", "a"]]
    assert doc.stack.undoText() == "Add pause point"
    doc.stack.undo()
    doc.stack.undo()
    assert _uids(doc.checklist) == [["b", "c"], ["d", "a"]]
    doc.stack.undo()
    assert _uids(doc.checklist) == [["a", "b", "c"], ["d"]]
    doc.stack.redo()
    doc.stack.redo()
    doc.stack.redo()
    assert _uids(doc.checklist) == [[], ["c"], ["d", "a"]]


def test_typing_a_title_undoes_in_one_step(doc: ChecklistDocument) -> None:
    for text in ("B", "Bo", "Bor", "Border card"):
        doc.edit("Edit title", lambda c, t=text: setattr(c, "title", t), merge_key="field:title")
    assert doc.checklist.title == "Border card" and doc.stack.count() == 1
    doc.stack.undo()
    assert doc.checklist.title == "Card"
    doc.stack.redo()  # the merged step redoes to the last of the typing
    assert doc.checklist.title == "Border card"


def test_separate_edits_are_separate_steps(doc: ChecklistDocument) -> None:
    """Only consecutive edits with the same merge key join: two fields, the same field again
    after another edit, and edits without a key each undo on their own."""
    doc.edit("Edit title", lambda c: setattr(c, "title", "A"), merge_key="field:title")
    doc.edit("Edit objective", lambda c: setattr(c, "purpose", "P"), merge_key="field:purpose")
    doc.edit("Edit title", lambda c: setattr(c, "title", "AB"), merge_key="field:title")
    doc.edit("Move", lambda c: c.move_item(0, 0, 0, 2))
    doc.edit("Move", lambda c: c.move_item(0, 0, 0, 2))
    stack = doc.stack
    assert [stack.text(n) for n in range(stack.count())] == [
        "Edit title",
        "Edit objective",
        "Edit title",
        "Move",
        "Move",
    ]
    states = []
    while stack.canUndo():
        states.append((doc.checklist.title, doc.checklist.purpose, _uids(doc.checklist)[0]))
        stack.undo()
    states.append((doc.checklist.title, doc.checklist.purpose, _uids(doc.checklist)[0]))
    assert states == [
        ("AB", "P", ["c", "a", "b"]),
        ("AB", "P", ["b", "c", "a"]),
        ("AB", "P", ["a", "b", "c"]),
        ("A", "P", ["a", "b", "c"]),
        ("A", "", ["a", "b", "c"]),
        ("Card", "", ["a", "b", "c"]),
    ]


def test_only_edits_tell_that_there_is_something_to_save(doc: ChecklistDocument, qtbot) -> None:
    """`edited` (what the screen saves on) fires for an edit, an undo and a redo, not for a load."""
    seen: list[str] = []
    doc.edited.connect(lambda: seen.append("edited"))
    doc.load(_sample())
    assert seen == []
    doc.edit("Remove", lambda c: c.remove_item(0, 0))
    doc.stack.undo()
    doc.stack.redo()
    assert seen == ["edited"] * 3


def test_changed_fires_and_loading_clears_history(doc: ChecklistDocument, qtbot) -> None:
    with qtbot.waitSignal(doc.changed, timeout=1000):
        doc.edit("Delete pause point", lambda c: c.remove_pause_point(1))
    with qtbot.waitSignal(doc.changed, timeout=1000):
        doc.stack.undo()
    doc.load(_sample())
    assert doc.stack.count() == 0 and not doc.stack.canUndo()


def test_keyboard_moves_cross_pause_points() -> None:
    """Alt+Down on the last item of a pause point moves it to the start of the next one."""
    c = _sample()
    assert stepped(c, ("item", 0, 2), 1) == ("item", 1, 0)
    assert _uids(c) == [["a", "b"], ["c", "d"]]
    assert stepped(c, ("item", 1, 0), -1) == ("item", 0, 2)
    assert stepped(c, ("item", 0, 0), -1) is None  # already first
    assert stepped(c, ("pp", 1), -1) == ("pp", 0)
    assert [pp.title for pp in c.pause_points] == ["Referral", "First contact"]


@pytest.mark.parametrize(
    ("source", "target", "where", "expected"),
    [
        (("item", 0, 0), ("item", 0, 2), "below", [["b", "c", "a"], ["d"]]),
        (("item", 0, 2), ("item", 0, 0), "above", [["c", "a", "b"], ["d"]]),
        (("item", 0, 1), ("item", 1, 0), "above", [["a", "c"], ["b", "d"]]),
        (("item", 1, 0), ("pp", 0), "on", [["a", "b", "c", "d"], []]),
        (("item", 0, 0), ("pp", 1), "below", [["b", "c"], ["a", "d"]]),
        (("item", 1, 0), ("pp", 1), "above", [["a", "b", "c", "d"], []]),
    ],
)
def test_drops_land_where_the_indicator_shows(source, target, where, expected) -> None:
    c = _sample()
    moved(c, source, target, where)
    assert _uids(c) == expected


def test_dropping_a_pause_point_reorders_them() -> None:
    c = _sample()
    moved(c, ("pp", 0), ("pp", 1), "below")
    assert [pp.title for pp in c.pause_points] == ["Referral", "First contact"]
