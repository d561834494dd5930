"""Erasing is never one key away, on the Notes and Contacts screens too (window review, findings 2
and 8; issue 10, point 7): "Wipe all walk-through ticks" and "Remove selected" have no mnemonic
(Alt+W walks through a pathway, Alt+R is the contact's Role), ask first with No as the default,
and can be undone; no two controls of the Contacts screen, nor the menus, share an Alt key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from tests.gui.test_walkthrough_traps import _go, _run, _stored, _when_asked

CHILD = "pathway:child"
MENUS = {"Alt+F", "Alt+G", "Alt+I", "Alt+V", "Alt+H"}  # File, Go, Item, View, Help


def _mnemonics(page) -> list[str]:  # noqa: ANN001
    keys = []
    for w in [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]:
        if isinstance(w, QLabel) and w.buddy() is None:
            continue
        key = QKeySequence.mnemonic(w.text()).toString()
        if key and w.isVisibleTo(page):
            keys.append(key)
    return keys


def _yes(text: str):  # noqa: ANN202
    def answer(box) -> None:  # noqa: ANN001
        next(b for b in box.buttons() if b.text() == text).click()

    return answer


def test_wiping_every_tick_asks_first_and_can_be_undone(open_window, qtbot) -> None:
    ctx, win = open_window()
    for sid in ("a", "b"):
        _run(ctx, qtbot, lambda s, sid=sid: s.user.set_tick(CHILD, sid, "done"))
    mine = win.page("mine")
    win.activateWindow()
    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")
    assert not QKeySequence.mnemonic(mine.wipe_button.text()).toString()
    seen = _when_asked(lambda box: box.reject())
    qtbot.keyClick(win, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Alt+W erases nothing here
    qtbot.wait(200)
    assert seen == [] and len(_stored(ctx, qtbot)) == 2

    seen = _when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # Enter: the default, No
    qtbot.mouseClick(mine.wipe_button, Qt.MouseButton.LeftButton)
    assert seen and "every pathway" in seen[0]
    assert not mine.undo_button.isVisible() and len(_stored(ctx, qtbot)) == 2

    _when_asked(_yes("Wipe all ticks"))
    qtbot.mouseClick(mine.wipe_button, Qt.MouseButton.LeftButton)
    assert mine.undo_button.isVisible()
    qtbot.mouseClick(mine.undo_button, Qt.MouseButton.LeftButton)
    _go(win, qtbot, "home", lambda: win.location.target == "home")  # leaving after Undo: kept
    assert len(_stored(ctx, qtbot)) == 2

    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")
    _when_asked(_yes("Wipe all ticks"))
    qtbot.mouseClick(mine.wipe_button, Qt.MouseButton.LeftButton)
    assert len(_stored(ctx, qtbot)) == 2  # not yet: Undo can still keep them
    _go(win, qtbot, "home", lambda: win.location.target == "home")  # leaving: the wipe stands
    assert _stored(ctx, qtbot) == {}


def test_removing_a_contact_asks_first_and_can_be_undone(open_window, qtbot) -> None:
    from bali_desktop.services import user

    ctx, win = open_window()
    values = user.ContactValues("child-protection", "Child helpline duty desk", "+00 111 222", "24 hours")
    _run(ctx, qtbot, lambda s: user.add_contact(s, values))
    page = win.page("contacts")
    win.activateWindow()
    _go(win, qtbot, "place:contacts", lambda: page.data is not None and bool(page.data.contacts))

    keys = _mnemonics(page)
    assert len(keys) == len(set(keys)), f"two controls share an Alt key: {sorted(keys)}"
    assert not set(keys) & MENUS, "an Alt key of the Contacts screen opens a menu"
    assert not QKeySequence.mnemonic(page.remove_button.text()).toString()
    qtbot.keyClick(win, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.role  # Alt+R is the role, never Remove

    top = next(
        page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
        if page.tree.topLevelItem(i).childCount()
    )
    page.tree.setCurrentItem(top.child(0))
    seen = _when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # Enter: No
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert seen and "Child helpline duty desk" in seen[0]
    assert len(_run(ctx, qtbot, lambda s: s.user.contacts())) == 1

    page.tree.setCurrentItem(top.child(0))
    _when_asked(_yes("Remove the contact"))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.undo_button.isVisible, timeout=20_000)
    assert _run(ctx, qtbot, lambda s: s.user.contacts()) == []
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    back = _run(ctx, qtbot, lambda s: s.user.contacts())  # after the undo's job: the queue keeps order
    assert [(c.role, c.organisation, c.phone, c.hours) for c in back] == [
        ("child-protection", "Child helpline duty desk", "+00 111 222", "24 hours")
    ]
    assert not page.undo_button.isVisible()


def test_a_walk_through_shown_again_after_a_wipe_shows_no_ticks(open_window, qtbot) -> None:
    ctx, win = open_window()
    walk = win.page("walk")
    win.activateWindow()
    _go(win, qtbot, f"walk:{CHILD}", lambda: walk.model is not None and walk.ref == CHILD)
    qtbot.mouseClick(walk.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(walk.ticks) == 1, timeout=20_000)
    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")
    _when_asked(_yes("Wipe all ticks"))
    qtbot.mouseClick(win.page("mine").wipe_button, Qt.MouseButton.LeftButton)
    _go(win, qtbot, f"walk:{CHILD}", lambda: walk.model is not None and walk.ref == CHILD)
    qtbot.waitUntil(lambda: walk.ticks == {} and "0 done" in walk.summary.text(), timeout=20_000)
    assert _stored(ctx, qtbot) == {}
