"""The route a walk-through follows, without Qt: the facts the answers so far have set, the steps
their gates pass over, and a jump to another pathway's step with its way back.

Facts are kept per pathway while the window is open (the database keeps only ticks and times):
an answer that `sets` a fact adds it, a jump carries the facts over (and back, for a jump there
and back), and clearing a pathway's ticks forgets them. The rules are those of the route
checker (domain/routes.py): a step whose `unless`/`only_if` excludes it is passed over, a step
with `exit` closes the route, `then: return:STEP` does the one step there and comes back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from bali_desktop.domain.pathway import Pathway, Step
from bali_desktop.domain.route_words import Jump, short_title
from bali_desktop.gui.route_text import skipped_because

translate = QCoreApplication.translate


@dataclass
class WalkRoute:
    facts: dict[str, frozenset[str]] = field(default_factory=dict)  # pathway ref -> facts of the case
    origin: Jump | None = None  # the jump that opened the pathway walked now
    pending: Jump | None = None  # a jump made, until its location is shown

    def facts_of(self, model: Pathway) -> frozenset[str]:
        """What holds for the case on `model`: what the pathway assumes, and what answers set."""
        return self.facts.get(model.ref, frozenset()) | set(model.assumes)

    def learn(self, ref: str, facts: tuple[str, ...] | frozenset[str]) -> None:
        self.facts[ref] = self.facts.get(ref, frozenset()) | set(facts)

    def forget(self, ref: str) -> frozenset[str]:
        return self.facts.pop(ref, frozenset())

    def arrive(self, ref: str, anchor: str) -> bool:
        """A walk-through location is shown; True when a jump (or its return) brought it there."""
        pending, self.pending = self.pending, None
        if pending is not None and (ref, anchor) == (pending.to_ref, pending.to_step):
            self.origin = pending
            self.learn(ref, pending.facts)
            return True
        if self.origin is not None and ref != self.origin.to_ref:
            self.origin = None  # elsewhere now: the way back no longer applies
        return False

    def jump(self, jump: Jump) -> None:
        self.pending = jump

    def come_back(self, facts: frozenset[str]) -> str:
        """After the one step of a jump there and back: the location of the step `then` names,
        the facts known now carried back; "" with no such jump."""
        jump = self.origin
        if jump is None or not jump.returns:
            return ""
        self.learn(jump.from_ref, facts)
        return f"walk:{jump.from_ref}#{jump.back_step}"

    def undo_jump(self) -> str:
        """Back to the question answered, as it was before the answer; "" with no jump."""
        jump = self.origin
        if jump is None:
            return ""
        self.facts[jump.from_ref] = jump.before
        return f"walk:{jump.from_ref}#{jump.from_step}"

    def returns_after(self, ref: str) -> bool:
        """Whether the step walked in `ref` is the one step of a jump there and back."""
        return self.origin is not None and self.origin.returns and self.origin.to_ref == ref


def next_index(model: Pathway, start: int, facts: frozenset[str]) -> int:
    """The first step at or after `start` that is done given `facts` (len(steps) at the end)."""
    steps = model.steps
    i = max(start, 0)
    while i < len(steps) and not steps[i].applies(facts):
        i += 1
    return i


def passed_over(model: Pathway, start: int, stop: int, facts: frozenset[str]) -> list[Step]:
    """The steps from `start` up to `stop` that the gates pass over."""
    return [s for s in model.steps[max(start, 0) : stop] if not s.applies(facts)]


def origin_text(jump: Jump) -> str:
    """The button at the top of a pathway a jump opened: "◀  From “…”, step 14 — back"."""
    return translate("walk_route", "◀  From “{title}”, step {number} — back").format(
        title=short_title(jump.from_title), number=jump.from_number
    )


def passed_text(passed: list[Step], facts: frozenset[str]) -> str:
    """ "Passed over, not for this case: step 23 (skipped because …)." ("" for none)."""
    step = translate("walk_route", "step {number} ({why})")
    said = [step.format(number=s.number, why=skipped_because(s, facts)) for s in passed]
    return translate("walk_route", "Passed over, not for this case: ") + "; ".join(said) + "." if said else ""


def summary_text(
    model: Pathway | None, ticks: Mapping[str, tuple[str, Any]], facts: frozenset[str], index: int
) -> str:
    """ "5 done, 1 not applicable, 2 passed over for this case, 24 still open of 32 steps.": the
    steps passed over are those before step `index` that the gates took off this case's route."""
    steps = model.steps if model else []
    done = sum(1 for s in steps if ticks.get(s.id, ("",))[0] == "done")
    na = sum(1 for s in steps if ticks.get(s.id, ("",))[0] == "not-applicable")
    off = sum(1 for s in steps[:index] if s.id not in ticks and not s.applies(facts))
    gated = translate("walk_route", "{off} passed over for this case, ").format(off=off) if off else ""
    total = len(steps)  # a plain name: lupdate reads no call in a count
    left = total - done - na - off
    return translate(
        "walk_route",
        "{done} done, {na} not applicable, {gated}{left} still open of %n steps.",
        "",
        total,
    ).format(done=done, na=na, gated=gated, left=left)
