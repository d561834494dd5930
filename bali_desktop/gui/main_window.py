"""The main window: the frame (toolbar, navigation list, the stack of screens), navigation, history.

What the menus, toolbar and shortcuts do is in `actions.py`; the status bar, the problem banner
and error boxes in `window_messages.py`; what the window may call on a screen in `screen.py`, and
where each screen comes from in `screen_registry.py`.

Nothing on the way to the first frame touches `Qt.*` enums or QStyle: creating those Python
enum types costs ~20 ms, so they are first used after the window has painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.locations import PLACES, History, Location, parse, place
from bali_desktop.gui import prefs, window_fit
from bali_desktop.gui.actions import WindowActions
from bali_desktop.gui.context import job
from bali_desktop.gui.screen import Screen, as_widget
from bali_desktop.gui.screen_registry import SCREENS, key_of, screen_key, warm_up
from bali_desktop.gui.search_box import SearchBox
from bali_desktop.gui.window_fit import fit_nav
from bali_desktop.gui.window_messages import WindowMessages
from bali_desktop.gui.words import place_name
from bali_desktop.services import user

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QStatusTipEvent

    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.search import SearchPanel

BACKUP_CHECK_MS = 60 * 60 * 1000  # how often an open window asks whether the day's backup is due
WARM_UP_MS = 1500  # after the library opens: the first paint and the first search come first
SAVES_WAIT_MS = 15_000  # on close, how long to wait for the last saves to be answered

# which navigation entry an item belongs under
_PLACE_OF_KIND = {
    "pathway": "pathways",
    "aid": "pathways",
    "guide": "guides",
    "area": "strategy",
    "commitment": "strategy",
    "objective": "strategy",
    "principle": "strategy",
    "passage": "strategy",
    "member": "whoswho",
    "observer": "whoswho",
    "group": "whoswho",
    "event": "timeline",
    "document": "sources",
    "role": "contacts",
}


class MainWindow(QMainWindow):
    """The frame around the screens; screens are created when first shown.

    For a fast first frame only the frame itself is built before `show()`; the home page and
    the search results panel are made once the window has painted (`first_painted`).
    """

    first_painted = Signal()

    def __init__(self, ctx: AppContext, cache: prefs.WindowCache | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.cache = cache
        self.history = History()
        self.pages: dict[str, Screen] = {}
        self.location: Location | None = None
        self.setWindowTitle(translate("main_window", "Bali Desktop"))
        self.setAccessibleName(translate("main_window", "Bali Desktop"))
        self.setMinimumSize(800, 560)

        self._painted = False
        self.search_box = SearchBox()
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(translate("main_window", "Content"))
        self._search_panel: SearchPanel | None = None
        self.search_box.textChanged.connect(self._typing)
        # the list of places is filled in right after the first frame (see _build_home): making
        # the first item view is what creates Qt's enum types, ~18 ms of the start-up
        self.nav: QListWidget | None = None
        self.nav_holder = QWidget()
        fit_nav(self)  # and again when the text size or the language changes
        self._nav_layout = QVBoxLayout(self.nav_holder)
        self._nav_layout.setContentsMargins(0, 0, 0, 0)

        self.window_actions = WindowActions(self, self, ctx)  # the toolbar and the menus too
        body = QWidget()
        lay = QHBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav_holder)
        lay.addWidget(self.stack, 1)
        central = QWidget()
        central_layout = QVBoxLayout(central)  # a problem banner goes above the body
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self.messages = WindowMessages(self, central_layout, ctx, self._focus_shown)
        self.open_at_home = window_fit.add_open_at_home(self)
        ctx.text_size_changed.connect(lambda _points: QTimer.singleShot(0, lambda: fit_nav(self)))

        ctx.open_ref.connect(self.open_location)
        ctx.library_opened.connect(self._library_opened)
        ctx.user_data_changed.connect(self._user_data_changed)
        ctx.checklists_needed.connect(lambda: self.page("checklists"))

        # first start: fill a small laptop screen; later: where the user left it, if it fits the screen
        self.start_maximized = window_fit.place_window(self, cache.geometry if cache is not None else None)
        self.history.visit("home")
        self.first_painted.connect(self._build_home)
        self.first_painted.connect(self.search_box.add_clear_button)

    def event(self, event: QEvent) -> bool:
        if not getattr(self, "_painted", True) and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        elif event.type() == QEvent.Type.StatusTip:  # menu and toolbar hints: elided like messages
            self.messages.show_tip(cast("QStatusTipEvent", event).tip())
            return True
        elif event.type() in (QEvent.Type.LanguageChange, QEvent.Type.Resize) and self.nav is not None:
            QTimer.singleShot(0, lambda: fit_nav(self))  # the places' names in the new language
        return super().event(event)

    def _build_nav(self) -> None:
        if self.nav is not None:
            return
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setAccessibleName(translate("main_window", "Places"))
        nav.setSpacing(3)
        nav.setWordWrap(True)  # large text in a small window: a place's name wraps, never cut
        nav.setResizeMode(QListWidget.ResizeMode.Adjust)
        for _pid, text in PLACES:
            nav.addItem(place_name(text))
        nav.currentRowChanged.connect(self._nav_changed)
        self._nav_layout.addWidget(nav)
        self.nav = nav
        self.setTabOrder(self.search_box, nav)
        self.setTabOrder(nav, self.stack)
        if self.location is not None:
            self._sync_nav(self.location)

    def _build_home(self) -> None:
        from bali_desktop.gui import focus_ring

        self._build_nav()
        fit_nav(self)
        focus_ring.install()  # a ring around the focused control, in every theme
        if self.location is None and self.history.current == "home":
            self.navigate("home", record=False)

    # --- screens and navigation -----------------------------------------------------------

    def page(self, key: str) -> Screen:
        """The page for a screen or place, created the first time it is needed."""
        key = screen_key(key)
        if key not in self.pages:
            page = SCREENS[key](self.ctx)
            self.pages[key] = page
            self.stack.addWidget(as_widget(page))
        return self.pages[key]

    def reset_pages(self) -> None:
        """After a restore: show Home, and drop every other page (unsaved state is not written
        back), so each is built again from the restored data when next shown."""
        self.navigate("home", record=True)
        for key in [k for k in self.pages if k != "home"]:
            widget = as_widget(self.pages.pop(key))
            self.stack.removeWidget(widget)
            widget.deleteLater()

    def shown_screen(self) -> Screen | None:
        """The page on show (None while the search results are)."""
        current = self.stack.currentWidget()
        return next((p for p in self.pages.values() if p is current), None)

    def open_location(self, location: str) -> None:
        """Show a location asked for by a link, a button or a search result; focus the page."""
        self.navigate(location, record=True, focus=True)

    def navigate(self, location: str, *, record: bool = True, focus: bool = False) -> bool:
        try:
            loc = parse(location)
        except ValueError:
            self.ctx.show_status(
                translate("main_window", "Cannot open {location}.").format(location=location)
            )
            return False
        self._flush_current()
        page = self.page(key_of(loc))
        page.show_location(loc)
        self.stack.setCurrentWidget(as_widget(page))
        self.location = loc
        if record:
            self.history.visit(location)
        self._sync_nav(loc)
        self.window_actions.refresh()
        if loc.ref and self.ctx.ready:
            self.ctx.call(job(user.touch_recent, loc.ref))
        if focus:
            page.focus_target().setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        return True

    def go_back(self) -> None:
        location = self.history.back()
        if location:
            self.navigate(location, record=False, focus=True)

    def go_forward(self) -> None:
        location = self.history.forward()
        if location:
            self.navigate(location, record=False, focus=True)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PLACES):
            self.navigate(place(PLACES[row][0]))

    def _sync_nav(self, loc: Location) -> None:
        pid = loc.target if loc.screen == "place" else _PLACE_OF_KIND.get(loc.ref.split(":")[0], "")
        row = next((i for i, (p, _t) in enumerate(PLACES) if p == pid), -1)
        if self.nav is None:
            return
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def _flush_current(self) -> None:
        shown = self.shown_screen()
        if shown is not None:
            shown.flush()

    def _focus_shown(self) -> None:
        """After the problem banner is dismissed: the keyboard focus back on the screen."""
        shown = self.shown_screen()
        target = shown.focus_target() if shown is not None else self.stack.currentWidget()
        if target is not None:
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def change_language(self, code: str) -> None:
        """View > Language: speak `code` at once (see language_menu.apply)."""
        from bali_desktop.gui import language_menu

        language_menu.apply(self, code)

    def _user_data_changed(self, what: str) -> None:
        for page in self.pages.values():
            page.user_data_changed(what)

    # --- search ---------------------------------------------------------------------------

    @property
    def search_panel(self) -> SearchPanel:
        """The search results, made when first needed."""
        if self._search_panel is None:
            from bali_desktop.gui.search import SearchPanel

            panel = SearchPanel(self.ctx, self.search_box)
            panel.activated.connect(self._show_search)
            panel.dismissed.connect(self._hide_search)
            panel.results.currentItemChanged.connect(lambda *_: self.window_actions.update_add())
            self.stack.addWidget(panel)
            self._search_panel = panel
        return self._search_panel

    def chosen_result(self) -> str | None:
        """While the search results are on show, the ref chosen there ("" for none); else None."""
        panel = self._search_panel
        if panel is not None and self.stack.currentWidget() is panel:
            return panel.current_ref()
        return None

    def _typing(self, text: str) -> None:
        if self._search_panel is None and text.strip():
            self.search_panel._typed(text)  # the panel listens to the box from now on

    def focus_search(self) -> None:
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _show_search(self) -> None:
        if self._search_panel is not None and self.stack.currentWidget() is not self._search_panel:
            self._flush_current()
            self.stack.setCurrentWidget(self._search_panel)
            self.window_actions.update_add()

    def _hide_search(self) -> None:
        if (
            self._search_panel is not None
            and self.stack.currentWidget() is self._search_panel
            and self.location is not None
        ):
            self.stack.setCurrentWidget(as_widget(self.page(key_of(self.location))))
            self.window_actions.update_add()

    # --- start and close ------------------------------------------------------------------

    def _library_opened(self, _version: str) -> None:
        self.ctx.call(job(user.settings, prefs.SETTING_KEYS), self._settings_loaded)
        self._daily_backup()  # the once-a-day copy, if the work changed
        self._backup_timer = QTimer(self)  # a window left open for days still makes it
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self._daily_backup)
        self._backup_timer.start()
        QTimer.singleShot(WARM_UP_MS, warm_up)  # the pathway screen's modules, before the first click

    def _daily_backup(self) -> None:
        from bali_desktop.services import backups  # not on the way to the first paint

        self.ctx.call(job(backups.daily))

    def _settings_loaded(self, values: dict[str, str]) -> None:
        """The saved look (if the window cache was stale) and the last place, once the data is open."""
        self.window_actions.restore_look(values)
        # go back to where the user left off, unless they have already gone somewhere or typed
        last = values.get("last_location")
        home = self.pages.get("home")
        untouched = (
            self.location is not None
            and self.location.target == "home"
            and not self.history.can_back
            and not self.search_box.text()
            and home is not None
            and self.stack.currentWidget() is home
        )
        home_first = window_fit.opens_at_home(values)
        self.open_at_home.blockSignals(True)
        self.open_at_home.setChecked(home_first)
        self.open_at_home.blockSignals(False)
        if last and last != "home" and untouched and not home_first:
            self.navigate(last, record=True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.messages.closing = True  # no banner or error box from now on
        for page in self.pages.values():
            page.flush()  # also sends again every save that failed before
        if self.ctx.ready and self.ctx.worker.running:
            self._wait_for_saves()
            unsaved = self.unsaved_work()
            if unsaved and not self.confirm_losing(unsaved):
                self.messages.closing = False
                event.ignore()
                return
        last = self.history.current or "home"
        self.window_actions.save_settings(
            {"last_location": last, "text_size": str(self.ctx.text_size), "theme": self.ctx.theme}
        )
        if self.cache is not None:
            self.cache.save(self.saveGeometry(), self.ctx.theme, self.ctx.text_size)
        from bali_desktop.services import backups

        self.ctx.call(job(backups.automatic))  # the rolling copy, after the last saves
        self.ctx.shutdown()  # finishes the queued writes, then closes the database
        super().closeEvent(event)

    # --- never drop a save (issue 11, point 6) --------------------------------------------

    def _wait_for_saves(self) -> None:
        """Let the queued saves finish (at most SAVES_WAIT_MS) and take in their answers, without
        running an event loop here (which would also delete objects mid-close)."""
        import threading

        from PySide6.QtCore import QCoreApplication

        finished = threading.Event()
        self.ctx.call(lambda _s: finished.set())  # runs after every save queued before it
        finished.wait(SAVES_WAIT_MS / 1000)
        QCoreApplication.sendPostedEvents(self.ctx.worker, QEvent.Type.MetaCall)

    def unsaved_work(self) -> str:
        """What the database has not said it saved, in words ("" when everything is saved)."""
        from bali_desktop.gui.widgets import NoteEditor

        reasons = [e.pending.failure for e in self.findChildren(NoteEditor) if e.unsaved]
        what = [translate("main_window", "a note")] if reasons else []
        for key, words in (
            ("checklists", translate("main_window", "checklist edits")),
            ("walk", translate("main_window", "walk-through ticks")),
            ("contacts", translate("main_window", "a contact")),
        ):
            page = self.pages.get(key)
            if page is not None and getattr(page, "unsaved", False):
                what.append(words)
                reasons.append(page.pending.failure)  # type: ignore[attr-defined]
        if not what:
            return ""
        why = next((r for r in reasons if r), "")
        joined = translate("main_window", " and ").join(what)
        return (
            translate("main_window", "Some of your work ({what}) could not be saved.").format(what=joined)
            + f" {why}"
        ).strip()

    def confirm_losing(self, unsaved: str) -> bool:
        """Ask before closing with unsaved work: True to close all the same."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, translate("main_window", "Not saved"), unsaved, parent=self
        )
        box.setInformativeText(
            translate(
                "main_window",
                "If you close now, it is lost. Keep the window open, free some space or close the "
                "other program, then close again: it is saved then.",
            )
        )
        keep = box.addButton(
            translate("main_window", "&Keep the window open"), QMessageBox.ButtonRole.RejectRole
        )
        box.addButton(
            translate("main_window", "Close &without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is not keep
