"""The label that says whose words an item holds (domain/labels.py), pinned without the window:
the window's tests check it on screen, and the mutation run leaves them out (docs/mutation.md)."""

from __future__ import annotations

import pytest

from bali_desktop.domain import labels
from bali_desktop.domain.kinds import SUMMARY_KINDS


@pytest.mark.parametrize("kind", SUMMARY_KINDS)
def test_a_member_group_event_or_document_is_a_summary_of_its_source(kind: str) -> None:
    assert labels.ours(kind) == (
        "Summary written for Bali Desktop from the source named below — not official Bali Process text"
    )


@pytest.mark.parametrize("kind", ["guide", "pathway", "aid", "phrases", "area", ""])
def test_any_other_kind_is_guidance(kind: str) -> None:
    assert labels.ours(kind) == "Guidance — not official Bali Process text"
