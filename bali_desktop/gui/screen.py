"""What the window may ask of a screen, and where each screen comes from.

A screen is one page of the window's stack: a QWidget that also provides `Screen`. The window
calls nothing else on it. Pages inherit `ScreenMixin` (after their Qt base class, so that the
base's own methods win) and override only what they need:

    show_location(loc)       the window is about to show `loc` on this screen (load, scroll, mark)
    focus_target() -> QWidget  what takes the keyboard focus when the screen is opened
    flush()                  save pending edits now: the user leaves the screen or closes the window
    user_data_changed(what)  something wrote user data; `what` is a `UserDataKind` value
    note_editor() -> NoteEditor | None   the note on the item shown, for "Edit note" (Ctrl+E)

`SCREENS` maps a screen key (a place id, or a location's screen: "reader", "pathway", "walk",
"flow") to a factory that imports the page's module and builds the page. The window calls a
factory the first time the screen is needed: no page module is imported before the window has
painted (start-up time is measured by bench/).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.widgets import NoteEditor


@runtime_checkable
class Screen(Protocol):
    """The interface between the window and its pages (see the module docstring)."""

    def show_location(self, loc: Location) -> None: ...

    def focus_target(self) -> QWidget: ...

    def flush(self) -> None: ...

    def user_data_changed(self, what: str) -> None: ...

    def note_editor(self) -> NoteEditor | None: ...


class ScreenMixin:
    """Do-nothing defaults for `Screen`: a page inherits it after its Qt base class."""

    def show_location(self, loc: Location) -> None:
        """Nothing to load: the page shows the same whatever the location."""

    def focus_target(self) -> QWidget:
        """The page itself takes the focus."""
        assert isinstance(self, QWidget), "a screen is a widget"
        return self

    def flush(self) -> None:
        """Nothing is ever pending."""

    def user_data_changed(self, what: str) -> None:
        """The page shows no user data."""

    def note_editor(self) -> NoteEditor | None:
        """The page has no note editor."""
        return None


def as_widget(screen: Screen) -> QWidget:
    """The screen as the widget it is (for the window's stack)."""
    assert isinstance(screen, QWidget), f"{type(screen).__name__} is a screen but not a widget"
    return screen


# --- the registry: one factory per screen, each importing its module on first use ---------------

ScreenFactory = Callable[["AppContext"], Screen]


def _home(ctx: AppContext) -> Screen:
    from bali_desktop.gui.home_page import HomePage

    return HomePage(ctx)


def _pathways(ctx: AppContext) -> Screen:
    from bali_desktop.gui.pathways_page import PathwaysPage

    return PathwaysPage(ctx)


def _guides(ctx: AppContext) -> Screen:
    from bali_desktop.gui.guides_page import GuidesPage

    return GuidesPage(ctx)


def _strategy(ctx: AppContext) -> Screen:
    from bali_desktop.gui.strategy_page import StrategyPage

    return StrategyPage(ctx)


def _whoswho(ctx: AppContext) -> Screen:
    from bali_desktop.gui.whoswho_page import WhosWhoPage

    return WhosWhoPage(ctx)


def _timeline(ctx: AppContext) -> Screen:
    from bali_desktop.gui.timeline_page import TimelinePage

    return TimelinePage(ctx)


def _sources(ctx: AppContext) -> Screen:
    from bali_desktop.gui.sources_page import SourcesPage

    return SourcesPage(ctx)


def _checklists(ctx: AppContext) -> Screen:
    from bali_desktop.gui.checklists import ChecklistsPage

    return ChecklistsPage(ctx)


def _contacts(ctx: AppContext) -> Screen:
    from bali_desktop.gui.contacts_page import ContactsPage

    return ContactsPage(ctx)


def _mine(ctx: AppContext) -> Screen:
    from bali_desktop.gui.mine_page import MinePage

    return MinePage(ctx)


def _reader(ctx: AppContext) -> Screen:
    from bali_desktop.gui.reader_page import ReaderPage

    return ReaderPage(ctx)


def _pathway(ctx: AppContext) -> Screen:
    from bali_desktop.gui.pathway_page import PathwayPage

    return PathwayPage(ctx)


def _walk(ctx: AppContext) -> Screen:
    from bali_desktop.gui.walkthrough_page import WalkthroughPage

    return WalkthroughPage(ctx)


def _flow(ctx: AppContext) -> Screen:
    from bali_desktop.gui.flowchart_page import FlowChartPage

    return FlowChartPage(ctx)


# a place id (domain.locations.PLACES) or a location's screen -> the factory of its page
SCREENS: dict[str, ScreenFactory] = {
    "home": _home,
    "pathways": _pathways,
    "guides": _guides,
    "strategy": _strategy,
    "whoswho": _whoswho,
    "timeline": _timeline,
    "sources": _sources,
    "checklists": _checklists,
    "contacts": _contacts,
    "mine": _mine,
    "reader": _reader,
    "pathway": _pathway,
    "walk": _walk,
    "flow": _flow,
}
_SHOWN_BY = {"source": "sources"}  # a source at a paragraph is shown by the Sources page


def screen_key(key: str) -> str:
    """The registry key of the page that shows a place or a location's screen."""
    return _SHOWN_BY.get(key, key)


def key_of(loc: Location) -> str:
    """The registry key of the page that shows `loc`."""
    return screen_key(loc.target if loc.screen == "place" else loc.screen)
