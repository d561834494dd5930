"""The route checker: walk every combination of answers of a pathway and say what is unsafe.

A route starts at a pathway's first step, with the facts the pathway assumes (everyone on the
child pathway may be a child). Steps are read in order; a step gated off by the facts so far
(`unless`, `only_if`) is passed over; a step with `exit` closes the route; a decision branches,
one route per answer, each adding the facts the answer `sets`:

- to a step here: the route goes on there;
- to `pathway:X#step` with `then: stay`: the route goes on in X from that step, taking on the
  facts X assumes;
- to `pathway:X#step` with `then: return:M`: that one step of X is done (a dual-track step
  such as "refer to the asylum authority as well"), then the route goes on here at step M;
- to the aid with `then: return:` its own step: the officer looks it up and answers again (no
  new route); returning elsewhere goes on at that step.

A route is unsafe when a target does not exist, a step comes round again (a loop), it enters a
pathway already on it, it runs off the end with no `exit`, it is handed over without a referral,
or a fact's rule is broken (`RULES`). A fact in `LIFTS` lifts another fact's rule, only once the
step `PROVEN_BY` names was done and only when no fact that keeps the rule holds (that fact with
one of those is itself a problem: "no other concern" was answered with a concern on record).
Pure Python over typed pathways: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bali_desktop.domain.pathway import Option, Pathway, Step

# Roles that are not a referral on their own: they help the officer, they do not take the case.
NOT_A_REFERRAL = frozenset({"interpreter", "immigration-supervisor"})

# fact -> (any of these roles must be called, none of these may be called)
RULES: dict[str, tuple[tuple[frozenset[str], ...], frozenset[str]]] = {
    "fears-return": ((frozenset({"asylum-authority", "unhcr"}),), frozenset({"consular"})),
    "may-be-stateless": ((frozenset({"unhcr", "civil-registration"}),), frozenset({"consular"})),
    "signs-of-trafficking": ((frozenset({"anti-trafficking-police"}),), frozenset()),
    "child-or-age-in-doubt": ((frozenset({"child-protection"}), frozenset({"guardian"})), frozenset()),
    # their own state is not a foreign consulate: a national coming home is never sent to one
    "own-national": ((), frozenset({"consular"})),
}

# fact -> (the fact whose rule it lifts, the facts that keep that rule in force): a child with a
# parent or usual caregiver, confirmed, and no other concern goes on to normal processing.
LIFTS: dict[str, tuple[str, frozenset[str]]] = {
    "parent-verified": (
        "child-or-age-in-doubt",
        frozenset({"fears-return", "signs-of-trafficking", "may-be-stateless", "controller-present"}),
    ),
}

# fact -> the step a route must have done for the fact to stand (a parent is verified only by
# checking the relationship); without it the route fails and the fact lifts nothing.
PROVEN_BY: dict[str, str] = {"parent-verified": "check-relationship"}

MAX_ROUTES = 100_000  # a guard against content that branches without end


@dataclass(frozen=True)
class Visit:
    pathway: str  # pathway id
    step: str
    done: bool  # False when the step was passed over by its gate


@dataclass(frozen=True)
class Route:
    """One way through: the answers given, the steps met, the facts, how it ended."""

    start: str
    answers: tuple[str, ...]  # "pathway-id#step-id: label"
    visits: tuple[Visit, ...]
    facts: frozenset[str]
    exit: str  # "handover", "normal-processing", or "" when it did not close
    problems: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # the roles its done steps call on, in order, without repeats

    def describe(self) -> str:
        answers = "; ".join(self.answers) or "no decisions"
        return f"pathway:{self.start} [{answers}]"


@dataclass
class _State:
    pathway: str
    step: str
    facts: frozenset[str]
    entered: tuple[str, ...]
    answers: tuple[str, ...] = ()
    visits: tuple[Visit, ...] = ()
    roles: tuple[str, ...] = ()


def walk(pathways: Mapping[str, Pathway], start: str) -> list[Route]:
    """Every route of the pathway `start` (a pathway id), one per combination of answers."""
    first = pathways[start].steps
    if not first:
        return [Route(start, (), (), frozenset(), "", ("the pathway has no steps",))]
    todo = [_State(start, first[0].id, frozenset(pathways[start].assumes), (start,))]
    routes: list[Route] = []
    while todo:
        if len(routes) > MAX_ROUTES:
            routes.append(Route(start, (), (), frozenset(), "", ("too many routes to check",)))
            break
        state = todo.pop()
        ended = _advance(pathways, start, state, todo, routes)
        if ended is not None:
            routes.append(_judge(start, state, *ended))
    return routes


def _advance(
    pathways: Mapping[str, Pathway], start: str, st: _State, todo: list[_State], routes: list[Route]
) -> tuple[str, str] | None:
    """Follow `st` until it ends (exit, problem) or branches; (exit, problem) when it ended."""
    while True:
        pathway = pathways.get(st.pathway)
        step = pathway.step(st.step) if pathway else None
        if pathway is None or step is None:
            return "", f"goes to {st.pathway}#{st.step}, which does not exist"
        if any(v.pathway == st.pathway and v.step == st.step for v in st.visits):
            return "", f"loops: comes back to {st.pathway}#{st.step}"
        done = step.applies(st.facts)
        st.visits += (Visit(st.pathway, step.id, done),)
        if done:
            st.roles += step.roles
            if step.exit:
                return step.exit, ""
            if step.is_decision:
                for option in step.options:
                    branch = _answer(pathways, st, step, option)
                    if isinstance(branch, str):
                        answered = (*st.answers, f"{st.pathway}#{step.id}: {option.label}")
                        failed = _State(
                            st.pathway, step.id, st.facts, st.entered, answered, st.visits, st.roles
                        )
                        routes.append(_judge(start, failed, "", branch))
                    elif branch is not None:
                        todo.append(branch)
                return None
        following = pathway.next_step(step.id)
        if following is None:
            return "", f"runs off the end of {st.pathway} with no exit (a referral or normal processing)"
        st.step = following.id


def _answer(pathways: Mapping[str, Pathway], st: _State, step: Step, option: Option) -> _State | str | None:
    """The state after answering `option` at `step`; a problem as a string; None: no new route."""
    facts = st.facts | set(option.sets)
    answers = (*st.answers, f"{st.pathway}#{step.id}: {option.label}")
    nxt = _State(st.pathway, option.to, facts, st.entered, answers, st.visits, st.roles)
    if not option.is_ref:
        return nxt
    if option.target_ref.startswith("aid:"):
        back = option.returns_to
        if not back or back == step.id:
            return None  # look it up, then answer the same question again
        nxt.step = back
        return nxt
    other = option.target_ref.split(":", 1)[1]
    if other in st.entered:
        return f"re-enters pathway {other}, already on this route"
    if other not in pathways or pathways[other].step(option.target_step) is None:
        return f"goes to {option.to}, which does not exist"
    target = pathways[other].step(option.target_step)
    assert target is not None
    facts = facts | set(pathways[other].assumes)
    if option.returns_to:
        if target.is_decision or target.exit:
            return f"goes to {option.to} and back, but that step branches or closes the route"
        if target.applies(facts):
            nxt.roles += target.roles
        nxt.visits += (Visit(other, target.id, target.applies(facts)),)
        nxt.facts, nxt.step = facts, option.returns_to
        return nxt
    return _State(other, target.id, facts, (*st.entered, other), answers, st.visits, st.roles)


def _judge(start: str, st: _State, exit_kind: str, problem: str) -> Route:
    problems = [problem] if problem else []
    roles = set(st.roles)
    if not problems:
        if exit_kind == "handover" and not roles - NOT_A_REFERRAL:
            problems.append("is handed over without any referral")
        lifted, why = _lifted(st.facts, {v.step for v in st.visits if v.done})
        problems += why
        for fact in sorted(st.facts - lifted):
            needs, never = RULES.get(fact, ((), frozenset()))
            for any_of in needs:
                if not roles & any_of:
                    problems.append(f"{fact}, but no referral to {' or '.join(sorted(any_of))}")
            for role in sorted(roles & never):
                problems.append(f"{fact}, but reaches {role} contact")
    return Route(
        start, st.answers, st.visits, st.facts, exit_kind, tuple(problems), tuple(dict.fromkeys(st.roles))
    )


def _lifted(facts: frozenset[str], done: set[str]) -> tuple[set[str], list[str]]:
    """The facts whose rules stand lifted on this route (`LIFTS`), and the problems with a lift."""
    lifted: set[str] = set()
    problems = []
    for fact, (lifts, keep) in LIFTS.items():
        if fact not in facts:
            continue
        proof = PROVEN_BY.get(fact)
        wrong = [f"{fact}, but the {proof} step was not done"] if proof and proof not in done else []
        wrong += [f"{fact}, but also {k}: {lifts} still needs its referrals" for k in sorted(facts & keep)]
        if not wrong:
            lifted.add(lifts)
        problems += wrong
    return lifted, problems


def check(pathways: Mapping[str, Pathway]) -> list[str]:
    """Every problem on every route of every pathway, one line each ("" problems: all safe)."""
    out = []
    for pid in pathways:
        for route in walk(pathways, pid):
            out += [f"{route.describe()}: {p}" for p in route.problems]
    return out
