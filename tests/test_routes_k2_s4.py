"""Review findings K2 (a verified parent: no child protection for every family) and S4 (a scam
returnee who is an own national coming home), over the shipped routes, and proof that the checker
rules they add fail when the content is broken.
"""

from __future__ import annotations

from typing import Any

import pytest

from bali_desktop.domain import routes
from bali_desktop.domain.facts import FACT_WORDS, FACTS
from bali_desktop.domain.pathway import Pathway
from tests.test_routes import Data, broken, routes_through, shipped, step_of, typed

__all__ = ["shipped"]  # the module fixture, shared with test_routes

CONFIRMED = "child#confirm-relationship: Yes. Confirmed, and no other concern"
NOT_CONFIRMED = "child#confirm-relationship: No, or not sure. Treat the child as separated"
OWN = "scam-returnee#check-own-national: Yes. A national coming home"
FOREIGN = "scam-returnee#check-own-national: No, or not sure. A foreign national"


def done(route: routes.Route) -> set[tuple[str, str]]:
    return {(v.pathway, v.step) for v in route.visits if v.done}


def test_the_new_facts_are_in_the_vocabulary_with_their_words() -> None:
    for fact in ("parent-verified", "own-national"):
        assert fact in FACTS and FACT_WORDS[fact]


# --- K2: the child pathway -------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["No. With another adult or relative", "Yes, says so"])
def test_a_verified_parent_goes_to_normal_processing_after_the_check(shipped: Data, who: str) -> None:
    pathways = typed(shipped)
    found = routes_through(pathways, "child", f"child#ask-who-with: {who}", CONFIRMED)
    assert len(found) == 2  # with or without an interpreter
    for route in found:
        assert route.problems == () and route.exit == "normal-processing"
        assert "parent-verified" in route.facts
        assert ("child", "check-relationship") in done(route)
        assert ("child", "carry-on-with-parent") in done(route)
        assert "child-protection" not in route.roles  # not called for every family
    step = pathways["child"].step("carry-on-with-parent")
    assert step is not None and "signs of trafficking" in step.action


def test_a_spouse_is_not_a_caregiver(shipped: Data) -> None:
    step = typed(shipped)["child"].step("confirm-relationship")
    assert step is not None
    assert "A spouse or fiancé is not a caregiver; a married child is a child." in step.why


def test_no_or_unsure_treats_the_child_as_separated(shipped: Data) -> None:
    pathways = typed(shipped)
    found = routes_through(pathways, "child", NOT_CONFIRMED)
    assert found
    for route in found:
        assert "parent-verified" not in route.facts and route.problems == ()
        assert {"child-protection", "guardian"} <= set(route.roles)
        assert ("child", "carry-on-with-parent") not in {(v.pathway, v.step) for v in route.visits if v.done}
    alone = routes_through(pathways, "child", "child#ask-who-with: No. Alone")
    assert alone and all(not any(v.step == "confirm-relationship" for v in r.visits) for r in alone)


def test_a_child_who_fears_return_never_gets_the_verified_parent_exit(shipped: Data) -> None:
    """From the protection pathway (fears return) into the child pathway: the question is passed
    over, and the child is treated as separated."""
    pathways = typed(shipped)
    found = [
        r for r in routes.walk(pathways, "international-protection") if "child-or-age-in-doubt" in r.facts
    ]
    assert found
    for route in found:
        assert "parent-verified" not in route.facts
        assert {"child-protection", "guardian", "asylum-authority"} <= set(route.roles)
    for pid in pathways:
        for route in routes.walk(pathways, pid):
            if "parent-verified" in route.facts:
                assert not route.facts & {"fears-return", "signs-of-trafficking", "controller-present"}


def test_a_verified_parent_without_the_relationship_check_fails(shipped: Data) -> None:
    data = broken(shipped)
    for pp in data["child"]["pause_points"]:
        pp["steps"] = [s for s in pp["steps"] if s["id"] != "check-relationship"]
    for option in step_of(data, "child", "ask-who-with")["decision"]["options"]:
        if option["to"] == "check-relationship":
            option["to"] = "confirm-relationship"
    problems = routes.check(typed(data))
    assert any(
        CONFIRMED in p and "parent-verified, but the check-relationship step was not done" in p
        for p in problems
    )
    # and the child rule is no longer lifted on that route
    assert any(
        CONFIRMED in p and "child-or-age-in-doubt, but no referral to child-protection" in p for p in problems
    )


def test_a_verified_parent_with_a_fear_of_return_on_record_fails(shipped: Data) -> None:
    data = broken(shipped)
    step_of(data, "child", "confirm-relationship")["unless"] = []
    problems = routes.check(typed(data))
    assert any(
        p.startswith("pathway:international-protection") and "parent-verified, but also fears-return" in p
        for p in problems
    )
    assert any(
        p.startswith("pathway:international-protection")
        and "child-or-age-in-doubt, but no referral to child-protection" in p
        for p in problems
    )
    assert any("parent-verified, but also controller-present" in p for p in problems)


def _one(steps: list[dict[str, Any]], **extra: Any) -> dict[str, Pathway]:
    points = [{"id": "p", "title": "P", "steps": steps}]
    return {"a": Pathway.from_data("pathway:a", {"pause_points": points, **extra})}


def _verified(*also: str) -> dict[str, Pathway]:
    option = {"label": "Yes", "to": "go", "sets": ["parent-verified", *also]}
    return _one(
        [
            {"id": "check-relationship", "action": "Check."},
            {"id": "confirm", "action": "Decide.", "decision": {"question": "Parent?", "options": [option]}},
            {"id": "go", "action": "Carry on.", "exit": "normal-processing"},
        ],
        assumes=["child-or-age-in-doubt"],
    )


def test_the_lift_holds_only_with_no_other_concern() -> None:
    (route,) = routes.walk(_verified(), "a")
    assert route.problems == ()
    (route,) = routes.walk(_verified("signs-of-trafficking"), "a")
    assert (
        "parent-verified, but also signs-of-trafficking: child-or-age-in-doubt still needs its referrals"
        in (route.problems)
    )
    assert "child-or-age-in-doubt, but no referral to child-protection" in route.problems
    assert "signs-of-trafficking, but no referral to anti-trafficking-police" in route.problems
    (route,) = routes.walk(_verified("fears-return"), "a")
    assert "parent-verified, but also fears-return: child-or-age-in-doubt still needs its referrals" in (
        route.problems
    )


def test_a_gated_off_relationship_check_is_not_a_check() -> None:
    option = {"label": "Yes", "to": "go", "sets": ["parent-verified"]}
    gated = _one(
        [
            {"id": "check-relationship", "action": "Check.", "only_if": ["no-interpreter"]},
            {"id": "confirm", "action": "Decide.", "decision": {"question": "Parent?", "options": [option]}},
            {"id": "go", "action": "Carry on.", "exit": "normal-processing"},
        ],
        assumes=["child-or-age-in-doubt"],
    )
    (route,) = routes.walk(gated, "a")
    assert "parent-verified, but the check-relationship step was not done" in route.problems


# --- S4: the scam returnee pathway -----------------------------------------------------------------


def test_the_own_national_question_is_the_first_decision(shipped: Data) -> None:
    steps = typed(shipped)["scam-returnee"].steps
    first = next(s for s in steps if s.is_decision)
    assert first.id == "check-own-national"
    assert first.question == "Is the person a national of your country coming home?"
    assert [o.sets for o in first.options] == [("own-national",), ()]


def test_an_own_national_skips_the_consulate_and_asylum_and_meets_prosecution_and_stigma(
    shipped: Data,
) -> None:
    pathways = typed(shipped)
    found = routes_through(pathways, "scam-returnee", OWN)
    assert found
    for route in found:
        assert route.problems == () and "own-national" in route.facts
        assert "consular" not in route.roles and "fears-return" not in route.facts
        steps = done(route)
        assert ("scam-returnee", "ask-about-fear") not in steps
        assert ("scam-returnee", "consulate-with-consent") not in steps
        if "child-or-age-in-doubt" not in route.facts:
            assert {
                ("scam-returnee", "ask-about-prosecution"),
                ("scam-returnee", "ask-about-stigma"),
            } <= steps
            assert "legal-aid" in route.roles
    # the scam protections stay for an own national with signs of trafficking
    signs = routes_through(
        pathways, "scam-returnee", OWN, "scam-returnee#decide-trafficking: Yes, or not sure"
    )
    assert signs
    for route in signs:
        assert {("scam-returnee", "hold-penalties"), ("scam-returnee", "report-to-police")} <= done(route)


def test_a_foreign_national_is_still_asked_about_fear_and_not_about_charges_at_home(shipped: Data) -> None:
    pathways = typed(shipped)
    found = [
        r
        for r in routes_through(pathways, "scam-returnee", FOREIGN)
        if "child-or-age-in-doubt" not in r.facts
    ]
    assert found
    for route in found:
        assert "own-national" not in route.facts
        assert ("scam-returnee", "ask-about-fear") in done(route)
        assert ("scam-returnee", "ask-about-prosecution") not in done(route)
    consent = routes_through(
        pathways,
        "scam-returnee",
        FOREIGN,
        "scam-returnee#ask-about-fear: No",
        "scam-returnee#check-nationality: No",
        "scam-returnee#decide-trafficking: Yes, or not sure",
        "scam-returnee#ask-consent-to-refer: Yes",
    )
    assert consent and all("consular" in r.roles for r in consent)


def test_an_own_national_route_to_the_consulate_fails(shipped: Data) -> None:
    data = broken(shipped)
    step_of(data, "scam-returnee", "consulate-with-consent")["unless"] = ["fears-return", "may-be-stateless"]
    problems = routes.check(typed(data))
    assert any(OWN in p and "own-national, but reaches consular contact" in p for p in problems)
    assert not any(FOREIGN in p for p in problems)

    data = broken(shipped)  # an own-national child, carried into the child pathway
    step_of(data, "child", "consulate-with-consent")["unless"] = ["fears-return", "may-be-stateless"]
    problems = routes.check(typed(data))
    assert any(
        OWN in p and "scam-returnee#check-age: Yes" in p and "own-national, but reaches consular" in p
        for p in problems
    )


@pytest.mark.parametrize("start", ["victim-of-trafficking", "scam-returnee"])
def test_a_child_met_as_a_possible_victim_is_never_waved_through_with_a_parent(
    shipped: Data, start: str
) -> None:
    """A child met on the victim or scam pathway carries the signs of trafficking into the child
    pathway: the "relationship confirmed, no other concern" exit is never offered."""
    pathways = typed(shipped)
    into_child = [r for r in routes.walk(pathways, start) if any(v.pathway == "child" for v in r.visits)]
    assert into_child
    for route in into_child:
        assert "signs-of-trafficking" in route.facts
        assert ("child", "carry-on-with-parent") not in done(route)
        assert route.exit != "normal-processing" or ("child", "notify-child-protection") in done(route)
        assert {"child-protection", "guardian"} <= set(route.roles)
