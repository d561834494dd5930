"""A check box's box is seen in every theme (issue 17 point 4, WCAG 1.4.11 non-text contrast 3:1):
the checklists' "Large print" box was drawn by Fusion in the window's colour darkened, black on
black in high contrast, so it could not be seen at all (only its words). The theme's `box` colour
is 3:1 against what the box is drawn on and beside, and the box on screen is edged in it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from bali_desktop.domain.locations import place
from bali_desktop.gui import theme

THEME_IDS = [tid for tid, _name in theme.THEMES]


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_the_box_colour_stands_out_3_to_1(theme_id: str) -> None:
    c = theme.colors(theme_id)
    low = {
        f"{fg} on {bg}": round(theme.contrast(c[fg], c[bg]), 2)
        for fg, bg in theme.BOX_PAIRS
        if theme.contrast(c[fg], c[bg]) < 3.0
    }
    assert not low, f"{theme_id}: {low}"
    assert {bg for _fg, bg in theme.BOX_PAIRS} >= {"window", "base", "button"}


def _edge_contrast(box: QCheckBox, against: str) -> float:
    """The best contrast against `against` of the pixels across the box's left edge, at its middle."""
    opt = QStyleOptionButton()
    opt.initFrom(box)
    style = box.style()
    assert style is not None
    indicator = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, box)
    image = box.grab().toImage()
    y = indicator.center().y()
    edge = range(max(0, indicator.left()), min(image.width(), indicator.left() + 4))
    return max(theme.contrast(QColor(image.pixelColor(x, y)).name(), against) for x in edge)


@pytest.mark.parametrize("theme_id", THEME_IDS)
@pytest.mark.parametrize("points", [11, 22])
def test_the_large_print_box_is_seen(open_window, qtbot, theme_id: str, points: int) -> None:  # noqa: ANN001
    ctx, win = open_window((1366, 768))
    win.window_actions.set_theme(theme_id)
    ctx.set_text_size(points)
    win.open_location(place("checklists"))
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.page("checklists"), timeout=20_000)
    boxes = [b for b in win.page("checklists").findChildren(QCheckBox) if "Large print" in b.text()]
    assert boxes
    box = boxes[0]
    qtbot.waitUntil(box.isVisible, timeout=20_000)
    for _ in range(4):
        QApplication.processEvents()
    c = theme.colors(theme_id)
    for state in (False, True):
        box.setChecked(state)
        for background in ("window", "base"):
            ratio = _edge_contrast(box, c[background])
            assert ratio >= 3.0, (theme_id, points, state, background, round(ratio, 2))
