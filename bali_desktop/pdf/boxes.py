"""The boxes of a printed checklist: the title block with its type, the case-reference field,
pause-point bars, reminder boxes and the local contacts box."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from bali_desktop.domain.checklist import TYPE_HELP, Checklist, when_words
from bali_desktop.pdf.fonts import BOLD, REGULAR
from bali_desktop.pdf.job import MAX_TITLE, SheetContext
from bali_desktop.pdf.styles import INK, RULE, Paragraph, Theme, clip, esc, table_style

BAR = colors.Color(0.88, 0.88, 0.88)  # pause-point bar: a light grey that any printer keeps light

# What fits in a table cell, which never splits across pages: longer text is cut with "…" in
# print (a whole cell must fit on one page, in large print too).
MAX_WHEN = 300  # a pause point's "when"
MAX_LINE = 1000  # a line of a reminder box, a citation
MAX_NOTES = 300  # a contact's notes in the contacts box (they can be 2,000 characters)
MAX_FIELD = 200  # a contact's organisation, phone, hours, country; a role title
MAX_LABEL = 60  # the case-reference label


def title_block(checklist: Checklist, theme: Theme, width: float) -> Table:
    kind = checklist.checklist_type
    type_par = Paragraph(f"<b>{esc(kind)}</b><br/>{esc(TYPE_HELP.get(kind, ''))}", theme.cell)
    title_par = Paragraph(esc(clip(checklist.title, MAX_TITLE)), theme.title)
    type_w = width * 0.3
    table = Table([[title_par, type_par]], colWidths=[width - type_w, type_w])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (1, 0), (1, 0), 1.5, INK),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
                ("LEFTPADDING", (1, 0), (1, 0), 6),
                ("TOPPADDING", (1, 0), (1, 0), 4),
                ("BOTTOMPADDING", (1, 0), (1, 0), 5),
            ]
        )
    )
    return table


def case_reference_field(label: str, theme: Theme, width: float) -> list[Flowable]:
    label = clip(" ".join(label.split()), MAX_LABEL)
    if not label:
        return []
    size = theme.body.fontSize
    second = "Date, time:"
    cells = [
        [Paragraph(f"<b>{esc(label)}:</b>", theme.body), "", Paragraph(f"<b>{second}</b>", theme.body), ""]
    ]
    w1 = stringWidth(f"{label}:", BOLD, size) + 6
    w2 = stringWidth(second, BOLD, size) + 14 + 6
    rest = max(width - w1 - w2, width * 0.3)
    lw = [w1, rest * 0.58, w2, rest * 0.42]
    table = Table(cells, colWidths=lw, rowHeights=[size * 2.2])
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.8, INK),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (2, 0), (2, 0), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    note = Paragraph(
        f"Write no names on this sheet: use the {esc(label[:1].lower() + label[1:])} only.", theme.cite
    )
    return [table, Spacer(1, 2), note]


class PausePointBar(Table):
    """The bar that opens a pause point: its title and when it is run."""


def pause_point_bar(title: str, when: str, theme: Theme, width: float) -> Table:
    text = f"<b>{esc(clip(title, MAX_TITLE))}</b>"
    when = when_words(when)
    if when:
        text += (
            f"<font name={REGULAR} size={theme.small.fontSize:.1f}>  ·  "
            f"when: {esc(clip(when, MAX_WHEN))}</font>"
        )
    table = PausePointBar([[Paragraph(text, theme.h3)]], colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BAR),
                ("LINEABOVE", (0, 0), (-1, 0), 1.8, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def reminder_box(title: str, lines: Sequence[str], theme: Theme, width: float) -> Table:
    rows = [[Paragraph(f"<b>{esc(clip(title, MAX_TITLE))}</b>", theme.h3)]]
    rows += [[Paragraph(f"– {esc(clip(line, MAX_LINE))}", theme.cell)] for line in lines]
    table = Table(rows, colWidths=[width])
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
            ]
        )
    )
    return table


class ContactsTable(Table):
    """A table that, when it runs on to the next page, never leaves a stub of one or two rows
    on either side of the break (its two header rows repeat on the next page)."""

    HEADER_ROWS = 2
    MIN_ROWS = 3
    _cellvalues: list[list[Any]]  # ReportLab's own (not in its type stubs): the rows
    _rowHeights: list[float]

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if len(parts) != 2 or getattr(self, "_postponed", False):
            return parts  # already moved once: split where it must rather than fail
        head, tail = cast("list[ContactsTable]", parts)  # the parts are tables of this class
        first = len(head._cellvalues) - self.HEADER_ROWS
        second = len(tail._cellvalues) - self.HEADER_ROWS
        if second >= self.MIN_ROWS:
            return parts
        keep = first - (self.MIN_ROWS - second)
        if keep < self.MIN_ROWS:
            return []  # move the whole box to the next page
        return super().split(avail_width, sum(self._rowHeights[: self.HEADER_ROWS + keep]) + 0.5)


def contacts_box(roles: Sequence[str], ctx: SheetContext, theme: Theme, width: float) -> Table | None:
    """National referral contacts per role: the user's own, or lines to write them on."""
    if not roles:
        return None
    t = theme
    head = [Paragraph("<b>Local referral contacts</b>", t.h3), "", "", ""]
    sub = [Paragraph(f"<b>{x}</b>", t.cell) for x in ("Refer to", "Organisation", "Phone", "Hours")]
    rows: list[list[Any]] = [head, sub]
    blank_rows: list[int] = []
    for role in roles:
        title = Paragraph(esc(clip(ctx.role_titles.get(role, role), MAX_FIELD)), t.cell)
        entries = ctx.contacts.get(role, ())
        if not entries:
            blank_rows.append(len(rows))
            rows.append([title, "", "", ""])
            continue
        for n, e in enumerate(entries):
            org = esc(clip(e.organisation, MAX_FIELD)) + (
                f" ({esc(clip(e.country, MAX_FIELD))})" if e.country else ""
            )
            if e.notes:  # the rest of long notes stays on screen: a cell must fit on a page
                org += f"<br/><font size={t.cite.fontSize:.1f}>{esc(clip(e.notes, MAX_NOTES))}</font>"
            rows.append(
                [
                    title if n == 0 else "",
                    Paragraph(org, t.cell),
                    Paragraph(esc(clip(e.phone, MAX_FIELD)), t.cell),
                    Paragraph(esc(clip(e.hours, MAX_FIELD)), t.cell),
                ]
            )
    widths = [width * 0.34, width * 0.34, width * 0.18, width * 0.14]
    table = ContactsTable(rows, colWidths=widths, repeatRows=ContactsTable.HEADER_ROWS)
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 1.5, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
        ("LINEAFTER", (0, 1), (0, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    writing = t.body.fontSize * 2.1  # a row tall enough to write a name and number by hand
    for r in blank_rows:
        style.append(("TOPPADDING", (0, r), (0, r), 3))
        style.append(("BOTTOMPADDING", (0, r), (0, r), writing - t.cell.leading - 3))
    table.setStyle(table_style(style))
    return table
