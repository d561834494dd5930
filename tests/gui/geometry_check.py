"""What the geometry test checks on a screen: text fits its widget, siblings do not overlap,
nothing sticks out of its parent (or, in a page that scrolls down, out of its width)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

SLACK = 1  # a pixel of rounding


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
        if problem:
            found.append(f"{_name(widget)}: {problem}")
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
    found = problems(win)
    screen_rect = QRect(0, 0, win.width(), win.height())
    for child in win.findChildren(QWidget):
        if _shown(child) and child.parentWidget() is win:
            if not screen_rect.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(child.geometry()):
                found.append(f"{_name(child)} outside the window")
    return found
