"""The tracker's overview chart in the window: one stacked bar per area, each status a grey level
with its own hatching (domain/tracker.SHADES, as on paper) and its count written on it, so it reads
in black and white and for someone who cannot tell colours apart. A click on a bar filters by it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from bali_desktop.domain.tracker import SHADES, STATUSES, GroupCount, Status, short_label
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# the statuses' words, for lupdate (status_label translates them when shown)
_WORDS = (
    QT_TRANSLATE_NOOP("tracker", "not started"),
    QT_TRANSLATE_NOOP("tracker", "planned"),
    QT_TRANSLATE_NOOP("tracker", "in progress"),
    QT_TRANSLATE_NOOP("tracker", "done"),
    QT_TRANSLATE_NOOP("tracker", "not applicable"),
)
_WRAP = Qt.TextFlag.TextWordWrap
_PATTERNS = {
    "diagonal": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
}


def _name(title: str) -> str:
    """An area's name on the chart, whole: "(4) Irregular Migration and Related Transnational
    Crime" (a long one wraps onto more lines; it was cut to 34 characters and "…")."""
    return short_label(title, limit=len(title) + 1)


def status_label(status: Status) -> str:
    return translate("tracker", status.words)


def paint_segment(p: QPainter, rect: QRectF, status: Status, count: int) -> None:
    grey, kind = SHADES[status]
    level = int(round(grey * 255))
    p.setPen(QPen(QColor(0, 0, 0), 1))
    p.setBrush(QColor(level, level, level))
    p.drawRect(rect)
    if kind:
        ink = QColor(0, 0, 0) if grey > 0.5 else QColor(255, 255, 255)
        p.setBrush(QBrush(ink, _PATTERNS[kind]))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(rect)
    if count:
        text = str(count)
        fm = QFontMetrics(p.font())
        w, h = fm.horizontalAdvance(text) + 8, min(fm.height() + 2, rect.height() - 2)
        box = QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h)
        p.setPen(QPen(QColor(0, 0, 0), 1))
        p.setBrush(QColor(255, 255, 255))
        p.drawRoundedRect(box, 3, 3)
        p.setPen(QColor(0, 0, 0))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class StatusChart(QWidget):
    """Stacked bars on one scale: a bar is as long as its area has activities."""

    group_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[GroupCount] = []
        self._bars: list[tuple[QRectF, str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("tracker", "Overview chart: activities by status, per area"))
        self.setMouseTracking(True)

    def set_groups(self, groups: Sequence[GroupCount]) -> None:
        self.groups = list(groups)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The chart in words, for a screen reader (and the tooltip)."""
        parts = []
        for g in self.groups:
            said = ", ".join(f"{n} {status_label(s)}" for s, n in zip(STATUSES, g.counts, strict=True) if n)
            parts.append(f"{_name(g.title)}: {said}")
        return "; ".join(parts)

    def _row_h(self) -> int:
        return QFontMetrics(self.font()).height() + 3

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = self._rows()
        bottom = rows[-1][0] + rows[-1][1] + 2 if rows else 4
        return QSize(600, int(bottom) + self._legend_rows() * self._row_h() + 4)

    def _label_w(self) -> int:
        """The label column: the longest label, at most a third of the chart, never narrower than
        its longest word (a label wraps onto more lines, it is never cut)."""
        fm = QFontMetrics(self.font())
        labels = [_name(g.title) for g in self.groups]
        whole = max([fm.horizontalAdvance(t) for t in labels] + [60]) + 12
        word = max([fm.horizontalAdvance(w) for t in labels for w in t.split()] + [0]) + 12
        return max(word, min(whole, max(self.width(), 300) // 3))

    def _rows(self) -> list[tuple[float, float, str]]:
        """Each area's row: its top, its height (its label's lines, at least a bar's) and label."""
        fm = QFontMetrics(self.font())
        width = self._label_w() - 8
        rows, y = [], 4.0
        for g in self.groups:
            text = _name(g.title)
            lines = fm.boundingRect(QRect(0, 0, width, 100_000), _WRAP, text).height()
            height = float(max(self._row_h(), lines))
            rows.append((y, height, text))
            y += height + 2
        return rows

    def label_boxes(self) -> list[tuple[QRectF, str]]:
        """Where each area's label is painted, and its whole text (tests/gui/geometry_check)."""
        width = self._label_w() - 8
        return [(QRectF(0, y, width, height), text) for y, height, text in self._rows()]

    def _legend_rows(self) -> int:
        fm = QFontMetrics(self.font())
        x, rows, left = self._label_w(), 1, self._label_w()
        for status in STATUSES:
            need = 40 + fm.horizontalAdvance(status_label(status))
            if x + need > max(self.width(), 300) and x > left:
                x, rows = left, rows + 1
            x += need
        return rows

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.updateGeometry()  # the labels and the legend may wrap onto more lines

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        fm = QFontMetrics(self.font())
        row_h = self._row_h()
        label_w = self._label_w()
        bar_w = max(self.width() - label_w - fm.horizontalAdvance("= 00") - 12, 40)
        most = max([g.total for g in self.groups] + [1])
        unit = bar_w / most
        self._bars = []
        text_colour = self.palette().windowText().color()
        y = 4.0
        for g, (top, height, text) in zip(self.groups, self._rows(), strict=True):
            p.setPen(text_colour)
            p.drawText(QRectF(0, top, label_w - 8, height), _WRAP | Qt.AlignmentFlag.AlignVCenter, text)
            y = top + (height - row_h) / 2  # the bar beside the label's middle line
            x = float(label_w)
            for status, n in zip(STATUSES, g.counts, strict=True):
                if n:
                    paint_segment(p, QRectF(x, y, n * unit, row_h), status, n)
                    x += n * unit
            p.setPen(text_colour)
            p.drawText(QRectF(x + 6, y, 60, row_h), Qt.AlignmentFlag.AlignVCenter, f"= {g.total}")
            self._bars.append((QRectF(0, top, x, height), g.group))
            y = top + height + 2
        x = float(label_w)  # the legend, on a second row when the first is full
        for status in STATUSES:
            words = status_label(status)
            need = 40 + fm.horizontalAdvance(words)
            if x + need > self.width() and x > label_w:
                x, y = float(label_w), y + row_h
            paint_segment(p, QRectF(x, y + 3, 22, row_h - 6), status, 0)
            p.setPen(text_colour)
            p.drawText(
                QRectF(x + 26, y, fm.horizontalAdvance(words) + 4, row_h),
                Qt.AlignmentFlag.AlignVCenter,
                words,
            )
            x += need
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        for rect, group in self._bars:
            if rect.contains(event.position()):
                self.group_clicked.emit(group)
                return
        super().mousePressEvent(event)
