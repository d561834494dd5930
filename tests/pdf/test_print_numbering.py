"""The printed sheet and the flow chart, read back: step numbers as on screen, "go to N" to those
numbers, decisions under their steps, and pause-point labels that never say "when: when"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bali_desktop.checklists.builders import build, templates
from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.route_words import condition_text
from bali_desktop.pdf.job import PrintOptions
from bali_desktop.pdf.render import checklist_pdf
from bali_desktop.services.printing import sheet_context
from tests.pdf.conftest import export_refs, pdftotext


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def scam_sheet(session, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("pdf") / "scam.pdf"
    export_refs(session, ["pathway:scam-returnee"], path)
    return _flat(pdftotext(path))


def test_sheet_numbers_steps_as_the_screen(session, scam_sheet: str) -> None:
    item = session.content.require("pathway:scam-returnee")
    model = Pathway.from_data(item.ref, item.data)
    position = 0
    for step in model.steps:
        gate = f"{condition_text(step)} " if condition_text(step) else ""  # a gated step: its condition first
        found = scam_sheet.find(f"{step.number} {gate}{step.action}", position)
        assert found >= 0, f"step {step.number} ({step.action!r}) is not numbered as on screen"
        position = found
        if step.is_decision:
            found = scam_sheet.find(f"Decide: {step.question}", position)
            assert found >= 0 and found < scam_sheet.find(f"{step.number + 1} ", found + 1)
    suspend = _number(session, "hold-penalties")  # the step numbers follow the content
    assert f"{suspend} Suspend any penalty" in scam_sheet
    assert f"{suspend - 1} Suspend" not in scam_sheet


def _number(session, step_id: str) -> int:  # noqa: ANN001
    item = session.content.require("pathway:scam-returnee")
    step = Pathway.from_data(item.ref, item.data).step(step_id)
    assert step is not None, step_id
    return step.number


def test_go_to_names_the_screen_numbers(session, scam_sheet: str) -> None:
    item = session.content.require("pathway:scam-returnee")
    model = Pathway.from_data(item.ref, item.data)
    expected = {model.step(o.goto).number for s in model.steps for o in s.options if not o.is_ref}
    printed = {int(n) for n in re.findall(r"continue here at step (\d+)", scam_sheet)}
    assert printed == expected
    assert _number(session, "hold-penalties") in printed


def test_pack_flow_chart_uses_the_same_numbers(session, tmp_path: Path) -> None:
    path = tmp_path / "pack.pdf"
    export_refs(session, ["pathway:scam-returnee", "member:thailand"], path)
    text = _flat(pdftotext(path))
    chart = text[text.rindex("Flow chart") :]  # the section, after the contents page
    item = session.content.require("pathway:scam-returnee")
    model = Pathway.from_data(item.ref, item.data)
    side = {model.step(o.goto).number for s in model.steps for o in s.options if not o.is_ref}
    drawn = {int(n) for n in re.findall(r"go to (\d+)", chart)}
    assert drawn and drawn <= side  # the screen's numbers
    assert max(drawn) <= len(model.steps)  # the old numbering counted each decision as a step


@pytest.mark.parametrize("large_print", [False, True])
def test_no_label_says_when_twice(session, tmp_path: Path, large_print: bool) -> None:
    """Every template's sheet, and a pathway's flow chart."""
    for template in templates(session.content):
        checklist = build(session.content, template.ref)
        data, _ = checklist_pdf(
            checklist,
            sheet_context(session, checklist.contact_roles),
            content_version="v",
            options=PrintOptions(large_print=large_print),
        )
        path = tmp_path / "sheet.pdf"
        path.write_bytes(data)
        text = _flat(pdftotext(path)).lower()
        assert "when: when" not in text, template.ref
    pack = tmp_path / "pack.pdf"
    export_refs(session, ["pathway:child"], pack, layout="handout")
    assert "when: when" not in _flat(pdftotext(pack)).lower()


def test_an_old_saved_checklist_with_when_in_its_text_prints_it_once(session, tmp_path: Path) -> None:
    """Checklists saved before the fix keep "when you cannot yet tell..." in their body."""
    aid = build(session.content, "aid:smuggling-or-trafficking")
    body = aid.body()
    body["pause_points"][0]["when"] = "when you cannot yet tell whether the person was smuggled"
    old = Checklist.from_body(aid.title, aid.checklist_type, body)
    data, _ = checklist_pdf(old, sheet_context(session, old.contact_roles), content_version="v")
    path = tmp_path / "old.pdf"
    path.write_bytes(data)
    text = _flat(pdftotext(path))
    assert "when: you cannot yet tell whether the person was smuggled" in text
    assert "when: when" not in text.lower()
