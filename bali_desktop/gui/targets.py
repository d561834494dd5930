"""Targets big enough for a touchpad (window review finding 23; WCAG 2.5.8 asks for 24×24 px).

Fusion draws a field's clear "×" 22×18 px, a tree's expand arrow about 8 px and a check box's
box 13 px whatever the text size. `enlarge(widget)` gives one of those widgets a style that makes
them at least 24×24 px and grow with the widget's font (the box as tall as a line of its text),
in every theme (the high-contrast rules wrap it). It is set on those few widgets only: a Python
style on the whole application would be asked about every pixel metric of every widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygon
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyledItemDelegate,
    QStyleFactory,
    QStyleOption,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

MINIMUM = 24  # px: WCAG 2.5.8 (target size, minimum)

_P = QStyle.PixelMetric
_BOX_METRICS = (
    _P.PM_IndicatorWidth,
    _P.PM_IndicatorHeight,
    _P.PM_ExclusiveIndicatorWidth,
    _P.PM_ExclusiveIndicatorHeight,
)


def _line(widget: QWidget | None) -> int:
    return QFontMetrics(widget.font()).height() if widget is not None else MINIMUM


class TargetStyle(QProxyStyle):
    """Fusion with the clear button, check box and tree rows and arrows grown to the text."""

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: ANN001, N802
        base = super().pixelMetric(metric, option, widget)
        if metric == _P.PM_LineEditIconSize:  # the clear button is this + 6 wide, + 2 high
            return max(base, MINIMUM - 2, _line(widget))
        if metric in _BOX_METRICS:
            return max(base, _line(widget))
        return base

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:  # noqa: ANN001, N802
        found = super().sizeFromContents(kind, option, size, widget)
        tree_row = kind == QStyle.ContentsType.CT_ItemViewItem and isinstance(widget, QTreeView)
        if tree_row or kind in (QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton):
            found.setHeight(max(found.height(), MINIMUM))
        return found

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: ANN001, N802
        if element in _BOXES:
            super().drawPrimitive(element, option, painter, widget)
            _box_edge(option, painter, round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)
            return
        if element != QStyle.PrimitiveElement.PE_IndicatorBranch or not (
            option.state & QStyle.StateFlag.State_Children
        ):
            super().drawPrimitive(element, option, painter, widget)
            return
        _arrow(option, painter, bool(option.state & QStyle.StateFlag.State_Open))


_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)


def box_pen_width(rect: QRect) -> int:
    """The box's edge: 2 px, 3 px once the box is 36 px or more (large text)."""
    return 3 if min(rect.width(), rect.height()) >= 36 else 2


def _box_edge(option: QStyleOption, painter: QPainter, round_: bool) -> None:
    """The edge of a check box's (or radio button's) box in the theme's box colour, 3:1 against
    the box and the window in every theme (Fusion's is the window colour darkened: none in high
    contrast, where the window is black)."""
    from bali_desktop.gui import theme

    width = box_pen_width(option.rect)
    half = (width + 1) // 2
    rect = option.rect.adjusted(half, half, -half, -half)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(QColor(theme.current()["box"]), width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if round_:
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()


def _arrow(option: QStyleOption, painter: QPainter, open_: bool) -> None:
    """A filled triangle two thirds of the row's height: right (left in right-to-left) closed, down open."""
    r = option.rect
    half = max(4, min(r.width(), r.height()) // 3)
    c = r.center()
    if open_:
        points = [
            QPoint(c.x() - half, c.y() - half // 2),
            QPoint(c.x() + half, c.y() - half // 2),
            QPoint(c.x(), c.y() + half),
        ]
    else:
        sign = -1 if option.direction == Qt.LayoutDirection.RightToLeft else 1
        points = [
            QPoint(c.x() - sign * half // 2, c.y() - half),
            QPoint(c.x() - sign * half // 2, c.y() + half),
            QPoint(c.x() + sign * half, c.y()),
        ]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(option.palette.text())
    painter.drawPolygon(QPolygon(points))
    painter.restore()


class WrapDelegate(QStyledItemDelegate):
    """A tree's rows as tall as their text wrapped at the column's width (Qt measures them on one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001, N802
        tree = self.parent()
        if not isinstance(tree, QTreeView) or not tree.wordWrap():
            return super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = tree.columnWidth(index.column())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= tree.indentation() * (depth + int(tree.rootIsDecorated()))
        opt.rect = QRect(0, 0, max(40, width), 1)  # a valid rectangle: the style wraps only within one
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        style = tree.style() or QApplication.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), tree)


class _Indent(QObject):
    """Keeps a tree's indentation (the width of its arrows' column) a target wide at any text size."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(watched, QTreeView):
            return False
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            indent(watched)
        if event.type() == QEvent.Type.Resize and watched.wordWrap():
            watched.scheduleDelayedItemsLayout()  # the rows wrap again at the new width
        return False


_style: TargetStyle | None = None
_indent: _Indent | None = None


def indent(tree: QTreeView) -> None:
    width = max(MINIMUM, _line(tree) + 6)
    if tree.indentation() != width:
        tree.setIndentation(width)


def enlarge(widget: QWidget) -> None:
    """Give `widget` (a field with a clear button, a check box or radio button, a tree) the big targets."""
    global _style, _indent
    if _style is None:
        _style = TargetStyle(QStyleFactory.create("Fusion"))
    widget.setStyle(_style)
    if isinstance(widget, QTreeView):
        if _indent is None:
            _indent = _Indent()
        indent(widget)
        widget.installEventFilter(_indent)
        widget.setItemDelegate(WrapDelegate(widget))
    elif isinstance(widget, QLineEdit):
        widget.update()
