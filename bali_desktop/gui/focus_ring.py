"""A focus indicator seen in every theme: a 3 px ring in the theme's focus colour around the control
that has the keyboard focus (the navigation list, buttons, fields, steps, link labels, scroll areas,
the flow chart, dialogs' controls: whatever takes focus).

Fusion draws a 1 px ring on some controls and none on others (item views, scroll areas, labels),
and an application style sheet would slow every page (see theme.style_sheet). So one small
overlay per window follows the focus instead: a child of the focused widget's window, raised above
everything, transparent to the mouse, masked to the ring itself so it never hides what it frames.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QRegion
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from bali_desktop.gui import theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent
    from PySide6.QtWidgets import QScrollArea

WIDTH = 3  # the ring's thickness in pixels (at least 2: WCAG 2.4.13)
OUTSIDE = 2  # how far it reaches outside the control; the rest lies on the control's edge
_WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide)


class FocusRing(QWidget):
    """The ring of one window; `follow(widget)` puts it around a widget of that window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._queued = False
        self.hide()

    def follow(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            if isValid(watched):  # a page dropped after a restore takes its widgets with it
                watched.removeEventFilter(self)
                watched.destroyed.disconnect(self._forget)
        self._watched = []
        if self.target is not None and isValid(self.target):
            self.target.destroyed.disconnect(self._lost)
        self.target = widget
        if widget is not None:
            widget.destroyed.connect(self._lost)
            chain: QWidget | None = widget
            while chain is not None and chain is not self.parentWidget():
                chain.installEventFilter(self)
                chain.destroyed.connect(self._forget)  # never touched again once it goes
                self._watched.append(chain)
                chain = chain.parentWidget()
        self.place()

    def _forget(self, gone: QObject | None = None) -> None:
        self._watched = [w for w in self._watched if w is not gone and isValid(w)]

    def _lost(self, *_args: object) -> None:
        self.target = None
        self._watched = []
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _WATCHED and not self._queued:
            self._queued = True  # a scroll moves many widgets: place the ring once, afterwards
            QTimer.singleShot(0, self.place)
        return False

    def ring_rect(self) -> QRect | None:
        """Where the ring goes, in the window's coordinates (None when the target is not seen)."""
        target, window = self.target, self.parentWidget()
        if (
            target is None
            or not isValid(target)
            or window is None
            or not target.isVisibleTo(window)
            or not target.isVisible()
        ):
            return None
        seen = target.visibleRegion().boundingRect()  # clipped by scroll areas and parents
        if seen.isEmpty():
            return None
        top_left = target.mapTo(window, seen.topLeft())
        outer = QRect(top_left, seen.size()).adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE)
        return outer.intersected(window.rect())

    def place(self) -> None:
        if not isValid(self):  # queued, then its window closed
            return
        self._queued = False
        outer = self.ring_rect()
        if outer is None or outer.width() <= 2 * WIDTH or outer.height() <= 2 * WIDTH:
            self.hide()
            return
        self.setGeometry(outer)
        inner = QRect(0, 0, outer.width(), outer.height()).adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)
        self.setMask(QRegion(0, 0, outer.width(), outer.height()).subtracted(QRegion(inner)))
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(theme.current()["focus"]))


def ring_of(window: QWidget) -> FocusRing:
    ring = window.findChild(FocusRing, "focus_ring", Qt.FindChildOption.FindDirectChildrenOnly)
    return ring if isinstance(ring, FocusRing) else FocusRing(window)


def _scroll_to(widget: QWidget) -> None:
    """A control given the focus by the program (a page that loaded, Ctrl+E) is scrolled into view
    as a Tab would: the focus is never out of sight (Qt scrolls only for Tab)."""

    if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return  # a click: what was clicked is already in sight
    reveal(widget)


def reveal(widget: QWidget) -> None:
    """Scroll the page holding `widget` so that it is in sight, once the page is laid out."""
    from PySide6.QtWidgets import QScrollArea

    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    inner = parent.widget() if parent is not None else None
    if parent is not None and inner is not None and inner.isAncestorOf(widget):
        area = parent
        # once laid out: a page that has just been built has not placed its controls yet
        QTimer.singleShot(0, lambda: _reveal(area, widget, 10))


def _reveal(area: QScrollArea, widget: QWidget, tries: int) -> None:
    if not (isValid(area) and isValid(widget) and widget.hasFocus()):
        return
    body = area.widget()
    if body is None:
        return
    bottom = widget.mapTo(body, widget.rect().bottomLeft()).y()
    bar = area.verticalScrollBar()
    if bottom > area.viewport().height() + bar.maximum() and tries > 0:  # the range lags the layout
        QTimer.singleShot(30, lambda: _reveal(area, widget, tries - 1))
        return
    area.ensureWidgetVisible(widget, 8, 8)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    """Put the ring of `new`'s window around it. The widget that lost the focus is never touched:
    it may be half destroyed (a dialog closing), and its window's ring goes with that window."""
    try:
        if new is None or not isValid(new) or isinstance(new, FocusRing):
            return
        window = new.window()
        if window is new or window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return  # a menu or a list that drops down marks its own current entry
        _scroll_to(new)
        ring_of(window).follow(new)
    except RuntimeError:  # a widget deleted on the way: no ring this time, never an error box
        pass


def install() -> None:
    """Follow the keyboard focus in every window of the application (once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or app.property("bali_focus_ring"):
        return
    app.setProperty("bali_focus_ring", True)
    app.focusChanged.connect(_focus_changed)
    focused = app.focusWidget()
    if focused is not None:
        _focus_changed(None, focused)
