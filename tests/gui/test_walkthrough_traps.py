"""The walk-through and pathway traps of the window review (findings 1-3, 7, 14, 16; issue 10 point 7).

Each test drives the window as an officer under pressure does: Enter after Enter, Alt keys,
Ctrl+E, F5 from a step reached by a decision.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication

from bali_desktop.domain.pathway import Pathway

CHILD = "pathway:child"
ERASING = ("clear", "wipe", "erase", "delete", "remove")


def _run(ctx, qtbot, job):  # noqa: ANN001, ANN202
    box = []
    ctx.call(job, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def _go(win, qtbot, location: str, ready) -> None:  # noqa: ANN001
    win.open_location(location)
    qtbot.waitUntil(ready, timeout=20_000)


def _model(ctx, qtbot, ref: str = CHILD) -> Pathway:  # noqa: ANN001
    return _run(ctx, qtbot, lambda s: Pathway.from_item(s.content.get(ref)))


def _stored(ctx, qtbot, ref: str = CHILD) -> dict[str, str]:  # noqa: ANN001
    """The ticks in the database, after every job queued before (the queue keeps order)."""
    return {t.step_id: t.status for t in _run(ctx, qtbot, lambda s: s.user.ticks(ref))}


def _tick(ctx, qtbot, steps, ref: str = CHILD) -> None:  # noqa: ANN001
    for step in steps:
        _run(ctx, qtbot, lambda s, sid=step.id: s.user.set_tick(ref, sid, "done"))


def _press(qtbot, key: Qt.Key) -> None:  # noqa: ANN001
    """A key pressed where the keyboard focus is, as the officer presses it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key)


def _when_asked(answer) -> list:  # noqa: ANN001
    """Call `answer(box)` on the next modal box; the boxes seen are appended to the list returned."""
    seen: list = []

    def look(tries: int = 500) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            if tries:
                QTimer.singleShot(10, lambda: look(tries - 1))
            return
        seen.append(box.text())
        answer(box)

    QTimer.singleShot(0, look)
    return seen


def _open_walk(win, qtbot, at: str = "") -> object:  # noqa: ANN001
    walk = win.page("walk")
    win.activateWindow()
    _go(win, qtbot, f"walk:{CHILD}" + (f"#{at}" if at else ""), lambda: walk.model is not None)
    if at:
        qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == at, timeout=20_000)
    return walk


def test_one_enter_too_many_at_the_end_keeps_the_record(open_window, qtbot) -> None:
    """Finding 1: Enter on the last step, then Enter once more, never wipes the ticks."""
    ctx, win = open_window()
    model = _model(ctx, qtbot)
    last = model.steps[-1]
    assert not last.is_decision
    _tick(ctx, qtbot, model.steps[:5])
    walk = _open_walk(win, qtbot, last.id)
    qtbot.waitUntil(walk.done_button.hasFocus, timeout=20_000)
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: walk.step is None, timeout=20_000)  # the end of the pathway
    assert QApplication.focusWidget() is not walk.clear_button
    assert QApplication.focusWidget() is walk.steps_button
    seen = _when_asked(lambda box: box.reject())  # were a box to open, it would not be answered Yes
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(300)  # Enter clicks with an animation
    assert seen == []
    assert len(_stored(ctx, qtbot)) == 6


def test_clear_asks_first_no_is_the_default_and_undo_brings_the_ticks_back(open_window, qtbot) -> None:
    """Finding 1: Clear asks (Enter answers No); a Yes can be undone; it stands once the officer leaves."""
    ctx, win = open_window()
    model = _model(ctx, qtbot)
    _tick(ctx, qtbot, model.steps[:3])
    walk = _open_walk(win, qtbot)
    assert len(walk.ticks) == 3

    seen = _when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # Enter: the default
    qtbot.mouseClick(walk.clear_button, Qt.MouseButton.LeftButton)
    assert seen and "3 ticks" in seen[0]
    assert len(walk.ticks) == 3 and len(_stored(ctx, qtbot)) == 3

    seen = _when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    qtbot.mouseClick(walk.clear_button, Qt.MouseButton.LeftButton)
    assert seen and len(_stored(ctx, qtbot)) == 3

    def yes(box) -> None:  # noqa: ANN001
        next(b for b in box.buttons() if b.text() == "Clear the ticks").click()

    _when_asked(yes)
    qtbot.mouseClick(walk.clear_button, Qt.MouseButton.LeftButton)
    assert walk.ticks == {} and "0 done" in walk.summary.text()
    assert walk.undo_button.isVisible()
    qtbot.mouseClick(walk.undo_button, Qt.MouseButton.LeftButton)
    assert len(walk.ticks) == 3 and "3 done" in walk.summary.text()
    assert len(_stored(ctx, qtbot)) == 3 and not walk.undo_button.isVisible()

    _when_asked(yes)
    qtbot.mouseClick(walk.clear_button, Qt.MouseButton.LeftButton)
    assert walk.ticks == {}
    _go(win, qtbot, CHILD, lambda: win.page("pathway").view is not None)  # leaving: the clear stands
    assert _stored(ctx, qtbot) == {}


def test_a_decision_needs_an_explicit_answer(open_window, qtbot) -> None:
    """Finding 3: no answer is chosen or focused; Done is off and says why; Enter answers nothing;
    a number key chooses, and Done (Enter) records it and follows it."""
    ctx, win = open_window()
    model = _model(ctx, qtbot)
    step = next(s for s in model.steps if s.is_decision and not s.options[1].is_ref)
    walk = _open_walk(win, qtbot, step.id)
    qtbot.waitUntil(walk.question.hasFocus, timeout=20_000)
    assert not any(b.isChecked() or b.hasFocus() for b in walk.option_buttons)
    assert not walk.done_button.isEnabled()
    assert "answer first" in walk.done_button.text()
    assert "No answer chosen yet" in walk.hint.text()

    for _ in range(3):  # an officer hammering Enter
        _press(qtbot, Qt.Key.Key_Return)
    qtbot.wait(300)  # Enter clicks with an animation
    assert walk.step == step and step.id not in _stored(ctx, qtbot)

    _press(qtbot, Qt.Key.Key_2)
    assert walk.option_buttons[1].isChecked() and not walk.option_buttons[0].isChecked()
    assert walk.done_button.isEnabled() and walk.done_button.hasFocus()
    assert step.options[1].label in walk.hint.text()
    assert walk.step == step  # chosen, not yet recorded
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == step.options[1].goto, timeout=20_000)
    assert _stored(ctx, qtbot).get(step.id) == "done"


def test_the_walk_through_starts_at_the_step_it_is_started_from(open_window, qtbot) -> None:
    """Finding 16: after following a decision, "Walk through" and F5 start at that step."""
    ctx, win = open_window()
    page, walk = win.page("pathway"), win.page("walk")
    win.activateWindow()
    _go(win, qtbot, CHILD, lambda: page.view is not None and page.view.complete)
    step = next(s for s in page.view.model.steps if s.is_decision and not s.options[0].is_ref)
    target = step.options[0].goto
    qtbot.mouseClick(page.view.decision_buttons[step.id][0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_step == target, timeout=20_000)
    qtbot.mouseClick(page.view.walk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == target, timeout=20_000)

    _go(win, qtbot, f"{CHILD}#{target}", lambda: page.current_step == target)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.location.screen == "walk", timeout=20_000)
    qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == target, timeout=20_000)


def test_a_step_shows_the_contacts_for_the_roles_it_calls_on(open_window, qtbot) -> None:
    """Finding 14: the national contact is right under the step that calls on its role, on the
    pathway and in the walk-through; a role with no contact says so there; other steps show none."""
    from bali_desktop.services import user

    ctx, win = open_window()
    model = _model(ctx, qtbot)
    step = next(s for s in model.steps if s.roles)  # "Notify child protection straight away"
    role = step.roles[0]
    values = user.ContactValues(role, "Duty desk for this role", "+00 000 000", "24 hours")
    _run(ctx, qtbot, lambda s: user.add_contact(s, values))
    page = win.page("pathway")
    _go(win, qtbot, CHILD, lambda: page.view is not None and page.view.complete)
    frame = page.view.frames[step.id]
    assert frame.contacts is not None and frame.contacts.isVisible()
    assert "Duty desk for this role" in frame.contacts.text() and "+00 000 000" in frame.contacts.text()
    assert "+00 000 000" in frame.contacts.accessibleName()
    assert {sid for sid, f in page.view.frames.items() if f.contacts is not None} == {
        s.id for s in model.steps if s.roles
    }
    other = next(s for s in model.steps if s.roles and role not in s.roles)
    assert "no national contact entered yet" in page.view.frames[other.id].contacts.text()

    walk = _open_walk(win, qtbot, step.id)
    assert walk.contacts.isVisible() and "+00 000 000" in walk.contacts.text()
    plain = next(s for s in model.steps if not s.roles)
    walk = _open_walk(win, qtbot, plain.id)
    assert not walk.contacts.isVisible()


def test_ctrl_e_brings_the_note_into_view(open_window, qtbot) -> None:
    """Finding 7: Ctrl+E on a pathway scrolls to the note it puts the cursor in."""
    ctx, win = open_window()
    page = win.page("pathway")
    win.activateWindow()
    _go(win, qtbot, CHILD, lambda: page.view is not None and page.view.complete)
    area = page.scroll_area
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0, timeout=20_000)
    area.verticalScrollBar().setValue(0)
    note = page.view.note
    qtbot.waitUntil(note.edit.isEnabled, timeout=20_000)
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(note.edit.hasFocus, timeout=20_000)
    top = note.edit.mapTo(area.viewport(), QPoint(0, 0)).y()
    assert 0 <= top and top + note.edit.height() <= area.viewport().height()


def _keys(button: QAbstractButton) -> list[str]:
    mnemonic = QKeySequence.mnemonic(button.text()).toString()
    return [k for k in (mnemonic, button.shortcut().toString()) if k]


def test_no_key_erases_and_alt_c_never_clears(open_window, qtbot) -> None:
    """Finding 2: nothing that erases has a mnemonic or a shortcut, on the walk-through, the
    pathway or the window's actions; Alt+C in the walk-through leaves the ticks alone."""
    ctx, win = open_window()
    model = _model(ctx, qtbot)
    _tick(ctx, qtbot, model.steps[:3])
    page = win.page("pathway")
    _go(win, qtbot, CHILD, lambda: page.view is not None and page.view.complete)
    walk = _open_walk(win, qtbot)
    erasing = {}
    for screen in (walk, page):
        for b in screen.findChildren(QAbstractButton):
            if any(w in b.text().lower() for w in ERASING) and _keys(b):
                erasing[b.text()] = _keys(b)
    for act in win.actions():
        if any(w in act.text().lower() for w in ERASING) and act.shortcuts():
            erasing[act.text()] = [k.toString() for k in act.shortcuts()]
    assert erasing == {}

    seen = _when_asked(lambda box: box.reject())
    qtbot.keyClick(win, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(300)
    assert seen == [] and len(_stored(ctx, qtbot)) == 3 and len(walk.ticks) == 3


def test_nothing_is_cut_off_at_1024x768_with_large_text(open_window, qtbot) -> None:
    """The pathway's buttons and the walk-through's rows fit a 1024x768 projector at 22 pt
    (WCAG 1.4.4): no part of a step, an answer or Done is cut at the right edge."""
    ctx, win = open_window(size=(1024, 768))
    ctx.set_text_size(22)
    page = win.page("pathway")
    _go(win, qtbot, CHILD, lambda: page.view is not None and page.view.complete)
    qtbot.waitUntil(lambda: page.view.width() <= page.scroll_area.viewport().width(), timeout=20_000)
    assert page.view.walk_button.geometry().right() <= page.scroll_area.viewport().width()
    step = next(s for s in page.view.model.steps if s.is_decision)
    walk = _open_walk(win, qtbot, step.id)
    qtbot.waitUntil(lambda: walk.body.width() <= walk.scroll_area.viewport().width(), timeout=20_000)
    right = walk.done_button.mapTo(walk.body, QPoint(walk.done_button.width(), 0)).x()
    assert right <= walk.scroll_area.viewport().width()
    assert walk.clear_button.mapTo(walk.body, QPoint(walk.clear_button.width(), 0)).x() <= walk.body.width()
