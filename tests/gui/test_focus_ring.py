"""A focus indicator at least 2 px and 3:1 in every theme, on every focusable control (issue 17,
point 4; window review finding 6): the navigation list, tiles, the search box, the page's scroll
area, the pathway's buttons and link labels, the flow chart."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from bali_desktop.gui import focus_ring, theme

THEME_IDS = [tid for tid, _name in theme.THEMES]


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(5)


def _focusable(root: QWidget) -> list[QWidget]:
    """Every control under `root` a Tab can reach, on show."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisible()
        and w.isEnabled()
        and (w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and w.focusProxy() is None  # a view's viewport hands its focus to the view
        and not isinstance(w, focus_ring.FocusRing)
    ]


def _check_ring(win, widget: QWidget, qtbot) -> QRect:  # noqa: ANN001
    """Focus `widget` and check the ring frames what is seen of it, 3 px thick, in the window."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None and parent.widget() is not None and parent.widget().isAncestorOf(widget):
        parent.ensureWidgetVisible(widget, 0, 0)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    _settle(qtbot)
    assert QApplication.focusWidget() is widget, widget
    ring = focus_ring.ring_of(win)
    seen = widget.visibleRegion().boundingRect()
    if seen.isEmpty():
        return QRect()
    assert ring.isVisible(), f"no ring on {type(widget).__name__} {widget.accessibleName()!r}"
    framed = QRect(widget.mapTo(win, seen.topLeft()), seen.size())
    inner = ring.geometry().adjusted(focus_ring.WIDTH, focus_ring.WIDTH, -focus_ring.WIDTH, -focus_ring.WIDTH)
    # the ring lies on and outside the control's edge, never over its inside beyond 1 px
    assert ring.geometry().contains(framed.intersected(win.rect()).adjusted(1, 1, -1, -1)), widget
    assert inner.adjusted(-2, -2, 2, 2).contains(framed.intersected(inner)), widget
    assert win.rect().contains(ring.geometry())
    return ring.geometry()


def test_the_ring_is_three_pixels_of_the_focus_colour(open_window, qtbot) -> None:
    """Painted, not only placed: the window's pixels under the ring are the theme's focus colour."""
    assert focus_ring.WIDTH >= 2
    ctx, win = open_window((1024, 768))
    win.activateWindow()
    tile = win.page("home").pathway_tiles[0]
    for theme_id in THEME_IDS:
        win.window_actions.set_theme(theme_id)
        for widget in (win.nav, win.search_box, tile, win.page("home").scroll_area):
            rect = _check_ring(win, widget, qtbot)
            image = win.grab().toImage()
            focus = theme.colors(theme_id)["focus"]
            mid_x, mid_y = rect.center().x(), rect.center().y()
            for x, y in (
                (mid_x, rect.top() + 1),
                (mid_x, rect.bottom() - 1),
                (rect.left() + 1, mid_y),
                (rect.right() - 1, mid_y),
            ):
                assert image.pixelColor(x, y).name() == focus, (theme_id, widget, x, y)
    win.window_actions.set_theme("light")


def test_every_focusable_control_of_home_a_pathway_and_the_flow_chart_gets_the_ring(
    open_window, qtbot
) -> None:
    ctx, win = open_window((1024, 768))
    win.activateWindow()
    pages = [
        ("home", lambda: True),
        ("pathway:child", lambda: win.page("pathway").view is not None and win.page("pathway").view.complete),
        ("flow:pathway:child", lambda: bool(win.page("flow").boxes)),
    ]
    kinds: set[str] = set()
    for location, ready in pages:
        win.open_location(location)
        qtbot.waitUntil(ready, timeout=20_000)
        _settle(qtbot)
        controls = [win.nav, win.search_box, *_focusable(win.stack.currentWidget())]
        assert len(controls) > 3, location
        for widget in controls:
            _check_ring(win, widget, qtbot)
            kinds.update(k.__name__ for k in type(widget).__mro__)
    # the stops the review found without any visible focus are among those checked
    assert {"QListWidget", "QScrollArea", "QLabel", "FlowChartView"} <= kinds, kinds


def test_the_ring_follows_a_scroll_and_leaves_with_the_focus(open_window, qtbot) -> None:
    ctx, win = open_window((1024, 768))
    win.activateWindow()
    win.open_location("pathway:child")
    page = win.page("pathway")
    qtbot.waitUntil(lambda: page.view is not None and page.view.complete, timeout=20_000)
    _settle(qtbot)
    buttons = [w for w in _focusable(page) if w.metaObject().className() in ("Button", "QPushButton")]
    target = buttons[-1]
    before = _check_ring(win, target, qtbot)
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(max(0, bar.value() - 40))
    _settle(qtbot)
    ring = focus_ring.ring_of(win)
    assert not ring.isVisible() or ring.geometry() != before  # it moved with the page
    win.search_box.setFocus(Qt.FocusReason.TabFocusReason)
    _settle(qtbot)
    assert ring.target is win.search_box


def test_focus_lands_on_the_pathway_opened_from_search_and_is_in_sight(open_window, qtbot) -> None:
    """Finding 15: after Ctrl+K, a word and Enter, the focus is on the pathway's first action, on
    screen with its ring, even at 200% text where that action is below the fold."""
    ctx, win = open_window((1024, 768))
    win.activateWindow()
    ctx.set_text_size(22)
    win.focus_search()
    qtbot.keyClicks(win.search_box, "child alone")
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.current_ref().startswith("pathway:"), timeout=20_000)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    page = win.page("pathway")
    qtbot.waitUntil(lambda: page.view is not None and page.view.complete, timeout=20_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.walk_button, timeout=20_000)
    _settle(qtbot)
    walk = page.view.walk_button
    assert not walk.visibleRegion().isEmpty()  # scrolled into view
    ring = focus_ring.ring_of(win)
    assert ring.isVisible() and ring.target is walk
    ctx.set_text_size(11)
