"""A referral pathway as typed, frozen data, built once from its content and numbered once.

The pathway screen, the walk-through, the flow chart, the checklist builder, the printed sheet
and the command line all read this one shape; none walks the content dictionary again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bali_desktop.domain.numbering import number_steps
from bali_desktop.domain.records import Item


@dataclass(frozen=True)
class Option:
    """One answer to a decision, where it leads, what it establishes and where the route goes on."""

    label: str
    to: str  # a step id here, "pathway:X#step-id" (another pathway's step) or "aid:ID"
    sets: tuple[str, ...] = ()  # facts (domain/facts.py) this answer establishes
    then: str = ""  # after a jump out: "return:STEP-ID" (come back here) or "stay"; "" for a step here

    @property
    def goto(self) -> str:
        """The target as the window's older code names it (same as `to`)."""
        return self.to

    @property
    def is_ref(self) -> bool:
        return ":" in self.to

    @property
    def target_ref(self) -> str:
        """The item a jump goes to ("pathway:child"), "" for a step here."""
        return self.to.split("#", 1)[0] if self.is_ref else ""

    @property
    def target_step(self) -> str:
        """The step id the answer goes to, here or in the other pathway ("" for the aid)."""
        if not self.is_ref:
            return self.to
        return self.to.split("#", 1)[1] if "#" in self.to else ""

    @property
    def returns_to(self) -> str:
        """The step here the route comes back to after the jump ("" when it stays there)."""
        return self.then.split(":", 1)[1] if self.then.startswith("return:") else ""


@dataclass(frozen=True)
class Decision:
    question: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class Step:
    """One step; `number` runs 1..N over the whole pathway (see domain/numbering.py)."""

    number: int
    id: str
    action: str
    why: str
    pause_index: int
    pause_title: str
    decision: Decision | None = None
    say: str = ""  # words to read aloud (our guidance)
    roles: tuple[str, ...] = ()  # referral role ids this step calls on
    unless: tuple[str, ...] = ()  # skipped once any of these facts holds
    only_if: tuple[str, ...] = ()  # done only when every one of these facts holds
    exit: str = ""  # "handover" or "normal-processing" when this step closes the route
    pause_id: str = ""
    phrases: str = ""  # the phrase cards this step needs: "phrases:SET" or "phrases:SET#CARD"

    def applies(self, facts: frozenset[str] | set[str]) -> bool:
        """Whether the step is done on a case where `facts` hold (its gates)."""
        return not (set(self.unless) & set(facts)) and set(self.only_if) <= set(facts)

    @property
    def question(self) -> str:
        return self.decision.question if self.decision else ""

    @property
    def options(self) -> tuple[Option, ...]:
        return self.decision.options if self.decision else ()

    @property
    def is_decision(self) -> bool:
        return bool(self.options)


@dataclass(frozen=True)
class PausePoint:
    """A named moment the steps are run ("First contact"), with its steps in order."""

    id: str
    title: str
    when: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class IndicatorGroup:
    dimension: str
    indicators: tuple[str, ...]


@dataclass(frozen=True)
class Pathway:
    ref: str
    title: str
    purpose: str
    pause_points: tuple[PausePoint, ...]
    checklist_type: str = "READ-DO"
    indicators: tuple[IndicatorGroup, ...] = ()
    never_do: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # referral role ids, in the order the pathway names them
    guides: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    based_on: tuple[str, ...] = ()
    assumes: tuple[str, ...] = ()  # facts that hold for everyone the pathway is for
    keywords: tuple[str, ...] = field(default=(), compare=False)

    @property
    def id(self) -> str:
        return self.ref.split(":", 1)[1]

    @property
    def steps(self) -> list[Step]:
        return [s for pp in self.pause_points for s in pp.steps]

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def next_step(self, step_id: str) -> Step | None:
        """The step after `step_id` in reading order (None after the last)."""
        steps = self.steps
        at = next((i for i, s in enumerate(steps) if s.id == step_id), None)
        return steps[at + 1] if at is not None and at + 1 < len(steps) else None

    def numbers(self) -> dict[str, int]:
        """Step id -> its number."""
        return {s.id: s.number for s in self.steps}

    def refs_linked(self) -> list[str]:
        """Refs that decisions lead to (another pathway, the aid), in order, without repeats."""
        return list(dict.fromkeys(o.target_ref for s in self.steps for o in s.options if o.is_ref))

    @classmethod
    def from_item(cls, item: Item) -> Pathway:
        return cls.from_data(item.ref, item.data)

    @classmethod
    def from_data(cls, ref: str, data: Mapping[str, Any]) -> Pathway:
        """From a pathway's content (`content.schema.Pathway` as a dict)."""
        raw_points = list(data.get("pause_points", []))
        numbers = number_steps([s["id"]] for pp in raw_points for s in pp.get("steps", []))
        pause_points = []
        for pi, pp in enumerate(raw_points):
            steps = []
            for s in pp.get("steps", []):
                raw = s.get("decision")
                decision = (
                    Decision(raw["question"], tuple(_option(o) for o in raw["options"])) if raw else None
                )
                steps.append(
                    Step(
                        number=numbers[s["id"]],
                        id=s["id"],
                        action=s["action"],
                        why=s.get("why") or "",
                        pause_index=pi,
                        pause_title=pp["title"],
                        decision=decision,
                        say=s.get("say") or "",
                        roles=tuple(s.get("roles") or ()),
                        unless=tuple(s.get("unless") or ()),
                        only_if=tuple(s.get("only_if") or ()),
                        exit=s.get("exit") or "",
                        pause_id=pp["id"],
                        phrases=s.get("phrases") or "",
                    )
                )
            pause_points.append(PausePoint(pp["id"], pp["title"], pp.get("when", ""), tuple(steps)))
        return cls(
            ref=ref,
            title=data.get("title", ref),
            purpose=data.get("purpose", ""),
            pause_points=tuple(pause_points),
            checklist_type=data.get("checklist_type", "READ-DO"),
            indicators=tuple(
                IndicatorGroup(g["dimension"], tuple(g["indicators"])) for g in data.get("indicators", [])
            ),
            never_do=tuple(data.get("never_do", [])),
            roles=tuple(data.get("roles", [])),
            guides=tuple(data.get("guides", [])),
            activities=tuple(data.get("activities", [])),
            related=tuple(data.get("related", [])),
            based_on=tuple(data.get("based_on", [])),
            assumes=tuple(data.get("assumes") or ()),
            keywords=tuple(data.get("keywords", [])),
        )


def _option(raw: Mapping[str, Any]) -> Option:
    """An answer from content; `goto` is the older name of `to`."""
    return Option(
        label=raw["label"],
        to=raw.get("to") or raw.get("goto") or "",
        sets=tuple(raw.get("sets") or ()),
        then=raw.get("then") or "",
    )
