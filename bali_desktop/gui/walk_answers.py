"""A walk-through decision: which answer is chosen (none at first), and Done only once one is.

`page` is the WalkthroughPage (not imported: no import cycle)."""

from __future__ import annotations

from typing import Any

DONE_TEXT, UNANSWERED_TEXT = "✓ &Done", "✓ Done\n(answer first)"  # two lines: fits large text


def show_choice(page: Any) -> None:
    """At a decision: which answer is chosen (none at first), and Done only once one is."""
    step = page.step
    if step is None or not step.is_decision:
        page.hint.hide()
        set_done(page, step is not None, DONE_TEXT)
        return
    for opt, b in zip(step.options, page.option_buttons, strict=True):
        chosen = opt == page.chosen
        b.setChecked(chosen)
        b.title.setText(b.property("answer") + ("   ◀ your answer" if chosen else ""))
        b.title.setFont(page.ctx.font(1.3, bold=chosen))
        b.setAccessibleName(("Chosen: " if chosen else "") + b.property("answer"))
    if page.chosen is None:
        page.hint.setText(f"No answer chosen yet. Press 1 to {len(step.options)}, or click one.")
        set_done(page, False, UNANSWERED_TEXT)
    else:
        page.hint.setText(f"Your answer: {page.chosen.label}. Press Done (Enter) to record it and go on.")
        set_done(page, True, DONE_TEXT)
    page.hint.show()


def set_done(page: Any, enabled: bool, text: str) -> None:
    page.done_button.setEnabled(enabled)
    page.done_button.setText(text)
    page.done_button.setAccessibleName(text.replace("&", "").lstrip("✓ ").replace("\n", " "))
