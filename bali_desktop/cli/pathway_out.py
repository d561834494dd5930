"""A pathway for the command line: its route as JSON for other tools, its "why" lines and signs as text."""

from __future__ import annotations

from typing import Any

from bali_desktop.domain.pathway import Option, Pathway, Step
from bali_desktop.domain.route_words import SIGNS_RULE


def _option(option: Option) -> dict[str, Any]:
    # `then` is always there: "stay" or "return:STEP" after a jump, null when the route just goes on
    return {"label": option.label, "to": option.to, "sets": list(option.sets), "then": option.then or None}


def _step(step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": step.id,
        "number": step.number,
        "pause_point": step.pause_id,
        "action": step.action,
        "why": step.why,
    }
    if step.say:
        out["say"] = step.say
    out |= {"roles": list(step.roles), "unless": list(step.unless), "only_if": list(step.only_if)}
    out["decision"] = (
        {"question": step.decision.question, "options": [_option(o) for o in step.decision.options]}
        if step.decision
        else None
    )
    if step.exit:
        out["exit"] = step.exit
    if step.phrases:
        out["phrases"] = step.phrases  # the phrase cards the step needs
    return out


def pathway_json(pathway: Pathway) -> dict[str, Any]:
    """`route` (the steps in order, each with its decision and gates), indicators, never_do, based_on."""
    return {
        "route": [_step(s) for s in pathway.steps],
        "indicators": [
            {"dimension": g.dimension, "indicators": list(g.indicators)} for g in pathway.indicators
        ],
        "never_do": list(pathway.never_do),
        "based_on": list(pathway.based_on),
    }


# The headings of `pathway_lines` in Bahasa Indonesia (a pathway read with `show --lang id`)
_ID_WORDS = {
    "Why:": "Alasannya:",
    "Indicators (signs to look for):": "Indikator (tanda-tanda yang perlu diperhatikan):",
    SIGNS_RULE: (
        "Tidak ada tanda yang membuktikan atau menyingkirkan suatu kasus. Satu tanda yang jelas "
        "bisa cukup untuk merujuk. Jika ragu, rujuk."
    ),
}


def pathway_lines(pathway: Pathway, lang: str = "en") -> list[str]:
    """What the printed text of a pathway leaves out: why each step matters, and the signs."""

    def w(text: str) -> str:
        return _ID_WORDS.get(text, text) if lang == "id" else text

    lines: list[str] = []
    whys = [s for s in pathway.steps if s.why]
    if whys:
        lines += ["", w("Why:")]
        lines += [f"  {s.number}. {s.why}" for s in whys]
    if pathway.indicators:
        lines += ["", w("Indicators (signs to look for):"), f"  {w(SIGNS_RULE)}"]
        for group in pathway.indicators:
            lines.append(f"  {group.dimension}:")
            lines += [f"  - {i}" for i in group.indicators]
    return lines
