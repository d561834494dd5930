"""The search field's own clear button (gui/search_box.py): shown only while there is text, a
target's size at every text size, inside the field's end with the text kept clear of it, named for
a screen reader, and clearing as Esc does; and no Python style on the field, which Qt would ask
hundreds of times a keystroke while the database thread searches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle

from bali_desktop.gui.search_box import SearchBox
from bali_desktop.gui.targets import MINIMUM


def _box(qtbot: Any, points: float | None = None) -> SearchBox:
    box = SearchBox()
    qtbot.addWidget(box)
    if points:
        font = box.font()
        font.setPointSizeF(points)
        box.setFont(font)
    box.resize(400, box.sizeHint().height())
    box.show()
    box.add_clear_button()
    return box


def test_the_button_shows_only_while_there_is_text(qtbot: Any) -> None:
    box = _box(qtbot)
    assert box.clear_button is not None and not box.clear_button.isVisible()
    assert box.textMargins().right() == 0  # the whole field for the placeholder
    box.setText("child")
    assert box.clear_button.isVisible()
    assert box.textMargins().right() >= box.clear_button.width()  # the text never under the button
    box.clear()
    assert not box.clear_button.isVisible() and box.textMargins().right() == 0


def test_the_button_clears_as_escape_does_and_keeps_the_focus_in_the_field(qtbot: Any) -> None:
    box = _box(qtbot)
    box.setText("child")
    box.setFocus()
    with qtbot.waitSignal(box.cleared, timeout=1000):
        qtbot.mouseClick(box.clear_button, Qt.MouseButton.LeftButton)
    assert box.text() == ""
    assert box.clear_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_button_is_a_target_at_every_text_size_and_sits_at_the_end(qtbot: Any) -> None:
    for points in (9, 11, 22, 30):
        box = _box(qtbot, points)
        box.setText("child")
        button = box.clear_button
        assert button is not None
        line = box.fontMetrics().height()
        assert button.width() >= MINIMUM and button.height() >= MINIMUM, (points, button.size())
        assert button.height() >= min(line, box.height() - 4), points
        assert box.rect().contains(button.geometry()), points  # inside the field
        assert button.geometry().right() > box.width() - 8  # at its end
    box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert box.clear_button is not None and box.clear_button.geometry().left() < 8
    assert box.textMargins().left() >= box.clear_button.width() and box.textMargins().right() == 0


def test_the_button_is_named_and_renamed_with_the_language(qtbot: Any) -> None:
    box = _box(qtbot)
    assert box.clear_button is not None
    assert box.clear_button.accessibleName() == "Clear the search"
    box.retranslate()
    assert box.clear_button.accessibleName() == "Clear the search"
    box.add_clear_button()  # made once
    assert len([c for c in box.children() if c is box.clear_button]) == 1
    assert box.findChildren(type(box.clear_button), "search_clear") == [box.clear_button]


def test_no_python_style_is_asked_as_the_field_is_typed_in(qtbot: Any) -> None:
    box = _box(qtbot)
    assert not isinstance(box.style(), QProxyStyle)
    assert box.style() is QApplication.style()


def test_typing_on_lays_the_field_out_no_more(qtbot: Any) -> None:
    """Only the first character and the clearing change the field's margins: a keystroke that
    changes them asks the toolbar to lay itself out again."""
    box = _box(qtbot)
    box.setText("c")
    calls: list[object] = []
    real = box.setTextMargins
    box.setTextMargins = lambda *a: calls.append(a) or real(*a)  # type: ignore[method-assign]
    for more in ("ch", "chi", "chil", "child"):
        box.setText(more)
    qtbot.wait(10)
    assert calls == []
    box.clear()
    assert len(calls) == 1
