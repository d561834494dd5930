"""The typed pathway (domain/pathway.py) built from content, every field read and every default
pinned, with its numbering (domain/numbering.py), its steps in reading order and its options'
targets. Written to kill the mutants that the tests over the shipped pathways let live (those
pathways fill every field, so a default nobody reads could change unseen; docs/mutation.md)."""

from __future__ import annotations

from typing import Any

from bali_desktop.domain.numbering import number_steps
from bali_desktop.domain.pathway import Decision, IndicatorGroup, Option, Pathway, PausePoint, Step
from bali_desktop.domain.records import Item

FULL: dict[str, Any] = {
    "title": "Child alone",
    "purpose": "Protect the child.",
    "checklist_type": "DO-CONFIRM",
    "indicators": [{"dimension": "Act", "indicators": ["recruited", "moved"]}],
    "never_do": ["Never detain"],
    "roles": ["guardian", "unhcr"],
    "guides": ["guide:g1"],
    "activities": ["area:a1"],
    "related": ["pathway:other"],
    "based_on": ["passage:p1"],
    "assumes": ["child-or-age-in-doubt"],
    "keywords": ["minor"],
    "pause_points": [
        {
            "id": "first",
            "title": "First contact",
            "when": "At once",
            "steps": [
                {
                    "id": "greet",
                    "action": "Greet.",
                    "why": "Trust.",
                    "say": "Hello.",
                    "roles": ["interpreter"],
                    "unless": ["fears-return"],
                    "only_if": ["no-interpreter"],
                    "phrases": "phrases:first#hello",
                },
                {
                    "id": "ask",
                    "action": "Ask.",
                    "decision": {
                        "question": "Alone?",
                        "options": [
                            {
                                "label": "Yes",
                                "to": "pathway:asylum#claim",
                                "sets": ["fears-return"],
                                "then": "return:end",
                            },
                            {"label": "Old", "goto": "end"},
                            {"label": "Aid", "to": "aid:sorting"},
                            {"label": "Again", "to": "pathway:asylum#other", "then": "stay"},
                        ],
                    },
                },
            ],
        },
        {
            "id": "last",
            "title": "Hand over",
            "steps": [{"id": "end", "action": "Hand over.", "exit": "handover"}],
        },
    ],
}


def full() -> Pathway:
    return Pathway.from_data("pathway:child", FULL)


def test_every_field_of_a_pathway_is_read_from_its_content() -> None:
    p = full()
    assert (p.ref, p.id, p.title, p.purpose, p.checklist_type) == (
        "pathway:child",
        "child",
        "Child alone",
        "Protect the child.",
        "DO-CONFIRM",
    )
    assert p.indicators == (IndicatorGroup("Act", ("recruited", "moved")),)
    assert (p.never_do, p.roles, p.guides, p.activities) == (
        ("Never detain",),
        ("guardian", "unhcr"),
        ("guide:g1",),
        ("area:a1",),
    )
    assert (p.related, p.based_on, p.assumes, p.keywords) == (
        ("pathway:other",),
        ("passage:p1",),
        ("child-or-age-in-doubt",),
        ("minor",),
    )


def test_every_field_of_a_step_and_its_pause_point_is_read() -> None:
    first, last = full().pause_points
    assert (first.id, first.title, first.when, last.when) == ("first", "First contact", "At once", "")
    greet = first.steps[0]
    assert greet == Step(
        number=1,
        id="greet",
        action="Greet.",
        why="Trust.",
        pause_index=0,
        pause_title="First contact",
        decision=None,
        say="Hello.",
        roles=("interpreter",),
        unless=("fears-return",),
        only_if=("no-interpreter",),
        exit="",
        pause_id="first",
        phrases="phrases:first#hello",
    )
    end = last.steps[0]
    assert (end.number, end.pause_index, end.pause_title, end.pause_id, end.exit) == (
        3,
        1,
        "Hand over",
        "last",
        "handover",
    )
    assert (end.why, end.say, end.roles, end.unless, end.only_if, end.phrases) == ("", "", (), (), (), "")


def test_a_decision_keeps_its_question_and_its_options_in_order() -> None:
    ask = full().step("ask")
    assert ask is not None and ask.is_decision and ask.question == "Alone?"
    assert ask.decision == Decision(
        "Alone?",
        (
            Option("Yes", "pathway:asylum#claim", ("fears-return",), "return:end"),
            Option("Old", "end"),
            Option("Aid", "aid:sorting"),
            Option("Again", "pathway:asylum#other", (), "stay"),
        ),
    )
    greet = full().step("greet")
    assert greet is not None and not greet.is_decision and greet.question == "" and greet.options == ()


def test_an_option_reads_its_target_the_older_goto_or_nothing() -> None:
    data: dict[str, Any] = {
        "pause_points": [
            {
                "id": "p",
                "title": "P",
                "steps": [
                    {
                        "id": "s",
                        "action": "A.",
                        "decision": {
                            "question": "Q",
                            "options": [
                                {"label": "both", "to": "x", "goto": "y"},
                                {"label": "blank", "to": "", "goto": "y"},
                                {"label": "none", "sets": None, "then": None},
                            ],
                        },
                    }
                ],
            }
        ]
    }
    options = Pathway.from_data("pathway:o", data).steps[0].options
    assert options == (Option("both", "x"), Option("blank", "y"), Option("none", "", (), ""))


def test_a_pathway_with_only_its_steps_gets_the_defaults() -> None:
    p = Pathway.from_data(
        "pathway:bare", {"pause_points": [{"id": "p", "title": "P", "steps": [{"id": "s", "action": "A."}]}]}
    )
    assert (p.title, p.purpose, p.checklist_type) == ("pathway:bare", "", "READ-DO")
    assert (p.indicators, p.never_do, p.roles, p.guides, p.activities, p.related, p.based_on) == ((),) * 7
    assert (p.assumes, p.keywords) == ((), ())
    assert Pathway.from_data("pathway:none", {"assumes": None}).pause_points == ()
    nulls = {"id": "s", "action": "A.", "why": None, "say": None, "roles": None, "unless": None}
    step = Pathway.from_data(
        "pathway:n",
        {
            "pause_points": [
                {
                    "id": "p",
                    "title": "P",
                    "steps": [{**nulls, "only_if": None, "exit": None, "phrases": None}],
                }
            ]
        },
    ).steps[0]
    assert (step.why, step.say, step.roles, step.unless, step.only_if, step.exit, step.phrases) == (
        "",
        "",
        (),
        (),
        (),
        "",
        "",
    )
    assert Pathway.from_data("pathway:e", {"pause_points": [{"id": "p", "title": "P"}]}).pause_points == (
        PausePoint("p", "P", "", ()),
    )


def test_a_pathway_is_made_from_its_item() -> None:
    item = Item("pathway:child", "pathway", "Child alone", "", False, None, None, (), data=FULL)
    assert Pathway.from_item(item) == full()


def test_steps_are_numbered_on_across_pause_points_and_found_by_id() -> None:
    p = full()
    assert [s.id for s in p.steps] == ["greet", "ask", "end"]
    assert p.numbers() == {"greet": 1, "ask": 2, "end": 3}
    assert p.step("end") is p.steps[2] and p.step("nowhere") is None


def test_the_next_step_runs_on_in_reading_order_and_stops_after_the_last() -> None:
    p = full()
    assert [p.next_step(s) for s in ("greet", "ask")] == [p.steps[1], p.steps[2]]
    assert p.next_step("end") is None and p.next_step("nowhere") is None


def test_the_refs_linked_are_the_other_items_answers_lead_to_once_each_in_order() -> None:
    assert full().refs_linked() == ["pathway:asylum", "aid:sorting"]


def test_a_step_applies_unless_a_fact_holds_and_only_if_every_fact_holds() -> None:
    greet = full().steps[0]  # unless fears-return, only_if no-interpreter
    assert greet.applies({"no-interpreter"})
    assert greet.applies(frozenset({"no-interpreter", "own-national"}))
    assert not greet.applies(set())
    assert not greet.applies({"no-interpreter", "fears-return"})
    assert full().steps[2].applies(set())


def test_an_option_names_its_target_pathway_step_and_the_step_it_comes_back_to() -> None:
    back = Option("Yes", "pathway:asylum#claim", then="return:end")
    assert (back.goto, back.is_ref, back.target_ref, back.target_step, back.returns_to) == (
        "pathway:asylum#claim",
        True,
        "pathway:asylum",
        "claim",
        "end",
    )
    here = Option("No", "end", then="return:x")
    assert (here.is_ref, here.target_ref, here.target_step) == (False, "", "end")
    aid = Option("Aid", "aid:sorting")
    assert (aid.target_ref, aid.target_step, aid.returns_to) == ("aid:sorting", "", "")
    assert Option("x", "pathway:a#b#c", then="return:s:t").target_step == "b#c"
    assert Option("x", "pathway:a#b", then="return:s:t").returns_to == "s:t"
    assert Option("x", "pathway:a#b", then="stay").returns_to == ""
    assert Option("x", "pathway:a#b", then="xreturn:s").returns_to == ""


def test_parts_of_one_step_share_its_number() -> None:
    assert number_steps([["a"], ["b", "b-decision"], [], ["c"]]) == {"a": 1, "b": 2, "b-decision": 2, "c": 4}
    assert number_steps([]) == {}
