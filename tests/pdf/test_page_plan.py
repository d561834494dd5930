"""Planned pages (issue 14, point 2), read back from the PDFs of every pathway's sheet in A4 and
Letter, normal and large print, English and Bahasa Indonesia: a pause point never starts in a
page's last lines (its bar is followed by the whole pause point, or starts with at least a quarter
of the page left), and no page holds only a stub of one to five lines.

Every sheet is rendered once for the module (about a minute in all) and read with
`pdftotext -bbox`: lines are the words that share a baseline, the body is what lies between the
running header's margin and the footer's."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

from bali_desktop.checklists import builders
from bali_desktop.pdf import words
from bali_desktop.pdf.job import PrintOptions
from bali_desktop.pdf.page import CASE_TOP
from bali_desktop.services import printing
from bali_desktop.services.session import Session

MM = 72 / 25.4
VARIANTS = [
    (lang, paper, large) for lang in ("en", "id") for paper in ("a4", "letter") for large in (False, True)
]
STUB_LINES = 5  # a page of 1-5 body lines is a stub
START_SHARE = 0.25  # a pause point that does not fit whole starts with at least this much left


@dataclass(frozen=True)
class Line:
    top: float  # from the top of the page
    bottom: float
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Sheet:
    name: str
    pages: list[list[Line]]  # each page's body lines, top to bottom
    frame: tuple[float, float]  # the body's top and bottom, from the top of the page
    pause_points: list[tuple[str, list[int]]]  # each title and its step numbers


def body_lines(pdf: Path, top: float, bottom: float) -> tuple[list[list[Line]], float]:
    """Each page's lines between `top` and `bottom` margins, and the page height."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    pages: list[list[Line]] = []
    height = 0.0
    for page in re.findall(r"<page (.*?)</page>", html, re.S):
        found = re.search(r'height="([\d.]+)"', page)
        assert found is not None
        height = float(found.group(1))
        words = sorted(
            (float(y0), float(x0), float(y1), w)
            for x0, y0, y1, w in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', page
            )
        )
        lines: list[tuple[float, float, list[tuple[float, str]]]] = []
        for y0, x0, y1, w in words:
            if lines and abs(lines[-1][0] - y0) < 2.5:
                lines[-1][2].append((x0, w))
            else:
                lines.append((y0, y1, [(x0, w)]))
        pages.append(
            [
                Line(y0, y1, tuple(unescape(w) for _, w in sorted(ws)))
                for y0, y1, ws in lines
                if y0 >= top - 2 and y1 <= height - bottom + 1
            ]
        )
    return pages, height


@pytest.fixture(scope="module")
def sheets(shared_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Sheet]]:
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    folder = tmp_path_factory.mktemp("page-plan")
    session = Session.open(shared_data_dir)
    out: list[Sheet] = []
    try:
        refs = [t.ref for t in builders.templates(session.content) if t.kind == "pathway"]
        assert len(refs) >= 6
        for ref in refs:
            for lang, paper, large in VARIANTS:
                options = PrintOptions(paper=paper, large_print=large)
                job = printing.gather(session, printing.PrintRequest(refs=(ref,), options=options, lang=lang))
                built = printing.render(job)
                name = f"{ref.split(':')[1]}_{lang}_{paper}{'_lp' if large else ''}"
                pdf = folder / f"{name}.pdf"
                pdf.write_bytes(built.data)
                bottom = (30 if large else 20) * MM  # render._bottom
                pages, height = body_lines(pdf, CASE_TOP, bottom)
                assert len(pages) == built.pages
                sheet = job.sheet
                assert sheet is not None
                numbers = sheet.numbers()
                pps = [(pp.title, [numbers[s.item.uid] for s in pp.steps()]) for pp in sheet.pause_points]
                out.append(Sheet(name, pages, (CASE_TOP, height - bottom), pps))
    finally:
        session.close()
    yield out


def _steps_after(lines: list[Line], numbers: list[int]) -> set[int]:
    """The step numbers of a pause point that open a line among `lines` (a step's number is the
    first word of its first line)."""
    return {int(ln.words[0]) for ln in lines if ln.words[0].isdigit() and int(ln.words[0]) in numbers}


def _bar(lines: list[Line], title: str) -> bool:
    """Whether the first of `lines` opens the bar of the pause point `title` (which may wrap):
    "<title> · when: …", or the title alone before its first step; not "<title> (continued)"."""
    joined = " ".join(ln.text for ln in lines)
    if not lines or not joined.startswith(title) or not title.startswith(lines[0].text.split(" ·")[0]):
        return False
    rest = joined[len(title) :].lstrip()
    return not rest or rest.startswith("·") or rest.split(" ")[0].isdigit()


def test_a_pause_point_never_starts_in_a_pages_last_lines(sheets: list[Sheet]) -> None:
    bars = 0
    for sheet in sheets:
        top, bottom = sheet.frame
        for title, numbers in sheet.pause_points:
            starts = [
                (p, k)
                for p, lines in enumerate(sheet.pages, 1)
                for k in range(len(lines))
                if _bar(lines[k : k + 3], title)
            ]
            assert len(starts) == 1, (sheet.name, title, starts)
            p, k = starts[0]
            bars += 1
            lines = sheet.pages[p - 1]
            after = _steps_after(lines[k + 1 :], numbers)
            assert numbers[0] in after, (sheet.name, title, p)  # the bar never prints alone
            room = bottom - lines[k].top
            whole = set(numbers) <= after
            assert whole or room >= START_SHARE * (bottom - top), (
                f"{sheet.name} p{p}: “{title}” starts {room / MM:.0f} mm from the foot of the page "
                f"with steps {sorted(after)} of {numbers}"
            )
    assert bars >= 6 * 4 * len(VARIANTS)


def test_no_stub_pages(sheets: list[Sheet]) -> None:
    for sheet in sheets:
        assert len(sheet.pages) > 1, sheet.name
        for p, lines in enumerate(sheet.pages, 1):
            assert len(lines) > STUB_LINES, (
                f"{sheet.name} p{p} holds {len(lines)} lines: {[ln.text[:40] for ln in lines]}"
            )


def test_the_check_bites_on_a_stub_and_a_late_pause_point(tmp_path: Path) -> None:
    """The reading above finds what it looks for: a page of two lines, and a bar near the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "bad.pdf"
    c = Canvas(str(pdf), pagesize=A4)
    height = A4[1]
    for k in range(30):
        c.drawString(80, height - CASE_TOP - 20 - k * 14, f"line {k}")
    c.drawString(80, height - 240 * MM, "Referral · when: now")  # a bar 37 mm above the foot
    c.drawString(80, height - 248 * MM, "1 Refer the person.")
    c.showPage()
    c.drawString(80, height - CASE_TOP - 20, "2 Tell your supervisor.")
    c.drawString(80, height - CASE_TOP - 34, "3 Hand over.")
    c.showPage()
    c.save()
    pages, h = body_lines(pdf, CASE_TOP, 20 * MM)
    assert len(pages[1]) == 2  # a stub
    k = next(i for i, ln in enumerate(pages[0]) if ln.text.startswith("Referral ·"))
    assert _steps_after(pages[0][k + 1 :], [1, 2, 3]) == {1}
    assert (h - 20 * MM) - pages[0][k].top < START_SHARE * (h - 20 * MM - CASE_TOP)


CHARTS = {words.word("flow_chart", lang) for lang in ("en", "id")}
PACKS = [("pathway:child", "area:adelaide-2023-5"), ("area:adelaide-2023-5", "pathway:smuggled-migrant")]


@pytest.fixture(scope="module")
def packs(shared_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Sheet]]:
    """Handout packs (a pathway and a strategy area, each first), read as the sheets above."""
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    from bali_desktop.pdf.styles import Margins

    folder = tmp_path_factory.mktemp("page-plan-packs")
    session = Session.open(shared_data_dir)
    out: list[Sheet] = []
    try:
        for refs in PACKS:
            for lang, paper, large in VARIANTS:
                options = PrintOptions(paper=paper, large_print=large)
                request = printing.PrintRequest(refs=refs, options=options, layout="handout", lang=lang)
                built = printing.render(printing.gather(session, request))
                name = f"pack-{refs[0].split(':')[1]}_{lang}_{paper}{'_lp' if large else ''}"
                pdf = folder / f"{name}.pdf"
                pdf.write_bytes(built.data)
                top, bottom = Margins().top, (30 if large else 20) * MM
                pages, height = body_lines(pdf, top, bottom)
                assert len(pages) == built.pages
                out.append(Sheet(name, pages, (top, height - bottom), []))
    finally:
        session.close()
    yield out


def test_no_stub_pages_in_handout_packs(packs: list[Sheet]) -> None:
    """No page of a pack after its cover holds a stub of 1-5 lines (a section's end runs on
    with more, or not at all)."""
    for pack in packs:
        assert len(pack.pages) > 4, pack.name
        for p, lines in enumerate(pack.pages[1:], 2):
            if lines and lines[0].text in CHARTS:
                continue  # a flow chart: a drawing, its words not read as lines
            assert len(lines) > STUB_LINES, (
                f"{pack.name} p{p} holds {len(lines)} lines: {[ln.text[:40] for ln in lines]}"
            )


def test_a_contacts_box_that_runs_on_ends_with_five_rows_at_least(
    shared_data_dir: Path, tmp_path: Path
) -> None:
    """The child sheet in Letter large print: its contacts box (taller than a page) runs on to
    the last page with at least five roles there (it ended with three)."""
    from bali_desktop.pdf.boxes import ContactsTable

    session = Session.open(shared_data_dir)
    try:
        options = PrintOptions(paper="letter", large_print=True)
        job = printing.gather(session, printing.PrintRequest(refs=("pathway:child",), options=options))
        built = printing.render(job)
    finally:
        session.close()
    pdf = tmp_path / "child.pdf"
    pdf.write_bytes(built.data)
    assert job.sheet is not None
    pages, _ = body_lines(pdf, CASE_TOP, 30 * MM)
    titles = [job.contacts.role_titles.get(r, r) for r in job.sheet.contact_roles]
    flat = [" ".join(ln.text for ln in page) for page in pages]
    on_page = [sum(title in text for title in titles) for text in flat]
    split = [n for n in on_page if n]
    assert len(split) == 2, on_page  # it runs on, as it is taller than a page
    assert split[-1] >= ContactsTable.TAIL_ROWS == 5, on_page


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_stub_pages_in_the_tracker_report(shared_data_dir: Path, tmp_path: Path, lang: str) -> None:
    """The progress report's pages after its cover each hold more than a stub of 1-5 lines: its
    last activities are kept together (progress_report.keep_tail), its last page too, on A4 and
    Letter, with nothing recorded yet (the shortest entries: the likeliest stub)."""
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    from bali_desktop.domain.tracker import ReportOptions
    from bali_desktop.services import tracker

    session = Session.open(shared_data_dir)
    try:
        for paper in ("a4", "letter"):
            job = tracker.report_job(session, ReportOptions("Viet Nam", "SOM", "12 March 2027", lang, paper))
            data, count = tracker.render_report(job)
            pdf = tmp_path / f"report-{paper}.pdf"
            pdf.write_bytes(data)
            pages, _ = body_lines(pdf, 16 * MM, 18 * MM)  # progress_report._build's margins
            assert len(pages) == count > 4, (paper, count)
            for p, lines in enumerate(pages[1:], 2):
                assert len(lines) > STUB_LINES, (
                    f"report {lang} {paper} p{p} holds {len(lines)} lines: {[ln.text[:40] for ln in lines]}"
                )
    finally:
        session.close()


def test_no_empty_or_stub_pages_in_review_sheets_and_the_aid(shared_data_dir: Path, tmp_path: Path) -> None:
    """Every strategy area's progress-review sheet and the smuggling-or-trafficking aid, in every
    variant: no page holds 1-5 body lines, nor none (a spacer after the last activity once made
    an empty page 4 of area 2, Letter, large print)."""
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    session = Session.open(shared_data_dir)
    try:
        refs = ["aid:smuggling-or-trafficking", *(i.ref for i in session.content.items("area"))]
        for ref in refs:
            for lang, paper, large in VARIANTS:
                options = PrintOptions(paper=paper, large_print=large)
                built = printing.render(
                    printing.gather(session, printing.PrintRequest(refs=(ref,), options=options, lang=lang))
                )
                name = f"{ref.split(':')[1]}_{lang}_{paper}{'_lp' if large else ''}"
                pdf = tmp_path / f"{name}.pdf"
                pdf.write_bytes(built.data)
                pages, _ = body_lines(pdf, CASE_TOP, (30 if large else 20) * MM)
                assert len(pages) == built.pages
                for p, lines in enumerate(pages, 1):
                    assert len(lines) > STUB_LINES, f"{name} p{p} holds {len(lines)} lines"
    finally:
        session.close()
