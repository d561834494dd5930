"""The route checker's rules on small made-up pathways (domain/routes.py): every way a route can
fail says so in its own words, and the routes that are safe have no problem. Written to kill the
mutants that the checks over the shipped pathways let live (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

import pytest

from bali_desktop.domain import routes
from bali_desktop.domain.pathway import Pathway


def pathway(pid: str, steps: list[dict[str, Any]], **extra: Any) -> Pathway:
    return Pathway.from_data(
        f"pathway:{pid}", {"pause_points": [{"id": "p", "title": "P", "steps": steps}], **extra}
    )


def ask(sid: str, *options: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": sid, "action": "Ask.", "decision": {"question": "Q?", "options": list(options)}, **extra}


def end(sid: str = "end", kind: str = "handover", **extra: Any) -> dict[str, Any]:
    return {"id": sid, "action": "Close.", "exit": kind, **extra}


def one(route_list: list[routes.Route]) -> routes.Route:
    (route,) = route_list
    return route


def test_a_pathway_without_steps_is_one_failed_route() -> None:
    route = one(routes.walk({"a": pathway("a", [])}, "a"))
    assert route.problems == ("the pathway has no steps",) and route.exit == "" and route.start == "a"
    assert route.describe() == "pathway:a [no decisions]"


def test_a_safe_route_records_its_steps_facts_roles_and_exit() -> None:
    pathways = {
        "a": pathway(
            "a",
            [
                {"id": "one", "action": "Refer.", "roles": ["unhcr", "interpreter"]},
                {"id": "skip", "action": "Skipped.", "unless": ["fears-return"], "roles": ["consular"]},
                {"id": "two", "action": "Again.", "roles": ["asylum-authority", "unhcr"]},
                end(),
            ],
            assumes=["fears-return"],
        )
    }
    route = one(routes.walk(pathways, "a"))
    assert route.problems == () and route.exit == "handover" and route.answers == ()
    assert [(v.step, v.done) for v in route.visits] == [
        ("one", True),
        ("skip", False),
        ("two", True),
        ("end", True),
    ]
    assert route.roles == ("unhcr", "interpreter", "asylum-authority") and route.facts == {"fears-return"}
    assert routes.check(pathways) == []


def test_every_answer_is_its_own_route_with_its_facts() -> None:
    pathways = {
        "a": pathway(
            "a",
            [
                ask(
                    "q",
                    {"label": "Yes", "to": "refer", "sets": ["fears-return"]},
                    {"label": "No", "to": "close"},
                ),
                {"id": "refer", "action": "Refer.", "roles": ["unhcr"]},
                end("close", "normal-processing"),
            ],
        )
    }
    found = {r.answers: r for r in routes.walk(pathways, "a")}
    assert set(found) == {("a#q: Yes",), ("a#q: No",)}
    assert found[("a#q: Yes",)].facts == {"fears-return"} and found[("a#q: Yes",)].roles == ("unhcr",)
    assert found[("a#q: No",)].facts == frozenset() and found[("a#q: No",)].exit == "normal-processing"
    assert all(r.problems == () for r in found.values())
    assert found[("a#q: Yes",)].describe() == "pathway:a [a#q: Yes]"


@pytest.mark.parametrize(
    ("steps", "problem"),
    [
        (
            [ask("q", {"label": "Go", "to": "nowhere"}, {"label": "Stop", "to": "end"}), end()],
            "goes to a#nowhere, which does not exist",
        ),
        (
            [{"id": "s", "action": "Do."}],
            "runs off the end of a with no exit (a referral or normal processing)",
        ),
        (
            [ask("q", {"label": "Again", "to": "q"}, {"label": "Stop", "to": "end"}), end()],
            "loops: comes back to a#q",
        ),
        (
            [{"id": "s", "action": "Do.", "roles": ["interpreter", "immigration-supervisor"]}, end()],
            "is handed over without any referral",
        ),
        ([end()], "is handed over without any referral"),
    ],
)
def test_each_broken_route_says_what_is_wrong(steps: list[dict[str, Any]], problem: str) -> None:
    found = routes.walk({"a": pathway("a", steps)}, "a")
    assert any(r.problems == (problem,) for r in found), [r.problems for r in found]
    assert any(line.endswith(f": {problem}") for line in routes.check({"a": pathway("a", steps)}))


def test_normal_processing_needs_no_referral() -> None:
    assert one(routes.walk({"a": pathway("a", [end(kind="normal-processing")])}, "a")).problems == ()


def test_a_fact_without_its_referral_or_with_a_forbidden_contact_fails() -> None:
    steps = [
        ask(
            "q",
            {"label": "Yes", "to": "s", "sets": ["fears-return", "may-be-stateless"]},
            {"label": "No", "to": "s"},
        )
    ]
    steps += [{"id": "s", "action": "Call.", "roles": ["consular", "civil-registration"]}, end()]
    found = {r.answers[0]: r for r in routes.walk({"a": pathway("a", steps)}, "a")}
    assert found["a#q: Yes"].problems == (
        "fears-return, but no referral to asylum-authority or unhcr",
        "fears-return, but reaches consular contact",
        "may-be-stateless, but reaches consular contact",
    )
    assert found["a#q: No"].problems == ()


def test_a_child_needs_both_child_protection_and_a_guardian() -> None:
    steps = [{"id": "s", "action": "Call.", "roles": ["child-protection"]}, end()]
    route = one(routes.walk({"a": pathway("a", steps, assumes=["child-or-age-in-doubt"])}, "a"))
    assert route.problems == ("child-or-age-in-doubt, but no referral to guardian",)
    steps[0]["roles"] = ["child-protection", "guardian"]
    assert one(routes.walk({"a": pathway("a", steps, assumes=["child-or-age-in-doubt"])}, "a")).problems == ()


def test_an_own_national_never_reaches_a_consulate() -> None:
    steps = [{"id": "s", "action": "Call.", "roles": ["consular", "police"]}, end()]
    route = one(routes.walk({"a": pathway("a", steps, assumes=["own-national"])}, "a"))
    assert route.problems == ("own-national, but reaches consular contact",)


def test_a_verified_parent_lifts_the_childs_rule_only_after_the_check() -> None:
    yes = {"label": "Yes", "to": "go", "sets": ["parent-verified"]}
    checked = [
        {"id": "check-relationship", "action": "Check."},
        ask("confirm", yes),
        end("go", "normal-processing"),
    ]
    child = {"assumes": ["child-or-age-in-doubt"]}
    assert one(routes.walk({"a": pathway("a", checked, **child)}, "a")).problems == ()
    unchecked = [ask("confirm", yes), end("go", "normal-processing")]
    assert one(routes.walk({"a": pathway("a", unchecked, **child)}, "a")).problems == (
        "parent-verified, but the check-relationship step was not done",
        "child-or-age-in-doubt, but no referral to child-protection",
        "child-or-age-in-doubt, but no referral to guardian",
    )
    concern = dict(yes, sets=["parent-verified", "controller-present", "may-be-stateless"])
    route = one(
        routes.walk({"a": pathway("a", [checked[0], ask("confirm", concern), checked[2]], **child)}, "a")
    )
    assert route.problems[:2] == (
        "parent-verified, but also controller-present: child-or-age-in-doubt still needs its referrals",
        "parent-verified, but also may-be-stateless: child-or-age-in-doubt still needs its referrals",
    )
    assert "may-be-stateless, but no referral to civil-registration or unhcr" in route.problems


def test_a_verified_parent_without_a_child_lifts_nothing_and_fails_nothing() -> None:
    yes = {"label": "Yes", "to": "go", "sets": ["parent-verified"]}
    steps = [
        {"id": "check-relationship", "action": "Check."},
        ask("confirm", yes),
        end("go", "normal-processing"),
    ]
    assert one(routes.walk({"a": pathway("a", steps)}, "a")).problems == ()


def two(a: list[dict[str, Any]], b: list[dict[str, Any]], **b_extra: Any) -> dict[str, Pathway]:
    return {"a": pathway("a", a), "b": pathway("b", b, **b_extra)}


def test_a_stay_jump_goes_on_in_the_other_pathway() -> None:
    jump = {"label": "Go", "to": "pathway:b#start", "then": "stay"}
    pathways = two(
        [ask("q", jump, {"label": "No", "to": "end"}), end(kind="normal-processing")],
        [
            {"id": "first", "action": "Not this."},
            {"id": "start", "action": "Refer.", "roles": ["unhcr"]},
            end("close"),
        ],
        assumes=["fears-return"],
    )
    found = {r.answers[0]: r for r in routes.walk(pathways, "a")}
    route = found["a#q: Go"]
    assert [(v.pathway, v.step) for v in route.visits] == [("a", "q"), ("b", "start"), ("b", "close")]
    assert route.facts == {"fears-return"} and route.problems == () and route.exit == "handover"


def test_a_jump_back_into_a_pathway_already_on_the_route_fails() -> None:
    back = {"label": "Back", "to": "pathway:a#q", "then": "stay"}
    pathways = two(
        [
            ask("q", {"label": "Go", "to": "pathway:b#s", "then": "stay"}, {"label": "No", "to": "end"}),
            end(kind="normal-processing"),
        ],
        [ask("s", back, {"label": "Stop", "to": "close"}), end("close", "normal-processing")],
    )
    found = {r.answers: r for r in routes.walk(pathways, "a")}
    assert found[("a#q: Go", "b#s: Back")].problems == ("re-enters pathway a, already on this route",)
    assert found[("a#q: Go", "b#s: Stop")].problems == ()


@pytest.mark.parametrize("to", ["pathway:nope#s", "pathway:b#nope"])
def test_a_jump_to_a_missing_pathway_or_step_fails(to: str) -> None:
    pathways = two(
        [
            ask("q", {"label": "Go", "to": to, "then": "stay"}, {"label": "No", "to": "end"}),
            end(kind="normal-processing"),
        ],
        [end("s")],
    )
    found = {r.answers[0]: r for r in routes.walk(pathways, "a")}
    assert found["a#q: Go"].problems == (f"goes to {to}, which does not exist",)
    assert found["a#q: Go"].visits[-1].step == "q"


def test_a_return_jump_does_one_step_there_if_it_applies_and_comes_back() -> None:
    jump = {"label": "Go", "to": "pathway:b#refer", "then": "return:close", "sets": ["own-national"]}
    b = [{"id": "refer", "action": "Refer.", "roles": ["consular"], "unless": ["own-national"]}, end("x")]
    pathways = two(
        [
            ask("q", jump, {"label": "No", "to": "close"}),
            {"id": "close", "action": "Hand.", "roles": ["unhcr"], "exit": "handover"},
        ],
        b,
    )
    found = {r.answers[0]: r for r in routes.walk(pathways, "a")}
    route = found["a#q: Go"]
    assert [(v.pathway, v.step, v.done) for v in route.visits] == [
        ("a", "q", True),
        ("b", "refer", False),
        ("a", "close", True),
    ]
    assert route.roles == ("unhcr",) and route.problems == ()


@pytest.mark.parametrize(
    "target", [end("refer"), ask("refer", {"label": "A", "to": "x"}, {"label": "B", "to": "x"})]
)
def test_a_return_jump_onto_a_step_that_branches_or_closes_fails(target: dict[str, Any]) -> None:
    jump = {"label": "Go", "to": "pathway:b#refer", "then": "return:close"}
    pathways = two(
        [ask("q", jump, {"label": "No", "to": "close"}), end("close", "normal-processing")],
        [target, end("x")],
    )
    found = {r.answers[0]: r for r in routes.walk(pathways, "a")}
    assert found["a#q: Go"].problems == (
        "goes to pathway:b#refer and back, but that step branches or closes the route",
    )


def test_the_aid_is_looked_up_and_the_question_asked_again_or_the_route_goes_on() -> None:
    again = {"label": "Look up", "to": "aid:indicators", "then": "return:q"}
    on = {"label": "Look up then", "to": "aid:indicators", "then": "return:next"}
    steps = [
        ask("q", again, on, {"label": "No", "to": "end"}),
        {"id": "next", "action": "Go on.", "exit": "normal-processing"},
        end(kind="normal-processing"),
    ]
    found = {r.answers: r for r in routes.walk({"a": pathway("a", steps)}, "a")}
    assert set(found) == {("a#q: Look up then",), ("a#q: No",)}
    assert [v.step for v in found[("a#q: Look up then",)].visits] == ["q", "next"]
    bare = {"label": "Look up", "to": "aid:indicators"}
    found = {
        r.answers: r
        for r in routes.walk(
            {
                "a": pathway(
                    "a", [ask("q", bare, {"label": "No", "to": "end"}), end(kind="normal-processing")]
                )
            },
            "a",
        )
    }
    assert set(found) == {("a#q: No",)}


def test_too_many_routes_stop_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = [
        ask("q1", {"label": "A", "to": "q2"}, {"label": "B", "to": "q2"}),
        ask("q2", {"label": "A", "to": "end"}, {"label": "B", "to": "end"}),
        end(kind="normal-processing"),
    ]
    assert len(routes.walk({"a": pathway("a", steps)}, "a")) == 4
    monkeypatch.setattr(routes, "MAX_ROUTES", 1)
    found = routes.walk({"a": pathway("a", steps)}, "a")
    assert found[-1].problems == ("too many routes to check",) and len(found) == 3
    monkeypatch.setattr(routes, "MAX_ROUTES", 2)
    assert len(routes.walk({"a": pathway("a", steps)}, "a")) == 4


def test_check_says_each_problem_of_each_pathway_on_one_line() -> None:
    pathways = {"a": pathway("a", [end()]), "b": pathway("b", [{"id": "s", "action": "Do."}])}
    assert routes.check(pathways) == [
        "pathway:a [no decisions]: is handed over without any referral",
        "pathway:b [no decisions]: runs off the end of b with no exit (a referral or normal processing)",
    ]


def test_a_route_of_two_decisions_names_both_answers() -> None:
    steps = [
        ask("q1", {"label": "A", "to": "q2"}, {"label": "B", "to": "q2"}),
        ask("q2", {"label": "C", "to": "end"}, {"label": "D", "to": "end"}),
        end(kind="normal-processing"),
    ]
    described = sorted(r.describe() for r in routes.walk({"a": pathway("a", steps)}, "a"))
    assert described[0] == "pathway:a [a#q1: A; a#q2: C]"


def test_a_pathway_without_steps_met_nothing_and_knows_nothing() -> None:
    route = one(routes.walk({"a": pathway("a", [], assumes=["fears-return"])}, "a"))
    assert (route.answers, route.visits, route.facts, route.roles) == ((), (), frozenset(), ())


@pytest.mark.parametrize(
    "steps",
    [
        [{"id": "s", "action": "Do.", "roles": ["unhcr"]}],  # runs off the end
        [{"id": "s", "action": "Do.", "roles": ["unhcr"]}, ask("q", {"label": "Again", "to": "s"})],  # loops
        [{"id": "s", "action": "Do.", "roles": ["unhcr"]}, ask("q", {"label": "Go", "to": "nowhere"})],
    ],
)
def test_a_route_that_fails_on_the_way_did_not_close(steps: list[dict[str, Any]]) -> None:
    route = one(routes.walk({"a": pathway("a", steps)}, "a"))
    assert route.exit == "" and len(route.problems) == 1
    assert route.roles == ("unhcr",)


def test_an_answer_that_fails_keeps_the_route_so_far() -> None:
    steps = [
        {"id": "s", "action": "Call.", "roles": ["unhcr"]},
        ask("q", {"label": "Go", "to": "pathway:nope#x", "then": "stay", "sets": ["own-national"]}),
    ]
    route = one(routes.walk({"a": pathway("a", steps, assumes=["fears-return"])}, "a"))
    assert route.problems == ("goes to pathway:nope#x, which does not exist",)
    assert (route.start, route.exit, route.roles, route.facts) == ("a", "", ("unhcr",), {"fears-return"})
    assert route.answers == ("a#q: Go",) and route.describe() == "pathway:a [a#q: Go]"


def test_the_roles_called_before_an_answer_stay_on_the_route() -> None:
    steps = [
        {"id": "s", "action": "Call.", "roles": ["unhcr"]},
        ask("q", {"label": "On", "to": "close"}),
        {"id": "close", "action": "Hand over.", "exit": "handover"},
    ]
    route = one(routes.walk({"a": pathway("a", steps, assumes=["fears-return"])}, "a"))
    assert route.roles == ("unhcr",) and route.problems == ()


def test_a_local_answer_and_then_a_jump_still_knows_the_pathways_entered() -> None:
    pathways = two(
        [
            ask("q1", {"label": "On", "to": "q2"}),
            ask("q2", {"label": "Go", "to": "pathway:b#s", "then": "stay"}),
        ],
        [ask("s", {"label": "Back", "to": "pathway:a#q1", "then": "stay"}, {"label": "Stop", "to": "close"})]
        + [end("close", "normal-processing")],
    )
    found = {r.answers[-1]: r for r in routes.walk(pathways, "a")}
    assert found["b#s: Back"].problems == ("re-enters pathway a, already on this route",)
    assert found["b#s: Stop"].problems == ()


def test_a_return_jump_that_applies_adds_the_steps_roles_to_those_before() -> None:
    jump = {"label": "Go", "to": "pathway:b#refer", "then": "return:close"}
    pathways = two(
        [
            {"id": "first", "action": "Call.", "roles": ["interpreter"]},
            ask("q", jump),
            {"id": "close", "action": "Hand.", "roles": ["iom"], "exit": "handover"},
        ],
        [{"id": "refer", "action": "Refer.", "roles": ["unhcr"]}, end("x")],
    )
    route = one(routes.walk(pathways, "a"))
    assert route.roles == ("interpreter", "unhcr", "iom")
    assert [(v.pathway, v.step, v.done) for v in route.visits][1:] == [
        ("a", "q", True),
        ("b", "refer", True),
        ("a", "close", True),
    ]


def test_a_stay_jump_keeps_the_roles_called_before_it() -> None:
    pathways = two(
        [
            {"id": "first", "action": "Call.", "roles": ["unhcr"]},
            ask("q", {"label": "Go", "to": "pathway:b#s", "then": "stay"}),
        ],
        [{"id": "s", "action": "Close.", "exit": "handover"}],
    )
    route = one(routes.walk(pathways, "a"))
    assert route.roles == ("unhcr",) and route.problems == () and route.exit == "handover"


LIFT_A = ("fears-return", frozenset({"signs-of-trafficking"}))
LIFT_B = ("may-be-stateless", frozenset({"signs-of-trafficking"}))


def test_every_lift_is_weighed_not_only_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routes, "LIFTS", {"zz-not-here": LIFT_A, "zz-here": LIFT_B})
    monkeypatch.setattr(routes, "PROVEN_BY", {})
    lifted, problems = routes._lifted(frozenset({"zz-here"}), set())
    assert (lifted, problems) == ({"may-be-stateless"}, [])


def test_the_problems_of_every_lift_add_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(routes, "LIFTS", {"zz-one": LIFT_A, "zz-two": LIFT_B})
    monkeypatch.setattr(routes, "PROVEN_BY", {"zz-one": "check", "zz-two": "check"})
    lifted, problems = routes._lifted(frozenset({"zz-one", "zz-two"}), set())
    assert lifted == set()
    assert problems == ["zz-one, but the check step was not done", "zz-two, but the check step was not done"]


def test_the_too_many_routes_line_names_the_pathway_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = [
        ask("q1", {"label": "A", "to": "q2"}, {"label": "B", "to": "q2"}),
        ask("q2", {"label": "A", "to": "end"}, {"label": "B", "to": "end"}),
        end(kind="normal-processing"),
    ]
    monkeypatch.setattr(routes, "MAX_ROUTES", 1)
    last = routes.walk({"a": pathway("a", steps, assumes=["fears-return"])}, "a")[-1]
    assert (last.start, last.answers, last.visits, last.facts, last.exit, last.roles) == (
        "a",
        (),
        (),
        frozenset(),
        "",
        (),
    )
    assert last.describe() == "pathway:a [no decisions]"
