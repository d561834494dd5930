"""Flow chart of a pathway, drawn from the same data: one column per pause point, decisions branching."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.pathway import Option, Pathway
from bali_desktop.gui import theme
from bali_desktop.gui.context import job
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import GUIDANCE_TEXT, button, label, row
from bali_desktop.services import views

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.pathway_view import PathwayData

COLUMN_WIDTH = 250.0
COLUMN_GAP = 80.0
STEP_GAP = 30.0
CHIP_GAP = 6.0
PAD = 8.0
ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


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
            self.setToolTip("Double-click to open")

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), self.radius, self.radius)


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
    model: Pathway, titles: dict[str, str], colors: dict[str, str], base_font: QFont
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
        f"{GUIDANCE_TEXT}. Numbers match the steps of the pathway. Double-click a box to open it.", small
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
            html = f"<b>{step.number}.</b> {_esc(step.action)}"
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
                    target = titles.get(opt.goto.split("#", 1)[0], opt.goto)
                    chip_html = f"{_esc(opt.label)} → <u>{_esc(target)}</u>"
                    ref = opt.goto
                else:
                    target_step = model.step(opt.goto)
                    where = f"step {target_step.number}" if target_step else opt.goto
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


class FlowChartView(QGraphicsView):
    """Zoom with Ctrl+wheel, + and -, 0 to fit; arrows scroll; double-click a box to open it."""

    zoom_changed = Signal(float)
    box_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Flow chart")
        self.setAccessibleDescription(
            "The pathway drawn as a flow chart. Plus and minus zoom, 0 fits "
            "the chart to the window, arrow keys scroll."
        )
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.zoom = 1.0

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        self.set_zoom(min(view.width() / rect.width(), view.height() / rect.height()))

    def fit_width(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        width = self.width() - self.verticalScrollBar().sizeHint().width() - 2 * self.frameWidth()
        self.set_zoom(min(1.0, max(0.7, width / rect.width())))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * (ZOOM_STEP**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif plain and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_out()
        elif plain and key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001, N802
        for item in self.items(event.position().toPoint()):
            while item is not None and not isinstance(item, Box):
                item = item.parentItem()
            if isinstance(item, Box) and item.target:
                self.box_opened.emit(item.target)
                return
        super().mouseDoubleClickEvent(event)


class FlowChartPage(QWidget, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Flow chart")
        self.ref = ""
        self.data: PathwayData | None = None
        self.boxes: dict[str, Box] = {}
        self.view = FlowChartView()
        self.view.box_opened.connect(ctx.open_ref.emit)
        self.zoom_label = label("100%", tone="muted", selectable=False)
        self.zoom_label.setAccessibleName("Zoom")
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)}%"))
        self.title = label("", selectable=False)
        self.title.setAccessibleName("Pathway")
        b_in = button("Zoom &in (+)", "Zoom in", "Zoom in (+ or Ctrl+wheel)", self.view.zoom_in)
        b_out = button("Zoom &out (−)", "Zoom out", "Zoom out (- or Ctrl+wheel)", self.view.zoom_out)
        b_fit = button("&Fit (0)", "Fit to window", "Show the whole chart (0)", self.view.fit)
        b_actual = button("&Actual size", "Actual size", slot=partial(self.view.set_zoom, 1.0))
        b_steps = button("&Steps (F4)", "Show the steps", "Back to the pathway's steps", self._steps)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(row(b_in, b_out, b_fit, b_actual, self.zoom_label, b_steps))
        lay.addWidget(self.view, 1)
        ctx.theme_changed.connect(lambda _t: self._draw(keep_zoom=True))
        ctx.text_size_changed.connect(lambda _p: self._draw(keep_zoom=True))

    def show_location(self, loc: Location) -> None:
        if loc.target == self.ref and self.data is not None:
            return
        self.ref = loc.target
        self.data = None
        self.view.setScene(QGraphicsScene(self))
        self.ctx.call(job(views.pathway, loc.target), partial(self._loaded, loc.target))

    def _loaded(self, ref: str, data: PathwayData | None) -> None:
        if ref != self.ref:
            return
        self.data = data
        self._draw(keep_zoom=False)

    def _draw(self, keep_zoom: bool) -> None:
        if self.data is None:
            return
        model = self.data.pathway
        old = self.view.scene()
        scene, self.boxes = build_scene(
            model, self.data.titles, theme.colors(self.ctx.theme), self.ctx.font()
        )
        scene.setParent(self)
        self.view.setScene(scene)
        if old is not None and old is not scene:
            old.deleteLater()
        if keep_zoom:
            self.view.set_zoom(self.view.zoom)
        else:
            self.view.fit_width()

    def _steps(self) -> None:
        if self.ref:
            self.ctx.open_ref.emit(self.ref)

    def focus_target(self) -> QWidget:
        return self.view
