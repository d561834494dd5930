"""A theme change keeps the text size, and a text size change reaches every widget in each theme
(issue 17 points 4 and 6). Found: in high contrast Ctrl+= changed no widget already shown (Qt's
style sheet engine), and leaving high contrast gave each heading back the size it had when high
contrast was chosen (the engine restores the fonts it saved)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from bali_desktop.domain.locations import place


def _settle(qtbot) -> None:  # noqa: ANN001
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(40)


def _wrong_sizes(win: QWidget, points: int) -> list[str]:
    """Every shown widget at the text size, a heading at its scale of it."""
    wrong = []
    for widget in [win, *win.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        scale = widget.property("font_scale")
        want = points * float(scale) if scale else points
        got = widget.font().pointSizeF()
        if abs(got - want) > 0.6:
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            wrong.append(f"{name}: {got:g} pt, not {want:g}")
    return wrong


def _show_pathway(win, qtbot) -> None:  # noqa: ANN001
    win.open_location("pathway:child")
    qtbot.waitUntil(
        lambda: win.page("pathway").view is not None and win.page("pathway").view.complete, timeout=20_000
    )
    _settle(qtbot)


@pytest.mark.parametrize(
    "steps",
    [
        ("size", "high-contrast"),
        ("size", "dark"),
        ("high-contrast", "size"),
        ("high-contrast", "size", "light"),
        ("dark", "size", "high-contrast", "light"),
    ],
    ids="-then-".join,
)
def test_theme_and_text_size_changed_in_either_order(open_window, qtbot, steps) -> None:  # noqa: ANN001
    ctx, win = open_window((1366, 768))
    _show_pathway(win, qtbot)
    for step in steps:
        if step == "size":
            ctx.set_text_size(22)
        else:
            win.window_actions.set_theme(step)
        _settle(qtbot)
        assert ctx.text_size == 22 or "size" not in steps[: steps.index(step) + 1]
    assert QApplication.font().pointSize() == 22
    wrong = _wrong_sizes(win, 22)
    assert not wrong, "\n".join(wrong[:20])
    win.open_location(place("tracker"))  # a screen built after both changes
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.page("tracker"), timeout=20_000)
    _settle(qtbot)
    wrong = _wrong_sizes(win, 22)
    assert not wrong, "\n".join(wrong[:20])
