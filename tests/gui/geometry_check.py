"""What the geometry test checks on a screen: text fits its widget, siblings do not overlap,
nothing sticks out of its parent (or, in a page that scrolls down, out of its width)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding
PAINTERS = {"StatusChart"}  # widgets that paint their own words: checked through label_boxes()


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r} {text[:40]!r}"


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _text_problem(widget: QWidget) -> str:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        m = widget.margin()
        rect = widget.contentsRect().adjusted(m, m, -m, -m)
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"text needs {need} px of height, has {widget.height()}"
        else:
            hint = widget.sizeHint()
            if hint.width() > widget.width() + SLACK and widget.textFormat().name != "RichText":
                return f"text needs {hint.width()} px of width, has {widget.width()}"
            if widget.fontMetrics().height() > rect.height() + SLACK:
                return f"a line needs {widget.fontMetrics().height()} px, has {rect.height()}"
    if isinstance(widget, QAbstractButton) and widget.text() and type(widget).__name__ != "Tile":
        if widget.hasHeightForWidth():  # its words wrap: each word fits, and the lines' height
            need = widget.minimumSizeHint().width()
            tall = widget.heightForWidth(widget.width())
            if need > widget.width() + SLACK or tall > widget.height() + SLACK:
                return f"wrapped label needs {need}x{tall}, has {widget.width()}x{widget.height()}"
            return ""
        hint = widget.minimumSizeHint() if widget.minimumSizeHint().isValid() else widget.sizeHint()
        need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        if need > widget.width() + SLACK or hint.height() > widget.height() + 4 * SLACK:
            return f"label needs {need}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return ""


def _placeholder_problem(edit: QLineEdit) -> str:
    """An empty field's hint shown whole (Qt cuts it with "…" when the field is too narrow)."""
    hint = edit.placeholderText()
    if edit.text() or not hint:
        return ""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4  # QLineEdit's 2 px each side
    room -= sum(b.width() + 4 for b in edit.findChildren(QToolButton) if b.isVisible())
    need = edit.fontMetrics().horizontalAdvance(hint)
    return f"its hint {hint[:40]!r} needs {need} px, has {room}" if need > room + SLACK else ""


def _in_toolbar(widget: QWidget) -> bool:
    return isinstance(widget.parentWidget(), QToolBar)


def toolbar_problems(win: QWidget) -> list[str]:
    """Every toolbar control on show and inside the window: none put away in the » menu."""
    found = []
    for bar in win.findChildren(QToolBar):
        if not _shown(bar):
            continue
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None or action.isSeparator() or not action.isVisible():
                continue
            where = widget.mapTo(win, widget.rect().topLeft())
            inside = QRect(0, 0, win.width(), win.height()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
            if not widget.isVisible() or not inside.contains(QRect(where, widget.size())):
                found.append(f"toolbar {bar.accessibleName()!r}: {_name(widget)} is out of reach")
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            found.append(f"toolbar {bar.accessibleName()!r}: its » menu holds controls that do not fit")
    return found


def cell_problems(view: QAbstractItemView) -> list[str]:
    """Every cell of a table whole: its text, wrapped if the table wraps, fits its column and row
    (a cut cell ends in "…")."""
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return []
    metrics = view.fontMetrics()
    pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    flags = int(Qt.TextFlag.TextWordWrap.value) if view.wordWrap() else 0
    found = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = view.columnWidth(column) - pad
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            if not text or view.isRowHidden(row):
                continue
            need = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
            height = view.rowHeight(row)
            if need.width() > width + SLACK or need.height() > height + SLACK:
                cut = f"needs {need.width()}x{need.height()}, has {width}x{height}"
                found.append(f"{_name(view)}: cell {row},{column} {text[:40]!r} is cut ({cut})")
    return found


def painted_problems(widget: QWidget) -> list[str]:
    """Words a widget paints itself (a chart's labels: `label_boxes()`, each box and its whole
    text) fit their boxes, wrapped, and the boxes lie inside the widget."""
    metrics = widget.fontMetrics()
    found = []
    for box, text in widget.label_boxes():
        rect = box.toAlignedRect()
        flags = int(Qt.TextFlag.TextWordWrap.value)
        need = metrics.boundingRect(QRect(0, 0, max(rect.width(), 1), 100_000), flags, text)
        if need.width() > rect.width() + SLACK or need.height() > rect.height() + SLACK:
            cut = f"needs {need.width()}x{need.height()}, has {rect.width()}x{rect.height()}"
            found.append(f"{_name(widget)}: {text[:40]!r} is cut ({cut})")
        if "…" in text:
            found.append(f"{_name(widget)}: {text[:40]!r} is cut short")
        if not widget.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            found.append(f"{_name(widget)}: {text[:40]!r} at {rect} is outside it {widget.rect()}")
    return found


def _scroll_body(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QScrollArea) and area.widget() is widget


def problems(root: QWidget) -> list[str]:
    """Every clipped text, overlapping pair of siblings and child outside its parent under `root`."""
    found: list[str] = []
    stack = [root]
    while stack:
        widget = stack.pop()
        if not _shown(widget) or widget.objectName() == "focus_ring":
            continue
        if isinstance(widget, QMenuBar):
            continue
        problem = _text_problem(widget)
        if isinstance(widget, QLineEdit) and (_in_toolbar(widget) or widget.property("whole_hint")):
            problem = problem or _placeholder_problem(widget)
        if problem:
            found.append(f"{_name(widget)}: {problem}")
        if isinstance(widget, QAbstractItemView):
            found += cell_problems(widget)
        if hasattr(widget, "label_boxes"):
            found += painted_problems(widget)
        elif type(widget).__name__ in PAINTERS:
            found.append(f"{_name(widget)}: paints words and does not say where (label_boxes)")
        parent = widget.parentWidget()
        if parent is not None and widget is not root and not widget.isWindow():
            if _scroll_body(widget):
                viewport = parent
                if widget.width() > viewport.width() + SLACK:
                    wide = f"{widget.width()} px wide in a view {viewport.width()} wide"
                    found.append(f"{_name(widget)}: {wide}")
            elif not isinstance(parent, QAbstractScrollArea) and not isinstance(
                parent.parentWidget(), QAbstractScrollArea
            ):
                inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
                if not inside.contains(widget.geometry()) and not isinstance(parent, QToolBar):
                    found.append(f"{_name(widget)}: {widget.geometry()} outside its parent {parent.rect()}")
        children = [c for c in widget.children() if isinstance(c, QWidget) and not c.isWindow()]
        shown = [c for c in children if _shown(c) and c.objectName() != "focus_ring"]
        if not isinstance(widget, QStackedWidget) and not isinstance(widget, QAbstractScrollArea):
            for i, a in enumerate(shown):
                for b in shown[i + 1 :]:
                    overlap = a.geometry().intersected(b.geometry())
                    if overlap.width() > 2 and overlap.height() > 2:
                        by = f"{overlap.width()}x{overlap.height()}"
                        found.append(f"{_name(a)} overlaps {_name(b)} by {by}")
        stack.extend(shown)
    return found


def window_problems(win: QWidget) -> list[str]:
    found = problems(win) + toolbar_problems(win)
    screen_rect = QRect(0, 0, win.width(), win.height())
    for child in win.findChildren(QWidget):
        if _shown(child) and child.parentWidget() is win:
            if not screen_rect.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(child.geometry()):
                found.append(f"{_name(child)} outside the window")
    return found
