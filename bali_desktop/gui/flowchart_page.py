"""Flow chart of a pathway, drawn from the same data: one column per pause point, decisions branching."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.gui import theme
from bali_desktop.gui.context import job
from bali_desktop.gui.flowchart_scene import Box, build_scene
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import button, label, row
from bali_desktop.services import views

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.pathway_view import PathwayData

ZOOM_STEP = 1.2
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0


class FlowChartView(QGraphicsView):
    """Zoom with Ctrl+wheel, + and -, 0 to fit; arrows scroll; double-click a box to open it."""

    zoom_changed = Signal(float)
    box_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("flowchart_page", "Flow chart"))
        self.about = translate(
            "flowchart_page",
            "The pathway drawn as a flow chart. Tab goes from box to box and Enter opens one; "
            "plus and minus zoom, 0 fits the chart to the window, arrow keys scroll.",
        )
        self.setAccessibleDescription(self.about)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # the drawing area hands focus to the chart: no second, unnamed Tab stop (review 19)
        self.viewport().setFocusProxy(self)
        self.viewport().setAccessibleName(translate("flowchart_page", "Flow chart"))
        self.zoom = 1.0
        self.order: list[Box] = []
        self.chosen = -1

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

    # --- boxes from the keyboard: Tab and Shift+Tab go from box to box, Enter opens (review 19) --

    def set_boxes(self, boxes: list[Box]) -> None:
        """The boxes that open something, in reading order (top to bottom, left to right)."""
        self.order = sorted(
            (b for b in boxes if b.target),
            key=lambda b: (round(b.sceneBoundingRect().top()), b.sceneBoundingRect().left()),
        )
        self.chosen = -1

    def choose(self, n: int) -> None:
        if 0 <= self.chosen < len(self.order):
            self.order[self.chosen].set_chosen(False)
        self.chosen = n
        if 0 <= n < len(self.order):
            box = self.order[n]
            box.set_chosen(True)
            self.ensureVisible(box, 40, 40)
            said = box.text.toPlainText().strip()
            self.setAccessibleDescription(
                translate("flowchart_page", "Box {n} of {count}: {text}. Enter opens it.").format(
                    n=n + 1, count=len(self.order), text=said
                )
            )
        elif self.accessibleDescription() != self.about:
            self.setAccessibleDescription(self.about)

    def focusInEvent(self, event) -> None:  # noqa: ANN001, N802
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.BacktabFocusReason and self.order:
            self.choose(len(self.order) - 1)  # Shift+Tab from below the chart: its last box

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802
        n = self.chosen + (1 if next else -1)
        if self.hasFocus() and self.order and 0 <= n < len(self.order) and (self.chosen >= 0 or next):
            self.choose(n)
            return True
        self.choose(-1)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.chosen >= 0:
            self.box_opened.emit(self.order[self.chosen].target)
        elif plain and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
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
        self.setAccessibleName(translate("flowchart_page", "Flow chart"))
        self.ref = ""
        self.data: PathwayData | None = None
        self.boxes: dict[str, Box] = {}
        self.view = FlowChartView()
        self.view.box_opened.connect(ctx.open_ref.emit)
        self.zoom_label = label("100%", tone="muted", selectable=False)
        self.zoom_label.setAccessibleName(translate("flowchart_page", "Zoom"))
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)}%"))
        self.title = label("", selectable=False)
        self.title.setAccessibleName(translate("flowchart_page", "Pathway"))
        b_in = button(
            translate("flowchart_page", "Zoom i&n (+)"),
            translate("flowchart_page", "Zoom in"),
            translate("flowchart_page", "Zoom in (+ or Ctrl+wheel)"),
            self.view.zoom_in,
        )
        b_out = button(
            translate("flowchart_page", "Zoom &out (−)"),
            translate("flowchart_page", "Zoom out"),
            translate("flowchart_page", "Zoom out (- or Ctrl+wheel)"),
            self.view.zoom_out,
        )
        b_fit = button(
            translate("flowchart_page", "Fi&t (0)"),
            translate("flowchart_page", "Fit to window"),
            translate("flowchart_page", "Show the whole chart (0)"),
            self.view.fit,
        )
        b_actual = button(
            translate("flowchart_page", "&Actual size"),
            translate("flowchart_page", "Actual size"),
            slot=partial(self.view.set_zoom, 1.0),
        )
        b_steps = button(
            translate("flowchart_page", "&Steps (F4)"),
            translate("flowchart_page", "Show the steps"),
            translate("flowchart_page", "Back to the pathway's steps"),
            self._steps,
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        lay.addLayout(row(b_in, b_out, b_fit, b_actual, self.zoom_label, b_steps))
        lay.addWidget(self.view, 1)
        ctx.theme_changed.connect(self._redraw)  # bound methods: not called once the page is gone
        ctx.text_size_changed.connect(self._redraw)

    def _redraw(self, _changed: object) -> None:
        self._draw(keep_zoom=True)

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
            model, self.data.titles, theme.colors(self.ctx.theme), self.ctx.font(), self.data.jump_numbers
        )
        scene.setParent(self)
        self.view.setScene(scene)
        self.view.set_boxes([i for i in scene.items() if isinstance(i, Box)])
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
