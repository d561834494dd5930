"""Reading through the services, called directly: search's default length and titles."""

from __future__ import annotations

from bali_desktop.services import reading
from bali_desktop.services.session import Session


def test_search_gives_twenty_hits_by_default(session: Session) -> None:
    assert len(session.content.search("trafficking", limit=100)) > 20
    assert len(reading.search(session, "trafficking")) == 20
    assert len(reading.search(session, "trafficking", limit=5)) == 5


def test_search_by_kind_gives_only_that_kind(session: Session) -> None:
    hits = reading.search(session, "trafficking", kind="guide")
    assert hits and {h.kind for h in hits} == {"guide"}
