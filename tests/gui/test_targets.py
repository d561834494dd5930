"""Targets big enough for a touchpad (window review finding 23, WCAG 2.5.8: 24×24 px): the search
box's and the filters' clear "×", the tree's expand arrows and rows, the Large print check box, in
every theme and at 100% and 200% text; the check box grows with the text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from bali_desktop.gui import targets
from bali_desktop.gui.checklists.tree import ChecklistTree

MIN = 24


def _settle(qtbot: Any) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(30)


def _clear_button(field: QLineEdit) -> QToolButton:
    shown = [b for b in field.findChildren(QToolButton) if b.isVisibleTo(field)]
    assert shown, "no clear button shown"
    return shown[0]


def _box(check: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(check)
    return check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)


@pytest.mark.parametrize("theme_id", ["light", "dark", "high-contrast"])
@pytest.mark.parametrize("points", [11, 22])
def test_the_window_targets_are_24_px_and_grow_with_the_text(
    open_window: Any, qtbot: Any, theme_id: str, points: int
) -> None:
    ctx, win = open_window((1366, 768))
    win.window_actions.set_theme(theme_id)
    ctx.set_text_size(points)
    win.search_box.setText("child")
    win.open_location("place:checklists")
    _settle(qtbot)
    clear = _clear_button(win.search_box)
    assert clear.width() >= MIN and clear.height() >= MIN, clear.size()
    line = QFontMetrics(win.search_box.font()).height()
    assert clear.height() >= min(line, win.search_box.height() - 4)
    large = [c for c in win.findChildren(QCheckBox) if "Large print" in c.text().replace("&", "")]
    assert large, "no Large print check box"
    box = _box(large[0])
    assert box.height() >= QFontMetrics(large[0].font()).height() - 1, (box, points)
    assert large[0].sizeHint().height() >= MIN


@pytest.mark.parametrize("points", [11, 22])
def test_tree_rows_and_arrows_are_targets(qtbot: Any, points: int) -> None:
    tree = ChecklistTree()
    qtbot.addWidget(tree)
    font = tree.font()
    font.setPointSize(points)
    tree.setFont(font)
    top = QTreeWidgetItem(["Pause point one"])
    top.addChild(QTreeWidgetItem(["An item"]))
    tree.addTopLevelItem(top)
    tree.resize(500, 300)
    tree.show()
    _settle(qtbot)
    line = QFontMetrics(tree.font()).height()
    assert tree.indentation() >= max(MIN, line), tree.indentation()  # the arrow's column
    rect = tree.visualItemRect(top)
    assert rect.height() >= MIN, rect
    # the arrow is drawn big: its ink in the branch column is more than Fusion's 8 px
    image = tree.viewport().grab().toImage()
    background = image.pixelColor(2, 2)
    ink = [
        (x, y)
        for x in range(rect.left() - tree.indentation(), rect.left())
        for y in range(rect.top(), rect.bottom())
        if x >= 0 and image.pixelColor(x, y) != background and image.pixelColor(x, y).lightness() < 100
    ]
    assert ink, "no arrow drawn"
    height = max(y for _, y in ink) - min(y for _, y in ink) + 1
    assert height >= max(12, line * 0.45), (height, line)
    # a click on the arrow's column opens the pause point
    qtbot.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() - tree.indentation() // 2, rect.center().y()),
    )
    assert top.isExpanded()


def test_without_the_style_the_clear_button_is_too_small(qtbot: Any) -> None:
    """The check above bites: Fusion's own clear button is 22×18."""
    plain, big = QLineEdit(), QLineEdit()
    for field in (plain, big):
        qtbot.addWidget(field)
        field.setClearButtonEnabled(True)
        field.setText("x")
    targets.enlarge(big)
    for field in (plain, big):
        field.resize(300, 40)
        field.show()
    _settle(qtbot)
    assert _clear_button(plain).height() < MIN
    assert _clear_button(big).height() >= MIN and _clear_button(big).width() >= MIN
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    assert tree.indentation() < MIN  # Fusion's own: 20


@pytest.mark.parametrize("points", [11, 22])
def test_tree_rows_wrap_instead_of_being_cut(qtbot: Any, points: int) -> None:
    """Finding 10 / issue 17 point 6: a long pause point or item at 200% text in a narrow editor
    wraps onto more lines (Qt measured every row on one line and cut it with "…")."""
    tree = ChecklistTree()
    qtbot.addWidget(tree)
    font = tree.font()
    font.setPointSize(points)
    tree.setFont(font)
    top = QTreeWidgetItem(["First contact · when: as soon as you meet a person who is or may be under 18"])
    tree.addTopLevelItem(top)
    child = QTreeWidgetItem(["☐ 1. Treat the person as a child while the age is in doubt."])
    top.addChild(child)
    top.setExpanded(True)
    tree.resize(900, 400)
    tree.show()
    _settle(qtbot)
    tree.resize(380, 400)  # narrower after it was shown: the rows wrap again
    _settle(qtbot)
    metrics = QFontMetrics(tree.font())
    for item in (top, child):
        rect = tree.visualItemRect(item)
        room = QRect(0, 0, rect.width() - 6, 10_000)
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text(0)).height()
        assert rect.height() >= needed, (item.text(0), rect, needed)
        assert metrics.horizontalAdvance(item.text(0)) > rect.width()  # it would have been cut
