"""The window's actions: what its menus, toolbar and keyboard shortcuts do, and when each is on.

`WindowActions` builds every QAction (shortcuts are added to the window, so they work with the
menu bar hidden), the toolbar and the menus, and carries out the item and comfort actions
(bookmark, note, walk-through, checklist, theme, text size). What it needs of the window is
`Frame`; `MainWindow` provides it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from bali_desktop.domain.locations import PLACES, place, place_keys
from bali_desktop.gui import language_menu, theme, toolbars
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.file_actions import FileAndHelpActions
from bali_desktop.gui.pack_actions import PackActions
from bali_desktop.gui.words import QT_TRANSLATE_NOOP
from bali_desktop.services import user

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolBar, QToolButton

    from bali_desktop.domain.locations import History, Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.screen import Screen
    from bali_desktop.gui.search_box import SearchBox

    Keys = Sequence[str | QKeySequence.StandardKey]

PATHWAY_SCREENS = ("pathway", "walk", "flow")  # a pathway's steps, walk-through and flow chart


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a window needs a QApplication"
    return app


class Frame(Protocol):
    """What the actions ask of the window."""

    location: Location | None  # what is shown (None before the first page)
    history: History
    search_box: SearchBox

    def open_location(self, location: str) -> None: ...

    def go_back(self) -> None: ...

    def go_forward(self) -> None: ...

    def focus_search(self) -> None: ...

    def shown_screen(self) -> Screen | None:
        """The page on show (None while the search results are)."""
        ...

    def reset_pages(self) -> None:
        """Show Home and build every other page again when next shown (after a restore)."""
        ...

    def chosen_result(self) -> str | None:
        """While the search results are on show, the ref chosen there ("" for none); else None."""
        ...

    def change_language(self, code: str) -> None:
        """Speak `code` at once: every text again, the screens built again."""
        ...


class WindowActions(QObject, FileAndHelpActions, PackActions):
    """Every action of the window, its toolbar and its menus."""

    nav_bar: QToolBar  # made by gui/toolbars.build
    search_bar: QToolBar
    bookmark_button: QToolButton

    def __init__(self, window: QMainWindow, frame: Frame, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.frame = frame
        self.ctx = ctx
        self.restoring = False  # the saved look is being applied: say nothing, save nothing
        self._words: list[tuple[Callable[[str], object], str, str]] = []  # what retranslate sets
        self.languages: dict[str, QAction] = {}  # View > Language, by code
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        ctx.text_size_changed.connect(self._text_size_changed)

    def _say(self, setter: Callable[[str], object], source: str, context: str = "actions") -> None:
        """Set a text in the window's language, and again after the language changes."""
        setter(translate(context, source))
        self._words.append((setter, context, source))

    def retranslate(self) -> None:
        """Every action, menu and toolbar text again, in the language now installed."""
        for setter, context, source in self._words:
            setter(translate(context, source))
        self._bookmark_text(self.bookmark.isChecked())

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: Keys = (),
        tip: str = "",
        context: str = "actions",
    ) -> QAction:
        """An action; `text` and `tip` are the English sources (marked with QT_TRANSLATE_NOOP)."""
        act = QAction(self.window)
        self._say(lambda words: act.setText(words.replace(" & ", " && ")), text, context)  # a plain "&"
        if shortcuts:
            keys = list(dict.fromkeys(QKeySequence(s).toString() for s in shortcuts))
            act.setShortcuts([QKeySequence(k) for k in keys if k])  # a repeat would be ambiguous
        if tip:
            self._say(act.setToolTip, tip, context)
            self._say(act.setStatusTip, tip, context)
        act.triggered.connect(slot)
        self.window.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def _build_actions(self) -> None:
        a, f = self._action, self.frame
        self.back = a(
            QT_TRANSLATE_NOOP("actions", "&Back"),
            f.go_back,
            [QKeySequence.StandardKey.Back, "Alt+Left"],
            QT_TRANSLATE_NOOP("actions", "Go back (Alt+Left)"),
        )
        self.forward = a(
            QT_TRANSLATE_NOOP("actions", "&Forward"),
            f.go_forward,
            [QKeySequence.StandardKey.Forward, "Alt+Right"],
            QT_TRANSLATE_NOOP("actions", "Go forward (Alt+Right)"),
        )
        self.home = a(
            QT_TRANSLATE_NOOP("actions", "&Home"),
            lambda: f.open_location("home"),
            ["Alt+Home"],
            QT_TRANSLATE_NOOP("actions", "Home (Alt+Home)"),
        )
        self.search = a(
            QT_TRANSLATE_NOOP("actions", "&Search…"),
            f.focus_search,
            ["Ctrl+K", "Ctrl+F", "/"],
            QT_TRANSLATE_NOOP("actions", "Search everything (Ctrl+K, Ctrl+F or /)"),
        )
        self.places = [
            a(text, partial(f.open_location, place(pid)), [place_keys(pid)], context="places")
            for pid, text in PLACES
        ]
        self.phrase_cards = a(
            QT_TRANSLATE_NOOP("actions", "Ph&rase cards for the person in front of you"),
            partial(f.open_location, "phrases:first-contact"),
            ["F7"],
            QT_TRANSLATE_NOOP(
                "actions",
                "Short phrases in the region's languages, in large type, to show or read aloud (F7)",
            ),
        )
        self.bookmark = a(
            QT_TRANSLATE_NOOP("actions", "&Bookmark this item"),
            self.toggle_bookmark,
            ["Ctrl+D"],
            QT_TRANSLATE_NOOP("actions", "Bookmark or un-bookmark this item (Ctrl+D)"),
        )
        self.bookmark.setCheckable(True)
        self.note = a(
            QT_TRANSLATE_NOOP("actions", "Edit &note"),
            self.focus_note,
            ["Ctrl+E"],
            QT_TRANSLATE_NOOP("actions", "Write a note on this item (Ctrl+E)"),
        )
        self.walk = a(
            QT_TRANSLATE_NOOP("actions", "&Walk through, one step at a time"), self.open_walkthrough, ["F5"]
        )
        self.flow = a(QT_TRANSLATE_NOOP("actions", "&Flow chart"), self.open_flowchart, ["F6"])
        self.pathway = a(QT_TRANSLATE_NOOP("actions", "&Pathway steps"), self.open_pathway_steps, ["F4"])
        self.checklist = a(
            QT_TRANSLATE_NOOP("actions", "&Make a checklist"), self.make_checklist, ["Ctrl+Shift+C"]
        )
        self.add_to_checklist = a(
            QT_TRANSLATE_NOOP("actions", "&Add to checklist…"),
            self.add_to_checklist_now,
            ["Ctrl+Shift+A"],
            QT_TRANSLATE_NOOP(
                "actions",
                "Add this item, or the chosen search result, to a saved "
                "checklist or a new one (Ctrl+Shift+A)",
            ),
        )
        ctx = self.ctx
        self.bigger = a(
            QT_TRANSLATE_NOOP("actions", "&Larger text"),
            lambda: ctx.set_text_size(ctx.text_size + 1),
            ["Ctrl++", "Ctrl+=", QKeySequence.StandardKey.ZoomIn],
        )
        self.smaller = a(
            QT_TRANSLATE_NOOP("actions", "&Smaller text"),
            lambda: ctx.set_text_size(ctx.text_size - 1),
            ["Ctrl+-", QKeySequence.StandardKey.ZoomOut],
        )
        self.normal = a(QT_TRANSLATE_NOOP("actions", "&Normal text size"), self._reset_text_size, ["Ctrl+0"])
        self.fullscreen = a(QT_TRANSLATE_NOOP("actions", "F&ull screen"), self._toggle_fullscreen, ["F11"])
        self.restore_backup = a(
            QT_TRANSLATE_NOOP("actions", "&Restore from backup…"),
            self.restore_from_backup,
            tip=QT_TRANSLATE_NOOP(
                "actions", "Put a backup in place of the database (the database as it is now is kept aside)"
            ),
        )
        self.install_pack = a(
            QT_TRANSLATE_NOOP("actions", "Install content &pack…"), self.install_content_pack
        )
        self.add_document = a(QT_TRANSLATE_NOOP("actions", "Add &document…"), self.add_pdf_document)
        self.check_database = a(
            QT_TRANSLATE_NOOP("actions", "&Check database"),
            self.check_database_now,
            tip=QT_TRANSLATE_NOOP("actions", "Check the database file for damage"),
        )
        self.quit = a(
            QT_TRANSLATE_NOOP("actions", "&Quit"),
            self.window.close,
            [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
        )
        self.keys = a(QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"), self.show_shortcuts, ["F1"])
        self.about = a(QT_TRANSLATE_NOOP("actions", "&About Bali Desktop"), self.show_about)
        self.theme_group = QActionGroup(self.window)
        self.themes: dict[str, QAction] = {}
        for tid, text in theme.THEMES:
            act = a(text, partial(self.set_theme, tid), context="theme")
            act.setCheckable(True)
            self.theme_group.addAction(act)
            self.themes[tid] = act
        self.themes.get(ctx.theme, self.themes["light"]).setChecked(True)

    def _build_toolbar(self) -> None:
        toolbars.build(self)  # self.nav_bar, self.search_bar, self.bookmark_button

    def _build_menus(self) -> None:
        mb = self.window.menuBar()
        self._say(mb.setAccessibleName, QT_TRANSLATE_NOOP("actions", "Menu bar"))
        m = mb.addMenu("")
        self._say(m.setTitle, QT_TRANSLATE_NOOP("actions", "&File"))
        m.addActions([self.install_pack, self.add_document])
        m.addSeparator()
        m.addActions([self.restore_backup, self.check_database])
        m.addSeparator()
        m.addAction(self.quit)
        m = mb.addMenu("")
        self._say(m.setTitle, QT_TRANSLATE_NOOP("actions", "&Go"))
        m.addActions([self.back, self.forward, self.home, self.search])
        m.addSeparator()
        m.addActions(self.places)
        m.addSeparator()
        m.addAction(self.phrase_cards)
        m = mb.addMenu("")
        self._say(m.setTitle, QT_TRANSLATE_NOOP("actions", "&Item"))
        m.addActions([self.bookmark, self.note])
        m.addSeparator()
        m.addActions([self.pathway, self.walk, self.flow, self.checklist, self.add_to_checklist])
        m = mb.addMenu("")
        self._say(m.setTitle, QT_TRANSLATE_NOOP("actions", "&View"))
        m.addActions([self.bigger, self.smaller, self.normal])
        m.addSeparator()
        tm = m.addMenu("")
        self._say(tm.setTitle, QT_TRANSLATE_NOOP("actions", "&Theme"))
        tm.addActions(list(self.themes.values()))
        m.addAction(self.fullscreen)
        self.language_menu = language_menu.build(self, m)
        m = mb.addMenu("")
        self._say(m.setTitle, QT_TRANSLATE_NOOP("actions", "&Help"))
        m.addActions([self.keys, self.about])

    # --- which actions are on -------------------------------------------------------------

    def refresh(self) -> None:
        """After a move: what can be done here (and the bookmark star, once the answer comes)."""
        loc = self.frame.location
        ref = loc.ref if loc else ""
        is_pathway = bool(loc and loc.screen in PATHWAY_SCREENS)
        self.back.setEnabled(self.frame.history.can_back)
        self.forward.setEnabled(self.frame.history.can_forward)
        self.bookmark.setEnabled(bool(ref))
        self.note.setEnabled(bool(ref) and loc is not None and loc.screen in ("reader", "pathway"))
        for act in (self.walk, self.flow, self.pathway):
            act.setEnabled(is_pathway)
        self.checklist.setEnabled(is_pathway or ref.startswith("aid:"))
        self.update_add()
        self.bookmark.setChecked(False)
        self._bookmark_text(False)
        if ref:
            self.ctx.call(job(user.is_bookmarked, ref), partial(self._bookmark_state, ref))

    def _bookmark_state(self, ref: str, marked: bool) -> None:
        loc = self.frame.location
        if loc and loc.ref == ref:
            self.bookmark.setChecked(marked)
            self._bookmark_text(marked)

    def _bookmark_text(self, marked: bool) -> None:
        self.bookmark_button.setText(
            translate("actions", "★ Bookmarked") if marked else translate("actions", "☆ Bookmark")
        )
        self.bookmark_button.setAccessibleName(
            translate("actions", "Remove bookmark") if marked else translate("actions", "Bookmark this item")
        )

    def _add_target(self) -> str:
        """What "Add to checklist…" adds: the chosen search result while the results are on
        screen, otherwise the item shown (a pathway, also from its walk-through or flow chart)."""
        chosen = self.frame.chosen_result()
        if chosen is not None:
            return chosen
        loc = self.frame.location
        return loc.ref if loc else ""

    def update_add(self) -> None:
        self.add_to_checklist.setEnabled(bool(self._add_target()))

    # --- item actions ---------------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        loc = self.frame.location
        ref = loc.ref if loc else ""
        if not ref:
            self.bookmark.setChecked(False)
            return
        self.ctx.call(job(user.toggle_bookmark, ref), partial(self._bookmark_toggled, ref))

    def _bookmark_toggled(self, ref: str, marked: bool) -> None:
        self._bookmark_state(ref, marked)
        self.ctx.show_status(
            translate("actions", "Bookmarked.") if marked else translate("actions", "Bookmark removed.")
        )
        self.ctx.user_data_changed.emit(UserDataKind.BOOKMARKS.value)

    def focus_note(self) -> None:
        screen = self.frame.shown_screen()
        note = screen.note_editor() if screen is not None else None
        if note is not None:
            note.edit.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def _pathway_ref(self) -> str:
        loc = self.frame.location
        return loc.target if loc and loc.screen in PATHWAY_SCREENS else ""

    def open_walkthrough(self) -> None:
        """F5: the walk-through of the pathway shown, from the step marked on its page."""
        if ref := self._pathway_ref():
            loc = self.frame.location
            at = f"#{loc.anchor}" if loc is not None and loc.screen == "pathway" and loc.anchor else ""
            self.frame.open_location(f"walk:{ref}{at}")

    def open_flowchart(self) -> None:
        if ref := self._pathway_ref():
            self.frame.open_location(f"flow:{ref}")

    def open_pathway_steps(self) -> None:
        if ref := self._pathway_ref():
            self.frame.open_location(ref)

    def make_checklist(self) -> None:
        loc = self.frame.location
        ref = self._pathway_ref() or (loc.ref if loc else "")
        if ref:
            self.ctx.request_checklist(ref)

    def add_to_checklist_now(self) -> None:
        ref = self._add_target()
        if ref:
            self.ctx.request_add_to_checklist(ref)
        else:
            self.ctx.show_status(
                translate("actions", "Open an item or choose a search result to add it to a checklist.")
            )

    # --- comfort --------------------------------------------------------------------------

    def set_theme(self, theme_id: str) -> None:
        from bali_desktop.gui.widgets import rescale_fonts

        self.ctx.theme = theme_id
        theme.apply(_app(), theme_id, self.ctx.text_size, set_style=False)
        theme.retone(self.window)
        # leaving high contrast, Qt's style-sheet engine gives each widget back the font it had
        # before the rules were set: the headings' scaled fonts of the text size of that time
        rescale_fonts(self.window, self.ctx)
        self.themes[theme_id].setChecked(True)
        self.ctx.theme_changed.emit(theme_id)
        if not self.restoring:
            self.save_settings({"theme": theme_id})

    def restore_look(self, values: dict[str, str]) -> None:
        """The saved theme and text size (when the window cache was stale), silently."""
        self.restoring = True
        try:
            if values.get("theme") in self.themes and values["theme"] != self.ctx.theme:
                self.set_theme(values["theme"])
            if values.get("text_size", "").isdigit():
                self.ctx.set_text_size(int(values["text_size"]))
        finally:
            self.restoring = False

    def _reset_text_size(self) -> None:
        from bali_desktop.gui.context import DEFAULT_TEXT_SIZE

        self.ctx.set_text_size(DEFAULT_TEXT_SIZE)

    def _text_size_changed(self, points: int) -> None:
        from bali_desktop.gui.widgets import rescale_fonts

        theme.apply_text_size(_app(), points)
        rescale_fonts(self.window, self.ctx)  # headings and big steps have their own, scaled fonts
        if not self.restoring:
            self.ctx.show_status(translate("actions", "Text size {points} pt.").format(points=points))
            self.save_settings({"text_size": str(points)})

    def _toggle_fullscreen(self) -> None:
        self.window.setWindowState(self.window.windowState() ^ QtCore.Qt.WindowState.WindowFullScreen)

    def save_settings(self, values: dict[str, str]) -> None:
        self.ctx.call(job(user.save_settings, values))
