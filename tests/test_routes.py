"""The route checker over the shipped pathways, and proof that it fails when the content is broken.

Every combination of answers of every pathway is walked (domain/routes.py). Broken copies of the
content (a target removed, a referral removed, a gate removed, the old loop put back) must fail.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain import routes
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.facts import FACTS
from bali_desktop.domain.pathway import Pathway

Data = dict[str, dict[str, Any]]


@pytest.fixture(scope="module")
def shipped() -> Data:
    """Pathway id -> its content as the loader stores it."""
    bundle = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    return {r.ref.split(":", 1)[1]: r.data for r in bundle.records if r.kind == "pathway"}


def typed(data: Data) -> dict[str, Pathway]:
    return {pid: Pathway.from_data(f"pathway:{pid}", d) for pid, d in data.items()}


def step_of(data: Data, pid: str, step_id: str) -> dict[str, Any]:
    return next(s for pp in data[pid]["pause_points"] for s in pp["steps"] if s["id"] == step_id)


def broken(shipped: Data) -> Data:
    return copy.deepcopy(shipped)


def routes_through(pathways: dict[str, Pathway], start: str, *answers: str) -> list[routes.Route]:
    """The routes of `start` whose answers include every one of `answers` ("pathway#step: label")."""
    return [r for r in routes.walk(pathways, start) if all(a in r.answers for a in answers)]


# --- the shipped routes are safe ------------------------------------------------------------------


def test_every_route_of_every_pathway_is_safe(shipped: Data) -> None:
    problems = routes.check(typed(shipped))
    assert problems == [], "\n".join(problems[:10])


def test_every_answer_is_walked_and_every_route_closes(shipped: Data) -> None:
    pathways = typed(shipped)
    for pid, pathway in pathways.items():
        found = routes.walk(pathways, pid)
        answered = {a for r in found for a in r.answers}
        for step in pathway.steps:
            for option in step.options:
                if option.target_ref.startswith("aid:") and option.returns_to == step.id:
                    continue  # look it up and answer again: no route of its own
                assert any(a.endswith(f"{pid}#{step.id}: {option.label}") for a in answered), (pid, step.id)
        assert all(r.exit in ("handover", "normal-processing") for r in found), pid


def test_the_vocabulary_is_the_issue_list() -> None:
    assert set(FACTS) >= {
        "child-or-age-in-doubt",
        "fears-return",
        "may-be-stateless",
        "signs-of-trafficking",
        "refuses-referral",
        "controller-present",
        "no-interpreter",
    }


def test_a_trafficked_refugee_gets_both_referrals_and_no_consulate(shipped: Data) -> None:
    pathways = typed(shipped)
    found = routes_through(
        pathways,
        "victim-of-trafficking",
        "victim-of-trafficking#ask-about-fear: Yes",
        "victim-of-trafficking#decide-grounds: Yes, or not sure",
    )
    assert found
    for route in found:
        assert {"asylum-authority", "anti-trafficking-police"} <= set(route.roles)
        assert "consular" not in route.roles and route.exit == "handover"
        assert not any(v.pathway == "international-protection" for v in route.visits)  # no loop out
    for route in routes.walk(pathways, "international-protection"):
        if "signs-of-trafficking" in route.facts and "child-or-age-in-doubt" not in route.facts:
            assert {"asylum-authority", "anti-trafficking-police"} <= set(route.roles)
            assert {v.pathway for v in route.visits} == {"international-protection"}


def test_a_stateless_refugee_is_still_referred_for_asylum(shipped: Data) -> None:
    pathways = typed(shipped)
    label = "international-protection#check-nationality: Yes. The person may be stateless"
    found = routes_through(pathways, "international-protection", label)
    assert found
    for route in found:
        done = {v.step for v in route.visits if v.done}
        assert {"tell-supervisor", "refer-asylum", "refer-statelessness"} <= done


def test_an_uncle_with_a_child_goes_through_the_relationship_check(shipped: Data) -> None:
    pathways = typed(shipped)
    for label in ("No. With another adult or relative", "Yes, says so"):
        found = routes_through(pathways, "child", f"child#ask-who-with: {label}")
        assert found and all(any(v.step == "check-relationship" for v in r.visits) for r in found)


def test_a_scam_returnee_with_signs_of_trafficking_keeps_the_scam_protections(shipped: Data) -> None:
    pathways = typed(shipped)
    found = routes_through(pathways, "scam-returnee", "scam-returnee#decide-trafficking: Yes, or not sure")
    assert found
    for route in found:
        done = {(v.pathway, v.step) for v in route.visits if v.done}
        for step in ("hold-penalties", "ask-before-phone", "report-to-police", "warn-about-contact"):
            assert ("scam-returnee", step) in done, step
        assert "cyber-crime-unit" in route.roles


def test_the_consular_step_is_gated_in_every_pathway(shipped: Data) -> None:
    pathways = typed(shipped)
    for pid, pathway in pathways.items():
        for step in pathway.steps:
            if "consular" in step.roles:
                assert {"fears-return", "may-be-stateless"} <= set(step.unless), (pid, step.id)
                assert not step.applies({"fears-return"}) and not step.applies({"may-be-stateless"})


def test_step_roles_are_among_the_pathways_roles(shipped: Data) -> None:
    for pid, pathway in typed(shipped).items():
        for step in pathway.steps:
            assert set(step.roles) <= set(pathway.roles), (pid, step.id)


# --- the checker bites ------------------------------------------------------------------------------


def test_a_missing_target_fails_the_checker(shipped: Data) -> None:
    data = broken(shipped)
    step_of(data, "child", "ask-who-with")["decision"]["options"][1]["to"] = "no-such-step"
    problems = routes.check(typed(data))
    assert any("child#no-such-step, which does not exist" in p for p in problems)


def test_a_removed_referral_fails_the_checker(shipped: Data) -> None:
    data = broken(shipped)
    step_of(data, "international-protection", "refer-asylum")["roles"] = []
    step_of(data, "international-protection", "refer-statelessness")["roles"] = ["civil-registration"]
    problems = routes.check(typed(data))
    assert any("fears-return, but no referral to asylum-authority or unhcr" in p for p in problems)

    data = broken(shipped)
    step_of(data, "victim-of-trafficking", "report-to-police")["roles"] = []
    assert any("signs-of-trafficking, but no referral" in p for p in routes.check(typed(data)))

    data = broken(shipped)
    step_of(data, "child", "request-guardian")["roles"] = []
    assert any("child-or-age-in-doubt, but no referral to guardian" in p for p in routes.check(typed(data)))


def test_a_removed_gate_fails_the_checker(shipped: Data) -> None:
    data = broken(shipped)
    for step_id in ("ask-about-consulate", "contact-consulate"):
        step_of(data, "victim-of-trafficking", step_id)["unless"] = []
    problems = routes.check(typed(data))
    assert any("fears-return, but reaches consular contact" in p for p in problems)


def test_the_old_loop_fails_the_checker(shipped: Data) -> None:
    """Victim "fears return" -> protection; protection "signs of trafficking" -> victim: the review's loop."""
    data = broken(shipped)
    fear = step_of(data, "victim-of-trafficking", "ask-about-fear")["decision"]["options"][0]
    fear.update(to="pathway:international-protection#treat-as-request", then="stay")
    signs = step_of(data, "international-protection", "check-exploitation")["decision"]["options"][0]
    signs.update(to="pathway:victim-of-trafficking#move-to-private-place", then="stay")
    problems = routes.check(typed(data))
    assert any("re-enters pathway victim-of-trafficking" in p for p in problems)


def test_a_loop_inside_a_pathway_and_a_missing_exit_fail_the_checker(shipped: Data) -> None:
    data = broken(shipped)
    step_of(data, "child", "decide-trafficking")["decision"]["options"][1]["to"] = "treat-as-child"
    assert any("loops: comes back to child#treat-as-child" in p for p in routes.check(typed(data)))

    data = broken(shipped)
    step_of(data, "child", "note-handover")["exit"] = ""
    assert any("runs off the end of child with no exit" in p for p in routes.check(typed(data)))

    data = broken(shipped)
    for pp in data["smuggled-migrant"]["pause_points"]:
        for step in pp["steps"]:
            step["roles"] = [r for r in step["roles"] if r in ("interpreter", "immigration-supervisor")]
    assert any("handed over without any referral" in p for p in routes.check(typed(data)))


# --- targets are checked at load ---------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    return folder


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ("to: check-relationship\n", "to: check-relationshp\n", "no step 'check-relationshp'"),
        ("to: pathway:child#treat-as-child\n", "to: pathway:child#no-step\n", "has no step 'no-step'"),
        ("to: pathway:child#treat-as-child\n", "to: pathway:no-such#x\n", "no pathway 'no-such'"),
        ("roles: [interpreter]\n", "roles: [interpretr]\n", "no role 'interpretr'"),
    ],
)
def test_a_target_that_does_not_exist_is_a_content_error(
    tmp_path: Path, old: str, new: str, names: str
) -> None:
    folder = _copy(tmp_path)
    target = next(p for p in sorted((folder / "pathways").glob("*.yaml")) if old in p.read_text("utf-8"))
    target.write_text(target.read_text("utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(folder, paths.SOURCES_DIR)
    message = str(caught.value)
    assert (
        target.name in message
        and names in message
        and "item '" in message
        and "field 'pause_points." in message
    )


def test_content_in_the_old_shape_still_loads(tmp_path: Path) -> None:
    """`goto:` and a bare `pathway:X` (before routes were named) load, as that pathway's first step."""
    folder = _copy(tmp_path)
    path = folder / "pathways" / "victim-of-trafficking.yaml"
    text = path.read_text("utf-8").replace(
        "              to: pathway:child#treat-as-child\n", "              goto: pathway:child\n"
    )
    text = text.replace("              then: stay\n", "", 1)
    path.write_text(
        text.replace("              to: explain-who-you-are\n", "              goto: explain-who-you-are\n"),
        "utf-8",
    )
    bundle = load_content(folder, paths.SOURCES_DIR)
    data = next(r.data for r in bundle.records if r.ref == "pathway:victim-of-trafficking")
    options = step_of({"v": data}, "v", "check-age")["decision"]["options"]
    assert [(o["to"], o["then"]) for o in options] == [
        ("pathway:child#treat-as-child", "stay"),
        ("explain-who-you-are", None),
    ]


def test_a_gate_on_statelessness_alone_is_checked(shipped: Data) -> None:
    data = broken(shipped)
    step_of(data, "maritime-rescue", "consulate-with-consent")["unless"] = ["fears-return"]
    problems = routes.check(typed(data))
    assert any("may-be-stateless, but reaches consular contact" in p for p in problems)
    assert not any("fears-return, but reaches consular" in p for p in problems)


def _small(steps_a: list[dict[str, Any]], steps_b: list[dict[str, Any]], **b: Any) -> dict[str, Pathway]:
    def pathway(pid: str, steps: list[dict[str, Any]], **extra: Any) -> Pathway:
        points = [{"id": "p", "title": "P", "steps": steps}]
        return Pathway.from_data(f"pathway:{pid}", {"pause_points": points, **extra})

    return {"a": pathway("a", steps_a), "b": pathway("b", steps_b, **b)}


def test_a_return_jump_does_one_step_there_and_comes_back() -> None:
    jump = {"label": "Yes", "to": "pathway:b#refer", "sets": ["fears-return"], "then": "return:close"}
    pathways = _small(
        [
            {"id": "ask", "action": "Ask.", "decision": {"question": "Fear?", "options": [jump]}},
            {"id": "close", "action": "Hand over.", "exit": "handover"},
        ],
        [
            {"id": "refer", "action": "Refer.", "roles": ["unhcr"]},
            {"id": "other", "action": "Other.", "roles": ["consular"], "exit": "handover"},
        ],
    )
    (route,) = routes.walk(pathways, "a")
    assert [(v.pathway, v.step) for v in route.visits] == [("a", "ask"), ("b", "refer"), ("a", "close")]
    assert route.problems == () and route.roles == ("unhcr",) and route.exit == "handover"


def test_a_stay_jump_takes_on_the_facts_the_other_pathway_assumes() -> None:
    jump = {"label": "Child", "to": "pathway:b#start", "then": "stay"}
    pathways = _small(
        [
            {
                "id": "ask",
                "action": "Ask.",
                "decision": {"question": "Age?", "options": [jump, jump | {"label": "No", "to": "end"}]},
            },
            {"id": "end", "action": "Carry on.", "exit": "normal-processing"},
        ],
        [{"id": "start", "action": "Child protection.", "roles": ["child-protection"], "exit": "handover"}],
        assumes=["child-or-age-in-doubt"],
    )
    found = {r.answers[0]: r for r in routes.walk(pathways, "a")}
    assert found["a#ask: No"].problems == () and found["a#ask: No"].exit == "normal-processing"
    assert found["a#ask: Child"].problems == ("child-or-age-in-doubt, but no referral to guardian",)
