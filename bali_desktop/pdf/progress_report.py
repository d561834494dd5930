"""The tracker's progress report for a senior officials' meeting: a cover (country, meeting and date
as the user typed them), the summary chart, a table per area (status, lead agency, latest action,
next step), and each activity's official text with its citation, its evidence and its log. Print
date and content version on every page; labels in English or Bahasa Indonesia (the official text is
quoted as published, in English). Renders a plain ReportJob to bytes; never reads the database."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bali_desktop.domain.tracker import STATUS_WORDS_ID, STATUSES, ReportJob, Row, Status, short_label
from bali_desktop.pdf.chart import StatusChart
from bali_desktop.pdf.fonts import BOLD, REGULAR, register_fonts
from bali_desktop.pdf.styles import Paragraph, esc
from bali_desktop.pdf.words import where

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Progress report",
        "subtitle": "What has been done on the activities and commitments of:",
        "country": "Country",
        "meeting": "Meeting",
        "date": "Date",
        "summary": "Summary",
        "summary_note": "Number of activities in each status, per area. Each status has its own shade "
        "and pattern; the number is written on each bar.",
        "activity": "Activity",
        "status": "Status",
        "agency": "Lead agency",
        "latest": "Latest action",
        "next": "Next step",
        "evidence": "Evidence",
        "log": "Actions",
        "official": "Official text, quoted word for word",
        "ours": "Status, lead agency, actions, evidence and next steps were recorded by the country's "
        "focal point in Bali Desktop. The short activity names are Bali Desktop's own; the official "
        "text of each activity is quoted word for word, with its source.",
        "printed": "Printed",
        "version": "content version",
        "page": "Page",
        "of": "of",
        "none": "—",
        "short": "short name",
        "totals": "Total",
        "blank": "(not given)",
        "updated": "updated",
    },
    "id": {
        "title": "Laporan kemajuan",
        "subtitle": "Apa yang telah dilakukan atas kegiatan dan komitmen dari:",
        "country": "Negara",
        "meeting": "Pertemuan",
        "date": "Tanggal",
        "summary": "Ringkasan",
        "summary_note": "Jumlah kegiatan menurut status, per bidang. Setiap status memiliki arsiran dan "
        "pola sendiri; angkanya tertulis pada setiap batang.",
        "activity": "Kegiatan",
        "status": "Status",
        "agency": "Instansi utama",
        "latest": "Tindakan terakhir",
        "next": "Langkah berikutnya",
        "evidence": "Bukti",
        "log": "Tindakan",
        "official": "Teks resmi (bahasa Inggris), dikutip kata demi kata",
        "ours": "Status, instansi utama, tindakan, bukti dan langkah berikutnya dicatat oleh focal point "
        "negara di Bali Desktop. Nama singkat kegiatan dibuat oleh Bali Desktop; teks resmi setiap "
        "kegiatan dikutip kata demi kata, dengan sumbernya.",
        "printed": "Dicetak",
        "version": "versi konten",
        "page": "Halaman",
        "of": "dari",
        "none": "—",
        "short": "nama singkat",
        "totals": "Jumlah",
        "blank": "(tidak diisi)",
        "updated": "diperbarui",
    },
}


def status_words(status: Status, lang: str) -> str:
    return STATUS_WORDS_ID[status] if lang == "id" else status.words


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.8),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8, leading=9.8),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=24, leading=29, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=15, spaceAfter=24),
        "field": ParagraphStyle("field", parent=base, fontSize=13, leading=18, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=14, leading=17, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=6),
        "quote": ParagraphStyle("quote", parent=base, leftIndent=10, fontSize=9, leading=11.5),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(esc(text).replace("\n", "<br/>"), style)


def _area_table(rows: list[Row], lang: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    t = LABELS[lang]
    head = [Paragraph(esc(t[k]), st["head"]) for k in ("activity", "status", "agency", "latest", "next")]
    body: list[list[Any]] = [head]
    for row in rows:
        e = row.entry
        latest = f"{e.latest.on_date}: {e.latest.action}" if e.latest else t["none"]
        body.append(
            [
                Paragraph(
                    f"<b>{esc(where(row.item.locator, lang))}</b><br/>{esc(row.item.title)}", st["cell"]
                ),
                Paragraph(
                    esc(status_words(e.status, lang))
                    + (
                        f"<br/><font size=6.5>{esc(t['updated'])} {e.updated_at:%Y-%m-%d}</font>"
                        if e.updated_at
                        else ""
                    ),
                    st["cell"],
                ),
                _p(e.agency or t["none"], st["cell"]),
                _p(latest, st["cell"]),
                _p(e.next_step or t["none"], st["cell"]),
            ]
        )
    fractions = (0.23, 0.155, 0.18, 0.245, 0.19)
    table = Table(body, colWidths=[width * f for f in fractions], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("BACKGROUND", (0, 0), (-1, 0), "#dddddd"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _details(row: Row, lang: str, st: dict[str, ParagraphStyle]) -> KeepTogether:
    t = LABELS[lang]
    item, e = row.item, row.entry
    parts: list[Any] = [
        Paragraph(
            f"{esc(where(item.locator, lang))}: {esc(item.title)} <font size=7>({esc(t['short'])})</font>",
            st["h2"],
        ),
        Paragraph(f"<i>{esc(t['official'])}:</i>", st["small"]),
        Paragraph(f"“{esc(item.text)}”", st["quote"]),
        Paragraph(f"— {esc(where(item.citation, lang))}", st["small"]),
    ]
    if e.evidence:
        parts.append(
            Paragraph(f"<b>{esc(t['evidence'])}:</b> " + esc(e.evidence).replace("\n", "; "), st["small"])
        )
    if e.log:
        lines = "<br/>".join(f"{esc(x.on_date)}: {esc(x.action)}" for x in e.log)
        parts.append(Paragraph(f"<b>{esc(t['log'])}:</b><br/>{lines}", st["small"]))
    return KeepTogether(parts)


TAIL_LINES = 6  # the report's last page holds at least this many lines: never a stub
TAIL_LEADING = 11.5  # the body's leading (_styles' "base")


def keep_tail(details: list[Flowable], width: float, frame: float) -> list[Flowable]:
    """`details` with their last ones, TAIL_LINES lines at least, kept together (as a handout
    pack's sections are, handout.keep_tail): when they do not fit what is left of a page they
    move on together, so that the page they run on to holds more than one or two short ones."""
    need = TAIL_LEADING * TAIL_LINES
    total, start = 0.0, len(details)
    while start > 0 and total < need:
        start -= 1
        parts: list[Flowable] = getattr(details[start], "_content", [details[start]])
        total += sum(f.wrap(width, frame)[1] for f in parts)
    if start >= len(details) - 1 or total > frame * 0.6:  # the last one alone is enough
        return list(details)
    return [*details[:start], KeepTogether(details[start:])]


def _totals(job: ReportJob, lang: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    """The chart's numbers as a table: a row per area, then all of them."""
    t = LABELS[lang]
    small = ParagraphStyle("small-head", parent=st["head"], fontSize=7, leading=8.5)
    head = [Paragraph("", small)] + [Paragraph(esc(status_words(s, lang)), small) for s in STATUSES]
    head.append(Paragraph(esc(t["totals"]), small))
    body: list[list[Any]] = [head]
    total = [0] * len(STATUSES)
    for g in job.groups:
        total = [a + b for a, b in zip(total, g.counts, strict=True)]
        body.append(
            [_p(short_label(where(g.title, lang), 80), st["cell"]), *(str(n) for n in g.counts), str(g.total)]
        )
    body.append(
        [Paragraph(f"<b>{esc(t['totals'])}</b>", st["cell"]), *(str(n) for n in total), str(sum(total))]
    )
    table = Table(body, colWidths=[width * 0.25] + [width * 0.125] * (len(STATUSES) + 1), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTNAME", (1, -1), (-1, -1), BOLD),
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("LINEABOVE", (0, -1), (-1, -1), 1.2, "black"),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTSIZE", (1, 1), (-1, -1), 9),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def render(job: ReportJob) -> tuple[bytes, int]:
    """The report as PDF bytes and its page count ("Page 3 of 9": laid out twice, the second time
    knowing the count)."""
    _, pages = _build(job, 0)
    return _build(job, pages)


def _build(job: ReportJob, total: int) -> tuple[bytes, int]:
    register_fonts()
    lang = job.options.lang if job.options.lang in LABELS else "en"
    t = LABELS[lang]
    st = _styles()
    pagesize = LETTER if job.options.paper == "letter" else A4
    buf = io.BytesIO()
    margin = 18 * mm
    doc = SimpleDocTemplate(
        buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=16 * mm,
        bottomMargin=18 * mm, title=f"{t['title']} {job.options.country}".strip(), author="Bali Desktop",
    )  # fmt: skip
    width = pagesize[0] - 2 * margin
    frame = pagesize[1] - 16 * mm - 18 * mm
    footer = (
        f"{t['title']} · {t['printed']} {job.printed_on} · Bali Desktop, {t['version']} {job.content_version}"
    )

    def on_page(canvas: Canvas, d: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(margin, 10 * mm, footer[:150])
        of = f" {t['of']} {total}" if total else ""
        canvas.drawRightString(pagesize[0] - margin, 10 * mm, f"{t['page']} {d.page}{of}")
        canvas.restoreState()

    story: list[Any] = [
        Spacer(1, 30 * mm),
        _p(t["title"], st["title"]),
        _p(t["subtitle"], st["field"]),
    ]
    documents = dict.fromkeys(r.item.citation.rsplit(", ", 1)[0] for r in job.rows if r.item.citation)
    story += [_p(f"• {title}", st["field"]) for title in documents]
    story.append(Spacer(1, 12 * mm))
    for key, value in (
        ("country", job.options.country),
        ("meeting", job.options.meeting),
        ("date", job.options.date),
    ):
        story.append(
            Paragraph(
                f"<b>{esc(t[key])}:</b> {esc(value) if value.strip() else esc(t['blank'])}", st["field"]
            )
        )
    story += [Spacer(1, 20 * mm), _p(t["ours"], st["small"]), Spacer(1, 4 * mm)]
    story.append(
        _p(
            f"{t['printed']} {job.printed_on} · Bali Desktop, {t['version']} {job.content_version}",
            st["small"],
        )
    )
    story += [PageBreak(), _p(t["summary"], st["h1"]), _p(t["summary_note"], st["small"]), Spacer(1, 4 * mm)]
    labels = [short_label(where(g.title, lang)) for g in job.groups]
    story += [StatusChart(job.groups, labels, [status_words(s, lang) for s in STATUSES]), Spacer(1, 6 * mm)]
    story.append(_totals(job, lang, st, width))
    for n, group in enumerate(job.groups):
        rows = [r for r in job.rows if r.item.group == group.group]
        story += [
            PageBreak() if n == 0 else CondPageBreak(80 * mm),
            Spacer(1, 4 * mm),
            _p(where(group.title, lang), st["h1"]),
        ]
        story += [_area_table(rows, lang, st, width), Spacer(1, 4 * mm)]
        details: list[Flowable] = [_details(r, lang, st) for r in rows]
        # the report's end: its last activities kept together, so that its last page is never a
        # stub of a few lines (an area's end that runs on is followed by the next area's start)
        story += keep_tail(details, width, frame) if n == len(job.groups) - 1 else details
    pages: list[int] = []

    def later(canvas: Canvas, d: Any) -> None:
        on_page(canvas, d)
        pages.append(d.page)

    doc.build(story, onFirstPage=later, onLaterPages=later)
    return buf.getvalue(), max(pages or [1])
