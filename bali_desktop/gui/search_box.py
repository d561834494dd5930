"""The search field (kept apart from the results panel so the window can paint before loading it).

Its clear button is its own QToolButton, not Qt's (`setClearButtonEnabled`): Qt sizes its button by
the style's PM_LineEditIconSize, which only a Python style could raise to a target's size (gui/
targets.py), and Qt asks the field's style hundreds of times a keystroke (painting, sizing the
toolbar). In Python each ask took the GIL from the database thread while it searched: about 3 ms
of every search's time on screen. This button is sized once per resize or text size instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

translate = QCoreApplication.translate


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Give the line edit's built-in clear button a name screen readers can say."""
    from PySide6.QtWidgets import QToolButton

    for b in edit.findChildren(QToolButton):
        b.setAccessibleName(name)


class SearchBox(QLineEdit):
    """The search field: arrows move through results, Enter opens, Esc clears."""

    moved = Signal(int)
    accepted = Signal()
    cleared = Signal()
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clear_button: QToolButton | None = None  # made once the window has painted
        self.setMinimumWidth(220)
        self.retranslate()

    def add_clear_button(self) -> None:
        """The clear button: shown while there is text, a target's size (24 px, or a line of the
        text when that is taller), inside the field's end. Made after the window's first frame
        (it needs QStyle, whose enums nothing on the way to that frame may create: main_window)."""
        if self.clear_button is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle

        button = QToolButton(self)
        button.setObjectName("search_clear")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc clears from the keyboard, as Qt's
        button.setCursor(Qt.CursorShape.ArrowCursor)
        button.setAutoRaise(True)
        button.setStyleSheet("QToolButton { border: none; padding: 0; background: transparent; }")
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton, None, self))
        button.clicked.connect(self._clear_clicked)
        self.textChanged.connect(self._place_clear_button)
        self.clear_button = button
        from bali_desktop.gui.targets import MINIMUM

        self.setMinimumHeight(max(self.minimumHeight(), MINIMUM + 2))  # room for the button at 9 pt
        self.retranslate()
        self._place_clear_button()

    def _clear_clicked(self) -> None:
        self.clear()
        self.cleared.emit()

    def _place_clear_button(self, *_args: object) -> None:
        button = self.clear_button
        if button is None:
            return
        from PySide6.QtCore import QMargins, QSize, Qt

        from bali_desktop.gui.targets import MINIMUM

        shown = bool(self.text())
        side = max(MINIMUM, min(self.fontMetrics().height(), self.height() - 4))
        top = (self.height() - side) // 2
        end = 3  # px between the button and the field's edge
        left_to_right = self.layoutDirection() != Qt.LayoutDirection.RightToLeft
        button.setGeometry(self.width() - side - end if left_to_right else end, top, side, side)
        button.setIconSize(QSize(side * 2 // 3, side * 2 // 3))
        button.setVisible(shown)
        room = side + end if shown else 0  # the text never runs under the button
        margins = QMargins(0, 0, room, 0) if left_to_right else QMargins(room, 0, 0, 0)
        if self.textMargins() != margins:  # only then: new margins lay the toolbar out again
            self.setTextMargins(margins)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_clear_button()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._place_clear_button()

    def retranslate(self) -> None:
        """Its name, description and hint in the language now installed."""
        self.setAccessibleName(translate("search_box", "Search"))
        self.setAccessibleDescription(
            translate(
                "search_box",
                "Search everything. Results appear as you type; arrows to "
                "choose, Enter to open, Escape to clear.",
            )
        )
        self.setPlaceholderText(translate("search_box", "Search everything  (Ctrl+K or /)"))
        if self.clear_button is not None:
            said = translate("search_box", "Clear the search")
            self.clear_button.setAccessibleName(said)
            self.clear_button.setToolTip(said)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt  # not at import: see main_window's note on start-up

        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            steps: dict[int, int] = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 5,
                Qt.Key.Key_PageUp: -5,
            }
            self.moved.emit(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif key == Qt.Key.Key_Escape:
            self.clear()
            self.cleared.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusInEvent(event)
        self.focused.emit()
