"""Checklists built from content (checklists/builders.py), pinned field by field on small hand-made
pathways, aids and areas over an in-memory library: the templates, every field of a built sheet
and counter card, the aid card, the area review, how a ref is resolved and how a jump is worded.
Written to kill the mutants the tests over shipped content let live (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

import pytest

from bali_desktop.checklists import builders
from bali_desktop.domain.checklist import DECIDE_SUFFIX, DEFAULT_CASE_LABEL
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.records import Item, Source
from bali_desktop.domain.route_words import SIGNS_RULE, WRITING_LINES

ADELAIDE = Source("adelaide-2023", "2023 Adelaide Strategy for Cooperation", "Activity 3")


def item(
    ref: str,
    title: str = "Title",
    text: str = "Text.",
    data: dict[str, Any] | None = None,
    *,
    official: bool = False,
    source: Source | None = None,
    parent: str | None = None,
) -> Item:
    return Item(ref, ref.split(":", 1)[0], title, text, official, source, parent, (), data or {})


class Library:
    """The few reads the builders make, over a list of items."""

    def __init__(self, *items: Item) -> None:
        self.by_ref = {i.ref: i for i in items}

    def items(self, kind: str) -> list[Item]:
        return [i for i in self.by_ref.values() if i.kind == kind]

    def get(self, ref: str) -> Item | None:
        return self.by_ref.get(ref)

    def require(self, ref: str) -> Item:
        if ref not in self.by_ref:
            raise UsageError(f"No item {ref}.")
        return self.by_ref[ref]

    def children(self, ref: str) -> list[Item]:
        return [i for i in self.by_ref.values() if i.parent == ref]

    def titles(self, refs: list[str]) -> dict[str, str]:
        return {r: self.by_ref[r].title for r in refs if r in self.by_ref}


def step(sid: str, action: str = "Act.", **extra: Any) -> dict[str, Any]:
    return {"id": sid, "action": action, **extra}


def pathway_item(steps: list[dict[str, Any]], ref: str = "pathway:p", **data: Any) -> Item:
    data.setdefault("pause_points", [{"id": "pp1", "title": "First", "when": "on arrival", "steps": steps}])
    return item(ref, data.pop("item_title", "Item title"), data=data)


def ask(*options: dict[str, Any]) -> dict[str, Any]:
    return {"question": "Which?", "options": list(options)}


# --- templates, empty, area titles -----------------------------------------------------------------


def test_the_templates_are_pathways_then_aids_then_areas_each_with_its_type() -> None:
    lib = Library(
        item("area:adelaide-2023-4", "Borders", data={"number": "4"}),
        item("aid:a", "The aid"),
        item("pathway:p", "Typed", data={"checklist_type": "DO-CONFIRM"}),
        item("pathway:q", "Untyped"),
    )
    assert [(t.ref, t.title, t.kind, t.checklist_type) for t in builders.templates(lib)] == [
        ("pathway:p", "Typed", "pathway", "DO-CONFIRM"),
        ("pathway:q", "Untyped", "pathway", "READ-DO"),
        ("aid:a", "The aid", "aid", "READ-DO"),
        ("area:adelaide-2023-4", "Adelaide Strategy area (4): Borders", "area", "DO-CONFIRM"),
    ]


def test_an_area_without_a_number_takes_the_last_part_of_its_id() -> None:
    assert builders.area_title(item("area:adelaide-2023-12", "Returns")) == (
        "Adelaide Strategy area (12): Returns"
    )
    assert (
        builders.area_title(item("area:x-y-7", "Z", data={"number": "9"})) == "Adelaide Strategy area (9): Z"
    )


def test_an_empty_checklist_has_one_pause_point_to_start_with() -> None:
    made = builders.empty()
    assert (made.title, made.checklist_type) == ("New checklist", "READ-DO")
    assert [(pp.title, pp.when, pp.items) for pp in made.pause_points] == [("Before you start", "", [])]
    assert builders.empty("").title == "New checklist"
    typed = builders.empty("Port visit", "DO-CONFIRM")
    assert (typed.title, typed.checklist_type) == ("Port visit", "DO-CONFIRM")


# --- resolve and build -------------------------------------------------------------------------


def test_a_pathway_step_resolves_to_an_item_of_its_own() -> None:
    lib = Library(pathway_item([step("s1", "Do one.", why="Because."), step("s2", exit="handover")]))
    found = builders.resolve(lib, "pathway:p#s1")
    assert (found.ref, found.kind, found.title, found.text) == ("pathway:p#s1", "step", "Do one.", "Because.")
    assert (found.official, found.source, found.parent, found.related) == (False, None, "pathway:p", ())
    assert found.data == {
        "step": {"id": "s1", "action": "Do one.", "why": "Because."},
        "pathway_title": "Item title",
    }
    assert builders.resolve(lib, "pathway:p") is lib.by_ref["pathway:p"]


def test_a_part_that_is_not_there_is_a_usage_error_naming_it() -> None:
    lib = Library(pathway_item([step("s1")]), item("guide:g"))
    with pytest.raises(UsageError, match=r"^No part 'nope' in pathway:p\.$"):
        builders.resolve(lib, "pathway:p#nope")
    with pytest.raises(UsageError, match=r"^No part 's1' in guide:g\.$"):
        builders.resolve(lib, "guide:g#s1")


def test_building_any_other_item_gives_a_one_item_checklist_after_it() -> None:
    lib = Library(item("role:health", "Health services", "Clinics."))
    made = builders.build(lib, "role:health")
    assert (made.title, made.origin_ref, made.contact_roles) == ("Health services", "role:health", ["health"])
    assert [(i.text, i.note) for i in made.all_items()] == [("Contact: Health services", "Clinics.")]
    assert [pp.title for pp in made.pause_points] == ["Before you start"]


def test_build_hands_the_language_and_the_condition_to_the_pathway_and_the_aid() -> None:
    lib = Library(
        pathway_item([step("s1", phrases="first-contact"), step("s2", exit="handover")]),
        item("aid:a", data={"questions": [{"question": "Q?", "smuggling": "S", "trafficking": "T"}]}),
        item("area:adelaide-2023-1", "Area"),
        item(
            "commitment:adelaide-2023-1",
            "Act",
            "Word for word.",
            official=True,
            parent="area:adelaide-2023-1",
        ),
    )
    sheet = builders.build(lib, "pathway:p", lang="id", condition=lambda s: f"when {s.id}")
    first = sheet.all_items()[0]
    assert first.note == "Kartu frasa: di Bali Desktop, Buka ▸ Kartu frasa (F7)."
    assert first.condition == "when s1"
    aid = builders.build(lib, "aid:a", lang="id")
    assert aid.all_items()[0].text == "Tanyakan: Q?"
    area = builders.build(lib, "area:adelaide-2023-1")
    assert [i.text for i in area.all_items()] == ["Word for word."]
    assert area.checklist_type == "DO-CONFIRM"


# --- pathways ------------------------------------------------------------------------------------


def test_each_step_is_an_item_with_its_why_phrases_condition_words_and_lines() -> None:
    made = builders.from_pathway(
        pathway_item(
            [
                step("s1", "Note the name.", why="To refer.", phrases="first-contact", say="Hello."),
                step("s2", "Check.", unless=["fears-return"]),
                step("s3", "Close.", exit="handover"),
            ],
            title="Typed title",
            purpose="Why this.",
            checklist_type="DO-CONFIRM",
            roles=["unhcr"],
            based_on=["A standard"],
        )
    )
    (pp,) = made.pause_points
    assert (pp.title, pp.when, pp.uid) == ("First", "on arrival", "pp1")
    s1, s2, s3 = pp.items
    assert (s1.text, s1.source_ref, s1.uid, s1.say, s1.write_lines) == (
        "Note the name.",
        "pathway:p#s1",
        "s1",
        "Hello.",
        WRITING_LINES,
    )
    assert s1.note == "To refer. Phrase cards: in Bali Desktop, Go ▸ Phrase cards (F7)."
    assert (s2.note, s2.condition, s2.write_lines) == (
        "",
        "Skip if the person fears return or asks for protection.",
        0,
    )
    assert s1.condition == "" and s3.note == ""
    assert (made.title, made.checklist_type, made.purpose) == ("Typed title", "DO-CONFIRM", "Why this.")
    assert (made.contact_roles, made.based_on, made.origin_ref) == (["unhcr"], ["A standard"], "pathway:p")
    assert made.reminders == []


def test_a_pathway_without_a_title_of_its_own_takes_the_items() -> None:
    made = builders.from_pathway(pathway_item([step("s1", exit="handover")], title=""))
    assert made.title == "Item title"


def test_a_decision_is_an_item_after_its_step_whose_options_say_where_to_go() -> None:
    lib = Library(
        item("pathway:other", "Asylum seeker or refugee: someone who fears return"),
        pathway_item(
            [
                step(
                    "s1",
                    "Ask.",
                    decision=ask(
                        {"label": "Yes", "to": "s2"},
                        {"label": "No", "to": "gone"},
                        {"label": "Other", "to": "pathway:other", "then": "stay"},
                    ),
                ),
                step("s2", "Refer.", exit="handover"),
            ]
        ),
    )
    made = builders.from_pathway(lib.by_ref["pathway:p"], lib)
    asked, decide, _ = made.all_items()
    assert asked.options == []
    assert (decide.text, decide.source_ref, decide.uid) == (
        "Decide: Which?",
        "pathway:p#s1",
        "s1" + DECIDE_SUFFIX,
    )
    yes, no, other = decide.options
    assert (yes.label, yes.then, yes.target, yes.ref) == ("Yes", "Refer.", "s2", None)
    assert (no.label, no.then, no.target, no.ref) == ("No", "", None, None)
    assert (other.label, other.target, other.ref) == ("Other", None, "pathway:other")
    assert (
        other.then
        == "stop this sheet and continue on the “Asylum seeker or refugee” sheet, from its first step"
    )


def test_a_jump_names_its_target_by_ref_when_the_library_is_not_given() -> None:
    made = builders.from_pathway(
        pathway_item(
            [
                step("s1", decision=ask({"label": "Go", "to": "pathway:other#t", "then": "return:s2"})),
                step("s2", exit="handover"),
            ]
        )
    )
    (go,) = made.all_items()[1].options
    assert go.then == "go to the “pathway:other” sheet and come back to step 2"


def test_a_jump_to_another_pathways_step_gives_that_steps_number() -> None:
    other = pathway_item([step("a"), step("b"), step("t", exit="handover")], ref="pathway:other")
    here = pathway_item(
        [
            step(
                "s1",
                decision=ask(
                    {"label": "There", "to": "pathway:other#t", "then": "return:s2"},
                    {"label": "Stay", "to": "pathway:other#b", "then": "stay"},
                    {"label": "Aid", "to": "aid:x", "then": "return:s1"},
                    {"label": "Gone", "to": "pathway:gone#t", "then": "stay"},
                    {"label": "No step", "to": "pathway:other#none", "then": "stay"},
                    {"label": "Here", "to": "s2"},
                ),
            ),
            step("s2", exit="handover"),
        ]
    )
    lib = Library(other, here)
    from bali_desktop.domain.pathway import Pathway

    assert builders.jump_numbers(Pathway.from_item(here), lib) == {"pathway:other#t": 3, "pathway:other#b": 2}
    assert builders.jump_numbers(Pathway.from_item(here), None) == {}
    there, stay, *_ = builders.from_pathway(here, lib).all_items()[1].options
    assert there.then == "go to the “Item title” sheet, step 3, and come back to step 2"
    assert stay.then == "stop this sheet and continue on the “Item title” sheet, from step 2"


def test_the_signs_and_the_never_box_are_reminders_in_the_sheets_language() -> None:
    data = {
        "indicators": [
            {"dimension": "Control", "indicators": ["kept documents", "debt"]},
            {"dimension": "Work", "indicators": ["no pay"]},
        ],
        "never_do": ["Never detain.", "Never confront."],
    }
    made = builders.from_pathway(pathway_item([step("s1", exit="handover")], **data))
    signs, never = made.reminders
    assert signs.title == builders.SIGNS_TITLE == "Signs to look for"
    assert signs.lines == [SIGNS_RULE, "Control: kept documents; debt.", "Work: no pay."]
    assert (never.title, never.lines) == ("Never", ["Never detain.", "Never confront."])
    in_id = builders.from_pathway(pathway_item([step("s1", exit="handover")], **data), lang="id")
    assert in_id.reminders[0].lines[0].startswith("Tidak ada satu tanda pun")


def test_a_counter_card_keeps_the_critical_steps_without_their_notes() -> None:
    data = {
        "indicators": [{"dimension": "Control", "indicators": ["debt"]}],
        "never_do": ["Never detain."],
        "purpose": "Why.",
    }
    steps = [
        step("s1", "Note it.", why="Why 1.", say="Say."),
        step(
            "s2",
            "Ask.",
            why="Why 2.",
            decision=ask(
                {"label": "Yes", "to": "s4"},
                {"label": "Other", "to": "pathway:other", "then": "stay"},
            ),
        ),
        step("s3", "Refer.", why="Why 3.", roles=["unhcr"]),
        step("s4", "Close.", exit="handover"),
    ]
    points = [
        {"id": "pp1", "title": "First", "steps": steps[:1]},
        {"id": "pp2", "title": "Second", "steps": steps[1:]},
    ]
    card, numbers = builders.card_from_pathway(pathway_item([], pause_points=points, **data))
    assert numbers == {"s1": 1, "s2": 2, "s2" + DECIDE_SUFFIX: 2, "s3": 3, "s4": 4}
    assert [pp.title for pp in card.pause_points] == ["Second"]
    items = card.all_items()
    assert [i.uid for i in items] == ["s2", "s2" + DECIDE_SUFFIX, "s3", "s4"]
    assert all((i.note, i.say, i.write_lines) == ("", "", 0) for i in items)
    yes, other = items[1].options
    assert (yes.target, yes.then) == ("s4", "")
    assert other.then.startswith("stop this sheet")
    assert [r.title for r in card.reminders] == ["Never"]
    assert card.purpose == ""
    full = builders.from_pathway(pathway_item([], pause_points=points, **data))
    assert full.all_items()[0].note == "Why 1." and full.purpose == "Why."


# --- the decision aid ----------------------------------------------------------------------------

AID = {
    "title": "Smuggling or trafficking?",
    "purpose": "Tell them apart.",
    "questions": [
        {"question": "Did they agree?", "smuggling": "Yes, freely.", "trafficking": "No, or deceived."},
        {"question": "Are they free?", "smuggling": "Free.", "trafficking": "Controlled."},
    ],
    "remember": ["Both can be true."],
    "based_on": ["UNODC"],
    "related": ["pathway:v", "guide:g", "pathway:s", "pathway:none", "pathway:gone", "pathway:v2"],
}


def aid_library() -> Library:
    return Library(
        item("aid:a", "Item title", data=AID),
        item("pathway:v", data={"roles": ["anti-trafficking-police", "health"]}),
        item("pathway:s", data={"roles": ["immigration"]}),
        item("pathway:none", data={"roles": []}),
        item("pathway:v2", data={"roles": ["anti-trafficking-police"]}),
        item("guide:g", data={"roles": ["guide-role"]}),
    )


def test_the_aid_card_asks_each_question_with_a_tick_for_each_side() -> None:
    lib = aid_library()
    made = builders.from_aid(lib.by_ref["aid:a"], lib)
    assert (made.title, made.checklist_type, made.purpose) == (
        "Smuggling or trafficking?",
        "READ-DO",
        "Tell them apart.",
    )
    (pp,) = made.pause_points
    assert (pp.title, pp.uid) == ("Before you choose a pathway", "questions")
    assert pp.when.startswith("you cannot yet tell whether the person was smuggled or trafficked")
    first, second = pp.items
    assert (first.text, first.source_ref) == ("Ask: Did they agree?", "aid:a")
    assert [(o.label, o.then) for o in first.options] == [
        ("Smuggling", "Yes, freely."),
        ("Trafficking", "No, or deceived."),
    ]
    assert second.text == "Ask: Are they free?"
    assert [(r.title, r.lines) for r in made.reminders] == [("Remember", ["Both can be true."])]
    assert (made.based_on, made.origin_ref) == (["UNODC"], "aid:a")
    assert made.contact_roles == ["anti-trafficking-police", "immigration"]


def test_the_aid_card_in_indonesian() -> None:
    lib = aid_library()
    made = builders.from_aid(lib.by_ref["aid:a"], lib, lang="id")
    assert made.pause_points[0].title == "Sebelum Anda memilih jalur"
    assert made.pause_points[0].when.startswith("Anda belum dapat memastikan")
    assert [o.label for o in made.all_items()[0].options] == ["Penyelundupan migran", "Perdagangan orang"]
    assert made.reminders[0].title == "Ingat"


def test_a_bare_aid_has_the_items_title_and_nothing_to_remember_or_call() -> None:
    bare = item("aid:b", "Item title", data={"questions": AID["questions"]})
    made = builders.from_aid(bare)
    assert (made.title, made.purpose, made.reminders, made.based_on) == ("Item title", "", [], [])
    assert made.contact_roles == []
    assert builders.from_aid(item("aid:c", data={**AID, "remember": []})).reminders == []
    assert builders.from_aid(bare, Library()).contact_roles == []


# --- Adelaide Strategy areas ---------------------------------------------------------------------


def test_an_area_review_quotes_each_activity_and_names_its_source() -> None:
    area = item("area:adelaide-2023-3", "Returns", source=Source("d", "The Document", "Area 3"))
    activity = item("commitment:adelaide-2023-9", "A", "Exact words.", official=True, source=ADELAIDE)
    made = builders.from_area(area, [activity])
    assert made.title == "Adelaide Strategy area (3): Returns"
    assert made.checklist_type == "DO-CONFIRM"
    assert made.purpose == (
        "Confirm what your country has done on each activity of this area of cooperation. "
        "The activities are quoted word for word from the The Document."
    )
    (pp,) = made.pause_points
    assert (pp.title, pp.when, pp.uid) == (
        "National progress review",
        "before a senior officials' meeting or a national progress report",
        "activities",
    )
    (quoted,) = pp.items
    assert (quoted.text, quoted.source_ref, quoted.official) == (
        "Exact words.",
        "commitment:adelaide-2023-9",
        True,
    )
    assert quoted.citation == "2023 Adelaide Strategy for Cooperation, Activity 3"
    assert (made.contact_roles, made.case_reference_label, made.origin_ref) == (
        [],
        "Review reference",
        "area:adelaide-2023-3",
    )
    assert DEFAULT_CASE_LABEL != "Review reference"


def test_an_area_without_a_source_is_quoted_from_the_adelaide_strategy() -> None:
    made = builders.from_area(item("area:adelaide-2023-3", "Returns"), [])
    assert made.purpose.endswith("quoted word for word from the 2023 Adelaide Strategy for Cooperation.")


def test_an_area_id_without_a_dash_is_its_own_number() -> None:
    assert builders.area_title(item("area:returns", "Returns")) == "Adelaide Strategy area (returns): Returns"


def jumping_library() -> Library:
    other = pathway_item([step("a"), step("t", exit="handover")], ref="pathway:other", item_title="Other one")
    here = pathway_item(
        [
            step(
                "s1",
                "Ask.",
                roles=["unhcr"],
                unless=["fears-return"],
                decision=ask(
                    {"label": "Here", "to": "s2"},
                    {"label": "There", "to": "pathway:other#t", "then": "return:s2"},
                ),
            ),
            step("s2", exit="handover"),
        ]
    )
    return Library(other, here)


def test_a_jump_after_an_answer_here_still_gets_its_number() -> None:
    from bali_desktop.domain.pathway import Pathway

    lib = jumping_library()
    assert builders.jump_numbers(Pathway.from_item(lib.by_ref["pathway:p"]), lib) == {"pathway:other#t": 2}


def test_built_through_build_a_jump_names_the_sheet_it_goes_to() -> None:
    lib = jumping_library()
    there = builders.build(lib, "pathway:p").all_items()[1].options[1]
    assert there.then == "go to the “Other one” sheet, step 2, and come back to step 2"


def test_a_jump_is_worded_in_the_sheets_language() -> None:
    lib = jumping_library()
    there = builders.from_pathway(lib.by_ref["pathway:p"], lib, lang="id").all_items()[1].options[1]
    english = builders.from_pathway(lib.by_ref["pathway:p"], lib).all_items()[1].options[1]
    assert there.then == "buka lembar “Other one”, langkah 2, lalu kembali ke langkah 2" != english.then


def test_a_counter_card_is_worded_in_its_language_with_the_given_conditions() -> None:
    lib = jumping_library()
    card, _ = builders.card_from_pathway(
        lib.by_ref["pathway:p"], lib, lang="id", condition=lambda s: f"C {s.id}"
    )
    asked, decide, _ = card.all_items()
    assert asked.condition == "C s1"
    english, _ = builders.card_from_pathway(lib.by_ref["pathway:p"], lib)
    assert english.all_items()[0].condition == "Skip if the person fears return or asks for protection."
    there = decide.options[1]
    assert there.then == "buka lembar “Other one”, langkah 2, lalu kembali ke langkah 2"
    assert (
        english.all_items()[1].options[1].then
        == "go to the “Other one” sheet, step 2, and come back to step 2"
    )
