"""domain/locations: where the window can be, read from a location string, and the back/forward
history, pinned directly (the window's tests reach them too, but the mutation run leaves those out)."""

from __future__ import annotations

import pytest

from bali_desktop.domain.locations import (
    KIND_LABELS,
    PLACE_IDS,
    PLACES,
    History,
    Location,
    parse,
    place,
    place_keys,
)


def test_the_places_in_their_order_on_screen() -> None:
    assert [p for p, _ in PLACES][:3] == ["home", "pathways", "guides"]
    assert PLACE_IDS == {p for p, _ in PLACES}
    assert "mine" in PLACE_IDS and "tracker" in PLACE_IDS
    assert KIND_LABELS["pathway"] == ("Pathway", "Pathways")


def test_a_location_names_the_item_it_shows() -> None:
    assert Location("place", "home").ref == ""
    assert Location("place", "guides").ref == ""
    assert Location("source", "rcf", "12").ref == "document:rcf"
    assert Location("reader", "guide:x").ref == "guide:x"
    assert Location("pathway", "pathway:child", "s2").ref == "pathway:child"
    assert Location("phrases", "phrases:cards").ref == "phrases:cards"
    assert Location("place", "x").anchor == ""


@pytest.mark.parametrize("text", ["home", "", "  home  ", "   "])
def test_home_and_nothing_are_the_home_place(text: str) -> None:
    assert parse(text) == Location("place", "home", "")


def test_a_place_is_read_by_its_id() -> None:
    assert parse("place:guides") == Location("place", "guides")
    assert parse(" place:tracker ") == Location("place", "tracker")
    assert parse("place:home") == Location("place", "home")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("guides", "not a location: 'guides'"),
        ("place:", "not a location: 'place:'"),
        ("place:nowhere", "no such place: 'nowhere'"),
        ("nokind:x", "unknown kind in 'nokind:x'"),
        ("walk:guide:x", "walk needs a pathway: 'walk:guide:x'"),
        ("flow:place:home", "flow needs a pathway: 'flow:place:home'"),
        ("walk:nokind:x", "unknown kind in 'nokind:x'"),
    ],
)
def test_what_names_nothing_is_refused_in_words(text: str, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse(text)
    assert str(raised.value) == message


def test_a_pathway_is_opened_at_its_step() -> None:
    assert parse("pathway:child#s3") == Location("pathway", "pathway:child", "s3")
    assert parse("pathway:child") == Location("pathway", "pathway:child", "")


@pytest.mark.parametrize("head", ["walk", "flow"])
def test_a_walk_or_a_flow_is_of_a_pathway_at_its_step(head: str) -> None:
    assert parse(f"{head}:pathway:child#s2") == Location(head, "pathway:child", "s2")
    assert parse(f"{head}:pathway:child") == Location(head, "pathway:child", "")


def test_a_source_document_opens_at_its_paragraph_and_a_pdf_in_the_reader() -> None:
    assert parse("document:rcf#12") == Location("source", "rcf", "12")
    assert parse("document:rcf") == Location("source", "rcf", "")
    assert parse("document:pdf.user.3") == Location("reader", "document:pdf.user.3", "")
    assert parse("document:pdf.user.3#4") == Location("reader", "document:pdf.user.3", "")


def test_phrase_cards_open_at_a_card_and_anything_else_in_the_reader() -> None:
    assert parse("phrases:cards#water") == Location("phrases", "phrases:cards", "water")
    assert parse("guide:handbook") == Location("reader", "guide:handbook", "")
    assert parse("guide:handbook#3") == Location("reader", "guide:handbook", "")
    assert parse("aid:a:b") == Location("reader", "aid:a:b", "")


def test_a_place_string_and_its_shortcut() -> None:
    assert place("home") == "home"
    assert place("guides") == "place:guides"
    assert place_keys("home") == "Ctrl+1"
    assert place_keys("pathways") == "Ctrl+2"
    ninth = PLACES[8][0]
    assert place_keys(ninth) == "Ctrl+9"
    assert place_keys("mine") == "Ctrl+B"
    assert place_keys("tracker") == "Ctrl+Shift+T"


def test_history_goes_back_and_forward_as_a_browser_does() -> None:
    h = History()
    assert h.current is None and not h.can_back and not h.can_forward
    assert h.back() is None and h.forward() is None and h.current is None
    h.visit("a")
    assert h.current == "a" and not h.can_back
    h.visit("a")  # the same place again adds nothing
    assert not h.can_back
    h.visit("b")
    h.visit("c")
    assert h.can_back and not h.can_forward
    assert h.back() == "b" and h.current == "b"
    assert h.can_forward
    assert h.back() == "a"
    assert not h.can_back
    assert h.back() is None and h.current == "a"
    assert h.forward() == "b" and h.current == "b"
    assert h.can_back and h.can_forward
    h.visit("d")  # a new visit drops what was ahead
    assert not h.can_forward and h.forward() is None
    assert h.back() == "b" and h.back() == "a"


def test_replace_changes_the_current_entry_without_adding_one() -> None:
    h = History()
    h.visit("a")
    h.visit("b")
    h.replace("b2")
    assert h.current == "b2"
    assert h.back() == "a"
    assert h.forward() == "b2"


def test_going_back_or_forward_from_nowhere_keeps_nothing_behind() -> None:
    h = History()
    h.visit("a")
    h.visit("b")
    h.current = None
    assert h.back() == "a"
    assert not h.can_forward  # nothing was current, so nothing to come forward to
    h2 = History()
    h2.visit("a")
    h2.visit("b")
    h2.back()
    h2.current = None
    assert h2.forward() == "b"
    assert not h2.can_back


def test_history_keeps_the_latest_hundred_by_default() -> None:
    h = History()
    for i in range(130):
        h.visit(str(i))
    count = 0
    while h.back() is not None:
        count += 1
    assert count == 100
    assert h.current == "29"


def test_history_keeps_its_own_limit() -> None:
    h = History(limit=2)
    for name in "abcd":
        h.visit(name)
    assert h.back() == "c" and h.back() == "b" and h.back() is None
