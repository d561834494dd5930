"""The main window: menus, toolbar with search, navigation list, the stack of screens, history.

Nothing on the way to the first frame touches `Qt.*` enums or QStyle: creating those Python
enum types costs ~20 ms, so they are first used after the window has painted.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.locations import PLACES, History, Location, parse, place, place_keys
from bali_desktop.gui import prefs, theme
from bali_desktop.gui.search_box import SearchBox

if TYPE_CHECKING:
    from bali_desktop.gui.banners import ProblemBanner, StatusText
    from bali_desktop.gui.context import AppContext

log = logging.getLogger(__name__)

STATUS_TIMEOUT_MS = 6000  # a status-bar message goes away after this long

# screen or place -> (module, class); modules are imported the first time they are shown
_PAGES: dict[str, tuple[str, str]] = {
    "home": ("home_page", "HomePage"),
    "pathways": ("pathways_page", "PathwaysPage"),
    "guides": ("guides_page", "GuidesPage"),
    "strategy": ("strategy_page", "StrategyPage"),
    "whoswho": ("whoswho_page", "WhosWhoPage"),
    "timeline": ("timeline_page", "TimelinePage"),
    "sources": ("sources_page", "SourcesPage"),
    "contacts": ("contacts_page", "ContactsPage"),
    "mine": ("mine_page", "MinePage"),
    "reader": ("reader_page", "ReaderPage"),
    "pathway": ("pathway_page", "PathwayPage"),
    "walk": ("walkthrough_page", "WalkthroughPage"),
    "flow": ("flowchart_page", "FlowChartPage"),
}
_SCREEN_PAGE = {"source": "sources"}  # a source at a paragraph is shown by the Sources page
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


def _is_bookmarked(ref: str, _lib, user) -> bool:  # noqa: ANN001 - worker jobs below
    return user.is_bookmarked(ref)


def _toggle_bookmark(ref: str, _lib, user) -> bool:  # noqa: ANN001
    return user.toggle_bookmark(ref)


def _touch_recent(ref: str, lib, user) -> None:  # noqa: ANN001
    if lib.get(ref) is not None:
        user.touch_recent(ref)


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
        self.pages: dict[str, QWidget] = {}
        self.location: Location | None = None
        self._closing = False
        self._restoring = False
        self._error_boxes: list[QMessageBox] = []
        self.setWindowTitle("Bali Desktop")
        self.setAccessibleName("Bali Desktop")
        self.setMinimumSize(800, 560)

        self._painted = False
        self.search_box = SearchBox()
        self.stack = QStackedWidget()
        self.stack.setAccessibleName("Content")
        self._search_panel = None
        self.search_box.textChanged.connect(self._typing)
        # the list of places is filled in right after the first frame (see _build_home): making
        # the first item view is what creates Qt's enum types, ~18 ms of the start-up
        self.nav: QListWidget | None = None
        self.nav_holder = QWidget()
        self.nav_holder.setFixedWidth(
            max(150, QFontMetrics(self.font()).horizontalAdvance(max((t for _p, t in PLACES), key=len)) + 40)
        )
        QVBoxLayout(self.nav_holder).setContentsMargins(0, 0, 0, 0)

        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        body = QWidget()
        lay = QHBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.nav_holder)
        lay.addWidget(self.stack, 1)
        central = QWidget()
        self.central_layout = QVBoxLayout(central)  # a problem banner goes above the body
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.central_layout.addWidget(body, 1)
        self.setCentralWidget(central)
        self.problem_banner: ProblemBanner | None = None  # made when there is a problem to show
        self.version_label = QLabel("Opening the library…")
        self.version_label.setAccessibleName("Content version")
        self.statusBar().addPermanentWidget(self.version_label)
        self.status_label: StatusText | None = None  # made with the first message
        self._message = ""  # the transient message on show (a hovered hint may cover it)
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_TIMEOUT_MS)
        self.status_timer.timeout.connect(self._clear_status)

        ctx.open_ref.connect(self.open_location)
        ctx.library_opened.connect(self._library_opened)
        ctx.status_message.connect(self.show_status)
        ctx.problem_reported.connect(self.show_problem)
        ctx.error_reported.connect(self._show_error)
        ctx.text_size_changed.connect(self._text_size_changed)
        ctx.user_data_changed.connect(self._user_data_changed)
        ctx.make_checklist_requested.connect(self._checklist_requested)
        ctx.add_to_checklist_requested.connect(self._checklist_requested)
        ctx.checklists_needed.connect(lambda: self.page("checklists"))

        # first start: fill a small laptop screen; later: where the user left the window
        self.start_maximized = False
        if cache is not None and cache.geometry is not None:
            self.restoreGeometry(cache.geometry)
        else:
            screen = QApplication.primaryScreen()
            area = screen.availableGeometry() if screen is not None else None
            if area is not None and area.width() <= 1440:
                self.start_maximized = True
            self.resize(min(1280, area.width() if area else 1280), min(800, area.height() if area else 800))
        self.history.visit("home")
        self.first_painted.connect(self._build_home)

    def event(self, event: QEvent) -> bool:
        if not getattr(self, "_painted", True) and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        elif event.type() == QEvent.Type.StatusTip:  # menu and toolbar hints: elided like messages
            self._show_tip(event.tip())
            return True
        return super().event(event)

    def _build_nav(self) -> None:
        if self.nav is not None:
            return
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setAccessibleName("Places")
        nav.setSpacing(3)
        for _pid, text in PLACES:
            nav.addItem(text)
        nav.currentRowChanged.connect(self._nav_changed)
        self.nav_holder.layout().addWidget(nav)
        self.nav = nav
        self.setTabOrder(self.search_box, nav)
        self.setTabOrder(nav, self.stack)
        if self.location is not None:
            self._sync_nav(self.location)

    def _build_home(self) -> None:
        self._build_nav()
        if self.location is None and self.history.current == "home":
            self.navigate("home", record=False)

    # --- actions and menus ----------------------------------------------------------------

    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        if shortcuts:
            keys = list(dict.fromkeys(QKeySequence(s).toString() for s in shortcuts))
            act.setShortcuts([QKeySequence(k) for k in keys if k])  # a repeat would be ambiguous
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def _build_actions(self) -> None:
        a = self._action
        self.act_back = a(
            "&Back", self.go_back, [QKeySequence.StandardKey.Back, "Alt+Left"], "Go back (Alt+Left)"
        )
        self.act_forward = a(
            "&Forward",
            self.go_forward,
            [QKeySequence.StandardKey.Forward, "Alt+Right"],
            "Go forward (Alt+Right)",
        )
        self.act_home = a("&Home", lambda: self.open_location("home"), ["Alt+Home"], "Home (Alt+Home)")
        self.act_search = a(
            "&Search…",
            self.focus_search,
            ["Ctrl+K", "Ctrl+F", "/"],
            "Search everything (Ctrl+K, Ctrl+F or /)",
        )
        self.act_places = []
        for pid, text in PLACES:
            self.act_places.append(a(text, partial(self.open_location, place(pid)), [place_keys(pid)]))
        self.act_bookmark = a(
            "&Bookmark this item",
            self.toggle_bookmark,
            ["Ctrl+D"],
            "Bookmark or un-bookmark this item (Ctrl+D)",
        )
        self.act_bookmark.setCheckable(True)
        self.act_note = a("Edit &note", self.focus_note, ["Ctrl+E"], "Write a note on this item (Ctrl+E)")
        self.act_walk = a("&Walk through, one step at a time", self.open_walkthrough, ["F5"])
        self.act_flow = a("&Flow chart", self.open_flowchart, ["F6"])
        self.act_pathway = a("&Pathway steps", self.open_pathway_steps, ["F4"])
        self.act_checklist = a("&Make a checklist", self.make_checklist, ["Ctrl+Shift+C"])
        self.act_add_to_checklist = a(
            "&Add to checklist…",
            self.add_to_checklist,
            ["Ctrl+Shift+A"],
            "Add this item, or the chosen search result, to a saved checklist or a new one (Ctrl+Shift+A)",
        )
        self.act_bigger = a(
            "&Larger text",
            lambda: self.ctx.set_text_size(self.ctx.text_size + 1),
            ["Ctrl++", "Ctrl+=", QKeySequence.StandardKey.ZoomIn],
        )
        self.act_smaller = a(
            "&Smaller text",
            lambda: self.ctx.set_text_size(self.ctx.text_size - 1),
            ["Ctrl+-", QKeySequence.StandardKey.ZoomOut],
        )
        self.act_normal = a("&Normal text size", self._reset_text_size, ["Ctrl+0"])
        self.act_fullscreen = a("F&ull screen", self._toggle_fullscreen, ["F11"])
        self.act_quit = a("&Quit", self.close, [QKeySequence.StandardKey.Quit, "Ctrl+Q"])
        self.act_keys = a("&Keyboard shortcuts", self.show_shortcuts, ["F1"])
        self.act_about = a("&About Bali Desktop", self.show_about)
        self.theme_group = QActionGroup(self)
        self.act_themes: dict[str, QAction] = {}
        for tid, text in theme.THEMES:
            act = a(text, partial(self.set_theme, tid))
            act.setCheckable(True)
            self.theme_group.addAction(act)
            self.act_themes[tid] = act
        self.act_themes.get(self.ctx.theme, self.act_themes["light"]).setChecked(True)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Navigation and search")
        bar.setAccessibleName("Navigation and search")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setEnabled(False)
        for act, name in ((self.act_back, "Back"), (self.act_forward, "Forward"), (self.act_home, "Home")):
            btn = QToolButton()
            btn.setDefaultAction(act)
            btn.setText(name)
            btn.setAccessibleName(name)
            bar.addWidget(btn)
        bar.addSeparator()
        bar.addWidget(self.search_box)
        self.bookmark_button = QToolButton()
        self.bookmark_button.setDefaultAction(self.act_bookmark)
        self.bookmark_button.setText("☆ Bookmark")
        self.bookmark_button.setAccessibleName("Bookmark this item")
        bar.addWidget(self.bookmark_button)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        mb.setAccessibleName("Menu bar")
        m = mb.addMenu("&File")
        m.addAction(self.act_quit)
        m = mb.addMenu("&Go")
        m.addActions([self.act_back, self.act_forward, self.act_home, self.act_search])
        m.addSeparator()
        m.addActions(self.act_places)
        m = mb.addMenu("&Item")
        m.addActions([self.act_bookmark, self.act_note])
        m.addSeparator()
        m.addActions(
            [self.act_pathway, self.act_walk, self.act_flow, self.act_checklist, self.act_add_to_checklist]
        )
        m = mb.addMenu("&View")
        m.addActions([self.act_bigger, self.act_smaller, self.act_normal])
        m.addSeparator()
        tm = m.addMenu("&Theme")
        tm.addActions(list(self.act_themes.values()))
        m.addAction(self.act_fullscreen)
        m = mb.addMenu("&Help")
        m.addActions([self.act_keys, self.act_about])

    # --- navigation -----------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for a screen or place, created the first time it is needed."""
        key = _SCREEN_PAGE.get(key, key)
        if key not in self.pages:
            widget = self._checklists_page() if key == "checklists" else None
            if widget is None:
                module_name, class_name = _PAGES[key]
                module = importlib.import_module(f"bali_desktop.gui.{module_name}")
                widget = getattr(module, class_name)(self.ctx)
            self.pages[key] = widget
            self.stack.addWidget(widget)
        return self.pages[key]

    def _checklists_page(self) -> QWidget:
        """The checklists screen comes from its own module; until it exists, say so."""
        name = "bali_desktop.gui.checklists_page"
        try:
            if importlib.util.find_spec(name) is not None:
                return importlib.import_module(name).ChecklistsPage(self.ctx)
            message = "Checklists are coming in the next version."
        except Exception as e:  # noqa: BLE001 - a broken module must not break the window
            log.exception("cannot load the checklists screen")
            message = f"The checklists screen could not be loaded ({type(e).__name__}: {e})."
        from bali_desktop.gui.widgets import label

        holder = QWidget()
        holder.setProperty("placeholder", True)
        holder.setAccessibleName("Checklists")
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(24, 24, 24, 24)
        lay.addWidget(label(message, selectable=False))
        lay.addStretch(1)
        return holder

    def open_location(self, location: str) -> None:
        """Show a location asked for by a link, a button or a search result; focus the page."""
        self.navigate(location, record=True, focus=True)

    def navigate(self, location: str, *, record: bool = True, focus: bool = False) -> bool:
        try:
            loc = parse(location)
        except ValueError:
            self.ctx.show_status(f"Cannot open {location}.")
            return False
        self._flush_current()
        key = loc.target if loc.screen == "place" else loc.screen
        page = self.page(key)
        show = getattr(page, "show_location", None)  # optional for pages from other modules
        if show is not None:
            show(loc)
        self.stack.setCurrentWidget(page)
        self.location = loc
        if record:
            self.history.visit(location)
        self._sync_nav(loc)
        self._update_actions()
        if loc.ref and self.ctx.ready:
            self.ctx.run(partial(_touch_recent, loc.ref))
        if focus:
            target = getattr(page, "focus_target", lambda: page)()
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
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
        current = self.stack.currentWidget()
        flush = getattr(current, "flush", None)
        if flush is not None:
            flush()

    def _update_actions(self) -> None:
        loc = self.location
        ref = loc.ref if loc else ""
        is_pathway = bool(loc and loc.screen in ("pathway", "walk", "flow"))
        self.act_back.setEnabled(self.history.can_back)
        self.act_forward.setEnabled(self.history.can_forward)
        self.act_bookmark.setEnabled(bool(ref))
        self.act_note.setEnabled(bool(ref) and loc.screen in ("reader", "pathway"))
        for act in (self.act_walk, self.act_flow, self.act_pathway):
            act.setEnabled(is_pathway)
        self.act_checklist.setEnabled(is_pathway or ref.startswith("aid:"))
        self._update_add_action()
        self.act_bookmark.setChecked(False)
        self._bookmark_text(False)
        if ref:
            self.ctx.run(partial(_is_bookmarked, ref), partial(self._bookmark_state, ref))

    def _bookmark_state(self, ref: str, marked: bool) -> None:
        if self.location and self.location.ref == ref:
            self.act_bookmark.setChecked(marked)
            self._bookmark_text(marked)

    def _bookmark_text(self, marked: bool) -> None:
        self.bookmark_button.setText("★ Bookmarked" if marked else "☆ Bookmark")
        self.bookmark_button.setAccessibleName("Remove bookmark" if marked else "Bookmark this item")

    # --- search ---------------------------------------------------------------------------

    @property
    def search_panel(self):  # noqa: ANN201 - SearchPanel, imported when first needed
        if self._search_panel is None:
            from bali_desktop.gui.search import SearchPanel

            panel = SearchPanel(self.ctx, self.search_box)
            panel.activated.connect(self._show_search)
            panel.dismissed.connect(self._hide_search)
            panel.results.currentItemChanged.connect(lambda *_: self._update_add_action())
            self.stack.addWidget(panel)
            self._search_panel = panel
        return self._search_panel

    def _typing(self, text: str) -> None:
        if self._search_panel is None and text.strip():
            self.search_panel._typed(text)  # the panel listens to the box from now on

    def focus_search(self) -> None:
        self.search_box.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _show_search(self) -> None:
        if self.stack.currentWidget() is not self._search_panel:
            self._flush_current()
            self.stack.setCurrentWidget(self._search_panel)
            self._update_add_action()

    def _hide_search(self) -> None:
        if (
            self._search_panel is not None
            and self.stack.currentWidget() is self._search_panel
            and self.location is not None
        ):
            key = self.location.target if self.location.screen == "place" else self.location.screen
            self.stack.setCurrentWidget(self.page(key))
            self._update_add_action()

    # --- item actions ---------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        ref = self.location.ref if self.location else ""
        if not ref:
            self.act_bookmark.setChecked(False)
            return
        self.ctx.run(partial(_toggle_bookmark, ref), partial(self._bookmark_toggled, ref))

    def _bookmark_toggled(self, ref: str, marked: bool) -> None:
        self._bookmark_state(ref, marked)
        self.ctx.show_status("Bookmarked." if marked else "Bookmark removed.")
        self.ctx.user_data_changed.emit("bookmarks")

    def focus_note(self) -> None:
        note = getattr(self.stack.currentWidget(), "note", None)
        if note is not None:
            note.edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def _pathway_ref(self) -> str:
        loc = self.location
        return loc.target if loc and loc.screen in ("pathway", "walk", "flow") else ""

    def open_walkthrough(self) -> None:
        if ref := self._pathway_ref():
            self.open_location(f"walk:{ref}")

    def open_flowchart(self) -> None:
        if ref := self._pathway_ref():
            self.open_location(f"flow:{ref}")

    def open_pathway_steps(self) -> None:
        if ref := self._pathway_ref():
            self.open_location(ref)

    def make_checklist(self) -> None:
        ref = self._pathway_ref() or (self.location.ref if self.location else "")
        if ref:
            self.ctx.request_checklist(ref)

    def _add_target(self) -> str:
        """What "Add to checklist…" adds: the chosen search result while the results are on
        screen, otherwise the item shown (a pathway, also from its walk-through or flow chart)."""
        panel = self._search_panel
        if panel is not None and self.stack.currentWidget() is panel:
            return panel.current_ref()
        return self.location.ref if self.location else ""

    def _update_add_action(self) -> None:
        self.act_add_to_checklist.setEnabled(bool(self._add_target()))

    def add_to_checklist(self) -> None:
        ref = self._add_target()
        if ref:
            self.ctx.request_add_to_checklist(ref)
        else:
            self.ctx.show_status("Open an item or choose a search result to add it to a checklist.")

    def _checklist_requested(self, _ref: str) -> None:
        page = self.pages.get("checklists")
        if page is None or page.property("placeholder"):  # the real page answers for itself
            self.ctx.show_status("Checklists are not available in this version yet.")

    # --- comfort --------------------------------------------------------------------------

    def set_theme(self, theme_id: str) -> None:
        self.ctx.theme = theme_id
        theme.apply(QApplication.instance(), theme_id, self.ctx.text_size, set_style=False)
        theme.retone(self)
        self.act_themes[theme_id].setChecked(True)
        self.ctx.theme_changed.emit(theme_id)
        if not self._restoring:
            self._save_settings({"theme": theme_id})

    def _reset_text_size(self) -> None:
        from bali_desktop.gui.context import DEFAULT_TEXT_SIZE

        self.ctx.set_text_size(DEFAULT_TEXT_SIZE)

    def _text_size_changed(self, points: int) -> None:
        from bali_desktop.gui.widgets import rescale_fonts

        theme.apply_text_size(QApplication.instance(), points)
        rescale_fonts(self, self.ctx)  # headings and big steps have their own, scaled fonts
        if not self._restoring:
            self.ctx.show_status(f"Text size {points} pt.")
            self._save_settings({"text_size": str(points)})

    def _toggle_fullscreen(self) -> None:
        self.setWindowState(self.windowState() ^ QtCore.Qt.WindowState.WindowFullScreen)

    def _save_settings(self, values: dict[str, str]) -> None:
        self.ctx.run(partial(prefs.save_settings, values))

    def show_shortcuts(self) -> None:
        from bali_desktop.gui.help_dialogs import show_shortcuts

        show_shortcuts(self)

    def show_about(self) -> None:
        from bali_desktop.gui.help_dialogs import show_about

        show_about(self, self.ctx.content_version)

    # --- start, data changes, errors, close ------------------------------------------------

    def _library_opened(self, version: str) -> None:
        self.version_label.setText(f"Content {version} · works offline")
        self.ctx.run(prefs.load_settings, self._settings_loaded)

    def _settings_loaded(self, values: dict[str, str]) -> None:
        """The saved look (if the window cache was stale) and the last place, once the data is open."""
        self._restoring = True
        try:
            if values.get("theme") in self.act_themes and values["theme"] != self.ctx.theme:
                self.set_theme(values["theme"])
            if values.get("text_size", "").isdigit():
                self.ctx.set_text_size(int(values["text_size"]))
        finally:
            self._restoring = False
        # go back to where the user left off, unless they have already gone somewhere or typed
        last = values.get("last_location")
        untouched = (
            self.location is not None
            and self.location.target == "home"
            and not self.history.can_back
            and not self.search_box.text()
            and self.stack.currentWidget() is self.pages.get("home")
        )
        if last and last != "home" and untouched:
            self.navigate(last, record=True)

    # --- status bar and problem banner ------------------------------------------------------

    def show_status(self, text: str) -> None:
        """A short message at the left of the status bar, gone after STATUS_TIMEOUT_MS; elided to
        the room left of the content version, so the two never run into each other."""
        self._message = text
        self._set_status_text(text)
        if text:
            self.status_timer.start()
        else:
            self.status_timer.stop()

    def _show_tip(self, tip: str) -> None:
        """A hovered action's hint; when the pointer leaves, the message still due comes back."""
        self._set_status_text(tip or (self._message if self.status_timer.isActive() else ""))

    def _set_status_text(self, text: str) -> None:
        if self.status_label is None:
            if not text:
                return
            from bali_desktop.gui.banners import StatusText

            self.status_label = StatusText()
            self.status_label.setAccessibleName("Status")
            self.statusBar().addWidget(self.status_label, 1)
        self.status_label.set_message(text)

    def _clear_status(self) -> None:
        self._message = ""
        self._set_status_text("")

    def status_text(self) -> str:
        """The whole status message on show ("" when none)."""
        return self.status_label.message if self.status_label is not None else ""

    def show_problem(self, text: str) -> None:
        """A banner across the top of the window that stays until dismissed."""
        if self._closing:
            return
        if self.problem_banner is None:
            from bali_desktop.gui.banners import ProblemBanner

            self.problem_banner = ProblemBanner()
            self.problem_banner.dismissed.connect(self._problem_dismissed)
            self.central_layout.insertWidget(0, self.problem_banner)
        self.problem_banner.add(text)
        self.problem_banner.show()
        if not self.ctx.ready:
            self.version_label.setText("Library not open")

    def _problem_dismissed(self) -> None:
        page = self.stack.currentWidget()
        if page is not None:
            target = getattr(page, "focus_target", lambda: page)()
            target.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _user_data_changed(self, what: str) -> None:
        for page in self.pages.values():
            refresh = getattr(page, "user_data_changed", None)
            if refresh is not None:
                refresh(what)

    def _show_error(self, title: str, message: str) -> None:
        if self._closing:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAccessibleName(title)
        box.finished.connect(lambda _r, b=box: b in self._error_boxes and self._error_boxes.remove(b))
        self._error_boxes.append(box)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._closing = True
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if flush is not None:
                flush()
        last = self.history.current or "home"
        self._save_settings(
            {"last_location": last, "text_size": str(self.ctx.text_size), "theme": self.ctx.theme}
        )
        if self.cache is not None:
            self.cache.save(self.saveGeometry(), self.ctx.theme, self.ctx.text_size)
        self.ctx.shutdown()  # finishes the queued writes, then closes the database
        super().closeEvent(event)
