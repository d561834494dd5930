"""The tracker's overview chart on paper: one stacked bar per area, each status a grey level with
its own hatching (domain/tracker.SHADES) and its count written on it, so it reads on a black and
white laser printer; a legend under it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from bali_desktop.domain.tracker import SHADES, STATUSES, GroupCount
from bali_desktop.pdf.fonts import BOLD, REGULAR, register_fonts

BAR_H = 15.0
GAP = 7.0
LEGEND_H = 36.0


def _hatch(c: Canvas, kind: str, x: float, y: float, w: float, h: float, ink: float) -> None:
    if not kind:
        return
    c.saveState()
    path = c.beginPath()
    path.rect(x, y, w, h)
    c.clipPath(path, stroke=0, fill=0)
    c.setStrokeGray(ink)
    c.setFillGray(ink)
    c.setLineWidth(0.6)
    step = 4.0
    if kind in ("diagonal", "cross"):
        t = -h
        while t < w + h:
            c.line(x + t, y, x + t + h, y + h)
            if kind == "cross":
                c.line(x + t, y + h, x + t + h, y)
            t += step * (1.6 if kind == "cross" else 1.0)
    elif kind == "dots":
        yy = y + 2
        while yy < y + h:
            xx = x + 2
            while xx < x + w:
                c.circle(xx, yy, 0.55, stroke=0, fill=1)
                xx += step
            yy += step
    c.restoreState()


def segment(c: Canvas, status_index: int, x: float, y: float, w: float, h: float, count: int) -> None:
    """One status's part of a bar: fill, hatching, outline and its number in a white box."""
    grey, kind = SHADES[STATUSES[status_index]]
    c.setFillGray(grey)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.7)
    c.rect(x, y, w, h, stroke=1, fill=1)
    _hatch(c, kind, x, y, w, h, 0.0 if grey > 0.5 else 1.0)
    if count:
        text = str(count)
        size = min(8.5, h - 5)
        tw = stringWidth(text, BOLD, size)
        cx, cy = x + w / 2, y + (h - size) / 2 + 1.2
        c.setFillColor(colors.white)  # a white box behind the number: readable over any hatching
        c.rect(cx - tw / 2 - 1.8, cy - 1.8, tw + 3.6, size + 2.2, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(BOLD, size)
        c.drawCentredString(cx, cy, text)


class StatusChart(Flowable):
    """Stacked bars, one per group, on one scale: a bar is as long as its group has activities."""

    def __init__(
        self, groups: Sequence[GroupCount], labels: Sequence[str], status_words: Sequence[str]
    ) -> None:
        super().__init__()
        self.groups = list(groups)
        self.labels = list(labels)
        self.status_words = list(status_words)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.groups) * (BAR_H + GAP) + LEGEND_H
        return self.width, self.height

    def draw(self) -> None:
        register_fonts()
        c: Canvas = self.canv
        label_w = max([stringWidth(t, REGULAR, 8.5) for t in self.labels] + [40]) + 8
        total_w = 24.0
        bar_w = self.width - label_w - total_w
        most = max([g.total for g in self.groups] + [1])
        unit = bar_w / most
        y = self.height - BAR_H
        for group, label in zip(self.groups, self.labels, strict=True):
            c.setFillColor(colors.black)
            c.setFont(REGULAR, 8.5)
            c.drawString(0, y + 4, label)
            x = label_w
            for i, count in enumerate(group.counts):
                if count:
                    segment(c, i, x, y, count * unit, BAR_H, count)
                    x += count * unit
            c.setFillColor(colors.black)
            c.setFont(REGULAR, 8)
            c.drawString(x + 4, y + 4, f"= {group.total}")
            y -= BAR_H + GAP
        # the legend: each status's swatch and its words, on a second row when the first is full
        x, y = 0.0, LEGEND_H - 16
        c.setFont(REGULAR, 8)
        for i, words in enumerate(self.status_words):
            need = 30 + stringWidth(words, REGULAR, 8)
            if x + need > self.width and x > 0:
                x, y = 0.0, y - 14
            segment(c, i, x, y, 18, 11, 0)
            c.setFillColor(colors.black)
            c.drawString(x + 22, y + 2.5, words)
            x += need
