"""The window's toolbars: Back, Forward and Home on the first; the search box and Bookmark on the
second, beside the first while the row holds both with the search box's whole hint, on a row of
its own when it does not (200% text at 800 px: the hint was cut, and in high contrast Bookmark
went into the toolbar's » menu, out of reach)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QStyle, QToolBar, QToolButton, QWidget
from shiboken6 import isValid

from bali_desktop.gui.flow_layout import hint_width
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QMainWindow


class Frame(Protocol):
    search_box: QLineEdit


class WindowActions(Protocol):
    """What this module needs of gui/actions.WindowActions (which imports it)."""

    window: QMainWindow
    frame: Frame
    back: QAction
    forward: QAction
    home: QAction
    bookmark: QAction
    nav_bar: QToolBar
    search_bar: QToolBar
    bookmark_button: QToolButton

    def _say(self, setter: Callable[[str], object], source: str, context: str = ...) -> None: ...

    def _bookmark_text(self, marked: bool) -> None: ...


def _bar(actions: WindowActions, name: str, context: str) -> QToolBar:
    bar = QToolBar()
    actions._say(bar.setWindowTitle, name, context)
    actions._say(bar.setAccessibleName, name, context)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)
    return bar


def build(actions: WindowActions) -> None:
    """Both toolbars, kept fitted to the window's width from now on."""
    bar = actions.nav_bar = _bar(actions, QT_TRANSLATE_NOOP("actions", "Navigation and search"), "actions")
    for act, name in (
        (actions.back, QT_TRANSLATE_NOOP("actions", "Back")),
        (actions.forward, QT_TRANSLATE_NOOP("actions", "Forward")),
        (actions.home, QT_TRANSLATE_NOOP("actions", "Home")),
    ):
        btn = QToolButton()
        btn.setDefaultAction(act)
        actions._say(btn.setText, name)
        actions._say(btn.setAccessibleName, name)
        bar.addWidget(btn)
    actions.window.addToolBar(bar)
    bar = actions.search_bar = _bar(actions, QT_TRANSLATE_NOOP("search_box", "Search"), "search_box")
    bar.addWidget(actions.frame.search_box)
    actions.bookmark_button = QToolButton()
    actions.bookmark_button.setDefaultAction(actions.bookmark)
    actions._bookmark_text(False)
    bar.addWidget(actions.bookmark_button)
    actions.window.addToolBar(bar)
    watch_toolbars(actions)


def search_width(box: QLineEdit) -> int:
    """The search box's width with its whole hint ("Search everything  (Ctrl+K or /)") in view."""
    return max(box.minimumWidth(), hint_width(box))


def toolbars_one_row(window: QMainWindow, first: QToolBar, second: QToolBar, box: QLineEdit) -> bool:
    """Whether Back, Forward, Home, the whole search box and Bookmark fit the window's width."""
    rest = _content_width(second) - box.sizeHint().width()
    return _content_width(first) + rest + search_width(box) + 4 <= window.width()


def fit_toolbars(actions: WindowActions) -> None:
    """The search toolbar beside the first while the row holds them, on a row of its own when it
    does not (200% text at 800 px: the search hint was cut and Bookmark went into the » menu)."""
    win = actions.window
    if not (isValid(win) and isValid(actions.search_bar)):
        return
    bars = (actions.nav_bar, actions.search_bar)
    box = actions.frame.search_box
    apart = not toolbars_one_row(win, *bars, box)
    # the first bar is never laid out narrower than its buttons: Qt put one away in its » menu,
    # and left that » button shown over Forward once the bar was wide again. (The second bar's
    # least width, on a row of its own only: beside the first, the window could not be made
    # narrower than both, and so would never come to put them on two rows.)
    needs = (_content_width(bars[0]), _content_width(bars[1]) - box.sizeHint().width() + search_width(box))
    for bar, need in zip(bars, (needs[0], needs[1] if apart else 0), strict=True):
        if bar.minimumWidth() != need:
            bar.setMinimumWidth(need)
    if apart != win.toolBarBreak(actions.search_bar):
        if apart:
            win.insertToolBarBreak(actions.search_bar)
        else:
            win.removeToolBarBreak(actions.search_bar)
    elif any(bar.width() < _content_width(bar) or _folded(bar) for bar in bars):
        # their buttons grew or shrank (another theme's padding, another text size) and neither
        # the toolbar's layout nor the window's heard of it: lay them out again, once for these sizes
        sizes = (win.width(), apart, *(_content_width(bar) for bar in bars))
        if actions.search_bar.property("laid_out_for") != sizes:
            actions.search_bar.setProperty("laid_out_for", sizes)
            for bar in bars:
                for widget in bar.findChildren(QWidget):
                    widget.updateGeometry()
                bar.updateGeometry()
            for layout in (*(bar.layout() for bar in bars), win.layout()):
                if layout is not None:
                    layout.invalidate()
    for bar in bars:  # Qt left the » button shown on a bar since made wide enough for its controls
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if _folded(bar) and extension is not None and bar.width() >= _content_width(bar):
            extension.hide()


def _folded(bar: QToolBar) -> bool:
    """Some of the toolbar's controls are put away in its » menu."""
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    return extension is not None and extension.isVisible()


def _content_width(bar: QToolBar) -> int:
    """What the toolbar's controls need side by side, from their own size hints (the toolbar's
    hint is kept from before a style sheet changed them)."""
    shown = [w for a in bar.actions() if (w := bar.widgetForAction(a)) is not None and a.isVisible()]
    layout = bar.layout()
    spacing = layout.spacing() if layout is not None else 0
    style = bar.style()
    edge = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarItemMargin, None, bar)
    edge += style.pixelMetric(QStyle.PixelMetric.PM_ToolBarFrameWidth, None, bar)
    widths = sum(w.sizeHint().width() for w in shown) + spacing * max(0, len(shown) - 1)
    return max(bar.sizeHint().width(), widths + 2 * edge)


class _ToolbarWatch(QObject):
    """Fits the toolbars again after the window's width or the toolbars' contents changed (the
    text size, the theme's padding, the language): once the events have been handled, and again
    a moment later, as a new font reaches the toolbars' buttons one after the other."""

    WATCHED = (
        QEvent.Type.Resize,
        QEvent.Type.LayoutRequest,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ApplicationFontChange,
        QEvent.Type.Show,  # the » button shown: put away again while the bar holds its controls
    )

    def __init__(self, actions: WindowActions) -> None:
        super().__init__(actions.window)
        self.actions = actions
        self.queued = False
        bars = (actions.nav_bar, actions.search_bar)
        for watched in (actions.window, *bars, *(w for b in bars for w in b.findChildren(QWidget))):
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.WATCHED and not self.queued:
            self.queued = True
            QTimer.singleShot(0, self._fit)
            QTimer.singleShot(100, self._fit_again)
        return False

    def _fit(self) -> None:
        self.queued = False
        fit_toolbars(self.actions)

    def _fit_again(self) -> None:
        fit_toolbars(self.actions)


def watch_toolbars(actions: WindowActions) -> None:
    """Keep the window's toolbars fitted to its width from now on."""
    _ToolbarWatch(actions)
    fit_toolbars(actions)
