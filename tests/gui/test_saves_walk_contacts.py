"""Walk-through ticks and contacts are never dropped either (issue 11, point 6), with a store that
fails as on a full disk: the tick or contact stays "not saved yet" until the save succeeded; the
failed save is sent again on the next edit, on leaving and on closing; the user is told once;
closing with unsaved ticks or contacts asks first. A contact the store refuses is said under the
form and never sent again."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from bali_desktop.storage.user_store import UserStore
from tests.gui.test_window import _go, _run

CHILD = "pathway:child"
WAIT = 20_000


@pytest.fixture
def disk(monkeypatch: pytest.MonkeyPatch) -> dict[str, bool]:
    """`disk["full"] = True` makes every tick, clear and contact save fail as on a full disk."""
    state = {"full": False}

    def failing(real):  # noqa: ANN001, ANN202
        def method(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            if state["full"]:
                raise sqlite3.OperationalError("database or disk is full")
            return real(self, *args, **kwargs)

        return method

    for name in ("set_tick", "clear_ticks", "add_contact"):
        monkeypatch.setattr(UserStore, name, failing(getattr(UserStore, name)))
    return state


def _stored_ticks(ctx, qtbot) -> dict[str, str]:  # noqa: ANN001
    return {t.step_id: t.status for t in _run(ctx, qtbot, lambda s: s.user.ticks(CHILD))}


def _contacts(ctx, qtbot) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(c.organisation, c.phone) for c in _run(ctx, qtbot, lambda s: s.user.contacts())]


def _walk(win, qtbot):  # noqa: ANN001, ANN202
    walk = win.page("walk")
    win.activateWindow()
    _go(win, qtbot, f"walk:{CHILD}", lambda: walk.model is not None and walk.ref == CHILD)
    return walk


def _click(qtbot, button) -> None:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_failed_tick_stays_unsaved_is_told_once_and_is_saved_on_leaving(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    walk = _walk(win, qtbot)
    first = walk.step.id
    disk["full"] = True
    _click(qtbot, walk.done_button)
    qtbot.waitUntil(lambda: bool(walk.pending.failure), timeout=WAIT)
    assert walk.unsaved and "disk" in walk.pending.failure and "SQL" not in walk.pending.failure
    assert walk.ticks[first][0] == "done"  # shown as ticked, marked not saved yet
    assert "not saved yet" in walk.state.text()
    qtbot.waitUntil(lambda: len(win.messages._error_boxes) == 1, timeout=WAIT)  # told once
    second = walk.step.id
    _click(qtbot, walk.na_button)  # the next tick sends the first again: still full, not told again
    qtbot.waitUntil(lambda: walk.pending.has_failed((CHILD, second)), timeout=WAIT)
    assert _stored_ticks(ctx, qtbot) == {} and len(win.messages._error_boxes) == 1
    assert set(walk.ticks) == {first, second}

    disk["full"] = False  # space freed; leaving the walk-through saves them
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))
    qtbot.waitUntil(lambda: not walk.unsaved, timeout=WAIT)
    assert _stored_ticks(ctx, qtbot) == {first: "done", second: "not-applicable"}
    assert not walk.pending.failure


def test_a_failed_tick_is_sent_again_with_the_next_tick(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    walk = _walk(win, qtbot)
    first = walk.step.id
    disk["full"] = True
    _click(qtbot, walk.done_button)
    qtbot.waitUntil(lambda: bool(walk.pending.failure), timeout=WAIT)
    disk["full"] = False
    second = walk.step.id
    _click(qtbot, walk.na_button)
    qtbot.waitUntil(lambda: not walk.unsaved, timeout=WAIT)
    assert _stored_ticks(ctx, qtbot) == {first: "done", second: "not-applicable"}
    assert "not saved yet" not in walk.state.text()


def test_a_clear_that_failed_is_kept_and_sent_again(open_window, qtbot, disk) -> None:  # noqa: ANN001
    from tests.gui.test_walkthrough_traps import _when_asked

    ctx, win = open_window()
    walk = _walk(win, qtbot)
    _click(qtbot, walk.done_button)
    qtbot.waitUntil(lambda: not walk.unsaved and len(_stored_ticks(ctx, qtbot)) == 1, timeout=WAIT)
    _when_asked(lambda box: next(b for b in box.buttons() if b.text() == "Clear the ticks").click())
    _click(qtbot, walk.clear_button)
    disk["full"] = True
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))  # the clear stands
    qtbot.waitUntil(lambda: bool(walk.pending.failure), timeout=WAIT)
    assert walk.unsaved and len(_stored_ticks(ctx, qtbot)) == 1
    disk["full"] = False
    walk = _walk(win, qtbot)  # back: shows no ticks; leaving again sends the clear
    assert walk.ticks == {}
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))
    qtbot.waitUntil(lambda: not walk.unsaved, timeout=WAIT)
    assert _stored_ticks(ctx, qtbot) == {}


def test_closing_with_unsaved_ticks_asks_and_the_next_close_saves_them(
    open_window,
    qtbot,
    disk,
    data_dir,  # noqa: ANN001
) -> None:
    ctx, win = open_window()
    walk = _walk(win, qtbot)
    first = walk.step.id
    disk["full"] = True
    _click(qtbot, walk.done_button)
    asked: list[str] = []
    win.confirm_losing = lambda text: asked.append(text) or False  # "Keep the window open"
    win.close()
    assert len(asked) == 1 and "walk-through ticks" in asked[0] and "disk" in asked[0]
    assert win.isVisible() and ctx.worker.running
    disk["full"] = False
    win.close()
    assert len(asked) == 1 and not ctx.worker.running
    from bali_desktop.services.session import Session

    s = Session.open(data_dir)
    try:
        assert {t.step_id: t.status for t in s.user.ticks(CHILD)} == {first: "done"}
    finally:
        s.close()


def _spy(submit, sent: list[object]):  # noqa: ANN001, ANN202
    def spying(use_case, *args):  # noqa: ANN001, ANN002, ANN202
        sent.append(use_case)
        return submit(use_case, *args)

    return spying


def _contacts_page(win, qtbot):  # noqa: ANN001, ANN202
    page = win.page("contacts")
    win.activateWindow()
    _go(win, qtbot, "place:contacts", lambda: page.data is not None and page.role.count() > 0)
    return page


def _type_contact(qtbot, page, organisation: str, phone: str = "+00 111 222") -> None:  # noqa: ANN001
    for edit, text in ((page.organisation, organisation), (page.phone, phone)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_a_failed_contact_save_stays_in_the_form_and_is_saved_on_leaving(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    page = _contacts_page(win, qtbot)
    disk["full"] = True
    _type_contact(qtbot, page, "Harbour police duty desk")
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: bool(page.pending.failure), timeout=WAIT)
    assert page.unsaved and "not saved yet" in page.error.text() and "disk" in page.error.text()
    assert page.organisation.text() == "Harbour police duty desk"  # kept in the form
    qtbot.waitUntil(lambda: len(win.messages._error_boxes) == 1, timeout=WAIT)
    failed = ("new", page._new_count)
    _click(qtbot, page.new_button)  # a new contact: the next edit sends the failed one again
    sent: list[object] = []
    ctx.worker.submit = _spy(ctx.worker.submit, sent)
    qtbot.keyClicks(page.organisation, "C")
    assert len(sent) == 1  # sent again: still full, not told again
    qtbot.waitUntil(lambda: page.pending.has_failed(failed), timeout=WAIT)
    assert _contacts(ctx, qtbot) == [] and len(win.messages._error_boxes) == 1
    page.new()

    disk["full"] = False
    _go(win, qtbot, "home", lambda: win.stack.currentWidget() is win.page("home"))  # leaving
    qtbot.waitUntil(lambda: not page.unsaved, timeout=WAIT)
    assert _contacts(ctx, qtbot) == [("Harbour police duty desk", "+00 111 222")]  # once, not twice
    assert page.organisation.text() == "" and "not saved yet" not in page.error.text()


def test_saving_the_form_again_after_a_failure_adds_the_contact_once(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    page = _contacts_page(win, qtbot)
    disk["full"] = True
    _type_contact(qtbot, page, "Immigration duty desk")
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: bool(page.pending.failure), timeout=WAIT)
    disk["full"] = False
    _type_contact(qtbot, page, "Immigration duty desk, airport")  # corrected, then saved again
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: not page.unsaved, timeout=WAIT)
    assert _contacts(ctx, qtbot) == [("Immigration duty desk, airport", "+00 111 222")]


def test_a_refused_contact_is_said_under_the_form_and_not_sent_again(open_window, qtbot, disk) -> None:  # noqa: ANN001
    ctx, win = open_window()
    page = _contacts_page(win, qtbot)
    _type_contact(qtbot, page, "Harbour police", phone="call the harbour")
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: "phone number" in page.error.text(), timeout=WAIT)
    assert not page.unsaved and not win.messages._error_boxes
    assert _contacts(ctx, qtbot) == []


def test_closing_with_an_unsaved_contact_asks(open_window, qtbot, disk, data_dir) -> None:  # noqa: ANN001
    ctx, win = open_window()
    page = _contacts_page(win, qtbot)
    disk["full"] = True
    _type_contact(qtbot, page, "Social welfare hotline")
    _click(qtbot, page.save_button)
    asked: list[str] = []
    win.confirm_losing = lambda text: asked.append(text) or False
    win.close()
    assert len(asked) == 1 and "a contact" in asked[0]
    disk["full"] = False
    win.close()
    assert len(asked) == 1 and not ctx.worker.running
    from bali_desktop.services.session import Session

    s = Session.open(data_dir)
    try:
        assert [c.organisation for c in s.user.contacts()] == ["Social welfare hotline"]
    finally:
        s.close()


def test_a_wipe_on_the_notes_screen_takes_the_unsaved_ticks_too(open_window, qtbot, disk, data_dir) -> None:  # noqa: ANN001
    """A tick that failed to save was recorded before the wipe: it is never sent after it."""
    from tests.gui.test_walkthrough_traps import _when_asked

    ctx, win = open_window()
    walk = _walk(win, qtbot)
    disk["full"] = True
    _click(qtbot, walk.done_button)
    qtbot.waitUntil(lambda: bool(walk.pending.failure), timeout=WAIT)
    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")  # leaving: sent again, fails
    qtbot.waitUntil(lambda: walk.pending.failing, timeout=WAIT)
    disk["full"] = False
    _when_asked(lambda box: next(b for b in box.buttons() if b.text() == "Wipe all ticks").click())
    _click(qtbot, win.page("mine").wipe_button)
    _go(win, qtbot, "home", lambda: win.location.target == "home")  # leaving: the wipe stands
    qtbot.waitUntil(lambda: not walk.unsaved, timeout=WAIT)
    assert not walk.pending.failure
    win.close()  # nothing left to send
    assert not ctx.worker.running
    from bali_desktop.services.session import Session

    s = Session.open(data_dir)
    try:
        assert s.user.ticks(CHILD) == []
    finally:
        s.close()
