"""The window never drops a save (issue 11, point 6), with a store that fails (a full disk): the
"unsaved" mark stays until the save succeeded; the failed save is sent again on the next edit,
on leaving and on closing; the user is told once while it fails, and closing asks first."""

from __future__ import annotations

import sqlite3

import pytest

from bali_desktop.storage.checklist_store import ChecklistStore
from bali_desktop.storage.user_store import UserStore
from tests.gui.test_add_to_checklist import _stored
from tests.gui.test_window import _first, _go, _run

WAIT = 20_000


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """`disk["full"] = True` makes every note and checklist save fail as on a full disk."""
    state = {"full": False}
    real_note, real_save = UserStore.set_note, ChecklistStore.save

    def set_note(self, ref, text):  # noqa: ANN001, ANN202
        if state["full"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real_note(self, ref, text)

    def save(self, checklist):  # noqa: ANN001, ANN202
        if state["full"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real_save(self, checklist)

    monkeypatch.setattr(UserStore, "set_note", set_note)
    monkeypatch.setattr(ChecklistStore, "save", save)
    return state


def _note(ctx, qtbot, ref: str) -> str:  # noqa: ANN001
    return _run(ctx, qtbot, lambda s: s.user.note(ref))


def test_a_failed_note_save_stays_unsaved_and_is_saved_on_leaving(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    ref = _first(ctx, qtbot, "guide")
    reader = win.page("reader")
    _go(win, qtbot, ref, lambda: reader.data is not None and reader.note.edit.isEnabled())
    disk["full"] = True
    reader.note.edit.setFocus()
    qtbot.keyClicks(reader.note.edit, "Met the harbour master")
    reader.note.flush()
    qtbot.waitUntil(lambda: bool(reader.note.pending.failure), timeout=WAIT)
    assert reader.note.unsaved  # the mark stays
    assert "disk" in reader.note.pending.failure and "SQL" not in reader.note.pending.failure
    assert "not saved yet" in reader.note.caption.text()
    qtbot.waitUntil(lambda: len(win.messages._error_boxes) == 1, timeout=WAIT)  # told once
    qtbot.keyClicks(reader.note.edit, ".")  # the next edit tries again: still full, not told again
    reader.note.flush()
    assert _note(ctx, qtbot, ref) == ""
    assert len(win.messages._error_boxes) == 1 and reader.note.unsaved

    disk["full"] = False  # space freed; leaving the item saves it
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))
    qtbot.waitUntil(lambda: not reader.note.unsaved, timeout=WAIT)
    assert _note(ctx, qtbot, ref) == "Met the harbour master."
    assert "not saved yet" not in reader.note.caption.text()


def test_closing_with_a_failed_save_asks_and_the_next_close_saves_it(
    open_window,
    qtbot,
    disk,
    data_dir,  # noqa: ANN001
) -> None:
    ctx, win = open_window()
    ref = _first(ctx, qtbot, "guide")
    reader = win.page("reader")
    _go(win, qtbot, ref, lambda: reader.data is not None and reader.note.edit.isEnabled())
    disk["full"] = True
    reader.note.edit.setFocus()
    qtbot.keyClicks(reader.note.edit, "Typed while the disk was full")
    asked: list[str] = []
    win.confirm_losing = lambda text: asked.append(text) or False  # "Keep the window open"
    win.close()
    assert len(asked) == 1 and "could not be saved" in asked[0] and "disk" in asked[0]
    assert win.isVisible() and ctx.worker.running  # still open, nothing lost
    disk["full"] = False
    win.close()  # the close sends it again: saved, so no question this time
    assert len(asked) == 1 and not ctx.worker.running
    from bali_desktop.services.session import Session

    s = Session.open(data_dir)
    try:
        assert s.user.note(ref) == "Typed while the disk was full"
    finally:
        s.close()


def test_a_failed_checklist_save_is_kept_and_sent_again(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    page = win.page("checklists")
    ctx.request_checklist("pathway:child")
    qtbot.waitUntil(
        lambda: page.doc.checklist is not None and win.stack.currentWidget() is page, timeout=WAIT
    )
    made = page.doc.checklist.id
    disk["full"] = True
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Counter card")
    page.save_now()
    qtbot.waitUntil(lambda: bool(page.pending.failure), timeout=WAIT)
    assert page.unsaved
    disk["full"] = False
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))  # leaving: sent again
    qtbot.waitUntil(lambda: not page.unsaved, timeout=WAIT)
    assert [c.title for c in _stored(ctx, qtbot) if c.id == made] == ["Counter card"]
