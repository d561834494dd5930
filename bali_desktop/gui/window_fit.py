"""The window fits its screen and its text: the saved size clamped to the screen it opens on, the
navigation column as wide as its longest place at the text size in use, and the View menu's
"Open at Home for the next officer" (on unless the user turns it off).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QDataStream, QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from bali_desktop.domain.locations import PLACES
from bali_desktop.gui.context import job
from bali_desktop.gui.words import QT_TRANSLATE_NOOP, place_name
from bali_desktop.services import user

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QListWidget, QMainWindow

    from bali_desktop.gui.actions import WindowActions
    from bali_desktop.gui.context import AppContext


class MainWindow(Protocol):
    """What this module needs of gui/main_window.MainWindow (which imports it)."""

    ctx: AppContext
    nav: QListWidget | None
    nav_holder: QWidget
    window_actions: WindowActions

    def font(self) -> QFont: ...

    def width(self) -> int: ...


OPEN_AT_HOME = "open_at_home"  # a user setting: "no" to reopen where the last officer left off
NAV_MIN_WIDTH = 150
NAV_PADDING = 40  # the list's frame, the item's padding and its spacing, both sides
NAV_SHARE = 24  # at most this percentage of the window's width, unless a word needs more


def fit(saved: QRect, area: QRect) -> tuple[QRect, bool]:
    """The saved window rectangle moved and shrunk into `area`, and whether to open maximised
    (it was bigger than the screen: a laptop that went onto a smaller projector). A window that
    only stuck out, or sat on a screen that is gone, is moved in whole."""
    too_big = saved.width() > area.width() or saved.height() > area.height()
    width, height = min(saved.width(), area.width()), min(saved.height(), area.height())
    left = min(max(saved.left(), area.left()), area.right() + 1 - width)
    top = min(max(saved.top(), area.top()), area.bottom() + 1 - height)
    return QRect(left, top, width, height), too_big


def saved_frame(saved: QByteArray) -> QRect | None:
    """The window's outer rectangle as saved by QWidget.saveGeometry (None if unreadable)."""
    stream = QDataStream(saved)  # big-endian, as saved (no enum on the way to the first frame)
    if stream.readUInt32() != 0x1D9D0CB or stream.readUInt16() < 1:
        return None
    stream.readUInt16()
    frame = QRect()
    stream >> frame  # noqa: B015 - QDataStream reads into its right operand
    return frame if frame.isValid() else None  # a short read leaves it null


def place_window(window: QMainWindow, saved: QByteArray | None) -> bool:
    """Size the window before it is shown: the saved geometry, clamped to the screen it will be
    on; else a small laptop's whole screen. True when it should open maximised."""
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            screen = window.screen()
            area = screen.availableGeometry() if screen is not None else None
            if area is not None:  # the size it goes back to when un-maximised fits too
                window.setGeometry(fit(window.normalGeometry(), area)[0])
            return True
        screen = window.screen() or QApplication.primaryScreen()
        if screen is None:
            return False
        area = screen.availableGeometry()
        rect, _ = fit(window.geometry(), area)  # Qt may already have shrunk it
        window.setGeometry(rect)
        was = saved_frame(saved)
        return was is not None and fit(was, area)[1]
    screen = QApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    window.resize(min(1280, area.width() if area else 1280), min(800, area.height() if area else 800))
    return area is not None and area.width() <= 1440


def nav_width(window: MainWindow) -> int:
    """The navigation column's width for the text size and language in use: no place is cut."""
    nav = window.nav
    if nav is None:
        metrics = QFontMetrics(window.font())
        widest = max(metrics.horizontalAdvance(place_name(text)) for _p, text in PLACES)
        return max(NAV_MIN_WIDTH, widest + NAV_PADDING)
    metrics = nav.fontMetrics()
    texts = [nav.item(i).text() for i in range(nav.count())]
    extra = NAV_PADDING + nav.verticalScrollBar().sizeHint().width() + 2 * nav.spacing()
    whole = max(metrics.horizontalAdvance(t) for t in texts) + extra
    # large text on a small window: a name wraps (the list wraps its items) rather than take
    # a third of the window; never narrower than its longest word
    word = max(metrics.horizontalAdvance(w) for t in texts for w in t.split()) + extra
    share = window.width() * NAV_SHARE // 100
    return max(NAV_MIN_WIDTH, word, min(whole, share))


def fit_nav(window: MainWindow) -> None:
    if isValid(window) and isValid(window.nav_holder):  # queued, then the window closed
        window.nav_holder.setFixedWidth(nav_width(window))
        nav = window.nav
        if nav is not None and isValid(nav) and nav.property("kept_in_view") is None:
            nav.setProperty("kept_in_view", True)
            _InView(nav)


class _InView(QObject):
    """The current place stays in view in a navigation list that scrolls (200% text at 800×560:
    the list is taller than the window), after every resize and text size."""

    def __init__(self, nav: QListWidget) -> None:
        super().__init__(nav)
        self.nav = nav
        nav.viewport().installEventFilter(self)
        nav.currentRowChanged.connect(lambda _row: self.later())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.later()
        return False

    def later(self) -> None:
        QTimer.singleShot(0, self.show_current)

    def show_current(self) -> None:
        if isValid(self.nav) and self.nav.currentItem() is not None:
            self.nav.scrollToItem(self.nav.currentItem())


def add_open_at_home(window: MainWindow) -> QAction:
    """View > Open at Home for the next officer: checked, the window opens at Home (the default)."""
    actions = window.window_actions
    act = QAction(actions.window)
    actions._say(act.setText, QT_TRANSLATE_NOOP("actions", "Open at &Home for the next officer"))
    actions._say(
        act.setStatusTip,
        QT_TRANSLATE_NOOP(
            "actions", "Start on Home with an empty search, not where the last officer left off"
        ),
    )
    act.setCheckable(True)
    act.setChecked(True)
    act.setObjectName("open_at_home")
    act.toggled.connect(
        lambda on: window.ctx.call(job(user.save_settings, {OPEN_AT_HOME: "" if on else "no"}))
    )
    menu = actions.language_menu.parentWidget()  # the View menu
    if menu is not None:
        menu.insertAction(actions.fullscreen, act)
    return act


def opens_at_home(values: dict[str, str]) -> bool:
    return values.get(OPEN_AT_HOME, "") != "no"
