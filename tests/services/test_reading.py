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


def test_search_listed_titles_official_hits_by_their_locator(session: Session) -> None:
    plain = {h.ref: h.title for h in reading.search(session, "biometrics", limit=10)}
    listed = {h.ref: h.title for h in reading.search_listed(session, "biometrics", limit=10)}
    assert listed.keys() == plain.keys()
    assert listed["commitment:adelaide-2023-16"] == "Activity 16: Responsible use of biometrics"
    assert listed["guide:rbdes-policy-framework"] == plain["guide:rbdes-policy-framework"]
    assert len(reading.search_listed(session, "trafficking")) == 20
    assert len(reading.search_listed(session, "trafficking", limit=5)) == 5


def test_list_titles_put_the_locator_first_for_official_items_only(session: Session) -> None:
    titles = reading.list_titles(
        session, ["commitment:adelaide-2023-16", "role:health", "commitment:no-such-thing"]
    )
    assert titles == {
        "commitment:adelaide-2023-16": "Activity 16: Responsible use of biometrics",
        "role:health": "Health services",
    }


def test_guides_carry_year_producer_and_purpose(session: Session) -> None:
    guides = {g.ref: g for g in reading.guides(session)}
    assert len(guides) == len(session.content.items("guide"))
    dated = guides["guide:policy-guide-protecting-victims"]
    assert dated.year == "2015-05"
    assert dated.producer.startswith("Drafting committee co-chaired by Indonesia")
    assert dated.purpose == session.content.require(dated.ref).data["purpose"]
    undated = guides["guide:policy-guide-criminalizing-smuggling"]
    assert undated.year == "not confirmed"
    assert undated.title == "Policy Guide on Criminalizing Migrant Smuggling"


def test_the_timeline_is_oldest_first_with_dates_titles_and_refs(session: Session) -> None:
    events = reading.events(session)
    assert len(events) == len(session.content.items("event"))
    assert [e.date for e in events] == sorted(e.date for e in events)
    first = events[0]
    assert first.date == "2002" or first.date.startswith("2002")
    found = session.content.require(first.ref)
    assert (first.title, first.date) == (found.title, found.data["date"])


def test_people_are_members_observers_and_groups(session: Session) -> None:
    people = reading.people(session)
    assert list(people) == ["member", "observer", "group"]
    assert [i.ref for i in people["member"]] == [i.ref for i in session.content.items("member")]
    assert "member:australia" in {i.ref for i in people["member"]}
    assert {i.kind for i in people["observer"]} == {"observer"}
    assert {i.kind for i in people["group"]} == {"group"}


def test_a_document_is_its_description_and_paragraphs(session: Session) -> None:
    text = reading.document(session, "adelaide-strategy-2023")
    assert text.info is not None and text.info.title == "2023 Adelaide Strategy for Cooperation"
    assert len(text.paragraphs) == 47 and text.paragraphs[0].number == 1
    missing = reading.document(session, "no-such-document")
    assert missing.info is None and missing.paragraphs == []


def test_reading_items_by_ref_and_kind(session: Session) -> None:
    assert reading.get(session, "role:health").title == "Health services"
    assert reading.get(session, "role:nobody") is None
    assert [i.ref for i in reading.items(session, "pathway")] == [
        i.ref for i in session.content.items("pathway")
    ]
    kids = reading.children(session, "area:adelaide-2023-1")
    assert kids and all(k.parent == "area:adelaide-2023-1" for k in kids)
    official = reading.official_items(session)
    assert official and all(i.official for i in official)
    assert reading.warnings(session) == []
