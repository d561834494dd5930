"""A walk-through decision: which answer is chosen (none at first), and Done only once one is.

`page` is the WalkthroughPage (not imported: no import cycle)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# two lines: fits large text
DONE_TEXT = QT_TRANSLATE_NOOP("walk_answers", "✓ &Done")
UNANSWERED_TEXT = QT_TRANSLATE_NOOP("walk_answers", "✓ Done\n(answer first)")


def show_choice(page: Any) -> None:
    """At a decision: which answer is chosen (none at first), and Done only once one is."""
    step = page.step
    if step is None or not step.is_decision:
        page.hint.hide()
        set_done(page, step is not None, translate("walk_answers", DONE_TEXT))
        return
    for opt, b in zip(step.options, page.option_buttons, strict=True):
        chosen = opt == page.chosen
        b.setChecked(chosen)
        b.title.setText(
            b.property("answer") + (translate("walk_answers", "   ◀ your answer") if chosen else "")
        )
        b.title.setFont(page.ctx.font(1.3, bold=chosen))
        b.setAccessibleName((translate("walk_answers", "Chosen: ") if chosen else "") + b.property("answer"))
    if page.chosen is None:
        page.hint.setText(
            translate("walk_answers", "No answer chosen yet. Press 1 to {n}, or click one.").format(
                n=len(step.options)
            )
        )
        set_done(page, False, translate("walk_answers", UNANSWERED_TEXT))
    else:
        page.hint.setText(
            translate(
                "walk_answers", "Your answer: {answer}. Press Done (Enter) to record it and go on."
            ).format(answer=page.chosen.label)
        )
        set_done(page, True, translate("walk_answers", DONE_TEXT))
    page.hint.show()


def set_done(page: Any, enabled: bool, text: str) -> None:
    page.done_button.setEnabled(enabled)
    page.done_button.setText(text)
    page.done_button.setAccessibleName(text.replace("&", "").lstrip("✓ ").replace("\n", " "))
