"""View > Language: English or Bahasa Indonesia, each named in its own language. The choice is kept
in the window cache and applies at once: the window installs the translation, says every menu and
toolbar text again, and builds its screens again (`Frame.change_language`)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QFontMetrics

from bali_desktop.domain.locations import PLACES
from bali_desktop.gui import i18n
from bali_desktop.gui.words import QT_TRANSLATE_NOOP, place_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenu


class WindowActions(Protocol):
    """What the menu needs of actions.WindowActions (not imported: no import cycle)."""

    languages: dict[str, QAction]
    frame: Any  # actions.Frame: change_language(code)

    def _say(self, setter: Callable[[str], object], source: str, context: str = "actions") -> None: ...


def build(actions: WindowActions, view_menu: QMenu) -> QMenu:
    """The Language submenu of `view_menu`, its entry for the language in use checked."""
    menu = view_menu.addMenu("")
    actions._say(menu.setTitle, QT_TRANSLATE_NOOP("actions", "Lan&guage"))
    actions._say(
        menu.menuAction().setStatusTip,
        QT_TRANSLATE_NOOP("actions", "The window's language; it changes at once"),
    )
    group = QActionGroup(menu)
    actions.languages = {}
    for code, name in i18n.LANGUAGES.items():
        act = QAction(name, menu)  # never translated: a reader finds their language by its own name
        act.setCheckable(True)
        act.setChecked(code == i18n.current())
        act.triggered.connect(partial(choose, actions, code))
        group.addAction(act)
        menu.addAction(act)
        actions.languages[code] = act
    return menu


def choose(actions: WindowActions, code: str) -> None:
    actions.languages[code].setChecked(True)
    if code != i18n.current():
        actions.frame.change_language(code)


def apply(window: Any, code: str) -> None:  # a main_window.MainWindow (not imported: no cycle)
    """Speak `code` at once. Pending edits are saved first; a screen that holds what is not saved
    yet, or a walk-through under way (its answers live in the window), stays as it is (its step
    card is said again); every other screen is built again in the new language when shown."""
    from bali_desktop.gui import walk_words
    from bali_desktop.gui.screen import as_widget
    from bali_desktop.gui.widgets import NoteEditor

    for page in window.pages.values():
        page.flush()
    if window.ctx.ready and window.ctx.worker.running:
        window._wait_for_saves()
    used = i18n.install(code)
    if window.cache is not None:
        window.cache.save_language(used)
    window.ctx.set_language(used)
    window.window_actions.retranslate()
    window.search_box.retranslate()
    window.messages.retranslate()
    names = [place_name(text) for _pid, text in PLACES]
    window.nav_holder.setFixedWidth(
        max(150, QFontMetrics(window.font()).horizontalAdvance(max(names, key=len)) + 40)
    )
    if window.nav is not None:
        for row, (_pid, text) in enumerate(PLACES):
            item = window.nav.item(row)
            if item is not None:
                item.setText(place_name(text))
    panel, window._search_panel = window._search_panel, None
    if panel is not None:
        window.stack.removeWidget(panel)
        panel.deleteLater()
    for key in list(window.pages):
        page = window.pages[key]
        widget = as_widget(page)
        kept = bool(getattr(page, "unsaved", False)) or any(
            e.unsaved for e in widget.findChildren(NoteEditor)
        )
        if key == "walk" and getattr(page, "model", None) is not None:
            kept = True
            walk_words.static_words(page)
            page._render()
        if not kept:
            del window.pages[key]
            window.stack.removeWidget(widget)
            widget.deleteLater()
    if window.location is not None:
        window.navigate(window.history.current or "home", record=False)
    window.ctx.show_status(
        QCoreApplication.translate("language_menu", "The window now speaks {language}.").format(
            language=i18n.LANGUAGES[used]
        )
    )
