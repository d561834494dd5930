"""A pathway's steps in reading order, numbered once for the pathway view, walk-through and flow chart.

Plain Python over `Item.data` (a `content.schema.Pathway` dump); no widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Option:
    label: str
    goto: str  # a step id in this pathway, or a ref such as "pathway:child"

    @property
    def is_ref(self) -> bool:
        return ":" in self.goto


@dataclass(frozen=True)
class FlatStep:
    number: int  # 1-based across the whole pathway
    id: str
    action: str
    why: str
    pause_index: int
    pause_title: str
    question: str = ""
    options: tuple[Option, ...] = ()

    @property
    def is_decision(self) -> bool:
        return bool(self.options)


@dataclass(frozen=True)
class PausePoint:
    id: str
    title: str
    when: str
    steps: tuple[FlatStep, ...]


@dataclass(frozen=True)
class PathwayModel:
    ref: str
    title: str
    purpose: str
    pause_points: tuple[PausePoint, ...]
    data: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def steps(self) -> list[FlatStep]:
        return [s for pp in self.pause_points for s in pp.steps]

    def step(self, step_id: str) -> FlatStep | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def next_step(self, step_id: str) -> FlatStep | None:
        steps = self.steps
        for i, s in enumerate(steps):
            if s.id == step_id:
                return steps[i + 1] if i + 1 < len(steps) else None
        return None


def build(ref: str, data: dict[str, Any]) -> PathwayModel:
    number = 0
    pause_points = []
    for pi, pp in enumerate(data.get("pause_points", [])):
        steps = []
        for s in pp.get("steps", []):
            number += 1
            decision = s.get("decision") or {}
            steps.append(
                FlatStep(
                    number=number,
                    id=s["id"],
                    action=s["action"],
                    why=s.get("why", "") or "",
                    pause_index=pi,
                    pause_title=pp["title"],
                    question=decision.get("question", ""),
                    options=tuple(Option(o["label"], o["goto"]) for o in decision.get("options", [])),
                )
            )
        pause_points.append(PausePoint(pp["id"], pp["title"], pp.get("when", ""), tuple(steps)))
    return PathwayModel(ref, data.get("title", ref), data.get("purpose", ""), tuple(pause_points), data)
