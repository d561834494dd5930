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
    """One answer to a decision and where it leads."""

    label: str
    goto: str  # a step id in this pathway, or a ref such as "pathway:child"

    @property
    def is_ref(self) -> bool:
        return ":" in self.goto


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
        return list(dict.fromkeys(o.goto for s in self.steps for o in s.options if o.is_ref))

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
                    Decision(raw["question"], tuple(Option(o["label"], o["goto"]) for o in raw["options"]))
                    if raw
                    else None
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
            keywords=tuple(data.get("keywords", [])),
        )
