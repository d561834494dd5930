"""Where each screen comes from: a screen key -> a factory that imports the page's module and builds it.

A key is a place id (`domain.locations.PLACES`) or a location's screen ("reader", "pathway",
"walk", "flow", "phrases"; "source" is shown by the Sources page). The window calls a factory the first
time its screen is needed, so no page module is imported before the window has painted
(start-up time is measured by bench/; tests/gui/test_parts.py checks the imports).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.screen import Screen

ScreenFactory = Callable[["AppContext"], "Screen"]


def _home(ctx: AppContext) -> Screen:
    from bali_desktop.gui.fonts import register_soon
    from bali_desktop.gui.home_page import HomePage

    register_soon()  # the shipped fonts (Khmer, Arabic, Chinese… in contacts), after the first paint
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


def _tracker(ctx: AppContext) -> Screen:
    from bali_desktop.gui.tracker import TrackerPage

    return TrackerPage(ctx)


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


def _phrases(ctx: AppContext) -> Screen:
    from bali_desktop.gui.fonts import ensure_registered
    from bali_desktop.gui.phrase_cards_page import PhraseCardsPage

    ensure_registered()  # at once: the cards need their scripts' fonts for the first paint
    return PhraseCardsPage(ctx)


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
    "tracker": _tracker,
    "reader": _reader,
    "pathway": _pathway,
    "walk": _walk,
    "flow": _flow,
    "phrases": _phrases,
}
_SHOWN_BY = {"source": "sources"}  # a source at a paragraph is shown by the Sources page


def screen_key(key: str) -> str:
    """The registry key of the page that shows a place or a location's screen."""
    return _SHOWN_BY.get(key, key)


def key_of(loc: Location) -> str:
    """The registry key of the page that shows `loc`."""
    return screen_key(loc.target if loc.screen == "place" else loc.screen)


# The pages an officer opens first, imported one per turn of the event loop a moment after the
# library opens, so the first click on a pathway does not also wait for Python to load its modules
# (each import is a short pause of its own; all of them at the first click made one long one).
WARM_UP_MODULES: tuple[str, ...] = (
    "bali_desktop.gui.pathway_view",
    "bali_desktop.gui.pathway_page",
    "bali_desktop.gui.reader_page",
    "bali_desktop.gui.walkthrough_page",
)


def warm_up(modules: tuple[str, ...] = WARM_UP_MODULES) -> None:
    """Import `modules` one per turn of the event loop (a page is still built only when shown)."""
    import importlib

    from PySide6.QtCore import QTimer

    if not modules:
        return
    importlib.import_module(modules[0])
    QTimer.singleShot(0, lambda: warm_up(modules[1:]))
