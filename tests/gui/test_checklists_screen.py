"""The Checklists screen as one of the window's screens: edits are saved when the officer leaves
the screen or closes the window, not only by the save timer."""

from __future__ import annotations

import pytest

from tests.gui.test_add_to_checklist import _stored
from tests.gui.test_window import _go

WAIT = 10_000


def test_leaving_the_screen_or_closing_the_window_saves_the_checklist(
    open_window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the save timer out of the way, going to Home saves the title just typed, and closing
    the window saves the next edit: it is there after a restart."""
    from bali_desktop.gui.checklists import page as page_module

    monkeypatch.setattr(page_module, "SAVE_DELAY_MS", 3_600_000)  # the timer never saves here
    ctx, win = open_window()
    page = win.page("checklists")
    ctx.request_checklist("pathway:child")
    qtbot.waitUntil(
        lambda: page.doc.checklist is not None and win.stack.currentWidget() is page, timeout=WAIT
    )
    made = page.doc.checklist.id

    def title() -> str:
        return next(c.title for c in _stored(ctx, qtbot) if c.id == made)

    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Counter card")
    assert title() != "Counter card"  # not saved yet
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))
    assert title() == "Counter card"

    _go(win, qtbot, "place:checklists", lambda: win.stack.currentWidget() is page)
    page.title_edit.end(False)
    qtbot.keyClicks(page.title_edit, ", Gate 4")
    assert title() == "Counter card"
    win.close()
    ctx.shutdown()  # the queued writes are done

    ctx2, win2 = open_window()
    assert [c.title for c in _stored(ctx2, qtbot) if c.id == made] == ["Counter card, Gate 4"]
