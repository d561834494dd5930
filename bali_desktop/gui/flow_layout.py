"""Layouts that make room for large text in a small window instead of squeezing words until they are
cut (window review finding 10): a row of buttons that wraps onto a second line, a page whose
content scrolls, a list that keeps a few rows at any text size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize
from PySide6.QtWidgets import QLayout, QLayoutItem, QLineEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


class FlowLayout(QLayout):
    """Left to right; an item that does not fit on the line starts the next one. Its height
    depends on its width (hasHeightForWidth), so a scrolling page makes room for the new line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt naming
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        shown = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - the widest single item: one per line
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _lay_out(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + line_height + self._spacing
                line_height = 0
            if hint.width() > area.width() > 0:  # wider than the line: a wrapping button wraps
                hint = QSize(area.width(), max(hint.height(), _height_for(item, area.width())))
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


def _height_for(item: QLayoutItem, width: int) -> int:
    return item.heightForWidth(width) if item.hasHeightForWidth() else 0


def wrap_row(*widgets: QWidget) -> FlowLayout:
    """Buttons side by side while they fit, on more lines when they do not."""
    lay = FlowLayout()
    for widget in widgets:
        lay.addWidget(widget)
    return lay


def scrolling_body(page: QWidget) -> QVBoxLayout:
    """Put `page`'s content in a scroll area that fills it (vertical only) and return the layout
    to fill: large text in a small window scrolls rather than squeezes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFrame, QScrollArea

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus, not the pane
    body = QWidget()
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return QVBoxLayout(body)


class _Rows(QObject):
    def __init__(self, view: QWidget, rows: int) -> None:
        super().__init__(view)
        self.rows = rows
        view.installEventFilter(self)
        self.fit(view)

    def fit(self, view: QWidget) -> None:
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * self.rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            if isinstance(watched, QWidget):
                self.fit(watched)
        return False


def hint_width(edit: QLineEdit) -> int:
    """A field's width with its whole hint (placeholder) in view: QLineEdit's size hint holds 17
    x's, and the frame and margins around them."""
    metrics = edit.fontMetrics()
    text = metrics.horizontalAdvance(edit.placeholderText()) + 4
    return edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x") + text


class _Hint(QObject):
    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        edit.installEventFilter(self)
        self.fit(edit)

    def fit(self, edit: QLineEdit) -> None:
        edit.setMinimumWidth(hint_width(edit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            if isinstance(watched, QLineEdit):
                self.fit(watched)
        return False


def whole_hint(edit: QLineEdit) -> None:
    """`edit` (in a row that wraps) never narrower than its hint: Qt cuts the hint with "…"."""
    edit.setProperty("whole_hint", True)  # tests/gui/geometry_check holds it to that
    _Hint(edit)


def keep_rows(view: QWidget, rows: int) -> None:
    """`view` (a list or tree in a page that scrolls) stays at least `rows` lines tall."""
    _Rows(view, rows)
