"""Fits every screen and text size (issue 17, point 6; window review findings 9 and 10): each main
screen opened at sizes from 800×560 to 1920×1080 and text from 80% to 200%, offscreen; every
label's and button's text fits its widget, siblings do not overlap, nothing sticks out of its
parent or out of the width of a page that scrolls, the navigation names are whole."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from tests.gui.geometry_check import window_problems

# (width, height, text points, theme): 11 pt is 100%, 9 pt about 80%, 17 pt about 150%, 22 pt 200%;
# high contrast pads and borders every control (its toolbar at 800 px put Bookmark in the » menu)
SIZES = [
    (800, 560, 9, "light"),
    (800, 560, 22, "light"),
    (800, 560, 22, "high-contrast"),
    (1024, 768, 17, "dark"),
    (1024, 768, 22, "high-contrast"),
    (1366, 768, 11, "light"),
    (1366, 768, 22, "light"),  # the officer's laptop at 200%
    (1920, 1080, 9, "high-contrast"),
    (1920, 1080, 22, "dark"),
]
SCREENS = {
    "home": lambda win: bool(win.page("home").pathway_tiles),
    "pathway:child": lambda win: win.page("pathway").view is not None and win.page("pathway").view.complete,
    "place:checklists": lambda win: True,
    "place:contacts": lambda win: win.page("contacts").data is not None,
    "walk:pathway:child": lambda win: win.page("walk").isVisible(),
    "place:strategy": lambda win: win.page("strategy").loaded,
    # the languages card: 12 tiles and the card's controls (cut at both sides at 1366 px and 200%)
    "phrases:first-contact": lambda win: win.page("phrases").phrases is not None,
    # the table's activities and the chart's areas whole (they were cut with "…")
    "place:tracker": lambda win: win.page("tracker").loaded,
}


def _settle(qtbot, ms: int = 60) -> None:  # noqa: ANN001
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(ms)


def _nav_problems(win) -> list[str]:  # noqa: ANN001
    """Every place's name whole in the navigation list (it wraps; it is never cut)."""
    nav = win.nav
    found = []
    metrics = QFontMetrics(nav.font())
    width = nav.viewport().width()
    for i in range(nav.count()):
        item = nav.item(i)
        rect = nav.visualItemRect(item)
        words = [metrics.horizontalAdvance(w) for w in item.text().split()]
        if max(words) > width or rect.right() > width + 1:
            found.append(f"navigation: {item.text()!r} is cut ({rect.width()} of {width} px)")
    if nav.horizontalScrollBar().isVisible():
        found.append("navigation: a horizontal scroll bar")
    # a list taller than its room scrolls: every place reachable, the current one in view
    rows = sum(nav.visualItemRect(nav.item(i)).height() for i in range(nav.count()))
    if rows > nav.viewport().height() and not nav.verticalScrollBar().isVisible():
        found.append(f"navigation: {rows} px of places in {nav.viewport().height()} px and no scroll bar")
    current = nav.currentItem()
    if current is not None and not nav.viewport().rect().contains(nav.visualItemRect(current)):
        found.append(f"navigation: the current place {current.text()!r} is out of view")
    return found


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}-{pt}pt-{theme}" for w, h, pt, theme in SIZES])
def test_nothing_is_cut_off_or_overlapping(open_window, qtbot, size) -> None:  # noqa: ANN001
    width, height, points, theme = size
    started = time.monotonic()
    ctx, win = open_window((width, height))
    win.window_actions.set_theme(theme)
    _settle(qtbot)
    ctx.set_text_size(points)
    _settle(qtbot)
    assert win.width() == width and win.height() == height
    found: list[str] = []
    for location, ready in SCREENS.items():
        win.open_location(location)
        qtbot.waitUntil(lambda ready=ready: ready(win), timeout=20_000)
        _settle(qtbot, 150)
        found += [f"{location}: {p}" for p in window_problems(win)]
    found += _nav_problems(win)
    assert not found, f"{width}x{height} at {points} pt, {theme}:\n  " + "\n  ".join(found[:40])
    assert time.monotonic() - started < 30  # the whole test stays well under a minute per size
