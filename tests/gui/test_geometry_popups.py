"""A combo box's popup rows hold their text at 200% (issue 17 point 6): each screen's combo boxes,
the text size raised while the window runs (Ctrl+=), in each theme. In high contrast Qt's style
sheet engine kept every shown widget, popups too, at the old size (rows of 11 pt text under a
22 pt window): the popup's font must be the text size and each row at least its line's height."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox

from bali_desktop.domain.locations import place

SCREENS = ("sources", "tracker", "phrases")


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(40)


def _popup_problems(combo: QComboBox, points: int, qtbot) -> list[str]:  # noqa: ANN001
    name = combo.accessibleName() or combo.objectName() or "combo box"
    found = []
    if combo.font().pointSize() != points:
        found.append(f"{name}: its text is {combo.font().pointSize()} pt, not {points}")
    combo.showPopup()
    _settle(qtbot)
    try:
        view = combo.view()
        line = QFontMetrics(QApplication.font()).height()
        if view.font().pointSize() != points:
            found.append(f"{name}: popup text {view.font().pointSize()} pt, not {points}")
        for i in range(combo.count()):
            height = view.visualRect(view.model().index(i, combo.modelColumn())).height()
            if height < line:
                found.append(f"{name}: popup row {i} ({combo.itemText(i)!r}) {height} px, a line is {line}")
    finally:
        combo.hidePopup()
        _settle(qtbot)
    return found


@pytest.mark.parametrize("theme_id", ["light", "dark", "high-contrast"])
def test_combo_popup_rows_follow_the_text_size(open_window, qtbot, theme_id: str) -> None:  # noqa: ANN001
    ctx, win = open_window((1366, 768))
    win.window_actions.set_theme(theme_id)
    for key in SCREENS:  # each screen built, and its popups opened once, at the usual size
        win.open_location(place(key) if key != "phrases" else "phrases:pathway:child")
        qtbot.waitUntil(lambda key=key: win.stack.currentWidget() is win.page(key), timeout=20_000)
        _settle(qtbot)
    ctx.set_text_size(22)  # 200%, as Ctrl+= does
    _settle(qtbot)
    problems: list[str] = []
    seen = 0
    for key in SCREENS:
        win.open_location(place(key) if key != "phrases" else "phrases:pathway:child")
        qtbot.waitUntil(lambda key=key: win.stack.currentWidget() is win.page(key), timeout=20_000)
        _settle(qtbot)
        for combo in win.page(key).findChildren(QComboBox):
            if combo.isVisible() and combo.count():
                seen += 1
                problems += [f"{key}: {p}" for p in _popup_problems(combo, 22, qtbot)]
    assert seen >= 4
    assert not problems, "\n".join(problems)
