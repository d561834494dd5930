"""How a search result row is drawn: its title in bold, the snippet under it in the muted colour
with the matched words in bold, laid out with QTextLayout (no rich-text document to parse), and
its height handed to the view as the row's size hint so that the view measures rows in C++
without asking Python again.

Laying text out is most of what showing results costs, so only the rows that show at once are laid
out before the results are painted; the others get an estimated height from the font's average
character width and are laid out just after, a few rows at a time while the window is idle
(`RowFitter`). A row painted before its turn is laid out then and its height corrected.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from bali_desktop.domain.records import MARK_END, MARK_START

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's RowText (headings have none)
MARGIN = 4  # around the row's text
INDENT = 10  # a result's text sits right of its group's heading
_MARKERS = re.compile(f"([{MARK_START}{MARK_END}])")
FILL_CHUNK = 6  # rows laid out per idle turn after the first screen is painted
REFIT_ON = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


@dataclass(frozen=True, eq=False)  # identity: a row's layouts are kept by the row itself
class RowText:
    title: str
    snippet: str  # plain text, one line of words
    marks: tuple[tuple[int, int], ...]  # (start, length) of each matched stretch of the snippet


def row_text(title: str, snippet: str) -> RowText:
    """A hit's title and its snippet with the match markers turned into bold stretches."""
    plain: list[str] = []
    marks: list[tuple[int, int]] = []
    at = 0
    start = -1
    for part in _MARKERS.split(" ".join(snippet.split())):
        if part == MARK_START:
            start = at
        elif part == MARK_END:
            if start >= 0 and at > start:
                marks.append((start, at - start))
            start = -1
        elif part:
            plain.append(part)
            at += len(part)
    return RowText(" ".join(title.split()), "".join(plain), tuple(marks))


def text_width(view: QListWidget) -> int:
    """The width a row's text is laid out in: the view's, less a scroll bar's whether one is shown
    or not (a scroll bar coming with new results then lays no row out again), less the margins."""
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return max(40, view.contentsRect().width() - bar - 4 - INDENT - 2 * MARGIN)


class RowLayout:
    """One row's text laid out in one width and font."""

    def __init__(self, row: RowText, font: QFont, width: int) -> None:
        bold = QFont(font)
        bold.setBold(True)
        self.title = QTextLayout(row.title, bold)
        self.snippet = QTextLayout(row.snippet, font) if row.snippet else None
        if self.snippet is not None and row.marks:
            strong = QTextCharFormat()
            strong.setFontWeight(QFont.Weight.Bold)
            ranges = []
            for start, length in row.marks:
                part = QTextLayout.FormatRange()
                part.start, part.length, part.format = start, length, strong
                ranges.append(part)
            self.snippet.setFormats(ranges)
        y = _lay_out(self.title, width, 0.0)
        if self.snippet is not None:
            y = _lay_out(self.snippet, width, y)
        self.height = math.ceil(y) + 2 * MARGIN + 2

    def draw(self, painter: QPainter, left: int, top: int, text: QColor, muted: QColor) -> None:
        at = QPointF(left + MARGIN + INDENT, top + MARGIN)
        painter.setPen(text)
        self.title.draw(painter, at)
        if self.snippet is not None:
            painter.setPen(muted)
            self.snippet.draw(painter, at)


def _lay_out(layout: QTextLayout, width: int, y: float) -> float:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return y


def estimate(row: RowText, font: QFont, width: int) -> int:
    """A row's height without laying it out: lines of the font's average character width."""
    metrics = QFontMetrics(font)
    per_line = max(1, width // max(1, metrics.averageCharWidth()))
    lines = math.ceil(len(row.title) * 1.1 / per_line) + math.ceil(len(row.snippet) / per_line)
    return max(1, lines) * metrics.lineSpacing() + 2 * MARGIN + 2


class ResultDelegate(QStyledItemDelegate):
    """Paints result rows from their kept layout; headings as plain items. It has no sizeHint of its
    own: each row carries its height (Qt.SizeHintRole), which the view reads without Python."""

    KEPT = 160  # rows' layouts kept: the results' and a resize's worth

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view
        self._kept: dict[tuple[RowText, int, str], RowLayout] = {}
        self.misfit = QTimer(self, singleShot=True, interval=0)  # a painted row's height corrected

    def layout(self, row: RowText) -> RowLayout:
        font = self.view.font()
        width = text_width(self.view)
        key = (row, width, font.key())
        kept = self._kept.get(key)
        if kept is None:
            if len(self._kept) >= self.KEPT:
                self._kept.pop(next(iter(self._kept)))
            kept = self._kept[key] = RowLayout(row, font, width)
        return kept

    def forget(self) -> None:
        """New results: the rows laid out for the last ones will not be asked for again."""
        self._kept.clear()

    def paint(self, painter, option, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: ANN001
        row = index.data(ROW_ROLE)
        if not isinstance(row, RowText):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = (
            text if selected else opt.palette.color(QPalette.ColorRole.PlaceholderText)
        )  # the highlight's own text colour on a chosen row
        laid = self.layout(row)
        painter.save()
        painter.setClipRect(opt.rect)
        laid.draw(painter, opt.rect.left(), opt.rect.top(), text, muted)
        painter.restore()
        if laid.height != opt.rect.height():
            self.misfit.start()  # measured in another width or font: fit the rows again


class RowFitter(QObject):
    """Gives each result row its height: the rows of the first screen laid out at once, the rest
    estimated and then laid out a few at a time while the window is idle. A new width or font
    (a resize, another text size or theme) fits every row again the same way."""

    def __init__(self, view: QListWidget, delegate: ResultDelegate) -> None:
        super().__init__(view)
        self.view = view
        self.delegate = delegate
        self._left: list[int] = []  # rows still on their estimated height
        self._idle = QTimer(self, interval=0)
        self._idle.timeout.connect(self._fill)
        self._measure = (0, "")
        delegate.misfit.timeout.connect(self.refit)
        view.installEventFilter(self)  # not its viewport: every paint goes there (and through Python)

    def fit(self) -> None:
        """Heights for new rows: exact for those that show without scrolling, estimated below."""
        self._idle.stop()
        self._measure = self._measured()
        room = self.view.viewport().height()
        y = 0
        self._left = []
        for i in range(self.view.count()):
            item = self.view.item(i)
            row = item.data(ROW_ROLE)
            if not isinstance(row, RowText):
                y += self.view.sizeHintForRow(i)
                continue
            if y <= room:
                height = self.delegate.layout(row).height
            else:
                height = estimate(row, self.view.font(), self._measure[0])
                self._left.append(i)
            item.setSizeHint(QSize(self._measure[0], height))
            y += height
        if self._left:
            self._idle.start()

    def refit(self) -> None:
        """Another width or font: every row laid out again, the ones on screen first."""
        self._idle.stop()
        self._measure = self._measured()
        rows = [i for i in range(self.view.count()) if isinstance(self.view.item(i).data(ROW_ROLE), RowText)]
        top = self.view.indexAt(self.view.viewport().rect().topLeft()).row()
        self._left = [i for i in rows if i >= top] + [i for i in rows if i < top]
        self._fill()

    def _measured(self) -> tuple[int, str]:
        """The width and font rows are laid out in now."""
        return text_width(self.view), self.view.font().key()

    def stop(self) -> None:
        self._idle.stop()
        self._left = []

    def pending(self) -> int:
        return len(self._left)

    def _fill(self) -> None:
        todo, self._left = self._left[:FILL_CHUNK], self._left[FILL_CHUNK:]
        for i in todo:
            item = self.view.item(i)
            row = item.data(ROW_ROLE) if item is not None else None
            if isinstance(row, RowText):
                height = self.delegate.layout(row).height
                if item.sizeHint() != QSize(self._measure[0], height):
                    item.setSizeHint(QSize(self._measure[0], height))
        if self._left:
            self._idle.start()
        else:
            self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if (
            kind in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)
            and self.view.count()
        ):
            if self._measured() != self._measure:
                self.refit()
        return False
