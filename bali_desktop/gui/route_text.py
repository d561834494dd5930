"""The route in words on screen, in the window's language: a gated step's condition, why a step is
passed over, where an answer leads. The same sentences as domain/route_words.py (which the sheets
use), built from the same typed pathway; in English they are word for word the same (a test
checks every step and answer of the shipped pathways)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bali_desktop.domain.route_words import Gated, jump_kind
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from bali_desktop.domain.pathway import Option, Pathway, Step

translate = QCoreApplication.translate

# domain/facts.py FACT_WORDS, marked for translation (a test checks they are the same)
FACT_WORDS: dict[str, str] = {
    "child-or-age-in-doubt": QT_TRANSLATE_NOOP("facts", "the person may be under 18"),
    "fears-return": QT_TRANSLATE_NOOP("facts", "the person fears return or asks for protection"),
    "may-be-stateless": QT_TRANSLATE_NOOP("facts", "the person may be stateless"),
    "signs-of-trafficking": QT_TRANSLATE_NOOP("facts", "there are signs of trafficking"),
    "refuses-referral": QT_TRANSLATE_NOOP("facts", "the person refuses referral"),
    "controller-present": QT_TRANSLATE_NOOP("facts", "a controller or escort is present"),
    "no-interpreter": QT_TRANSLATE_NOOP("facts", "no interpreter can be found"),
    "parent-verified": QT_TRANSLATE_NOOP(
        "facts", "a parent or usual caregiver is confirmed and there is no other concern"
    ),
    "own-national": QT_TRANSLATE_NOOP("facts", "the person is a national of your country coming home"),
}


def fact_words(fact: str) -> str:
    words = FACT_WORDS.get(fact)
    return translate("facts", words) if words else fact.replace("-", " ")


def condition_text(step: Gated) -> str:
    """ "Skip if the person fears return or asks for protection." / "Only if …" ("" for none)."""
    parts = []
    if step.unless:
        either = translate("route_text", ", or if ").join(fact_words(f) for f in step.unless)
        parts.append(translate("route_text", "Skip if {facts}.").format(facts=either))
    if step.only_if:
        every = translate("route_text", ", and ").join(fact_words(f) for f in step.only_if)
        parts.append(translate("route_text", "Only if {facts}.").format(facts=every))
    return " ".join(parts)


def skipped_because(step: Step, facts: frozenset[str] | set[str]) -> str:
    """Why `step` is not done on a case where `facts` hold ("" when it is done)."""
    held = [f for f in step.unless if f in facts]
    if held:
        words = translate("route_text", ", and ").join(fact_words(f) for f in held)
        return translate("route_text", "skipped because {facts}").format(facts=words)
    missing = [f for f in step.only_if if f not in facts]
    if missing:
        words = translate("route_text", ", and ").join(fact_words(f) for f in missing)
        return translate("route_text", "only if {facts}").format(facts=words)
    return ""


def jump_words(option: Option, here: Pathway, target_title: str, target_number: int | None) -> str:
    """Where an answer leads, after its label: "go to step 15", "go to “…”, step 17, then come back
    to step 15", "continue with the pathway “…”, from step 5", "see the aid “…”"."""
    kind = jump_kind(option)
    if kind == "step":
        step = here.step(option.to)
        if step:
            return translate("route_text", "go to step {number}").format(number=step.number)
        return translate("route_text", "go to {step}").format(step=option.to)
    at = translate("route_text", ", step {number}").format(number=target_number) if target_number else ""
    back = here.step(option.returns_to)
    back_words = (
        translate("route_text", "step {number}").format(number=back.number) if back else option.returns_to
    )
    if kind == "return":
        return translate("route_text", "go to “{title}”{at}, then come back to {back}").format(
            title=target_title, at=at, back=back_words
        )
    if kind == "stay":
        where = (
            translate("route_text", "from step {number}").format(number=target_number)
            if target_number
            else translate("route_text", "from its first step")
        )
        return translate("route_text", "continue with the pathway “{title}”, {where}").format(
            title=target_title, where=where
        )
    if kind == "aid":
        if not option.returns_to:
            return translate("route_text", "see the aid “{title}”").format(title=target_title)
        return translate("route_text", "see the aid “{title}”, then come back to {back}").format(
            title=target_title, back=back_words
        )
    return translate("route_text", "open “{title}”").format(title=target_title)
