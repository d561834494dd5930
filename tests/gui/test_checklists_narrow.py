"""The checklist editor at 1024×768 and 200% text (issue 17 point 6, window review finding 10):
the list goes above the editor and the editor gets two thirds of the height, not half; wide
again, they sit side by side with the list at its own width."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _settle(qtbot: Any) -> None:
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(60)


def test_the_editor_gets_the_room_when_the_panes_are_stacked(open_window: Any, qtbot: Any) -> None:
    ctx, win = open_window((1024, 768))
    ctx.set_text_size(22)
    win.open_location("place:checklists")
    _settle(qtbot)
    page = win.page("checklists")
    assert page.splitter.orientation() == Qt.Orientation.Vertical
    listed, edited = page.splitter.sizes()
    assert edited >= 1.8 * listed, (listed, edited)
    ctx.set_text_size(11)
    win.resize(1366, 768)
    _settle(qtbot)
    assert page.splitter.orientation() == Qt.Orientation.Horizontal
    listed, edited = page.splitter.sizes()
    assert edited > listed >= page.list_scroll.minimumWidth(), (listed, edited)
