"""What assistive technology reads on a pathway, from Qt's own accessibility tree (offscreen):
each link its own named Link (window review 13), steps are Tab stops in the order they are shown
(20), and focus lands on the pathway's first action after opening it from search (15).
tests/gui/test_atspi_bus.py reads the same through the real AT-SPI bus, as Orca does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

CHILD = "pathway:child"


def _open_pathway(win, qtbot, ref: str = CHILD):  # noqa: ANN001, ANN202
    page = win.page("pathway")
    win.open_location(ref)
    qtbot.waitUntil(lambda: page.view is not None and page.view.complete, timeout=20_000)
    qtbot.wait(500)  # the last sections laid out (gui/sealed.py lays a section out on the next turn)
    return page


def test_each_link_on_a_pathway_is_a_named_link(open_window, qtbot) -> None:
    from bali_desktop.gui.links import LinkLabel, LinkList

    ctx, win = open_window()
    page = _open_pathway(win, qtbot)
    lists = page.view.findChildren(LinkList)
    assert lists, "the pathway lists no links"
    for links in lists:
        assert links.accessibleName()
        assert links.links
        for link in links.links:
            face = QAccessible.queryAccessibleInterface(link)
            assert face.role() == QAccessible.Role.Link
            assert face.text(QAccessible.Text.Name) == link.title and link.title
            assert link.focusPolicy() == Qt.FocusPolicy.StrongFocus
    opened: list[str] = []
    ctx.open_ref.connect(opened.append)
    link: LinkLabel = lists[-1].links[0]
    link.setFocus()
    qtbot.keyClick(link, Qt.Key.Key_Return)
    assert opened == [link.ref]


def test_steps_are_tab_stops_in_the_order_they_are_shown(open_window, qtbot) -> None:
    ctx, win = open_window()
    page = _open_pathway(win, qtbot)
    view = page.view
    view.walk_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.walk_button)
    frames = list(view.frames.values())
    seen = []
    last_y = -1
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or not view.isAncestorOf(widget):
            break
        y = widget.mapTo(view, widget.rect().topLeft()).y()
        assert y >= last_y, f"Tab went up the page to {widget.accessibleName()!r}"
        last_y = y
        if widget in frames:
            seen.append(widget)
    assert seen == frames, "a step was skipped by Tab or reached out of order"


def test_opening_a_pathway_from_search_puts_focus_on_walk_through(open_window, qtbot) -> None:
    ctx, win = open_window()
    page = win.page("pathway")
    win.focus_search()
    qtbot.keyClicks(win.search_box, "child alone")
    qtbot.wait(400)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view is not None and page.view.complete, timeout=20_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.walk_button, timeout=5_000)


def _tab_stops(win) -> list:  # noqa: ANN001
    """The window's Tab chain from its first stop, as far as it goes before coming round."""
    from PySide6.QtWidgets import QWidget

    first = win.nextInFocusChain()
    chain, w = [], first
    for _ in range(3000):
        if (
            isinstance(w, QWidget)
            and w.isVisible()
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            chain.append(w)
        w = w.nextInFocusChain()
        if w is first:
            break
    return chain


def _said(w) -> str:  # noqa: ANN001
    face = QAccessible.queryAccessibleInterface(w)
    return face.text(QAccessible.Text.Name) if face is not None else ""


def test_every_control_on_every_screen_is_named(open_window, qtbot) -> None:
    """What a screen reader says for each Tab stop is never empty (point 5, review 19's unnamed stop)."""
    from tests.gui.test_mnemonics import SCREENS, _show

    ctx, win = open_window()
    unnamed = []
    for location in SCREENS:
        _show(win, qtbot, location)
        for w in _tab_stops(win):
            if isinstance(w.parent(), QAbstractSpinBox):
                continue  # a spin box's own line edit: the spin box is what is read
            if not _said(w).strip():
                unnamed.append(
                    f"{location}: {type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
                )
    assert not unnamed, "\n".join(sorted(set(unnamed)))


def test_the_tab_order_follows_the_visual_order_at_the_top(open_window, qtbot) -> None:
    """Review 20: the toolbar's Back, Forward and Home come before the search box, and the search box
    before the page (not last, after everything on it)."""
    ctx, win = open_window()
    _show_pathway = _open_pathway(win, qtbot)
    chain = _tab_stops(win)
    names = [_said(w) for w in chain]
    back, search = names.index("Back"), next(i for i, w in enumerate(chain) if w is win.search_box)
    walk = chain.index(_show_pathway.view.walk_button)
    assert back < search < walk, names[:12]
