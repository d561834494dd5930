"""A strategy area as a progress-review sheet: each activity's official text, word for word with
its citation, and under it a row to fill in: status (the tracker's five, domain/tracker.py: not
started, planned, in progress, done, not applicable), lead agency, evidence, next step. What
`export area:ID` makes (`--as handout` for the handout); the tracker's progress report fills the
same columns from what the user recorded."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.tracker import STATUSES
from bali_desktop.pdf import words
from bali_desktop.pdf.boxes import TickBox, case_label, case_reference_field
from bali_desktop.pdf.job import PrintJob
from bali_desktop.pdf.page import CASE_TOP, Document, PageInfo, canvasmaker
from bali_desktop.pdf.styles import INK, RULE, Margins, Paragraph, Theme, esc, page_size, table_style, theme

COLUMNS = ("status", "lead_agency", "evidence", "next_step")


def review_pdf(job: PrintJob) -> tuple[bytes, int]:
    checklist = job.sheet
    assert checklist is not None
    options = job.options
    lang = options.lang
    t = theme(options.large_print)
    label = case_label(checklist.case_reference_label, lang)
    margins = Margins(top=CASE_TOP, bottom=(30 if options.large_print else 20) * mm)
    size = page_size(options.paper)
    width = size[0] - margins.left - margins.right
    title = options.title or words.where(checklist.title, lang)
    info = PageInfo(
        title=title,
        content_version=job.content_version,
        printed=options.print_date(),
        note=words.word("review_note", lang),
        tag=words.word("progress_review", lang),
        header_size=t.header_size,
        footer_size=t.footer_size,
        case_label=label,
        case_from=2,  # page 1 has the sheet's own field
        lang=lang,
    )
    buf = io.BytesIO()
    doc = Document(
        buf, pagesize=size, margins=margins, title=title, subject=words.word("progress_review", lang)
    )
    doc.build(review_story(checklist, t, width, lang=lang), canvasmaker=canvasmaker(info, margins))
    return buf.getvalue(), doc.page


def review_story(checklist: Checklist, t: Theme, width: float, *, lang: str = "en") -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(esc(words.where(checklist.title, lang)), t.title),
        Paragraph(esc(words.word("review_purpose", lang)), t.subtitle),
        Paragraph(esc(words.word("review_note", lang)), t.label),
    ]
    story += case_reference_field(checklist.case_reference_label, t, width, lang=lang)
    story.append(Spacer(1, t.body.fontSize))
    for item in checklist.all_items():
        story += [KeepTogether([activity_table(item.text, item.citation, t, width, lang)]), Spacer(1, 6)]
    if isinstance(story[-1], Spacer):  # nothing after the last activity: a page that holds the
        story.pop()  # spacer alone would print empty
    return story


def activity_table(text: str, citation: str, t: Theme, width: float, lang: str) -> Table:
    locator = words.where(citation.rsplit(", ", 1)[-1], lang) if citation else ""
    citation = words.where(citation, lang)
    quoted = words.word("official_text", lang)
    rows: list[list[Any]] = [
        [Paragraph(f"<b>{esc(locator)}</b>", t.h3), "", "", ""],
        [Paragraph(esc(text), t.quote.clone("review-quote", leftIndent=0)), "", "", ""],
        [Paragraph(f"{esc(quoted)} — {esc(citation)}", t.cite), "", "", ""],
        [Paragraph(f"<b>{esc(words.word(c, lang))}</b>", t.cell) for c in COLUMNS],
    ]
    side = t.small_box
    # the status column as wide as its longest word needs ("Direncanakan" in large print): a
    # status never breaks inside a word; the other columns share the rest
    longest = max(
        stringWidth(w, t.cell.fontName, t.cell.fontSize)
        for s in STATUSES
        for w in words.status_word(s, lang).split()
    )
    first = max(width * 0.25, longest + side + 15 + 14)  # the inner cell pads 6 pt a side
    rest = width - first
    col = [first, rest * 0.22 / 0.75, rest * 0.29 / 0.75, rest * 0.24 / 0.75]
    status = Table(
        [[TickBox(side), Paragraph(esc(words.status_word(s, lang)), t.cell)] for s in STATUSES],
        colWidths=[side + 5, col[0] - side - 15],
    )
    status.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    rows.append([status, "", "", ""])
    table = Table(rows, colWidths=col)
    table.setStyle(
        table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("SPAN", (0, 2), (-1, 2)),
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("LINEABOVE", (0, 3), (-1, 3), 0.8, INK),
                ("LINEBELOW", (0, 3), (-1, 3), 0.5, RULE),
                ("LINEAFTER", (0, 3), (-2, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
