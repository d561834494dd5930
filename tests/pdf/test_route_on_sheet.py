"""The printed sheet follows the route (issue 10, point 8), read back from real PDFs: a gated step
prints its condition in front of its action ("Skip if the person fears return or asks for
protection"), a consular step never prints without it, a jump to another pathway says where the
sheet goes on ("stop this sheet and continue on the “…” sheet, from step 5", or "go to the “…”
sheet, step 17, and come back to step 15"), and a `say` script prints as a quote marked as our guidance."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bali_desktop.checklists.builders import from_pathway, short_title
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.records import Item
from bali_desktop.domain.route_words import SIGNS_RULE, condition_text, jump_kind
from bali_desktop.pdf.job import SheetContext
from bali_desktop.pdf.render import checklist_pdf
from tests.pdf.conftest import export_refs, pdftotext

FEARS = "Skip if the person fears return or asks for protection"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _pathways(library: Any) -> dict[str, Pathway]:
    return {i.ref: Pathway.from_item(i) for i in library.items("pathway")}


@pytest.fixture(scope="module")
def sheets(session, library, tmp_path_factory) -> dict[str, str]:  # noqa: ANN001
    """Every shipped pathway's sheet as text, spaces folded."""
    folder = tmp_path_factory.mktemp("route-sheets")
    out = {}
    for ref in _pathways(library):
        path = folder / (ref.split(":")[1] + ".pdf")
        export_refs(session, [ref], path)
        out[ref] = _flat(pdftotext(path))
    return out


def test_a_gated_step_prints_its_condition_in_front_of_its_action(library, sheets) -> None:  # noqa: ANN001
    gated = 0
    for ref, model in _pathways(library).items():
        for step in model.steps:
            words = condition_text(step)
            if not words:
                continue
            gated += 1
            printed = f"{step.number} {words} {step.action}"
            assert printed in sheets[ref], f"{ref} step {step.number} prints without its condition"
    assert gated, "the shipped pathways have gated steps"


def test_a_consular_step_never_prints_without_its_skip_condition(library, sheets) -> None:  # noqa: ANN001
    consular = 0
    for ref, model in _pathways(library).items():
        for step in model.steps:
            leads_to = [model.step(o.to) for o in step.options if not o.is_ref]
            asks = any(t is not None and "consular" in t.roles for t in leads_to)
            if "consular" not in step.roles and not asks:  # contacting the consulate, or asking to
                continue
            consular += 1
            assert "fears-return" in step.unless, f"{ref} step {step.number} is not gated on fears-return"
            assert f"{step.number} {FEARS}" in sheets[ref], f"{ref} step {step.number}: no skip condition"
    assert consular, "the shipped pathways have consular steps"


def test_a_jump_to_another_pathway_says_where_the_sheet_goes_on(library, sheets) -> None:  # noqa: ANN001
    models = _pathways(library)
    jumps = 0
    for ref, model in models.items():
        for step in model.steps:
            for option in step.options:
                kind = jump_kind(option)
                if kind not in ("stay", "return"):
                    continue
                jumps += 1
                other = models[option.target_ref]
                target = other.step(option.target_step)
                assert target is not None
                name = short_title(library.get(option.target_ref).title)
                if kind == "stay":
                    said = f"stop this sheet and continue on the “{name}” sheet, from step {target.number}"
                else:
                    back = model.step(option.returns_to)
                    assert back is not None
                    said = (
                        f"go to the “{name}” sheet, step {target.number}, and come back to step {back.number}"
                    )
                assert said in sheets[ref], f"{ref} {step.number}: {option.label!r} does not say {said!r}"
                assert "see the pathway" not in sheets[ref]
    assert jumps, "the shipped pathways jump to one another"


def test_the_signs_say_one_clear_sign_can_be_enough(sheets) -> None:  # noqa: ANN001
    assert all(SIGNS_RULE in text for text in sheets.values())
    assert not any("several together" in text for text in sheets.values())


# --- a small made-up pair of pathways: a jump there and back, and a script to read aloud -------------


def _item(ref: str, data: dict[str, Any]) -> Item:
    return Item(ref, "pathway", data["title"], "", False, None, None, (), data)


def _step(sid: str, action: str, **more: Any) -> dict[str, Any]:
    return {"id": sid, "action": action, **more}


HERE = _item(
    "pathway:here",
    {
        "title": "Possible victim of trafficking",
        "pause_points": [
            {
                "id": "first",
                "title": "First contact",
                "steps": [
                    _step(
                        "greet",
                        "Say who you are.",
                        say="I am an immigration officer. You are safe here.",
                    ),
                    _step(
                        "ask-fear",
                        "Ask whether the person fears going home.",
                        decision={
                            "question": "Does the person fear return?",
                            "options": [
                                {
                                    "label": "Yes",
                                    "to": "pathway:there#refer-asylum",
                                    "sets": ["fears-return"],
                                    "then": "return:carry-on",
                                },
                                {"label": "No", "to": "carry-on"},
                            ],
                        },
                    ),
                    _step("carry-on", "Carry on with the screening.", exit="handover"),
                ],
            }
        ],
    },
)
THERE = _item(
    "pathway:there",
    {
        "title": "Asylum seeker or refugee: a person who asks for protection",
        "pause_points": [
            {
                "id": "p",
                "title": "Referral",
                "steps": [_step("listen", "Listen."), _step("refer-asylum", "Refer to the asylum authority")],
            }
        ],
    },
)


class _Library:
    items_by_ref = {HERE.ref: HERE, THERE.ref: THERE}

    def get(self, ref: str) -> Item | None:
        return self.items_by_ref.get(ref)

    def titles(self, refs: list[str]) -> dict[str, str]:
        return {r: self.items_by_ref[r].title for r in refs if r in self.items_by_ref}


def test_a_jump_there_and_back_and_a_script_print_as_the_route_says(tmp_path: Path) -> None:
    checklist = from_pathway(HERE, _Library())  # type: ignore[arg-type]
    data, _ = checklist_pdf(checklist, SheetContext(), content_version="v")
    path = tmp_path / "here.pdf"
    path.write_bytes(data)
    text = _flat(pdftotext(path))
    assert "Yes → go to the “Asylum seeker or refugee” sheet, step 2, and come back to step 3" in text
    assert "No → continue here at step 3" in text
    script = "Say (our guidance, read aloud): “I am an immigration officer. You are safe here.”"
    assert f"1 Say who you are. {script}" in text


def test_the_pack_flow_chart_prints_a_gated_step_with_its_condition(session, tmp_path: Path) -> None:
    from tests.pdf.conftest import pack_pdf, page_texts

    data, _ = pack_pdf(session, ["pathway:victim-of-trafficking"])
    path = tmp_path / "pack.pdf"
    path.write_bytes(data)
    pages = [_flat(t) for t in page_texts(path)]
    first = next(i for i, t in enumerate(pages) if "Flow chart" in t and "Numbers match the checklist" in t)
    last = next(i for i, t in enumerate(pages) if i > first and "Signs to look for" in t)
    chart = " ".join(pages[first:last])  # the boxes' lines, two columns interleaved
    assert "Skip if the person fears" in chart and "Only if the person fears return" in chart
