"""The situations officers meet that were missing (issue 10, point 6), each a full pathway.

Each new pathway passes the route checker on every combination of answers, closes every route,
and is found in the top three by the words an officer types at the counter.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain import routes
from bali_desktop.domain.pathway import Pathway
from tests.cli_runner import run

# pathway id -> what an officer types to find it (the acceptance check's queries)
NEW = {
    "sexual-violence": ("raped", "rape", "sexual assault", "GBV"),
    "fishing-forced-labour": ("fishing boat crew forced to work", "fishing vessel forced labour", "fishers"),
    "stateless-person": ("no nationality", "stateless", "Rohingya"),
    "controller-present": ("escort answers for her", "controller", "someone answers for the person"),
    "labour-inspection": ("factory inspection", "domestic worker", "labour inspector"),
    "departure-screening": ("offloading at departure", "outbound", "departure screening"),
}
# A refusal wording must be found too: a pathway's refusal block in the top three, the victim
# pathway's among them (the issue's own case: a possible victim who refuses help).
REFUSAL_QUERY = "refuses help"
REFUSAL_PATHWAY = "pathway:victim-of-trafficking"


@pytest.fixture(scope="module")
def pathways() -> dict[str, Pathway]:
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    return {r.ref.split(":", 1)[1]: Pathway.from_item(r) for r in bundle.records if r.kind == "pathway"}


@pytest.fixture
def search(capsys, shared_data_dir: Path):
    def top(query: str, limit: int = 3) -> list[dict[str, str]]:
        code, out, err = run(
            capsys, "--data-dir", str(shared_data_dir), "search", query, "--limit", str(limit), "--json"
        )
        assert code == 0, err
        return json.loads(out)

    return top


def routes_of(pathways: dict[str, Pathway], pid: str, *answers: str) -> list[routes.Route]:
    return [r for r in routes.walk(pathways, pid) if all(a in r.answers for a in answers)]


@pytest.mark.parametrize("pid", NEW)
def test_the_new_pathway_passes_the_route_checker(pathways: dict[str, Pathway], pid: str) -> None:
    found = routes.walk(pathways, pid)
    problems = [f"{r.describe()}: {p}" for r in found for p in r.problems]
    assert found and problems == [], "\n".join(problems[:10])
    assert {r.exit for r in found} <= {"handover", "normal-processing"}


@pytest.mark.parametrize("pid", NEW)
def test_every_answer_of_the_new_pathway_is_walked(pathways: dict[str, Pathway], pid: str) -> None:
    answered = {a for r in routes.walk(pathways, pid) for a in r.answers}
    for step in pathways[pid].steps:
        for option in step.options:
            if option.target_ref.startswith("aid:") and option.returns_to == step.id:
                continue  # look it up and answer again: no route of its own
            assert f"{pid}#{step.id}: {option.label}" in answered, (step.id, option.label)


@pytest.mark.parametrize(("pid", "query"), [(pid, q) for pid, qs in NEW.items() for q in qs])
def test_an_officer_finds_the_new_pathway(search, pid: str, query: str) -> None:
    refs = [hit["ref"] for hit in search(query)]
    assert f"pathway:{pid}" in refs, (query, refs)


def test_a_refusal_wording_finds_a_refusal_block(search) -> None:
    top = search(REFUSAL_QUERY)
    assert any(hit["ref"].startswith("pathway:") and "refus" in hit["snippet"].lower() for hit in top), top
    assert REFUSAL_PATHWAY in [hit["ref"] for hit in top], top


@pytest.mark.parametrize("pid", NEW)
def test_the_new_pathway_names_only_roles_it_lists(pathways: dict[str, Pathway], pid: str) -> None:
    pathway = pathways[pid]
    for step in pathway.steps:
        assert set(step.roles) <= set(pathway.roles), step.id


# --- the hard cases of each situation --------------------------------------------------------------


def test_a_survivor_who_refuses_is_never_sent_to_the_police(pathways: dict[str, Pathway]) -> None:
    """She decides on the police: the police role is called only on routes where she agreed."""
    for route in routes.walk(pathways, "sexual-violence"):
        if "refuses-referral" in route.facts:
            assert "police" not in route.roles and "health" in route.roles
            assert route.exit == "normal-processing"
        else:
            assert {"health", "gbv-services"} <= set(route.roles) and route.exit == "handover"


def test_a_girl_who_discloses_gets_child_protection_even_if_she_refuses(pathways: dict[str, Pathway]) -> None:
    found = routes_of(
        pathways,
        "sexual-violence",
        "sexual-violence#check-age: Yes, or not sure",
        "sexual-violence#ask-consent-to-refer: No",
    )
    assert found
    for route in found:
        assert {"child-protection", "guardian"} <= set(route.roles)
        done = {v.step for v in route.visits if v.done}
        assert {"tell-child-protection", "child-told-anyway"} <= done


def test_health_care_comes_with_its_time_limits(pathways: dict[str, Pathway]) -> None:
    step = pathways["sexual-violence"].step("explain-time-matters")
    assert step is not None and "72 hours" in step.action + step.why and "120 hours" in step.why


def test_fishers_are_taken_apart_before_any_question(pathways: dict[str, Pathway]) -> None:
    pathway = pathways["fishing-forced-labour"]
    numbers = pathway.numbers()
    asks = [s.number for s in pathway.steps if s.action.startswith("Ask") and "health" not in s.roles]
    assert numbers["take-fishers-apart"] < min(asks)
    assert numbers["bring-interpreters"] < min(asks)


def test_fishers_without_signs_still_reach_labour_inspection(pathways: dict[str, Pathway]) -> None:
    found = routes_of(pathways, "fishing-forced-labour", "fishing-forced-labour#decide-grounds: No")
    assert found
    for route in found:
        assert "labour-inspection" in route.roles and "anti-trafficking-police" not in route.roles
    for route in routes.walk(pathways, "fishing-forced-labour"):
        if "signs-of-trafficking" in route.facts:
            assert {"anti-trafficking-police", "labour-inspection"} <= set(route.roles)


def test_a_stateless_person_reaches_unhcr_and_never_the_consulate(pathways: dict[str, Pathway]) -> None:
    """Refusing included: the contacts of UNHCR and civil registration are given in a safe form."""
    found = routes.walk(pathways, "stateless-person")
    for route in found:
        assert {"unhcr", "civil-registration"} & set(route.roles) and "consular" not in route.roles
        assert not any(v.done and v.step == "contact-consulate" for v in route.visits)
    refugees = routes_of(pathways, "stateless-person", "stateless-person#ask-about-fear: Yes")
    assert refugees and all("asylum-authority" in r.roles for r in refugees)  # the dual track, Rohingya


def test_no_documents_is_not_stateless(pathways: dict[str, Pathway]) -> None:
    step = pathways["stateless-person"].step("no-documents-not-stateless")
    assert step is not None and "Art. 1(1)" in step.why
    assert any("detention" in s.action for s in pathways["stateless-person"].steps)


def test_the_person_is_parted_from_the_controller_before_any_question(pathways: dict[str, Pathway]) -> None:
    pathway = pathways["controller-present"]
    numbers = pathway.numbers()
    asks = [s.number for s in pathway.steps if s.action.startswith("Ask") or "?" in s.say]
    assert max(numbers["separate-by-pretext"], numbers["watch-companion"]) < min(asks)
    words_at_counter = " ".join(s.say for s in pathway.pause_points[0].steps).lower()
    assert "trafficking" not in words_at_counter  # never said aloud in front of the companion
    for route in routes.walk(pathways, "controller-present"):
        if "signs-of-trafficking" in route.facts:
            assert "anti-trafficking-police" in route.roles


def test_a_labour_inspection_keeps_the_firewall(pathways: dict[str, Pathway]) -> None:
    """No route calls on immigration; the police are called before anyone is removed."""
    pathway = pathways["labour-inspection"]
    numbers = pathway.numbers()
    assert numbers["call-police-first"] < numbers["move-as-agreed"]
    for route in routes.walk(pathways, "labour-inspection"):
        assert "immigration-supervisor" not in route.roles
        assert "labour-inspection" in route.roles or "refuses-referral" in route.facts


def test_departure_screening_stops_a_journey_only_on_the_signs(pathways: dict[str, Pathway]) -> None:
    """The purpose is enough to refer; no signs, the traveller goes on; refusing is never the reason."""
    pathway = pathways["departure-screening"]
    indicators = pathway.step("check-indicators")
    assert indicators is not None and "Art. 3" in indicators.why
    assert "before any exploitation" in indicators.why
    assert any("profile" in n and "offload" in n for n in pathway.never_do)
    for route in routes.walk(pathways, "departure-screening"):
        done = {(v.pathway, v.step) for v in route.visits if v.done}
        if "departure-screening#decide-grounds: No" in route.answers:
            assert ("departure-screening", "let-travel") in done
            assert "anti-trafficking-police" not in route.roles
        if "refuses-referral" in route.facts and route.start == "departure-screening":
            if ("departure-screening", "respect-refusal") in done:
                assert ("departure-screening", "travel-on-signs-not-refusal") in done


def test_the_new_pathways_are_listed_and_carry_their_route(capsys, shared_data_dir: Path) -> None:
    def cli(*args: str):
        code, out, err = run(capsys, "--data-dir", str(shared_data_dir), *args)
        assert code == 0, err
        return json.loads(out)

    assert cli("content", "stats", "--json")["pathway"] >= 12
    listed = {hit["ref"] for hit in cli("search", "", "--kind", "pathway", "--limit", "100", "--json")}
    assert {f"pathway:{pid}" for pid in NEW} <= listed
    for pid in NEW:
        route = cli("show", f"pathway:{pid}", "--json")["route"]
        assert route and all({"id", "number", "roles"} <= set(step) for step in route)
        assert any(step.get("exit") == "normal-processing" for step in route), pid
