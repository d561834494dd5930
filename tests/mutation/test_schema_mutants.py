"""The content schema's own rules (content/schema.py): a guide's year, the old `goto:`, `then` only for
a jump, a closing step asks nothing. Written to kill the mutants the content tests let live
(docs/mutation.md)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from bali_desktop.content import schema

GUIDE = {
    "id": "g",
    "title": "T",
    "producer": "P",
    "audience": "A",
    "purpose": "Pu",
    "key_points": ["K"],
    "source": "S",
}


@pytest.mark.parametrize("year", [None, "2019", "2019-04", "2019-04-30"])
def test_a_guides_year_is_a_date_or_left_out(year: str | None) -> None:
    assert schema.Guide.model_validate({**GUIDE, "year": year}).year == year


@pytest.mark.parametrize("year", ["", "19", "2019-4", "2019-04-3", "about 2019", "2019-04-30x", "x2019"])
def test_any_other_year_is_refused_in_words(year: str) -> None:
    with pytest.raises(ValidationError, match="year must be YYYY, YYYY-MM or YYYY-MM-DD, or left out"):
        schema.Guide.model_validate({**GUIDE, "year": year})


def option(**raw: Any) -> schema.Option:
    return schema.Option.model_validate({"label": "Yes", **raw})


def test_goto_is_read_as_to_and_the_rest_kept() -> None:
    o = option(goto="aid:x", then="stay", sets=["fears-return"])
    assert (o.to, o.then, o.sets) == ("aid:x", "stay", ["fears-return"])
    assert option(to="s-1").to == "s-1"


def test_goto_beside_to_is_refused_as_an_unknown_field() -> None:
    with pytest.raises(ValidationError, match="goto"):
        option(to="s-1", goto="s-2")


@pytest.mark.parametrize("to", ["aid:x", "pathway:p#s", "pathway:p"])
def test_then_is_for_a_jump(to: str) -> None:
    assert option(to=to, then="return:s-1").then == "return:s-1"


def test_then_on_a_step_here_is_refused_in_words() -> None:
    with pytest.raises(
        ValidationError, match="'then' is for a jump to another pathway or the aid; a step here needs none"
    ):
        option(to="s-2", then="stay")
    assert option(to="s-2").then is None


def test_a_closing_step_asks_no_decision() -> None:
    decision = {"question": "Q?", "options": [{"label": "Y", "to": "a"}, {"label": "N", "to": "b"}]}
    assert schema.Step.model_validate({"id": "s", "action": "A", "exit": "handover"}).exit == "handover"
    assert schema.Step.model_validate({"id": "s", "action": "A", "decision": decision}).decision is not None
    with pytest.raises(
        ValidationError, match=r"a step that closes the route \('exit'\) cannot also ask a decision"
    ):
        schema.Step.model_validate(
            {"id": "s", "action": "A", "exit": "normal-processing", "decision": decision}
        )
