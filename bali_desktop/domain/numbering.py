"""Step numbers: the one rule every screen, sheet and command uses.

Steps are numbered 1..N in reading order, running on across pause points. A step may be made of
several parts (a pathway step and the decision printed under it): all parts share one number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def number_steps(steps: Iterable[Sequence[str]]) -> dict[str, int]:
    """Each step is given as the ids of its parts, in reading order; every id -> its number."""
    out: dict[str, int] = {}
    for number, parts in enumerate(steps, 1):
        for part in parts:
            out[part] = number
    return out
