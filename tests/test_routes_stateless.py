"""A person who may be stateless is asked about it before any consular step (review M8, X2, P1).

The consular steps are gated `unless: [fears-return, may-be-stateless]`, but a gate only holds if
the route can learn the fact. On every pathway with a consular step (departure screening aside,
see ASKING), every route that reaches a consular step has first asked
"Does the person say they have no nationality, or no country accepts them?"; a stateless person
sent on to the victim pathway from a boat or a truck keeps the fact, is referred to UNHCR or civil
registration, and never reaches the consulate. A copy of the content without the question fails.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain import routes
from bali_desktop.domain.pathway import Pathway

Data = dict[str, dict[str, Any]]

# The pathways that must ask before any consular step: every pathway with one but departure screening,
# which meets mostly its own nationals leaving (its consular step is for a foreign traveller who asks).
ASKING = (
    "victim-of-trafficking",
    "smuggled-migrant",
    "maritime-rescue",
    "child",
    "scam-returnee",
    "controller-present",
    "fishing-forced-labour",
    "labour-inspection",
    "sexual-violence",
)
STATELESS = "Yes. The person may be stateless"


@pytest.fixture(scope="module")
def shipped() -> Data:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    return {r.ref.split(":", 1)[1]: r.data for r in bundle.records if r.kind == "pathway"}


def typed(data: Data) -> dict[str, Pathway]:
    return {pid: Pathway.from_data(f"pathway:{pid}", d) for pid, d in data.items()}


def asks_statelessness(pathways: Mapping[str, Pathway], pathway: str, step: str) -> bool:
    found = pathways[pathway].step(step)
    return found is not None and any("may-be-stateless" in o.sets for o in found.options)


def unasked_consular_routes(pathways: Mapping[str, Pathway], pid: str) -> list[str]:
    """The routes of `pid` that reach a consular step without having asked about nationality."""
    out = []
    for route in routes.walk(pathways, pid):
        asked = "may-be-stateless" in pathways[pid].assumes
        for visit in route.visits:
            step = pathways[visit.pathway].step(visit.step)
            if step is not None and visit.done and "consular" in step.roles and not asked:
                out.append(f"{route.describe()}: reaches {visit.pathway}#{visit.step} unasked")
                break
            asked = asked or (visit.done and asks_statelessness(pathways, visit.pathway, visit.step))
    return out


@pytest.mark.parametrize("pid", ASKING)
def test_the_nationality_question_comes_before_any_consular_step(shipped: Data, pid: str) -> None:
    problems = unasked_consular_routes(typed(shipped), pid)
    assert problems == [], "\n".join(problems[:5])


@pytest.mark.parametrize("pid", ("smuggled-migrant", "maritime-rescue"))
def test_a_stateless_person_with_signs_of_trafficking_keeps_the_fact_on_the_victim_pathway(
    shipped: Data, pid: str
) -> None:
    pathways = typed(shipped)
    found = [
        r
        for r in routes.walk(pathways, pid)
        if f"{pid}#check-nationality: {STATELESS}" in r.answers
        and any(v.pathway == "victim-of-trafficking" for v in r.visits)
    ]
    assert found
    for route in found:
        assert "may-be-stateless" in route.facts and route.problems == ()
        assert {"unhcr", "anti-trafficking-police"} <= set(route.roles)
        assert "consular" not in route.roles


def test_a_stateless_victim_met_at_the_counter_is_referred_and_kept_from_the_consulate(shipped: Data) -> None:
    pathways = typed(shipped)
    label = f"victim-of-trafficking#check-nationality: {STATELESS}"
    found = [r for r in routes.walk(pathways, "victim-of-trafficking") if label in r.answers]
    assert found
    for route in found:
        done = {v.step for v in route.visits if v.done}
        assert "refer-statelessness-as-well" in done and "consular" not in route.roles
        assert {"unhcr", "civil-registration"} <= set(route.roles)


def test_no_documents_is_not_stateless_at_the_question(shipped: Data) -> None:
    for pid in ASKING:
        step = typed(shipped)[pid].step("check-nationality")
        assert step is not None and "No documents does not mean stateless" in step.why, pid


def test_without_the_question_the_rule_fails(shipped: Data) -> None:
    """Take the question out of a copy of the victim pathway: the consular step is reached unasked."""
    data = copy.deepcopy(shipped)
    steps = next(pp["steps"] for pp in data["victim-of-trafficking"]["pause_points"] if pp["id"] == "risks")
    fear = next(s for s in steps if s["id"] == "ask-about-fear")
    fear["decision"]["options"][1]["to"] = "decide-grounds"
    steps[:] = [s for s in steps if s["id"] not in ("check-nationality", "refer-statelessness-as-well")]
    problems = unasked_consular_routes(typed(data), "victim-of-trafficking")
    assert any("reaches victim-of-trafficking#contact-consulate unasked" in p for p in problems), problems
    assert routes.check(typed(data)) == []  # the route checker alone cannot see it: this rule can
