"""The search field (kept apart from the results panel so the window can paint before loading it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from bali_desktop.gui import targets

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
        self.setClearButtonEnabled(True)
        targets.enlarge(self)
        self.setMinimumWidth(220)
        self.retranslate()

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
        name_clear_button(self, translate("search_box", "Clear the search"))

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
