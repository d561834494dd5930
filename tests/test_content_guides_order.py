"""A pathway lists the guides an officer can use at the counter before the policy guides (review C9).

The legislative-drafting and policy guides (policy-guide-*, aaa-*) are for policy makers; the
RSO-UNHCR Screening and Referral Tool Kit, the practitioner guides and the guide on interviewing
child victims are for the officer with a person in front of them, so they come first.
"""

from __future__ import annotations

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content

COUNTER = ("guide:screening-referral-toolkit", "guide:guide-assisting-interviewing-child-victims")
POLICY = ("guide:policy-guide-", "guide:aaa-")

_BUNDLE = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
GUIDES = {r.ref: list(r.data.get("guides", [])) for r in _BUNDLE.records if r.kind == "pathway"}


def is_counter(ref: str) -> bool:
    return ref in COUNTER or ref.startswith("guide:practitioner-guide-")


@pytest.mark.parametrize("ref", sorted(GUIDES))
def test_counter_guides_come_before_policy_guides(ref: str) -> None:
    guides = GUIDES[ref]
    assert guides and is_counter(guides[0]), (ref, guides)
    policy = [i for i, g in enumerate(guides) if g.startswith(POLICY)]
    counter = [i for i, g in enumerate(guides) if is_counter(g)]
    assert not policy or not counter or max(counter) < min(policy), (ref, guides)
