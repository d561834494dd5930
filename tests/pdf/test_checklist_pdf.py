"""Printed checklists, read back: items in order, type, page X of Y, citations, guidance marking,
Unicode, embedded fonts, paper sizes, large print, the contacts box and the case reference."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from bali_desktop.checklists.builders import build, empty
from bali_desktop.domain.checklist import ChecklistItem
from bali_desktop.pdf.job import PrintOptions
from bali_desktop.pdf.render import checklist_pdf
from bali_desktop.pdf.styles import GUIDANCE_LABEL
from bali_desktop.services.printing import sheet_context
from tests.pdf.conftest import export_refs, page_texts, pdftotext

FIXED_DATE = "2026-03-12"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def child_pdf(session, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "child.pdf"
    export_refs(session, ["pathway:child"], path, options=PrintOptions(printed=FIXED_DATE))
    return path


def test_pathway_checklist_prints_every_item_in_order(session, child_pdf: Path) -> None:
    """Every action and decision of the pathway appears in order, the steps numbered 1..N as on
    screen, each decision's question under its step without a number of its own."""
    text = _flat(pdftotext(child_pdf))
    checklist = build(session.content, "pathway:child")
    position = 0
    for number, step in enumerate(checklist.steps(), 1):
        gate = f"{step.item.condition} " if step.item.condition else ""  # printed in front of it
        found = text.find(f"{number} {gate}{step.item.text}", position)
        assert found >= 0, f"step {number} ({step.item.text!r}) missing or out of order"
        position = found
        if step.decision is not None:
            question = step.decision.text.split(":", 1)[1].strip()
            found = text.find(f"Decide: {question}", position)
            assert found >= 0, f"the decision of step {number} is not under it"
            position = found
    for pp in checklist.pause_points:
        assert pp.title in text


def test_sheet_declares_type_and_numbers_every_page(child_pdf: Path) -> None:
    """READ-DO/DO-CONFIRM on the sheet; title, version, print date, "Page X of Y" on each page."""
    pages = page_texts(child_pdf)
    total = len(pages)
    assert total >= 2
    for n, page in enumerate(pages, 1):
        flat = _flat(page)
        assert f"Page {n} of {total}" in flat
        assert "READ-DO" in flat
        assert "content version" in flat and FIXED_DATE in flat
        assert "Unaccompanied or separated child" in flat
        assert GUIDANCE_LABEL in flat


def test_sheet_has_case_reference_not_names_and_why_notes(session, child_pdf: Path) -> None:
    text = _flat(pdftotext(child_pdf))
    assert "Case reference:" in text
    assert "Write no names on this sheet" in text
    step = session.content.require("pathway:child").data["pause_points"][0]["steps"][0]
    assert _flat(step["why"]) in text
    assert "Never" in text and "Local referral contacts" in text


def test_fonts_are_embedded_subsets(child_pdf: Path) -> None:
    if not shutil.which("pdffonts"):
        pytest.skip("needs poppler-utils (pdffonts)")
    rows = subprocess.run(
        ["pdffonts", str(child_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        cols = row.split()
        assert "DejaVuSans" in cols[0] and "+" in cols[0], row  # subset prefix: AAAAAA+
        assert cols[-5] == "yes" and cols[-4] == "yes", f"not embedded and subset: {row}"


def test_drawn_tick_boxes_not_characters(child_pdf: Path) -> None:
    """Tick boxes are drawn rectangles, so they print whatever the font."""
    content = PdfReader(str(child_pdf)).pages[0].get_contents().get_data().decode("latin-1")
    assert len(re.findall(r" re\b", content)) >= 8


def test_official_lines_carry_their_source(session, tmp_path: Path) -> None:
    """An Adelaide area's activities are printed exactly, each with document and locator."""
    path = tmp_path / "area.pdf"
    export_refs(session, ["area:adelaide-2023-5"], path, layout="checklist")
    text = _flat(pdftotext(path))
    assert "DO-CONFIRM" in text
    for activity in session.content.children("area:adelaide-2023-5"):
        assert _flat(activity.text) in text
        assert f"Official text: {activity.source.document_title}, {activity.source.locator}" in text


def test_unicode_names_print_right(session, fresh_library, tmp_path: Path) -> None:
    """Türkiye, Viet Nam and Lào come back out of the PDF exactly, from items and contacts."""
    roles = {i.id for i in fresh_library.content.items("role")}
    fresh_library.user.add_contact(
        "child-protection",
        "Bộ Lao động – Thương binh và Xã hội",
        "+84 111",
        "24 h",
        country="Việt Nam",
        known_roles=roles,
    )
    checklist = empty("Contacts for Türkiye, Viet Nam and Lào")
    checklist.add_item(ChecklistItem("Call the Türkiye desk, then Lào liaison"))
    checklist.contact_roles = ["child-protection", "health"]
    data, _ = checklist_pdf(
        checklist, sheet_context(fresh_library, checklist.contact_roles), content_version="test"
    )
    path = tmp_path / "unicode.pdf"
    path.write_bytes(data)
    text = _flat(pdftotext(path))
    for name in ("Türkiye", "Viet Nam", "Lào", "Bộ Lao động – Thương binh và Xã hội", "Việt Nam"):
        assert name in text


def test_contacts_box_is_filled_or_left_to_write_on(fresh_library, tmp_path: Path) -> None:
    roles = {i.id for i in fresh_library.content.items("role")}
    fresh_library.user.add_contact("health", "Port clinic", "+66 2 000 0000", "24 hours", known_roles=roles)
    path = tmp_path / "aid.pdf"
    checklist = build(fresh_library.content, "aid:smuggling-or-trafficking")
    checklist.contact_roles = ["health", "child-protection"]
    data, _ = checklist_pdf(
        checklist, sheet_context(fresh_library, checklist.contact_roles), content_version="test"
    )
    path.write_bytes(data)
    text = _flat(pdftotext(path))
    assert "Port clinic" in text and "+66 2 000 0000" in text and "24 hours" in text
    assert "Child protection authority" in text  # a role with no contact: its row is blank


def test_a4_and_letter(session, tmp_path: Path) -> None:
    sizes = {}
    for paper in ("a4", "letter"):
        path = tmp_path / f"{paper}.pdf"
        export_refs(session, ["pathway:smuggled-migrant"], path, options=PrintOptions(paper=paper))
        box = PdfReader(str(path)).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"a4": (595, 842), "letter": (612, 792)}


def test_large_print_uses_bigger_type_and_more_pages(session) -> None:
    checklist = build(session.content, "pathway:victim-of-trafficking")
    ctx = sheet_context(session, checklist.contact_roles)
    _, normal = checklist_pdf(checklist, ctx, content_version="v")
    _, large = checklist_pdf(checklist, ctx, content_version="v", options=PrintOptions(large_print=True))
    assert large > normal


def test_title_option_replaces_the_title(session, tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    export_refs(
        session,
        ["aid:smuggling-or-trafficking"],
        path,
        options=PrintOptions(title="Counter card, Terminal 2"),
    )
    assert "Counter card, Terminal 2" in pdftotext(path, first=1, last=1)
