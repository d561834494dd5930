"""The route in plain words (domain/route_words.py), pinned word for word on a small made-up
pathway: where each kind of answer leads on screen and on the printed sheet (in English and
Indonesian), why a step is skipped, and the jump followed to another pathway. Written to kill the
mutants that the route and sheet tests let live (docs/mutation.md)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bali_desktop.domain import route_words as rw
from bali_desktop.domain.pathway import Option, Pathway


def here() -> Pathway:
    steps: list[dict[str, Any]] = [
        {"id": "a", "action": "Greet."},
        {"id": "b", "action": "Ask.", "decision": {"question": "Q?", "options": [{"label": "x", "to": "c"}]}},
        {"id": "c", "action": "Refer."},
    ]
    return Pathway.from_data(
        "pathway:here", {"title": "Here", "pause_points": [{"id": "p", "title": "P", "steps": steps}]}
    )


BACK = Option("Asylum", "pathway:asylum#claim", then="return:c")
BACK_TO_NOWHERE = Option("Asylum", "pathway:asylum#claim", then="return:zz")
STAY = Option("Child", "pathway:child#treat", then="stay")
AID = Option("Aid", "aid:sorting")
AID_BACK = Option("Aid", "aid:sorting", then="return:c")
OTHER = Option("Doc", "document:plan")


def screen(option: Option, title: str = "T", number: int | None = None, **kw: Any) -> str:
    return rw.jump_words(option, here(), title, number, **kw)


def sheet(option: Option, title: str = "T", number: int | None = None, lang: str = "en") -> str:
    return rw.sheet_jump_words(option, here(), title, number, lang)


def test_on_screen_a_step_here_is_named_by_its_number_or_its_id_when_missing() -> None:
    assert screen(Option("x", "c")) == "go to step 3"
    assert screen(Option("x", "zz")) == "go to zz"


def test_on_screen_a_jump_there_and_back_names_the_target_step_and_the_step_to_come_back_to() -> None:
    assert screen(BACK, "Asylum seeker", 17) == "go to “Asylum seeker”, step 17, then come back to step 3"
    assert screen(BACK, "Asylum seeker", None) == "go to “Asylum seeker”, then come back to step 3"
    assert (
        screen(BACK_TO_NOWHERE, "Asylum seeker", 17) == "go to “Asylum seeker”, step 17, then come back to zz"
    )


def test_on_screen_a_jump_that_stays_says_from_which_step_and_on_paper_names_the_sheet() -> None:
    assert screen(STAY, "Child", 5) == "continue with the pathway “Child”, from step 5"
    assert screen(STAY, "Child", None) == "continue with the pathway “Child”, from its first step"
    assert screen(STAY, "Child", 5, sheet=True) == "continue on the “Child” sheet, from step 5"
    assert screen(STAY, "Child", None, sheet=True) == "continue on the “Child” sheet, from its first step"


def test_on_screen_the_aid_is_seen_and_come_back_from_and_another_item_is_opened() -> None:
    assert screen(AID, "Sorting") == "see the aid “Sorting”"
    assert screen(AID_BACK, "Sorting") == "see the aid “Sorting”, then come back to step 3"
    assert screen(OTHER, "The plan") == "open “The plan”"


def test_the_sheet_says_where_each_answer_leads_in_english() -> None:
    assert sheet(Option("x", "c")) == "continue here at step 3"
    assert sheet(Option("x", "zz")) == "continue here at step zz"
    assert (
        sheet(BACK, "Asylum seeker", 17)
        == "go to the “Asylum seeker” sheet, step 17, and come back to step 3"
    )
    assert sheet(BACK, "Asylum seeker", None) == "go to the “Asylum seeker” sheet and come back to step 3"
    assert sheet(BACK_TO_NOWHERE, "A", None) == "go to the “A” sheet and come back to step zz"
    assert sheet(STAY, "Child", 5) == "stop this sheet and continue on the “Child” sheet, from step 5"
    assert (
        sheet(STAY, "Child", None) == "stop this sheet and continue on the “Child” sheet, from its first step"
    )
    assert sheet(AID, "Sorting") == "see the “Sorting” sheet"
    assert sheet(AID_BACK, "Sorting") == "go to the “Sorting” sheet and come back to step 3"
    assert sheet(OTHER, "The plan") == "open “The plan”"


def test_the_sheet_says_where_each_answer_leads_in_indonesian() -> None:
    assert sheet(Option("x", "c"), lang="id") == "lanjutkan di sini pada langkah 3"
    assert sheet(BACK, "Suaka", 17, "id") == "buka lembar “Suaka”, langkah 17, lalu kembali ke langkah 3"
    assert sheet(BACK, "Suaka", None, "id") == "buka lembar “Suaka” lalu kembali ke langkah 3"
    assert (
        sheet(STAY, "Anak", 5, "id") == "hentikan lembar ini dan lanjutkan pada lembar “Anak”, dari langkah 5"
    )
    assert sheet(STAY, "Anak", None, "id") == (
        "hentikan lembar ini dan lanjutkan pada lembar “Anak”, dari langkah pertamanya"
    )
    assert sheet(AID, "Pilah", lang="id") == "lihat lembar “Pilah”"
    assert sheet(AID_BACK, "Pilah", lang="id") == "buka lembar “Pilah” lalu kembali ke langkah 3"
    assert sheet(OTHER, "Rencana", lang="id") == "buka “Rencana”"


def test_a_language_without_sheet_words_gets_the_english_ones() -> None:
    assert sheet(STAY, "Child", 5, "fr") == "stop this sheet and continue on the “Child” sheet, from step 5"
    assert rw.sheet_word("from_first", "fr") == "from its first step"
    assert rw.sheet_word("remember", "id") == "Ingat"


def test_the_kind_of_a_jump() -> None:
    assert [rw.jump_kind(o) for o in (Option("x", "c"), BACK, STAY, AID, AID_BACK, OTHER)] == [
        "step",
        "return",
        "stay",
        "aid",
        "aid",
        "",
    ]
    assert rw.jump_kind(Option("x", "pathway:child")) == "stay"


def step_with(**gates: Any) -> Any:
    data = {"pause_points": [{"id": "p", "title": "P", "steps": [{"id": "s", "action": "Do.", **gates}]}]}
    return Pathway.from_data("pathway:g", data).steps[0]


def test_a_skipped_step_names_every_fact_that_holds_in_order() -> None:
    step = step_with(unless=["fears-return", "may-be-stateless", "own-national"])
    assert rw.skipped_because(step, {"may-be-stateless", "fears-return"}) == (
        "skipped because the person fears return or asks for protection, and the person may be stateless"
    )
    assert rw.skipped_because(step, frozenset({"own-national"})) == (
        "skipped because the person is a national of your country coming home"
    )
    assert rw.skipped_because(step, set()) == ""


def test_a_gated_step_names_every_fact_still_missing_and_a_done_step_nothing() -> None:
    step = step_with(only_if=["signs-of-trafficking", "no-interpreter", "some-new-fact"])
    assert rw.skipped_because(step, set()) == (
        "only if there are signs of trafficking, and no interpreter can be found, and some new fact"
    )
    assert rw.skipped_because(step, {"signs-of-trafficking"}) == (
        "only if no interpreter can be found, and some new fact"
    )
    assert rw.skipped_because(step, {"signs-of-trafficking", "no-interpreter", "some-new-fact"}) == ""


def test_a_step_skipped_by_a_fact_says_so_before_what_it_still_lacks() -> None:
    step = step_with(unless=["fears-return"], only_if=["signs-of-trafficking"])
    assert rw.skipped_because(step, {"fears-return"}) == (
        "skipped because the person fears return or asks for protection"
    )


def test_a_condition_joins_its_facts() -> None:
    step = step_with(
        unless=["fears-return", "may-be-stateless"], only_if=["signs-of-trafficking", "own-national"]
    )
    assert rw.condition_text(step) == (
        "Skip if the person fears return or asks for protection, or if the person may be stateless. "
        "Only if there are signs of trafficking, and the person is a national of your country coming home."
    )
    assert rw.condition_text(step_with()) == ""


def test_a_jump_there_and_back_records_where_from_where_to_where_back_and_the_facts() -> None:
    path = here()
    step = path.step("b")
    assert step is not None
    option = Option("Asylum", "pathway:asylum#claim", sets=("fears-return",), then="return:c")
    jump = rw.Jump.of(path, step, option, frozenset({"own-national"}))
    assert jump == rw.Jump(
        from_ref="pathway:here",
        from_title="Here",
        from_step="b",
        from_number=2,
        to_ref="pathway:asylum",
        to_step="claim",
        back_step="c",
        back_number=3,
        facts=frozenset({"own-national", "fears-return"}),
        before=frozenset({"own-national"}),
    )
    assert jump.returns is True


def test_a_jump_that_stays_has_no_step_to_come_back_to() -> None:
    path = here()
    step = path.step("b")
    assert step is not None
    jump = rw.Jump.of(path, step, STAY)
    assert (jump.to_ref, jump.to_step, jump.back_step, jump.back_number) == ("pathway:child", "treat", "", 0)
    assert jump.facts == frozenset() and jump.before == frozenset()
    assert jump.returns is False


@pytest.mark.parametrize(
    ("title", "short"),
    [
        ("Unaccompanied or separated child: a child alone", "Unaccompanied or separated child"),
        ("Short head: the rest", "Short head: the rest"),  # a head under 12 characters is kept whole
        ("Twelve chars: more", "Twelve chars"),
        ("No colon here at all", "No colon here at all"),
        ("Smuggled migrant: at sea: rescued", "Smuggled migrant"),  # the first colon only
    ],
)
def test_a_short_title_is_the_head_before_the_colon_when_it_says_enough(title: str, short: str) -> None:
    assert rw.short_title(title) == short


def test_a_step_that_asks_for_a_note_gets_lines_unless_it_is_about_stored_records() -> None:
    assert rw.writing_lines("Note the person's name.") == 2
    assert rw.writing_lines("Catat nama orang itu.") == 2
    assert rw.writing_lines("Record only the data the referral needs, and store it securely.") == 0
    assert rw.writing_lines("Tick the signs below.") == 0
    assert rw.writing_lines("Greet the person.") == 0


def test_both_languages_of_the_sheet_hold_every_word_with_the_same_placeholders() -> None:
    assert set(rw.SHEET_WORDS) == {"en", "id"}
    assert set(rw.SHEET_WORDS["id"]) == set(rw.SHEET_WORDS["en"])
    for key, english in rw.SHEET_WORDS["en"].items():
        indonesian = rw.SHEET_WORDS["id"][key]
        assert indonesian, key
        assert sorted(re.findall(r"\{\w+\}", english)) == sorted(re.findall(r"\{\w+\}", indonesian)), key
