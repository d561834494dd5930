"""The facts an answer can establish about a case, and the roles the route rules look for.

One fixed vocabulary: content may only `set`, gate on (`unless`, `only_if`) and the route
checker may only reason about these words.
"""

from __future__ import annotations

from typing import Literal, get_args

Fact = Literal[
    "child-or-age-in-doubt",
    "fears-return",
    "may-be-stateless",
    "signs-of-trafficking",
    "refuses-referral",
    "controller-present",
    "no-interpreter",
    "parent-verified",
    "own-national",
]
FACTS: tuple[str, ...] = get_args(Fact)

# What a fact means in plain words, for a printed condition or a screen ("skip if ...").
FACT_WORDS: dict[str, str] = {
    "child-or-age-in-doubt": "the person may be under 18",
    "fears-return": "the person fears return or asks for protection",
    "may-be-stateless": "the person may be stateless",
    "signs-of-trafficking": "there are signs of trafficking",
    "refuses-referral": "the person refuses referral",
    "controller-present": "a controller or escort is present",
    "no-interpreter": "no interpreter can be found",
    "parent-verified": "a parent or usual caregiver is confirmed and there is no other concern",
    "own-national": "the person is a national of your country coming home",
}
