"""Checklist editing operations, and saved checklists surviving restarts and content reloads."""

from __future__ import annotations

import pytest

from bali_desktop.checklists.builders import build, empty
from bali_desktop.domain.checklist import Checklist, ChecklistItem, PausePoint, edited_item
from bali_desktop.domain.errors import UsageError
from bali_desktop.services.session import Session


def _sample() -> Checklist:
    return Checklist(
        title="Sample",
        pause_points=[
            PausePoint("First", items=[ChecklistItem("Ask A", uid="a"), ChecklistItem("Ask B", uid="b")]),
            PausePoint("Second", items=[ChecklistItem("Ask C", uid="c")]),
        ],
    )


def _texts(c: Checklist) -> list[list[str]]:
    return [[i.text for i in pp.items] for pp in c.pause_points]


def test_move_items_within_and_across_pause_points() -> None:
    c = _sample()
    c.move_item(0, 0, 0, 1)
    assert _texts(c) == [["Ask B", "Ask A"], ["Ask C"]]
    c.move_item(0, 1, 1, 0)
    assert _texts(c) == [["Ask B"], ["Ask A", "Ask C"]]
    assert c.numbers() == {"b": 1, "a": 2, "c": 3}


def test_rewording_official_text_makes_it_guidance() -> None:
    """Official text is only official while it is exact; reworded, it keeps its source as "based on"."""
    item = ChecklistItem("Continue to support ...", citation="Doc, Activity 16", official=True)
    assert edited_item(item, note="a note").official
    changed = edited_item(item, text="Support biometrics.")
    assert not changed.official and changed.citation == "Doc, Activity 16"


def test_body_round_trip_keeps_everything(library) -> None:
    original = build(library, "pathway:victim-of-trafficking")
    again = Checklist.from_body(
        original.title, original.checklist_type, original.body(), origin_ref=original.origin_ref
    )
    assert again.body() == original.body()
    assert again.numbers() == original.numbers()


def test_from_body_tolerates_old_or_partial_bodies() -> None:
    c = Checklist.from_body("Old", "SOMETHING", {"pause_points": [{"title": "P", "items": [{"text": "Do"}]}]})
    assert c.checklist_type == "READ-DO" and c.all_items()[0].text == "Do"
    assert c.case_reference_label == "Case reference"


def test_store_save_list_get_duplicate_delete_restore(fresh_library) -> None:
    store = fresh_library.checklists
    saved = store.save(build(fresh_library.content, "pathway:child"))
    assert saved.id is not None and saved.ref == f"checklist:{saved.id}"
    assert [s.id for s in store.list()] == [saved.id]
    assert store.list()[0].item_count == saved.item_count()

    loaded = store.get(saved.id)
    loaded.title = "Child card, border post 3"
    loaded.move_item(0, 0, 0, 2)
    store.save(loaded)
    again = store.get(saved.id)
    assert again.title == "Child card, border post 3"
    assert _texts(again) == _texts(loaded)

    copy = store.duplicate(saved.id)
    assert copy.id != saved.id and copy.title.endswith("(copy)")
    gone = store.delete(saved.id)
    assert {s.id for s in store.list()} == {copy.id}
    back = store.restore(gone)
    assert back.id == saved.id and store.get(saved.id).title == "Child card, border post 3"
    with pytest.raises(UsageError):
        store.get(9999)


def test_saved_checklists_survive_restart_and_content_reload(fresh_library) -> None:
    store = fresh_library.checklists
    saved = store.save(empty("Kept across reloads"))
    assert fresh_library.reload_content()
    folder = fresh_library.db_path.parent
    fresh_library.close()
    reopened = Session.open(folder)
    try:
        assert reopened.checklists.get(saved.id).title == "Kept across reloads"
    finally:
        reopened.close()
