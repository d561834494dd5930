"""Text contrast in every theme, computed from the theme's own colours (issue 17, point 4)."""

from __future__ import annotations

import pytest

from bali_desktop.gui import theme

THEME_IDS = [tid for tid, _name in theme.THEMES]


def test_the_contrast_formula_matches_wcag() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#4a8ad6") == pytest.approx(3.56, abs=0.01)  # the review's figure


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_every_text_pair_is_at_least_4_5_to_1(theme_id: str) -> None:
    c = theme.colors(theme_id)
    low = {
        f"{fg} on {bg}": round(theme.contrast(c[fg], c[bg]), 2)
        for fg, bg in theme.TEXT_PAIRS
        if theme.contrast(c[fg], c[bg]) < 4.5
    }
    assert not low, f"{theme_id}: {low}"


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_disabled_text_is_readable_and_unlike_enabled_text(theme_id: str) -> None:
    c = theme.colors(theme_id)
    for fg, bg in theme.DISABLED_PAIRS:
        assert theme.contrast(c[fg], c[bg]) >= 3.0, (theme_id, fg, bg)
    # visibly different from the enabled text (the review measured 1.00:1 in high contrast)
    assert theme.contrast(c["disabled"], c["text"]) >= 2.0, theme_id
    assert c["disabled"] != c["muted"] or theme_id != "high-contrast"


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_the_focus_colour_stands_out_3_to_1(theme_id: str) -> None:
    c = theme.colors(theme_id)
    for fg, bg in theme.FOCUS_PAIRS:
        assert theme.contrast(c[fg], c[bg]) >= 3.0, (theme_id, fg, bg)


@pytest.mark.parametrize("theme_id", THEME_IDS)
def test_the_palette_paints_disabled_text_in_the_disabled_colour(qapp, theme_id: str) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPalette

    c = theme.colors(theme_id)
    palette = theme._palette(c)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        assert palette.color(disabled, role).name() == c["disabled"]
        assert palette.color(QPalette.ColorGroup.Active, role).name() == c["text"]
    assert palette.color(disabled, QPalette.ColorRole.Button).name() == c["window"]  # flat, not raised


def test_high_contrast_marks_disabled_controls_with_a_dashed_grey_border() -> None:
    rules = theme.style_sheet("high-contrast")
    c = theme.colors("high-contrast")
    assert "QPushButton:disabled" in rules and f"2px dashed {c['disabled']}" in rules


def test_a_disabled_button_looks_different_on_screen_in_every_theme(qapp) -> None:  # noqa: ANN001
    """Rendered, not only computed: the label's pixels of a disabled button differ from an enabled one."""
    from PySide6.QtWidgets import QPushButton

    for theme_id in THEME_IDS:
        theme.apply(qapp, theme_id, 11, set_style=True)
        shots = []
        for enabled in (True, False):
            b = QPushButton("Done")
            b.setEnabled(enabled)
            b.resize(120, 40)
            image = b.grab().toImage()
            colours = {
                image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())
            }
            shots.append(colours)
            b.deleteLater()
        c = theme.colors(theme_id)
        assert c["text"] in shots[0] and c["text"] not in shots[1], theme_id
    theme.apply(qapp, "light", 11, set_style=True)
