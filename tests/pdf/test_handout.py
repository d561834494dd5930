"""Handout packs: cover with the trainer's words, a contents page with the right page numbers,
vector flow charts, official text cited, guidance marked, Unicode names."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from bali_desktop.checklists.builders import build
from bali_desktop.pdf.handout import PACK_NOTE
from bali_desktop.pdf.job import PrintOptions
from bali_desktop.pdf.styles import GUIDANCE_LABEL
from tests.pdf.conftest import export_refs, page_texts, pdftotext

PACK_REFS = [
    "area:adelaide-2023-5",
    "pathway:victim-of-trafficking",
    "guide:screening-referral-toolkit",
    "aid:smuggling-or-trafficking",
    "member:turkiye",
    "member:viet-nam",
    "member:lao-pdr",
]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def pack(session, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pack") / "pack.pdf"
    result = export_refs(
        session,
        PACK_REFS,
        path,
        options=PrintOptions(
            title="Frontline screening", workshop="Regional workshop, Bangkok", date="12–14 March 2026"
        ),
    )
    assert result.kind == "handout"
    return path


def _contents(path: Path) -> list[tuple[str, int]]:
    """(entry, page) pairs as printed on the contents page."""
    text = pdftotext(path, layout=True, first=2, last=2)
    entries = []
    for line in text.splitlines():
        m = re.match(r"^\s*(\S.*?)\s*(?:\.\s*)+\s*(\d+)\s*$", line)
        if m:
            entries.append((m.group(1).strip(" ."), int(m.group(2))))
    return entries


def test_cover_has_title_workshop_and_date(pack: Path) -> None:
    cover = _flat(pdftotext(pack, first=1, last=1))
    for words in ("Frontline screening", "Regional workshop, Bangkok", "12–14 March 2026", PACK_NOTE):
        assert words in cover


def test_contents_lists_the_right_page_numbers(session, pack: Path) -> None:
    """Each contents entry points at the page where that section really starts."""
    entries = _contents(pack)
    pages = [_flat(t) for t in page_texts(pack)]
    assert "Contents" in pages[1]
    titles = [session.content.require(r).title for r in PACK_REFS[1:]]
    listed = {name: page for name, page in entries}
    for ref in PACK_REFS[1:4]:  # long sections start a page: the running header is drawn last,
        title = session.content.require(ref).title  # so the page's text starts with the heading
        assert pages[listed[title] - 1].startswith(title), f"page {listed[title]} is not {title!r}"
    for title in titles:
        assert title in listed, f"{title!r} not in contents {entries}"
        page = listed[title]
        assert title in pages[page - 1], f"{title!r} is not on page {page}"
    # sub-sections too: the flow chart entry points at the page that starts with it
    flow = [page for name, page in entries if name == "Flow chart"]
    assert flow and pages[flow[0] - 1].startswith("Flow chart")
    # the PDF outline agrees with the printed contents
    reader = PdfReader(str(pack))
    outline = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    for title in titles:
        assert outline[title] == listed[title]


def test_short_sections_share_pages(pack: Path) -> None:
    """Three members take one page, not three."""
    listed = dict(_contents(pack))
    assert listed["Türkiye"] == listed["Viet Nam"] == listed["Lao People's Democratic Republic"]


def test_every_page_numbered_with_total(pack: Path) -> None:
    pages = page_texts(pack)
    for n, text in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in _flat(text)


def test_area_activities_quoted_with_source(session, pack: Path) -> None:
    text = _flat(pdftotext(pack))
    assert "Continue to update and develop guides" in text
    for activity in session.content.children("area:adelaide-2023-5"):
        assert _flat(activity.text) in text
        assert f"Official text — {activity.source.document_title}, {activity.source.locator}" in text


def test_guidance_is_marked(pack: Path) -> None:
    text = _flat(pdftotext(pack))
    assert text.count(GUIDANCE_LABEL) >= 4  # pathway, flow chart, guide, aid at least


def test_unicode_member_names(pack: Path) -> None:
    text = pdftotext(pack)
    for name in ("Türkiye", "Viet Nam", "Lao People's Democratic Republic"):
        assert name in text


def test_flow_chart_is_vector_graphics(session, pack: Path) -> None:
    """The flow chart page holds the steps as text and lines, and no pictures."""
    entries = dict(_contents(pack))
    page = PdfReader(str(pack)).pages[entries["Flow chart"] - 1]
    assert not list(page.images)
    text = _flat(page.extract_text())
    first_step = session.content.require("pathway:victim-of-trafficking").data["pause_points"][0]["steps"][0]
    assert first_step["action"][:25] in text
    content = page.get_contents().get_data().decode("latin-1")
    assert content.count(" l\n") + content.count(" l ") > 10  # arrows and outlines are drawn


def test_saved_checklist_goes_into_a_pack(fresh_library, tmp_path: Path) -> None:
    saved = fresh_library.checklists.save(build(fresh_library.content, "pathway:child"))
    saved.title = "Child card for the Lào border"
    fresh_library.checklists.save(saved)
    path = tmp_path / "mixed.pdf"
    export_refs(fresh_library, [saved.ref, "area:adelaide-2023-1"], path)
    contents = dict(_contents(path))
    assert "Child card for the Lào border" in contents


def test_large_print_letter_pack(session, tmp_path: Path) -> None:
    path = tmp_path / "lp.pdf"
    normal = export_refs(session, ["pathway:child", "guide:screening-referral-toolkit"], tmp_path / "n.pdf")
    large = export_refs(
        session,
        ["pathway:child", "guide:screening-referral-toolkit"],
        path,
        options=PrintOptions(large_print=True, paper="letter"),
    )
    assert large.pages > normal.pages
    assert round(float(PdfReader(str(path)).pages[0].mediabox.width)) == 612
