"""Keyboard only (issue 17, point 8): every step below is a key event (QTest through pytest-qt);
no mouse event is sent. The save-file question is answered by a stand-in for the system's file
dialog, which a keyboard user answers with Enter.

1. An officer: Ctrl+K, type, Enter -> the pathway (focus on Walk through) -> Enter walks through ->
   Alt+D ticks -> Ctrl+Shift+C makes a checklist -> Alt+E exports a PDF.
2. A focal point: Ctrl+9 (Contacts) -> Alt+R the role, Alt+O, Alt+P, Enter adds the contact ->
   the pathway shows it -> the printed checklist carries it.
3. A trainer: the handout pack dialog is ordered and filtered from the keyboard."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.gui.test_walkthrough_traps import _stored

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ORG = "Child helpline duty desk"


def _key(qtbot, key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, mods)


def _type(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(QApplication.focusWidget(), text)


@pytest.fixture
def save_to(monkeypatch, tmp_path: Path):  # noqa: ANN001, ANN201
    """The file dialog answered with Enter: the suggested name, in tmp_path."""
    asked: list[str] = []

    def answer(_parent, _caption, suggested, _filter):  # noqa: ANN001, ANN202
        path = str(tmp_path / Path(suggested).name)
        asked.append(path)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def _search_and_open(win, qtbot, words: str):  # noqa: ANN001, ANN202
    page = win.page("pathway")
    _key(qtbot, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is win.search_box
    _type(qtbot, words)
    qtbot.wait(400)  # results come as you type
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view is not None and page.view.complete, timeout=20_000)
    return page


def _pdf_text(path: str) -> str:
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, timeout=60).stdout


def test_search_pathway_walk_checklist_export_by_keyboard(open_window, qtbot, save_to) -> None:
    ctx, win = open_window()
    win.activateWindow()
    page = _search_and_open(win, qtbot, "child alone")
    assert page.ref == "pathway:child"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.walk_button, timeout=5_000)
    _key(qtbot, Qt.Key.Key_Return)  # Walk through
    walk = win.page("walk")
    qtbot.waitUntil(lambda: win.stack.currentWidget() is walk, timeout=10_000)
    qtbot.waitUntil(lambda: walk.done_button.isVisible() and walk.done_button.isEnabled(), timeout=10_000)
    _key(qtbot, Qt.Key.Key_D, ALT)  # Done: the first step ticked
    qtbot.waitUntil(lambda: bool(_stored(ctx, qtbot)), timeout=10_000)
    _key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)  # Make a checklist
    checklists = win.page("checklists")
    qtbot.waitUntil(
        lambda: checklists.doc.checklist is not None and checklists.doc.checklist.id is not None,
        timeout=20_000,
    )
    assert win.stack.currentWidget() is checklists
    qtbot.wait(200)  # the screen shown and its buttons enabled, as a person sees it before the next key
    _key(qtbot, Qt.Key.Key_E, ALT)  # Export PDF…
    if not save_to:  # offscreen, the first Alt+key after the walk-through's Alt+D can be swallowed
        qtbot.wait(100)  # (QTest sends no Alt press or release): a person presses it again
        _key(qtbot, Qt.Key.Key_E, ALT)
    assert save_to, "Alt+E did not ask where to export"
    qtbot.waitUntil(lambda: Path(save_to[0]).exists(), timeout=60_000)
    assert "Unaccompanied" in _pdf_text(save_to[0])


def test_focal_point_adds_a_contact_sees_it_and_prints_it_by_keyboard(open_window, qtbot, save_to) -> None:
    ctx, win = open_window()
    win.activateWindow()
    contacts = win.page("contacts")
    _key(qtbot, Qt.Key.Key_9, CTRL)
    qtbot.waitUntil(lambda: contacts.data is not None and contacts.role.count() > 0, timeout=10_000)
    _key(qtbot, Qt.Key.Key_R, ALT)
    assert QApplication.focusWidget() is contacts.role
    wanted = next(i for i in range(contacts.role.count()) if contacts.role.itemData(i) == "child-protection")
    while contacts.role.currentIndex() != wanted:  # arrows through the roles
        before = contacts.role.currentIndex()
        _key(qtbot, Qt.Key.Key_Down if before < wanted else Qt.Key.Key_Up)
        assert contacts.role.currentIndex() != before
    _key(qtbot, Qt.Key.Key_O, ALT)
    _type(qtbot, ORG)
    _key(qtbot, Qt.Key.Key_P, ALT)
    _type(qtbot, "+00 111 222")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: contacts.data is not None and bool(contacts.data.contacts), timeout=10_000)
    assert contacts.data.contacts[0].role == "child-protection"

    page = _search_and_open(win, qtbot, "child alone")
    qtbot.wait(300)
    shown = " ".join(w.text() for w in page.view.findChildren(type(page.message)))
    assert ORG in shown, "the pathway does not show the new contact"

    _key(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    checklists = win.page("checklists")
    qtbot.waitUntil(
        lambda: checklists.doc.checklist is not None and checklists.doc.checklist.id is not None,
        timeout=20_000,
    )
    qtbot.wait(200)
    _key(qtbot, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: bool(save_to) and Path(save_to[0]).exists(), timeout=60_000)
    assert ORG in _pdf_text(save_to[0]), "the printed checklist does not carry the contact"


def test_the_handout_dialog_is_ordered_and_filtered_by_keyboard(open_window, qtbot) -> None:
    from bali_desktop.gui.checklists.handout import HandoutDialog
    from bali_desktop.services import checklists as service

    ctx, win = open_window()
    box: list = []
    ctx.call(service.catalogue, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    dialog = HandoutDialog(box[0], [], win)
    qtbot.addWidget(dialog)
    kinds = {dialog.items.item(n).text().split(":", 1)[0] for n in range(dialog.items.count())}
    assert {"Pathway", "Activity", "Guide", "Member"} <= kinds  # members and single activities offered
    dialog.show()
    dialog.activateWindow()
    dialog.filter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.filter)
    _type(qtbot, "activity 12")
    shown = [dialog.items.item(n) for n in range(dialog.items.count()) if not dialog.items.item(n).isHidden()]
    assert [it.data(Qt.ItemDataRole.UserRole) for it in shown] == ["commitment:adelaide-2023-12"]
    _key(qtbot, Qt.Key.Key_Tab)  # to the list
    assert QApplication.focusWidget() is dialog.items
    dialog.items.setCurrentItem(shown[0])
    _key(qtbot, Qt.Key.Key_Space)  # ticked
    assert dialog.refs() == ["commitment:adelaide-2023-12"]
    dialog.filter.setFocus()
    dialog.filter.selectAll()
    _key(qtbot, Qt.Key.Key_Backspace)  # the filter cleared: every row again, the tick kept
    _key(qtbot, Qt.Key.Key_Tab)
    dialog.items.setCurrentRow(0)
    _key(qtbot, Qt.Key.Key_Space)  # the first pathway ticked too: it prints first
    first = dialog.items.item(0).data(Qt.ItemDataRole.UserRole)
    assert dialog.refs() == [first, "commitment:adelaide-2023-12"]
    _key(qtbot, Qt.Key.Key_Down, ALT)  # moved after the next row
    assert dialog.items.currentRow() == 1
    row = dialog.items.row(
        next(
            dialog.items.item(n)
            for n in range(dialog.items.count())
            if dialog.items.item(n).data(Qt.ItemDataRole.UserRole) == "commitment:adelaide-2023-12"
        )
    )
    while dialog.items.currentRow() < row:  # Alt+Down until it is after the activity
        _key(qtbot, Qt.Key.Key_Down, ALT)
    assert dialog.refs() == ["commitment:adelaide-2023-12", first]
    dialog.ticked_only.setFocus()
    _key(qtbot, Qt.Key.Key_Space)  # Show ticked only
    shown = [dialog.items.item(n) for n in range(dialog.items.count()) if not dialog.items.item(n).isHidden()]
    assert len(shown) == 2
    QTimer.singleShot(0, dialog.reject)


def test_flow_chart_boxes_are_chosen_with_tab_and_opened_with_enter(open_window, qtbot) -> None:
    """Window review 19: Tab goes from box to box in reading order, Enter opens one; after the
    last box Tab leaves the chart for a named control."""
    ctx, win = open_window()
    win.activateWindow()
    page = win.page("flow")
    win.open_location("flow:pathway:child")
    qtbot.waitUntil(lambda: bool(page.view.order), timeout=20_000)
    view = page.view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    _key(qtbot, Qt.Key.Key_Tab)
    assert view.chosen == 0 and view.order[0].chosen
    assert "Box 1 of" in view.accessibleDescription()
    tops = [round(b.sceneBoundingRect().top()) for b in view.order]
    assert tops == sorted(tops)  # reading order: top to bottom
    for n in range(1, len(view.order)):
        _key(qtbot, Qt.Key.Key_Tab)
        assert view.chosen == n
    _key(qtbot, Qt.Key.Key_Tab)  # past the last box: out of the chart
    after = QApplication.focusWidget()
    assert after is not view and view.chosen == -1
    name = after.accessibleName() or getattr(after, "text", lambda: "")()
    assert name.strip(), f"an unnamed focus stop after the chart: {type(after).__name__}"
    _key(qtbot, Qt.Key.Key_Backtab, SHIFT)  # back into the chart: its last box
    assert QApplication.focusWidget() is view and view.chosen == len(view.order) - 1
    target = view.order[-1].target
    opened: list[str] = []
    ctx.open_ref.connect(opened.append)
    _key(qtbot, Qt.Key.Key_Return)
    assert opened == [target]
