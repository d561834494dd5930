"""The flow chart's drawing: one column per pause point, a box per step, decisions branching.

Builds a QGraphicsScene from the typed pathway; the page (flowchart_page.py) shows and zooms it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
)

from bali_desktop.domain.pathway import Option, Pathway
from bali_desktop.domain.route_words import short_title
from bali_desktop.gui.route_text import condition_text, jump_words
from bali_desktop.gui.widgets import GUIDANCE_TEXT

translate = QCoreApplication.translate

COLUMN_WIDTH = 250.0
COLUMN_GAP = 80.0
STEP_GAP = 30.0
CHIP_GAP = 6.0
PAD = 8.0


class Box(QGraphicsRectItem):
    """A box with wrapped text; double-click (or Enter on the view) opens where it points."""

    def __init__(
        self,
        rect: QRectF,
        html: str,
        font: QFont,
        fg: str,
        bg: str,
        border: str,
        target: str = "",
        pen_width: float = 1.5,
        radius: float = 6.0,
    ) -> None:
        super().__init__(rect)
        self.target = target
        self.radius = radius
        self.setBrush(QBrush(QColor(bg)))
        self.setPen(QPen(QColor(border), pen_width))
        self.text = QGraphicsTextItem(self)
        self.text.setDefaultTextColor(QColor(fg))
        self.text.setFont(font)
        self.text.setTextWidth(rect.width() - 2 * PAD)
        self.text.setHtml(html)
        self.text.setPos(rect.left() + PAD - 4, rect.top() + PAD - 4)
        if target:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(
                translate("flowchart_scene", "Double-click, or Tab to it and press Enter, to open")
            )

    chosen = False  # picked from the keyboard (Tab in the chart): drawn with a thick ring

    def set_chosen(self, chosen: bool) -> None:
        self.chosen = chosen
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), self.radius, self.radius)
        if self.chosen:  # 3 px in the text's colour, outside the border: seen in every theme
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self.text.defaultTextColor(), 3))
            painter.drawRoundedRect(self.rect().adjusted(-4, -4, 4, 4), self.radius + 3, self.radius + 3)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return super().boundingRect().adjusted(-6, -6, 6, 6)  # room for the ring


def text_height(html: str, font: QFont, width: float) -> float:
    probe = QGraphicsTextItem()
    probe.setFont(font)
    probe.setTextWidth(width - 2 * PAD)
    probe.setHtml(html)
    return probe.boundingRect().height() + 2 * PAD - 8


def arrow(path: QPainterPath, color: str, width: float = 1.6) -> list[QGraphicsItem]:
    """A connector and an arrowhead pointing along the end of the path."""
    line = QGraphicsPathItem(path)
    line.setPen(QPen(QColor(color), width))
    end = path.pointAtPercent(1.0)
    before = path.pointAtPercent(0.97)
    direction = end - before
    length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 0.001)
    ux, uy = direction.x() / length, direction.y() / length
    size = 9.0
    left = QPointF(end.x() - ux * size - uy * size * 0.55, end.y() - uy * size + ux * size * 0.55)
    right = QPointF(end.x() - ux * size + uy * size * 0.55, end.y() - uy * size - ux * size * 0.55)
    head = QGraphicsPathItem()
    poly = QPainterPath()
    poly.addPolygon(QPolygonF([end, left, right, end]))
    head.setPath(poly)
    head.setBrush(QBrush(QColor(color)))
    head.setPen(QPen(QColor(color), 1))
    return [line, head]


def _esc(text: str) -> str:
    from bali_desktop.gui.widgets import esc

    return esc(text)


def build_scene(
    model: Pathway,
    titles: dict[str, str],
    colors: dict[str, str],
    base_font: QFont,
    numbers: dict[str, int] | None = None,  # "pathway:X#step" -> its number there
) -> tuple[QGraphicsScene, dict[str, Box]]:
    """Lay the pathway out: columns of steps, decisions with their options as chips and arrows."""
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QBrush(QColor(colors["base"])))
    c = colors
    title_font = QFont(base_font)
    title_font.setPointSizeF(base_font.pointSizeF() * 1.5)
    title_font.setBold(True)
    head_font = QFont(base_font)
    head_font.setPointSizeF(base_font.pointSizeF() * 1.15)
    head_font.setBold(True)
    small = QFont(base_font)
    small.setPointSizeF(base_font.pointSizeF() * 0.9)

    title = scene.addText(model.title, title_font)
    title.setDefaultTextColor(QColor(c["text"]))
    total_width = len(model.pause_points) * (COLUMN_WIDTH + COLUMN_GAP) - COLUMN_GAP
    title.setTextWidth(total_width)
    note = scene.addText(
        translate("labels", GUIDANCE_TEXT)
        + ". "
        + translate(
            "flowchart_scene",
            "Numbers match the steps of the pathway. Double-click a box, or Tab to it and press Enter, "
            "to open it.",
        ),
        small,
    )
    note.setDefaultTextColor(QColor(c["muted"]))
    note.setTextWidth(total_width)
    note.setPos(0, title.boundingRect().height())
    top = title.boundingRect().height() + note.boundingRect().height() + 14

    boxes: dict[str, Box] = {}
    chips: list[tuple[Box, Option, str]] = []  # chip, option, source step id
    columns: list[list[Box]] = []
    for ci, pp in enumerate(model.pause_points):
        x = ci * (COLUMN_WIDTH + COLUMN_GAP)
        head_html = f"<b>{ci + 1}. {_esc(pp.title)}</b>" + (
            f"<br><span style='font-weight:normal'>{_esc(pp.when)}</span>" if pp.when else ""
        )
        h = text_height(head_html, head_font, COLUMN_WIDTH)
        header = Box(
            QRectF(x, top, COLUMN_WIDTH, h),
            head_html,
            head_font,
            c["highlight_text"],
            c["highlight"],
            c["highlight"],
            radius=3,
        )
        scene.addItem(header)
        y = top + h + STEP_GAP * 0.7
        column: list[Box] = []
        for step in pp.steps:
            gate = condition_text(step)  # "Skip if …": never apart from the step it gates
            html = f"<b>{step.number}.</b> " + (f"<i>{_esc(gate)}</i> " if gate else "") + _esc(step.action)
            if step.is_decision:
                html += f"<br><b>? {_esc(step.question)}</b>"
            h = text_height(html, base_font, COLUMN_WIDTH)
            if step.is_decision:
                box = Box(
                    QRectF(x, y, COLUMN_WIDTH, h),
                    html,
                    base_font,
                    c["text"],
                    c["decision_bg"],
                    c["decision_border"],
                    f"{model.ref}#{step.id}",
                    pen_width=2.5,
                )
            else:
                box = Box(
                    QRectF(x, y, COLUMN_WIDTH, h),
                    html,
                    base_font,
                    c["text"],
                    c["alt"],
                    c["border"],
                    f"{model.ref}#{step.id}",
                )
            scene.addItem(box)
            boxes[step.id] = box
            column.append(box)
            y += h
            for opt in step.options:
                if opt.is_ref:
                    target = short_title(titles.get(opt.target_ref, opt.target_ref))
                    words = jump_words(opt, model, target, (numbers or {}).get(opt.to))
                    chip_html = f"{_esc(opt.label)} → <u>{_esc(words)}</u>"
                    ref = opt.goto
                else:
                    target_step = model.step(opt.goto)
                    where = (
                        translate("flowchart_scene", "step {number}").format(number=target_step.number)
                        if target_step
                        else opt.goto
                    )
                    chip_html = f"{_esc(opt.label)} → <b>{where}</b>"
                    ref = ""
                indent = 18.0
                ch = text_height(chip_html, small, COLUMN_WIDTH - indent)
                y += CHIP_GAP
                chip = Box(
                    QRectF(x + indent, y, COLUMN_WIDTH - indent, ch),
                    chip_html,
                    small,
                    c["text"],
                    c["base"],
                    c["decision_border"],
                    ref,
                    radius=10,
                )
                scene.addItem(chip)
                chips.append((chip, opt, step.id))
                y += ch
            y += STEP_GAP
        columns.append(column)

    # the usual order: each step leads to the next one, unless it is a decision
    order = model.steps
    for i, step in enumerate(order[:-1]):
        if step.is_decision:
            continue
        a, b = boxes[step.id], boxes[order[i + 1].id]
        for item in _connector(a.rect(), b.rect(), c["border"]):
            scene.addItem(item)
    for chip, opt, _source in chips:
        if opt.is_ref or opt.goto not in boxes:
            continue
        for item in _connector(chip.rect(), boxes[opt.goto].rect(), c["decision_border"], branch=True):
            scene.addItem(item)
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
    return scene, boxes


def _connector(a: QRectF, b: QRectF, color: str, branch: bool = False) -> list[QGraphicsItem]:
    path = QPainterPath()
    same_column = abs(a.right() - b.right()) < COLUMN_WIDTH
    if same_column and not branch and b.top() >= a.bottom():
        x = a.left() + COLUMN_WIDTH / 2
        path.moveTo(x, a.bottom())
        path.lineTo(x, b.top())
    elif same_column:  # a branch within the column: bow out into the gap on the right
        start = QPointF(a.right(), a.center().y())
        end = QPointF(b.right(), b.top() + min(14.0, b.height() / 2))
        bulge = COLUMN_GAP * 0.55
        path.moveTo(start)
        path.cubicTo(QPointF(start.x() + bulge, start.y()), QPointF(end.x() + bulge, end.y()), end)
    else:  # to another column: from the right edge to the next column's left edge
        start = QPointF(a.right(), a.center().y())
        end = QPointF(b.left(), b.top() + min(14.0, b.height() / 2))
        mid = (start.x() + end.x()) / 2
        path.moveTo(start)
        path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
    return arrow(path, color)
