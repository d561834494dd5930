"""The phrase cards are reached from the steps that need them (issue 12, point 6): on the pathway
screen and in the walk-through, the no-interpreter step and the which-language step have a button
"Phrase cards (point at your language)" that opens the cards (the languages card for the second);
no other step has it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from bali_desktop.gui.step_phrases import PHRASES_BUTTON, walk_button
from tests.gui.test_pathway_route import VICTIM, _open
from tests.gui.test_walk_route import _walk

SHOTS = os.environ.get("BALI_STEP_PHRASES_SHOTS")  # a folder: save what the screens look like


def _phrases_open(win, qtbot, card: str):  # noqa: ANN001, ANN202
    page = win.page("phrases")
    qtbot.waitUntil(
        lambda: win.stack.currentWidget() is page and page.phrases is not None and page.card is not None,
        timeout=20_000,
    )
    assert page.phrases.ref == "phrases:first-contact" and page.card.id == card
    return page


def test_the_pathway_screen_opens_the_cards_from_the_steps_that_need_them(open_window, qtbot) -> None:
    _ctx, win = open_window((1366, 900))
    page = _open(win, qtbot, f"{VICTIM}#call-interpreter")
    frames = page.view.frames
    with_button = {sid for sid, f in frames.items() if f.phrases is not None}
    assert with_button == {"call-interpreter", "if-no-interpreter"}
    button = frames["call-interpreter"].phrases
    assert button.text() == PHRASES_BUTTON and button.accessibleName() == PHRASES_BUTTON
    assert button.property("phrases") == "phrases:first-contact#language"
    assert frames["if-no-interpreter"].phrases.property("phrases") == "phrases:first-contact"
    if SHOTS:
        frame = frames["if-no-interpreter"]
        qtbot.wait(300)  # the scroll to the step
        win.grab().save(str(Path(SHOTS) / "pathway-window.png"))
        frame.grab().save(str(Path(SHOTS) / "pathway-step.png"))
        frames["call-interpreter"].grab().save(str(Path(SHOTS) / "pathway-language-step.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _phrases_open(win, qtbot, "language")


def test_the_walk_through_shows_the_button_only_on_those_steps(open_window, qtbot) -> None:
    _ctx, win = open_window((1366, 900))
    walk = _walk(win, qtbot, f"{VICTIM}#call-interpreter")
    button = walk_button(walk)
    assert button is not None
    assert button.isVisible() and button.text() == PHRASES_BUTTON
    assert button.property("phrases") == "phrases:first-contact#language"
    if SHOTS:
        walk.window().grab().save(str(Path(SHOTS) / "walk-language-step.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _phrases_open(win, qtbot, "language")
    walk = _walk(win, qtbot, f"{VICTIM}#call-interpreter")
    walk.pick(next(o for o in walk.step.options if o.to == "if-no-interpreter"))
    walk.done()  # no interpreter: the next step is the one for urgent needs only
    qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == "if-no-interpreter", timeout=20_000)
    assert button.isVisible()
    assert button.property("phrases") == "phrases:first-contact"
    walk.done()
    qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == "check-age", timeout=20_000)
    assert not button.isVisible()
