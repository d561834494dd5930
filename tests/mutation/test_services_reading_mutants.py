"""Reading the library through services/reading.py, called directly on the shared session: language
codes, the languages a content pack brings, what an empty search offers instead, listings, the
Indonesian titles and words, counts, documents. Written to kill the mutants the window's and the
command line's tests alone would catch (docs/mutation.md)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.kinds import KINDS, OFFICIAL_KINDS
from bali_desktop.services import reading
from bali_desktop.services.session import Session


@pytest.fixture
def english(session: Session) -> Iterator[Session]:
    """The shared session, put back in English whatever a test set."""
    yield session
    reading.set_language(session, "en")


@pytest.fixture
def with_thai(english: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    """As if an installed content pack brought Thai (and a language we have no name for)."""
    monkeypatch.setattr(english.content, "languages", lambda: ["en", "id", "th", "xq"])
    return english


@pytest.mark.parametrize(
    ("code", "expected"),
    [("id", "id"), ("id_ID", "id"), ("id-ID", "id"), ("ID", "id"), (" id ", "id"), ("en-GB", "en")],
)
def test_a_language_code_is_reduced_to_a_content_language(code: str, expected: str) -> None:
    assert reading.language_code(code) == expected


@pytest.mark.parametrize("code", [None, "", "fr", "th", "idn", "x-id"])
def test_a_language_without_content_is_english(code: str | None) -> None:
    assert reading.language_code(code) == "en"


def test_the_content_languages_are_ours_then_the_packs_named_in_their_own_words(with_thai: Session) -> None:
    assert reading.content_languages(with_thai) == {
        "en": "English",
        "id": "Bahasa Indonesia",
        "th": "ไทย",
        "xq": "xq",
    }
    assert list(reading.content_languages(with_thai)) == ["en", "id", "th", "xq"]


def test_a_pack_language_is_one_only_a_pack_brings(with_thai: Session) -> None:
    assert reading.pack_language(with_thai, "th") == "th"
    assert reading.pack_language(with_thai, "TH_th") == "th"
    assert reading.pack_language(with_thai, "id") is None
    assert reading.pack_language(with_thai, "en") is None
    assert reading.pack_language(with_thai, "ms") is None  # named, but not installed
    assert reading.pack_language(with_thai, "") is None
    assert reading.pack_language(with_thai, None) is None


def test_the_language_to_read_in(with_thai: Session) -> None:
    assert reading.set_language(with_thai, "id_ID") == "id" == with_thai.language
    assert reading.lang_of(with_thai, None) == "id"
    assert reading.lang_of(with_thai, "EN") == "en"
    assert reading.lang_of(with_thai, "th") == "th"
    assert reading.lang_of(with_thai, "fr") == "en"
    assert reading.set_language(with_thai, "fr") == "en" == with_thai.language


def test_an_item_is_read_in_the_language_asked_for_or_the_sessions(english: Session) -> None:
    assert reading.item(english, "  pathway:child ").ref == "pathway:child"
    assert reading.item(english, "pathway:child").translation is None
    in_id = reading.item(english, "pathway:child", lang="id")
    assert in_id.translation is not None and in_id.translation.language == "id"
    assert (
        reading.get(english, "pathway:child", lang="id").title
        == in_id.title
        != reading.get(english, "pathway:child").title
    )
    reading.set_language(english, "id")
    assert reading.get(english, "pathway:child").title == in_id.title
    assert reading.get(english, "pathway:no-such") is None
    with pytest.raises(UsageError, match="pathway:no-such"):
        reading.item(english, "pathway:no-such")


def test_whose_title_it_is(english: Session) -> None:
    assert reading.facts(english, "pathway:child").title_is_ours is True
    assert reading.facts(english, "commitment:adelaide-2023-16").title_is_ours is True
    assert reading.facts(english, "member:turkiye").title_is_ours is False
    assert reading.facts(english, "guide:rbdes-policy-framework").title_is_ours is False


def test_lists_and_children_in_another_language(english: Session) -> None:
    assert [i.title for i in reading.items(english, "pathway", lang="id")] == [
        reading.item(english, i.ref, lang="id").title for i in reading.items(english, "pathway")
    ]
    area = "area:adelaide-2023-5"
    assert [c.ref for c in reading.children(english, area, lang="id")] == [
        c.ref for c in english.content.children(area)
    ]
    assert reading.list_titles(english, ["commitment:adelaide-2023-16"], lang="id") == {
        "commitment:adelaide-2023-16": "Kegiatan 16: "
        + reading.item(english, "commitment:adelaide-2023-16", lang="id").title
    }


def test_search_titles_hits_in_the_language_asked_for(english: Session) -> None:
    plain = reading.search(english, "child", limit=5)
    in_id = reading.search(english, "child", limit=5, lang="id")
    assert [h.ref for h in in_id] == [h.ref for h in plain]
    assert [h.title for h in in_id] == [reading.item(english, h.ref, lang="id").title for h in plain]
    assert in_id != plain


def test_an_empty_search_offers_the_commonest_situations_then_the_phrase_cards(english: Session) -> None:
    offered = reading.instead(english)
    assert [h.ref for h in offered] == [
        *(f"pathway:{p}" for p in reading.COMMON_SITUATIONS),
        *(i.ref for i in english.content.items("phrases")),
    ]
    child = english.content.require("pathway:child")
    hit = offered[1]
    assert (hit.kind, hit.title, hit.snippet, hit.score) == (
        "pathway",
        child.title,
        child.data["purpose"],
        0.0,
    )
    cards = english.content.items("phrases")[0]
    assert offered[-1].snippet == str(cards.data.get("purpose") or cards.text.split("\n", 1)[0])[:240]
    assert all(len(h.snippet) <= 240 for h in offered)


def test_find_offers_instead_only_when_nothing_is_found(english: Session) -> None:
    nothing = reading.find(english, "qqqqzzzz")
    assert nothing.hits == () and [h.ref for h in nothing.instead] == [
        h.ref for h in reading.instead(english)
    ]
    found = reading.find(english, "biometrics", listed=True)
    assert found.hits and found.instead == ()
    titles = {h.ref: h.title for h in found.hits}
    assert titles["commitment:adelaide-2023-16"] == "Activity 16: Responsible use of biometrics"
    plain = {h.ref: h.title for h in reading.find(english, "biometrics").hits}
    assert plain["commitment:adelaide-2023-16"] == "Responsible use of biometrics"
    assert len(reading.find(english, "trafficking").hits) == 20
    assert len(reading.find(english, "trafficking", limit=4).hits) == 4
    assert {h.kind for h in reading.find(english, "trafficking", kind="guide").hits} == {"guide"}


def test_find_corrects_a_typo_unless_asked_for_exactly_what_was_typed(english: Session) -> None:
    corrected = reading.find(english, "trafickking")
    assert corrected.hits and corrected.corrected
    exact = reading.find(english, "trafickking", exact=True)
    assert exact.hits == () and not exact.corrected


def test_listed_hits_in_indonesian_put_the_indonesian_locator_first(english: Session) -> None:
    hits = {h.ref: h.title for h in reading.search_listed(english, "biometrics", lang="id")}
    assert hits["commitment:adelaide-2023-16"].startswith("Kegiatan 16: ")


def test_a_listing_is_every_item_kind_by_kind(english: Session) -> None:
    every = reading.listing(english)
    assert [h.kind for h in every] == sorted((h.kind for h in every), key=KINDS.index)
    assert len(every) == sum(len(english.content.items(k)) for k in KINDS)
    assert [h.ref for h in reading.listing(english, limit=3)] == [h.ref for h in every[:3]]
    guides = reading.listing(english, kind="guide")
    assert [h.ref for h in guides] == [i.ref for i in english.content.items("guide")]
    titles = {h.ref: (h.title, h.snippet, h.score) for h in reading.listing(english, kind="commitment")}
    found = english.content.require("commitment:adelaide-2023-16")
    assert titles[found.ref] == (
        "Activity 16: Responsible use of biometrics",
        found.text.strip().split("\n", 1)[0][:240],
        0.0,
    )
    assert all(len(h.snippet) <= 240 for h in every)
    assert (
        reading.listing(english, kind="guide", lang="id")[0].title
        == reading.item(english, guides[0].ref, lang="id").title
    )
    with pytest.raises(UsageError, match="kind"):
        reading.listing(english, kind="no-such-kind")


def test_typed_pathways_and_phrase_cards_only_for_their_kinds(english: Session) -> None:
    child = english.content.require("pathway:child")
    cards = english.content.items("phrases")[0]
    assert reading.typed_pathway(child) is not None and reading.typed_pathway(child).ref == "pathway:child"
    assert reading.typed_pathway(cards) is None
    assert reading.typed_phrases(child) is None
    assert reading.typed_phrases(cards) is not None
    assert reading.phrase_set(english, cards.ref).ref == cards.ref
    with pytest.raises(UsageError, match=r"^pathway:child is not a set of phrase cards\.$"):
        reading.phrase_set(english, "pathway:child")
    assert [p.ref for p in reading.phrase_sets(english)] == [i.ref for i in english.content.items("phrases")]


def test_the_counts_add_the_adelaide_activities_and_the_co_chairs_commitments(english: Session) -> None:
    counts = reading.stats(english)
    ids = [i.id for i in english.content.items("commitment")]
    assert counts["adelaide_activities"] == sum(i.startswith("adelaide-2023-") for i in ids) == 25
    assert counts["cochairs_commitments"] == sum(i.startswith("cochairs-2023-") for i in ids) == 6
    assert counts["commitment"] == len(ids)
    assert reading.content_version(english) == english.content_version != ""


def test_official_items_people_and_events(english: Session) -> None:
    official = reading.official_items(english)
    assert [i.kind for i in official] == sorted((i.kind for i in official), key=OFFICIAL_KINDS.index)
    assert len(official) == sum(len(english.content.items(k)) for k in OFFICIAL_KINDS)
    in_id = reading.official_items(english, lang="id")
    assert [i.text for i in in_id] == [i.text for i in official]
    assert any(i.translation is not None for i in in_id)
    people = reading.people(english)
    assert list(people) == ["member", "observer", "group"]
    assert all(people[k] and {i.kind for i in people[k]} == {k} for k in people)
    assert any(i.translation is not None for k in people for i in reading.people(english, lang="id")[k])
    events = reading.events(english, lang="id")
    assert [e.ref for e in events] == [e.ref for e in reading.events(english)]
    assert any(e.title != reading.item(english, e.ref).title for e in events)


def test_a_guide_without_a_year_is_not_confirmed_in_its_language(english: Session) -> None:
    undated = "guide:policy-guide-criminalizing-smuggling"
    assert {g.ref: g.year for g in reading.guides(english)}[undated] == "not confirmed"
    assert {g.ref: g.year for g in reading.guides(english, lang="id")}[undated] == "belum dipastikan"
    dated = {g.ref: g for g in reading.guides(english, lang="id")}["guide:policy-guide-protecting-victims"]
    assert dated.year == "2015-05"


def test_a_document_and_its_paragraphs(english: Session) -> None:
    docs = reading.documents(english)
    assert [d.id for d in docs][:1] == ["adelaide-strategy-2023"]
    text = reading.document(english, "adelaide-strategy-2023")
    assert text.info == docs[0] and text.paragraphs
    assert text.paragraphs == english.content.paragraphs("adelaide-strategy-2023")
    assert reading.document(english, "no-such-document") == reading.DocumentText(None, [])


def test_the_warnings_are_a_copy(english: Session) -> None:
    got = reading.warnings(english)
    assert got == english.warnings
    got.append("x")
    assert "x" not in english.warnings
