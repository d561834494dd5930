"""The words of the walk-through's step card: progress, the step, its condition, script, contacts
and question, and what the end of the walk says. `page` is the WalkthroughPage (not imported:
no import cycle)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from bali_desktop.domain.route_words import SAY_LABEL, short_title
from bali_desktop.gui import national_steps
from bali_desktop.gui.route_text import condition_text
from bali_desktop.gui.step_words import say_html, step_contacts

if TYPE_CHECKING:
    from bali_desktop.domain.pathway import Step

translate = QCoreApplication.translate


def end_words(page: Any, steps: list[Step]) -> None:
    """The end of the walk: every step seen, the route or the pathway done."""
    total = len(steps)  # a plain name: lupdate reads no call in a count
    page.progress.setText(translate("walk_words", "All %n steps seen", "", total))
    closed = bool(page.trail) and bool(steps[page.trail[-1][0]].exit)  # an exit was done
    page.action.setText(
        translate("walk_words", "You have reached the end of this route.")
        if closed
        else translate("walk_words", "You have reached the end of this pathway.")
    )
    page.action.setAccessibleName(translate("walk_words", "End of the pathway"))
    national_steps.show_on_walk(page, None)
    page.why.setText(
        translate("walk_words", "Check the summary below. Clear the ticks when the case is handed over.")
    )


def step_words(page: Any, step: Step, steps: list[Step]) -> None:
    """The step shown: where it is, what to do and why, its condition, script, contacts, question."""
    jump = page.route.origin if page.route.returns_after(page.ref) else None
    then = (
        translate("walk_words", "  ·  then back to step {number} of “{title}”").format(
            number=jump.back_number, title=short_title(jump.from_title)
        )
        if jump
        else ""
    )
    page.progress.setText(
        translate("walk_words", "Step {number} of {total}  ·  {pause}").format(
            number=step.number, total=len(steps), pause=step.pause_title
        )
        + then
    )
    page.action.setText(step.action)
    page.action.setAccessibleName(
        translate("walk_words", "Step {number}: {action}").format(number=step.number, action=step.action)
    )
    page.why.setText(step.why)
    page.why.setVisible(bool(step.why))
    page.gate.setText(condition_text(step))  # "Only if …" here: why the step is on this route
    page.gate.setAccessibleName(translate("walk_words", "Condition: {words}").format(words=page.gate.text()))
    page.gate.setVisible(bool(page.gate.text()))
    page.say.setText(say_html(step.say) if step.say else "")
    page.say.setAccessibleName(
        translate("walk_words", "{say} (our guidance, read aloud): {text}").format(
            say=translate("route_words", SAY_LABEL), text=step.say
        )
    )
    page.say.setVisible(bool(step.say))
    html, name = step_contacts(page.data, step) if page.data is not None else ("", "")
    page.contacts.setText(html)
    page.contacts.setAccessibleName(name or translate("walk_words", "Contacts"))
    page.contacts.setVisible(bool(html))
    national_steps.show_on_walk(page, step)  # "In <country>": a content pack's national steps
    page.question.setVisible(step.is_decision)
    page.question.setText(
        translate("walk_words", "Decide: {question}").format(question=step.question)
        if step.is_decision
        else ""
    )
    page.question.setAccessibleName(
        translate("walk_words", "Decision: {question} Press 1 to {n} to choose an answer.").format(
            question=step.question, n=len(step.options)
        )
        if step.is_decision
        else translate("walk_words", "Decision")
    )


def _say(button: Any, text: str, name: str, tip: str = "") -> None:
    button.setText(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)


def static_words(page: Any) -> None:
    """The walk-through's fixed words again, in the language now installed: a walk under way is
    kept through a change of language (its answers live in the window), so it is said again."""
    page.setAccessibleName(translate("walkthrough_page", "Walk-through"))
    page.never.setText(
        translate(
            "walkthrough_page", "Walk-through. Only ticks and times are recorded: never write names here."
        )
    )
    page.title.setAccessibleName(translate("walkthrough_page", "Pathway"))
    page.progress.setAccessibleName(translate("walkthrough_page", "Progress"))
    page.summary.setAccessibleName(translate("walkthrough_page", "Summary"))
    for lab, name in (
        (page.passed_note, translate("walkthrough_page", "Steps passed over")),
        (page.gate, translate("walkthrough_page", "Condition")),
        (page.action, translate("walkthrough_page", "Step")),
        (page.why, translate("walkthrough_page", "Why")),
        (page.say, translate("walkthrough_page", "Say")),
        (page.contacts, translate("walkthrough_page", "Contacts")),
        (page.question, translate("walkthrough_page", "Decision")),
        (page.hint, translate("walkthrough_page", "Answer")),
        (page.state, translate("walkthrough_page", "Recorded")),
    ):
        lab.setAccessibleName(name)
    _say(
        page.back_button,
        translate("walkthrough_page", "◀ &Back"),
        translate("walkthrough_page", "Back to the previous step"),
    )
    _say(
        page.na_button,
        translate("walkthrough_page", "&Not applicable"),
        translate("walkthrough_page", "Not applicable"),
        translate("walkthrough_page", "Record this step as not applicable (Alt+N)"),
    )
    page.done_button.setToolTip(translate("walkthrough_page", "Record this step as done (Alt+D)"))
    _say(
        page.steps_button,
        translate("walkthrough_page", "Show all steps (F4)"),
        translate("walkthrough_page", "Show all steps"),
        translate("walkthrough_page", "Back to the whole pathway"),
    )
    _say(
        page.restart_button,
        translate("walkthrough_page", "Start again from step 1"),
        translate("walkthrough_page", "Start again from step 1"),
    )
    _say(
        page.clear_button,
        translate("walk_clear", "Clear all ticks for this pathway…"),
        translate("walk_clear", "Clear all ticks"),
        translate(
            "walk_clear", "Wipe the ticks and times recorded for this pathway (asks first; can be undone)"
        ),
    )
    _say(
        page.undo_button,
        translate("walk_clear", "Undo clear"),
        translate("walk_clear", "Undo clear"),
        translate("walk_clear", "Bring back the ticks just cleared"),
    )
