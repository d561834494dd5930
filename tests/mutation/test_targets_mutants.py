"""Where a pathway's answers lead, checked at load (content/targets.py): each kind of target read in,
the old shape made explicit, every refusal naming the file, the pathway, the step and the field.
Written to kill the mutants the route tests let live (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bali_desktop.content import schema, targets
from bali_desktop.domain.errors import ContentError
from tests.mutation.tiny_content import pathway, steps

FILE = Path("pathways/p.yaml")
WHERE = "pathways/p.yaml: item 'p': step 'a-2'"
FIELD = "pause_points.0.steps.1.decision.options.0"


def with_options(*options: dict[str, Any], pid: str = "p", roles: list[str] | None = None) -> schema.Pathway:
    first = steps("a")
    first[1]["decision"] = {"question": "Q?", "options": [*options, {"label": "No", "to": "a-3"}]}
    if roles is not None:
        first[2]["roles"] = roles
    raw = pathway(
        pid,
        pause_points=[
            {"id": "first", "title": "First", "when": "now", "steps": first},
            {"id": "later", "title": "Later", "when": "after", "steps": steps("b")},
        ],
    )
    return schema.Pathway.model_validate(raw)


OTHER = schema.Pathway.model_validate(pathway("q"))


def resolved(*options: dict[str, Any]) -> list[dict[str, Any]]:
    out = targets.resolve([(FILE, with_options(*options)), (Path("q.yaml"), OTHER)], {"aid1"}, {"police"})
    decision = out[0].pause_points[0].steps[1].decision
    assert decision is not None
    return [o.model_dump(include={"to", "then"}) for o in decision.options]


def refused(*options: dict[str, Any], roles: list[str] | None = None) -> str:
    loaded = [(FILE, with_options(*options, roles=roles)), (Path("q.yaml"), OTHER)]
    with pytest.raises(ContentError) as e:
        targets.resolve(loaded, {"aid1"}, {"police"})
    return str(e.value)


def test_an_answer_to_a_step_here_stays_as_it_is() -> None:
    assert resolved({"label": "Yes", "to": "a-4"}) == [
        {"to": "a-4", "then": None},
        {"to": "a-3", "then": None},
    ]


def test_an_answer_to_the_aid_comes_back_to_its_own_question_unless_it_says_where() -> None:
    assert resolved({"label": "Yes", "to": "aid:aid1"})[0] == {"to": "aid:aid1", "then": "return:a-2"}
    got = resolved({"label": "Yes", "to": "aid:aid1", "then": "return:b-1"})[0]
    assert got == {"to": "aid:aid1", "then": "return:b-1"}
    assert resolved({"label": "Yes", "to": "aid:aid1", "then": "stay"})[0]["then"] == "stay"


def test_an_answer_to_another_pathway_goes_to_its_first_step_or_the_one_named_and_stays() -> None:
    assert resolved({"label": "Yes", "to": "pathway:q"})[0] == {"to": "pathway:q#a-1", "then": "stay"}
    assert resolved({"label": "Yes", "to": "pathway:q#b-3"})[0] == {"to": "pathway:q#b-3", "then": "stay"}
    got = resolved({"label": "Yes", "to": "pathway:q#b-3", "then": "return:a-5"})[0]
    assert got == {"to": "pathway:q#b-3", "then": "return:a-5"}


def test_every_pathway_is_returned_in_order_validated() -> None:
    out = targets.resolve(
        [(FILE, with_options({"label": "Y", "to": "a-4"})), (Path("q.yaml"), OTHER)], set(), {"police"}
    )
    assert [p.id for p in out] == ["p", "q"]
    assert out[1] == OTHER
    assert targets.resolve([], set(), set()) == []


def test_an_unknown_aid_is_refused() -> None:
    assert refused({"label": "Yes", "to": "aid:nope"}) == f"{WHERE}: field '{FIELD}.to': no aid 'aid:nope'"


def test_an_unknown_pathway_is_refused() -> None:
    assert (
        refused({"label": "Yes", "to": "pathway:zz#a-1"}) == f"{WHERE}: field '{FIELD}.to': no pathway 'zz'"
    )


def test_a_step_of_this_pathway_named_as_another_pathways_is_refused() -> None:
    assert refused({"label": "Yes", "to": "pathway:p#a-4"}) == (
        f"{WHERE}: field '{FIELD}.to': a step of this pathway is named by its id alone"
    )


def test_a_step_another_pathway_lacks_is_refused() -> None:
    assert refused({"label": "Yes", "to": "pathway:q#zz"}) == (
        f"{WHERE}: field '{FIELD}.to': pathway 'q' has no step 'zz'"
    )


def test_a_step_this_pathway_lacks_is_refused() -> None:
    assert (
        refused({"label": "Yes", "to": "zz"}) == f"{WHERE}: field '{FIELD}.to': this pathway has no step 'zz'"
    )


@pytest.mark.parametrize("to", ["aid:aid1", "pathway:q#a-1"])
def test_coming_back_to_a_step_this_pathway_lacks_is_refused(to: str) -> None:
    assert refused({"label": "Yes", "to": to, "then": "return:zz"}) == (
        f"{WHERE}: field '{FIELD}.then': this pathway has no step 'zz' to come back to"
    )


def test_a_later_answer_is_named_by_its_own_number() -> None:
    message = refused({"label": "Yes", "to": "a-4"}, {"label": "Maybe", "to": "aid:nope"})
    assert message == f"{WHERE}: field 'pause_points.0.steps.1.decision.options.1.to': no aid 'aid:nope'"


def test_an_unknown_role_is_refused_naming_the_step() -> None:
    assert refused({"label": "Yes", "to": "a-4"}, roles=["police", "nurse"]) == (
        "pathways/p.yaml: item 'p': step 'a-3': field 'pause_points.0.steps.2.roles': "
        "no role 'nurse' in roles.yaml"
    )


def test_a_step_in_a_later_pause_point_is_named_by_its_place() -> None:
    raw = pathway()
    raw["pause_points"][1]["steps"][4]["roles"] = ["nurse"]
    with pytest.raises(ContentError) as e:
        targets.resolve([(FILE, schema.Pathway.model_validate(raw))], set(), {"police"})
    assert str(e.value) == (
        "pathways/p.yaml: item 'p': step 'b-5': field 'pause_points.1.steps.4.roles': "
        "no role 'nurse' in roles.yaml"
    )
