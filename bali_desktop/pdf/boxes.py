"""The boxes of a printed checklist: the title block with its type, the case-reference field,
pause-point bars, reminder boxes and the local contacts box."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, cast

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from bali_desktop.domain.checklist import TYPE_HELP, Checklist, when_words
from bali_desktop.pdf import words
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


def title_block(checklist: Checklist, theme: Theme, width: float, *, lang: str = "en") -> Table:
    kind = checklist.checklist_type
    help_text = words.type_help(kind, lang) or TYPE_HELP.get(kind, "")
    type_par = Paragraph(f"<b>{esc(kind)}</b><br/>{esc(help_text)}", theme.cell)
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


def case_label(label: str, lang: str = "en") -> str:
    """The case-reference label as printed: the default ones in the sheet's language."""
    label = clip(" ".join(label.split()), MAX_LABEL)
    defaults = {"Case reference": "case_reference", "Review reference": "review_reference"}
    return words.word(defaults[label], lang) if label in defaults else label


def case_reference_field(label: str, theme: Theme, width: float, *, lang: str = "en") -> list[Flowable]:
    label = case_label(label, lang)
    if not label:
        return []
    size = theme.body.fontSize
    second = words.word("date_time", lang)
    first = Paragraph(f"<b>{esc(label)}:</b>", theme.body)
    then = Paragraph(f"<b>{second}</b>", theme.body)
    w1 = stringWidth(f"{label}:", BOLD, size) + 6
    w2 = stringWidth(second, BOLD, size) + 14 + 6
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if width - w1 - w2 >= width * 0.3:  # both on one line
        rest = width - w1 - w2
        table = Table(
            [[first, "", then, ""]], colWidths=[w1, rest * 0.58, w2, rest * 0.42], rowHeights=[size * 2.2]
        )
        style += [
            ("LINEBELOW", (1, 0), (1, 0), 0.8, INK),
            ("LINEBELOW", (3, 0), (3, 0), 0.8, INK),
            ("LEFTPADDING", (2, 0), (2, 0), 14),
        ]
    else:  # a narrow column (an A5 card): the date under the case reference, each with its line
        w1 = max(w1, w2 - 14)
        table = Table(
            [[first, ""], [then, ""]], colWidths=[w1, width - w1], rowHeights=[size * 2.2, size * 2.0]
        )
        style.append(("LINEBELOW", (1, 0), (1, -1), 0.8, INK))
    table.hAlign = "LEFT"
    table.setStyle(table_style(style))
    note = Paragraph(esc(words.word("no_names", lang, label=label[:1].lower() + label[1:])), theme.cite)
    return [table, Spacer(1, 2), note]


class PausePointBar(Table):
    """The bar that opens a pause point: its title and when it is run."""


def pause_point_bar(
    title: str, when: str, theme: Theme, width: float, *, lang: str = "en", continued: bool = False
) -> Table:
    shown = clip(title, MAX_TITLE)
    text = f"<b>{esc(words.word('continued', lang, title=shown) if continued else shown)}</b>"
    when = when_words(when)
    if when and not continued:
        text += (
            f"<font name={REGULAR} size={theme.small.fontSize:.1f}>  ·  "
            f"{esc(words.word('when', lang))}: {esc(clip(when, MAX_WHEN))}</font>"
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


SIGNS = "Signs to look for"  # the builders' title of the signs reminder


class TickBox(Flowable):
    """An empty square to tick, `side` wide."""

    def __init__(self, side: float) -> None:
        super().__init__()
        self.side = side

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.side, self.side, stroke=1, fill=0)


def signs_box(lines: Sequence[str], theme: Theme, width: float, *, lang: str = "en") -> list[Flowable]:
    """The signs to look for as a list to tick under their headings: the builders' lines are
    the signs rule, then "Heading: sign; sign; sign." per group. One table per group, kept
    whole; the title and the rule go with the first."""
    t = theme
    side = t.small_box
    head = [
        [Paragraph(f"<b>{esc(words.word('signs', lang))}</b>", t.h3), ""],
    ]
    rule_lines = [x for x in lines if ": " not in x[:80]]
    for x in rule_lines:
        head.append([Paragraph(esc(clip(x, MAX_LINE)), t.small), ""])
    out: list[Flowable] = []
    groups = [x for x in lines if x not in rule_lines]
    for n, line in enumerate(groups):
        dimension, _, rest = line.partition(": ")
        signs: list[str] = []
        for x in rest.rstrip(".").split("; "):  # a sign may hold "; " itself: its rest is lower case
            if signs and x[:1].islower():
                signs[-1] += "; " + x
            elif x.strip():
                signs.append(x.strip())
        rows: list[list[Any]] = list(head) if n == 0 else []
        rows.append([Paragraph(f"<b>{esc(clip(dimension, MAX_TITLE))}</b>", t.cell), ""])
        rows += [[TickBox(side), Paragraph(esc(clip(x, MAX_LINE)), t.cell)] for x in signs]
        table = Table(rows, colWidths=[side + 8, width - side - 8])
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ]
        first = len(head) if n == 0 else 0
        for r in range(first + 1):
            style.append(("SPAN", (0, r), (-1, r)))
        if n == 0:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 1.5, INK))
        table.setStyle(table_style(style))
        out.append(KeepTogether([table]))
    return out


class ContactsTable(Table):
    """A table kept whole on one page (issue 14 point 2); one taller than a page runs on, never
    leaving a stub of one or two rows on either side of the break (its two header rows repeat
    on the next page)."""

    HEADER_ROWS = 2
    MIN_ROWS = 3  # rows before a break
    TAIL_ROWS = 5  # and after it: a page that holds the box's end is no stub of a few rows
    _cellvalues: list[list[Any]]  # ReportLab's own (not in its type stubs): the rows
    _rowHeights: list[float]

    def _page_height(self) -> float:
        """The height of the frame it is laid out in, when whole (0 when not known)."""
        frame = getattr(getattr(getattr(self, "canv", None), "_doctemplate", None), "frame", None)
        if frame is None:
            return 0.0
        return float(frame._height - frame._topPadding - frame._bottomPadding)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        if len(parts) != 2:
            return parts
        moved = getattr(self, "_postponed", False)  # already moved once: it must split here
        head, tail = cast("list[ContactsTable]", parts)  # the parts are tables of this class
        first = len(head._cellvalues) - self.HEADER_ROWS
        second = len(tail._cellvalues) - self.HEADER_ROWS
        if not moved and sum(self._rowHeights) <= self._page_height():
            return []  # kept whole: the box moves to the next page; split only when taller than one
        if first < self.MIN_ROWS and not moved:
            return []  # a stub at the foot of this page: move the whole box to the next one
        if second >= self.TAIL_ROWS:
            return parts
        keep = first - (self.TAIL_ROWS - second)
        if keep < self.MIN_ROWS:
            return parts if moved else []  # too few rows to share: move it, unless it was moved
        return super().split(avail_width, sum(self._rowHeights[: self.HEADER_ROWS + keep]) + 0.5)


class PhoneCell(Flowable):
    """Phone numbers that never break inside a number: each number (split at "," ";" "/" or a
    new line) on a line of its own, set smaller when it is wider than the column; only a number
    too long even so is broken, between its groups of digits."""

    MIN_SCALE = 0.72

    def __init__(self, text: str, size: float, leading: float) -> None:
        super().__init__()
        self.numbers = [n.strip() for n in re.split(r"[,;/\n]", text) if n.strip()]
        self.size, self.leading = size, leading
        self.lines: list[tuple[str, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.lines = []
        for number in self.numbers:
            w = stringWidth(number, REGULAR, self.size)
            if w <= avail_width:
                self.lines.append((number, self.size))
            elif w * self.MIN_SCALE <= avail_width:
                self.lines.append((number, self.size * avail_width / w * 0.999))
            else:
                small = self.size * self.MIN_SCALE
                line = ""
                for group in number.split():
                    candidate = f"{line} {group}".strip()
                    if line and stringWidth(candidate, REGULAR, small) > avail_width:
                        self.lines.append((line, small))
                        candidate = group
                    line = candidate
                self.lines.append((line, small))
        self.width = avail_width
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(INK)
        y = self.height
        for text, size in self.lines:
            y -= self.leading
            c.setFont(REGULAR, size)
            c.drawString(0, y + (self.leading - self.size) * 0.55, text)


def phone_cell(text: str, theme: Theme) -> Flowable:
    if not text.strip():
        return Paragraph("", theme.cell)
    if not _PLAIN_PHONE.fullmatch(text):  # words in another script: a paragraph sets their font
        return Paragraph(esc(text), theme.cell)
    return PhoneCell(text, theme.cell.fontSize * 1.05, theme.cell.leading * 1.05)


_PLAIN_PHONE = re.compile(r"[\x20-\x7e\u00a0-\u024f\u2010-\u2015\n]*")


_EXPANSION = re.compile(r"\s*\([^)]*\)")  # what a role's short name stands for


def contacts_box(
    roles: Sequence[str],
    ctx: SheetContext,
    theme: Theme,
    width: float,
    *,
    lang: str = "en",
    compact: bool = False,
    blank_rows: int | None = None,
) -> Table | None:
    """National referral contacts per role: the user's own, or lines to write them on
    (`compact`: a pocket card's narrow column, the role's column wider and the rows lower, a
    role's name without what it stands for: "IOM"). `blank_rows`: lines to write on for the
    first that many roles without contacts only, the others named in one row ("Also: …")."""
    if not roles:
        return None
    t = theme
    head = [Paragraph(f"<b>{esc(words.word('contacts', lang))}</b>", t.h3), "", ""]
    sub = [
        Paragraph(f"<b>{esc(words.word(x, lang))}</b>", t.cell)
        for x in ("refer_to", "organisation_hours", "phone")
    ]
    if compact:  # two columns: the phone on its own line under the organisation
        head, sub = (
            head[:2],
            [sub[0], Paragraph(f"<b>{esc(words.word('organisation_phone', lang))}</b>", t.cell)],
        )
    rows: list[list[Any]] = [head, sub]
    blank: list[int] = []
    named: list[str] = []  # roles beyond `blank_rows` without contacts
    for role in roles:
        name = ctx.role_titles.get(role, role)
        if compact:  # "IOM (International Organization for Migration)" -> "IOM"
            name = _EXPANSION.sub("", name).strip() or name
        title = Paragraph(esc(clip(name, MAX_FIELD)), t.cell)
        entries = ctx.contacts.get(role, ())
        if not entries and blank_rows is not None and len(blank) >= blank_rows:
            named.append(clip(name, MAX_FIELD))
            continue
        if not entries:
            blank.append(len(rows))
            rows.append([title, ""] if compact else [title, "", ""])
            continue
        for n, e in enumerate(entries):
            org = esc(clip(e.organisation, MAX_FIELD)) + (
                f" ({esc(clip(e.country, MAX_FIELD))})" if e.country else ""
            )
            if e.hours:  # under the organisation, where it wraps only between words
                org += f"<br/>{esc(clip(e.hours, MAX_FIELD))}"
            if e.notes:  # the rest of long notes stays on screen: a cell must fit on a page
                org += f"<br/><font size={t.cite.fontSize:.1f}>{esc(clip(e.notes, MAX_NOTES))}</font>"
            cells: list[Any] = [Paragraph(org, t.cell), phone_cell(clip(e.phone, MAX_FIELD), t)]
            if compact:
                cells = [cells]
            rows.append([title if n == 0 else "", *cells])
    also = len(rows)
    if named:
        said = f"<b>{esc(words.word('contacts_also', lang))}</b> " + esc(" · ".join(named))
        rows.append([Paragraph(said, t.cell)] + [""] * (1 if compact else 2))
    widths = [width * 0.55, width * 0.45] if compact else [width * 0.3, width * 0.42, width * 0.28]
    table = ContactsTable(rows, colWidths=widths, repeatRows=ContactsTable.HEADER_ROWS)
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 1.5, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK),
        ("LINEAFTER", (0, 1), (0, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3 if compact else 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 if compact else 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if compact else 3),
    ]
    # a row tall enough to write a name and number by hand (5 mm on a pocket card)
    writing = max(5 * mm, t.body.fontSize * 1.9) if compact else t.body.fontSize * 2.1
    pad = 2 if compact else 3
    if named:
        style.append(("SPAN", (0, also), (-1, also)))
    for r in blank:
        style.append(("TOPPADDING", (0, r), (0, r), pad))
        style.append(("BOTTOMPADDING", (0, r), (0, r), max(pad, writing - t.cell.leading - pad)))
    table.setStyle(table_style(style))
    return table
