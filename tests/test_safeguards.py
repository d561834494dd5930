"""The safeguards every pathway carries in its own steps (issue 10, points 4 and 5).

Every pathway the loader yields is held to the rules below, the shipped six and any new one; the
rules are written out for content writers in docs/contributing.md ("Safeguards every pathway
carries"). Each rule is a function returning its problems, so the tests at the end can break a
copy of the content and see the rule fail.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain import routes
from bali_desktop.domain.pathway import Pathway, Step

Data = dict[str, dict[str, Any]]

CONSULAR = (
    "Do not contact the consulate or home authorities, for any reason (documents or identity checks"
    " included), if the person fears return, has asked for protection, or may be a refugee or"
    " stateless. Otherwise, only with informed consent, and share only what they agreed."
)
SIGNS = "No sign proves or rules out a case. One clear sign can be enough to refer. If in doubt, refer."
# A consent-to-refer step: "consent" and, later in the same sentence, the word "refer".
CONSENT_TO_REFER = re.compile(r"\bconsent\b[^.?!]*\brefer\b", re.IGNORECASE)
REFUSAL_QUESTIONS = ("Does the person agree to be referred?", "Does the child agree to be referred?")
# What the steps done after "No" must say between them (action, why and say, any case).
REFUSAL_WORDS = (
    "no penalty",  # and no immigration consequence for refusing
    "no return to harm",
    "safe to carry",  # contacts: a number to memorise, a small card; ask if safe to keep
    "supervisor",
    "without details",  # the suspicion reported as the law requires, nothing the person did not agree to
    "one line",  # the reason recorded
    "talk again",
)
CHILD_REFUSAL_WORDS = ("told anyway",)  # child protection is told anyway, explained kindly
NO_INTERPRETER = re.compile(r"\bno (independent )?interpreter\b", re.IGNORECASE)
NO_INTERPRETER_WORDS = ("urgent needs", "phrase card", "telephone interpreting", "companion", "return")
MIN_SAY = 4
QUESTIONS = range(6, 11)  # one script holds 6 to 10 questions


@cache
def _shipped() -> tuple[tuple[str, dict[str, Any]], ...]:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    return tuple((r.ref.split(":", 1)[1], r.data) for r in bundle.records if r.kind == "pathway")


def shipped_data() -> Data:
    return copy.deepcopy(dict(_shipped()))


def typed(data: Data) -> dict[str, Pathway]:
    return {pid: Pathway.from_data(f"pathway:{pid}", d) for pid, d in data.items()}


IDS = [pid for pid, _ in _shipped()]


def step_text(step: Step) -> str:
    return " ".join((step.action, step.why, step.say))


def all_text(p: Pathway) -> str:
    parts = [p.title, p.purpose, *p.never_do, *(i for g in p.indicators for i in g.indicators)]
    for s in p.steps:
        parts += [step_text(s), s.question, *(o.label for o in s.options)]
    return "\n".join(parts)


def is_question(step: Step) -> bool:
    asks = step.action.startswith("Ask") or "?" in step.say
    return asks and "health" not in step.roles


# --- the rules -----------------------------------------------------------------------------------


def consular_problems(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    p = pathways[pid]
    out = []
    if not any(CONSULAR in n for n in p.never_do):
        out.append("never_do lacks the consular sentence word for word")
    for s in p.steps:
        if "consular" in s.roles:
            if not {"fears-return", "may-be-stateless"} <= set(s.unless):
                out.append(f"{s.id}: a consular step not gated unless fears-return and may-be-stateless")
            if CONSULAR not in s.why:
                out.append(f"{s.id}: a consular step whose why lacks the consular sentence")
    text = all_text(p)
    if text.count("has asked for protection") != text.count(CONSULAR):
        out.append("a second wording of the consular rule ('has asked for protection' outside the sentence)")
    return out


def signs_problems(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    p = pathways[pid]
    text = all_text(p)
    out = [] if SIGNS in text else ["the signs sentence is missing"]
    for s in p.steps:
        if "indicator" in s.action.lower() and SIGNS not in s.why:
            out.append(f"{s.id}: an indicator step whose why lacks the signs sentence")
    for words in ("several together", "no single"):
        if words in text.lower():
            out.append(f"says {words!r}")
    return out


def refusal_decisions(p: Pathway) -> list[Step]:
    return [s for s in p.steps if s.question in REFUSAL_QUESTIONS]


def refusal_problems(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    p = pathways[pid]
    out = []
    steps = p.steps
    if not refusal_decisions(p):
        out.append("no refusal decision ('Does the person agree to be referred?')")
    for i, s in enumerate(steps):
        if CONSENT_TO_REFER.search(s.action):
            here = [t for t in steps[i : i + 2] if t.question in REFUSAL_QUESTIONS]
            if not here:
                out.append(f"{s.id}: a consent-to-refer step with no refusal decision on it or next")
    for s in refusal_decisions(p):
        refusing = [o for o in s.options if "refuses-referral" in o.sets]
        if not refusing or len(refusing) == len(s.options):
            out.append(f"{s.id}: the refusal decision needs one answer setting refuses-referral and one not")
        for o in refusing:
            target = p.step(o.to)
            if target is None or "refuses-referral" not in target.only_if:
                out.append(f"{s.id}: the refusing answer goes to a step not gated only_if refuses-referral")
    return out


def refusal_route_problems(pathways: Mapping[str, Pathway]) -> list[str]:
    """On every route through a refusing answer, the steps done say what the refusal block must."""
    refusing = {
        f"{pid}#{s.id}: {o.label}": pid
        for pid, p in pathways.items()
        for s in refusal_decisions(p)
        for o in s.options
        if "refuses-referral" in o.sets
    }
    out = []
    for start in pathways:
        for route in routes.walk(pathways, start):
            answered = [refusing[a] for a in route.answers if a in refusing]
            if not answered:
                continue
            done = [pathways[v.pathway].step(v.step) for v in route.visits if v.done]
            text = " ".join(step_text(s) for s in done if s is not None).lower()
            words = list(REFUSAL_WORDS)
            if "child-or-age-in-doubt" in pathways[answered[0]].assumes:
                words += CHILD_REFUSAL_WORDS
            missing = [w for w in words if w not in text]
            if missing:
                out.append(f"{route.describe()}: the refusal does not say {', '.join(missing)}")
    return out


def interpreter_problems(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    steps = pathways[pid].steps
    asks = [i for i, s in enumerate(steps) if is_question(s)]
    first_ask = asks[0] if asks else len(steps)
    calls = [i for i, s in enumerate(steps) if "interpreter" in s.roles]
    out = []
    if not calls:
        out.append("no step calls on an interpreter")
    elif calls[0] > first_ask:
        out.append(f"{steps[first_ask].id}: asks questions before the interpreter is called")
    none = [i for i, s in enumerate(steps) if NO_INTERPRETER.search(s.action)]
    if not none or none[0] > first_ask:
        out.append("no step for when no interpreter can be found, before the questions")
    else:
        text = " ".join((steps[none[0]].action, steps[none[0]].why)).lower()
        missing = [w for w in NO_INTERPRETER_WORDS if w not in text]
        if missing:
            out.append(f"{steps[none[0]].id}: the no-interpreter step does not say {', '.join(missing)}")
    return out


def say_problems(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    p = pathways[pid]
    says = [s for s in p.steps if s.say]
    out = []
    if len(says) < MIN_SAY:
        out.append(f"{len(says)} steps with words to say (want at least {MIN_SAY})")
    if not any(s.say.count("?") in QUESTIONS for s in says):
        out.append("no script with 6 to 10 questions to ask")
    if not any(n.startswith("Never ask") for n in p.never_do):
        out.append("never_do has no 'Never ask' entry (the questions never to ask)")
    return out


def detention_problems(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    return [] if "detention" in all_text(pathways[pid]).lower() else ["says nothing about detention"]


RULES: dict[str, Callable[[Mapping[str, Pathway], str], list[str]]] = {
    "consular": consular_problems,
    "signs": signs_problems,
    "refusal": refusal_problems,
    "interpreter": interpreter_problems,
    "say": say_problems,
    "detention": detention_problems,
}


# --- every pathway meets them ----------------------------------------------------------------------


@pytest.mark.parametrize("rule", RULES)
@pytest.mark.parametrize("pid", IDS)
def test_every_pathway_carries_the_safeguard(pid: str, rule: str) -> None:
    assert RULES[rule](typed(shipped_data()), pid) == []


def test_every_refusal_route_says_what_a_refusal_needs() -> None:
    problems = refusal_route_problems(typed(shipped_data()))
    assert problems == [], "\n".join(problems[:10])


def test_the_aid_uses_the_signs_sentence() -> None:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    aid = next(r for r in bundle.records if r.ref == "aid:smuggling-or-trafficking")
    assert SIGNS in aid.data["remember"]
    assert "several together" not in aid.text and "No single" not in aid.text


def test_the_group_pathways_ask_consent_before_sharing_and_pause_for_distress() -> None:
    pathways = typed(shipped_data())
    for pid in ("maritime-rescue", "smuggled-migrant"):
        actions = [s.action.lower() for s in pathways[pid].steps]
        assert any("consent" in a and "share" in a for a in actions), pid
        assert any("distressed" in a for a in actions), pid
        assert any("last resort" in n for n in pathways[pid].never_do), pid
        # the group is kept: a child is handed to the child-protection lead, the rest carry on here
        steps = pathways[pid].steps
        assert not any(o.target_ref == "pathway:child" for s in steps for o in s.options), pid
        assert any(
            s.only_if == ("child-or-age-in-doubt",) and "child-protection" in s.roles for s in steps
        ), pid


# --- the rules bite ---------------------------------------------------------------------------------


def _step(data: Data, pid: str, pred: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
    return next(s for pp in data[pid]["pause_points"] for s in pp["steps"] if pred(s))


def _fails(data: Data, rule: str, pid: str, words: str) -> None:
    problems = RULES[rule](typed(data), pid)
    assert any(words in p for p in problems), problems


@pytest.mark.parametrize("pid", ["victim-of-trafficking", "maritime-rescue", "child"])
def test_a_removed_consular_gate_or_sentence_fails(pid: str) -> None:
    data = shipped_data()
    _step(data, pid, lambda s: "consular" in s["roles"])["unless"] = ["fears-return"]
    _fails(data, "consular", pid, "not gated")

    data = shipped_data()
    data[pid]["never_do"] = [n.replace(CONSULAR, "Never call the consulate.") for n in data[pid]["never_do"]]
    _fails(data, "consular", pid, "never_do lacks")

    data = shipped_data()
    data[pid]["never_do"].append("Never contact the consulate of someone who has asked for protection.")
    _fails(data, "consular", pid, "a second wording")


def test_a_removed_or_weakened_signs_sentence_fails() -> None:
    data = shipped_data()
    step = _step(data, "victim-of-trafficking", lambda s: "indicator" in s["action"].lower())
    step["why"] = step["why"].replace(SIGNS, "No single sign proves anything; several together are a reason.")
    problems = signs_problems(typed(data), "victim-of-trafficking")
    assert any("lacks the signs sentence" in p for p in problems)
    assert any("several together" in p for p in problems)


def test_a_missing_refusal_branch_fails() -> None:
    data = shipped_data()
    asking = _step(
        data, "victim-of-trafficking", lambda s: (s["decision"] or {}).get("question") in REFUSAL_QUESTIONS
    )
    asking["decision"] = None
    _fails(data, "refusal", "victim-of-trafficking", "no refusal decision")
    _fails(data, "refusal", "victim-of-trafficking", "consent-to-refer step with no refusal decision")

    data = shipped_data()
    asking = _step(
        data, "scam-returnee", lambda s: (s["decision"] or {}).get("question") in REFUSAL_QUESTIONS
    )
    for option in asking["decision"]["options"]:
        option["sets"] = []
    _fails(data, "refusal", "scam-returnee", "one answer setting refuses-referral")


def test_a_refusal_block_that_leaves_out_a_safeguard_fails() -> None:
    data = shipped_data()
    for pid in ("victim-of-trafficking", "child"):
        for pp in data[pid]["pause_points"]:
            for step in pp["steps"]:
                for field in ("action", "why", "say"):
                    text = step.get(field) or ""
                    step[field] = text.replace("safe to carry", "to carry").replace("told anyway", "told")
    problems = refusal_route_problems(typed(data))
    assert any(p.startswith("pathway:victim-of-trafficking") and "safe to carry" in p for p in problems)
    assert any(p.startswith("pathway:child") and "told anyway" in p for p in problems)


def test_questions_before_the_interpreter_fail() -> None:
    data = shipped_data()
    points = data["smuggled-migrant"]["pause_points"]
    ask = {"id": "ask-early", "action": "Ask each person where they come from.", "roles": []}
    points[0]["steps"].insert(0, ask)
    _fails(data, "interpreter", "smuggled-migrant", "asks questions before the interpreter")
    _fails(data, "interpreter", "smuggled-migrant", "no step for when no interpreter")


def test_too_few_words_to_say_fail() -> None:
    data = shipped_data()
    for pp in data["international-protection"]["pause_points"]:
        for step in pp["steps"]:
            step["say"] = ""
    _fails(data, "say", "international-protection", "steps with words to say")
    _fails(data, "say", "international-protection", "no script with 6 to 10 questions")
