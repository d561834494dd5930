"""What every section of a handout pack is laid out with: the page measures, the contacts and
titles gathered for the pack, and the blocks sections share (whose words, an official quotation,
an item's text, bullets, a line of linked titles)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from bali_desktop.domain import labels
from bali_desktop.domain.naming import citation
from bali_desktop.domain.records import Item
from bali_desktop.pdf import words
from bali_desktop.pdf.job import SheetContext
from bali_desktop.pdf.styles import INK, Paragraph, Theme, esc, table_style


@dataclass(frozen=True)
class PackContext:
    sheet: SheetContext
    titles: Mapping[str, str]  # the titles of the items sections name
    theme: Theme
    width: float  # frame width
    column_width: float
    frame_height: float
    lang: str = "en"  # the pack's fixed words (pdf/words.py)


def rule(width: float) -> Table:
    table = Table([[""]], colWidths=[width], rowHeights=[2])
    table.setStyle(table_style([("LINEABOVE", (0, 0), (-1, 0), 1.2, INK)]))
    return table


def guidance_label(pc: PackContext, kind: str = "pathway") -> Paragraph:
    """Whose words these are: guidance for advice, our summary for facts (who's who, timeline)."""
    text = labels.ours(kind) if pc.lang == "en" else words.word("guidance_label", pc.lang) + "."
    return Paragraph(esc(text), pc.theme.label)


def official_quote(item: Item, pc: PackContext, *, lead: str = "") -> list[Flowable]:
    """Official text exactly as stored, set off by a rule, with its document and locator."""
    t = pc.theme
    body = Paragraph((f"<b>{esc(lead)}</b> " if lead else "") + esc(item.text), t.quote)
    box = Table([[body]], colWidths=[pc.width - t.body.fontSize])
    box.setStyle(
        table_style(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    cite = Paragraph(
        esc(words.word("official_text", pc.lang)) + " — " + esc(citation(item, pc.lang)),
        t.cite.clone("quote-cite", leftIndent=t.quote.leftIndent),
    )
    return [KeepTogether([box, Spacer(1, 1), cite]), Spacer(1, t.body.fontSize * 0.6)]


def text_block(item: Item, pc: PackContext) -> list[Flowable]:
    """An item's text: quoted with its source when official, else marked as guidance."""
    if item.official:
        return official_quote(item, pc)
    t = pc.theme
    out: list[Flowable] = [guidance_label(pc, item.kind)]
    out += [Paragraph(esc(par), t.body) for par in item.text.split("\n") if par.strip()]
    if item.source:
        out.append(
            Paragraph(esc(words.word("based_on", pc.lang)) + " " + esc(citation(item, pc.lang)), t.cite)
        )
    return out


def bullets(lines: list[str], pc: PackContext, style: Any = None) -> list[Flowable]:
    t = pc.theme
    st = (style or t.body).clone(
        "bullet",
        leftIndent=t.body.fontSize * 1.2,
        bulletIndent=t.body.fontSize * 0.2,
        spaceAfter=t.body.fontSize * 0.2,
    )
    return [Paragraph(esc(line), st, bulletText="–") for line in lines]


def titles_line(label: str, refs: list[str], pc: PackContext) -> list[Flowable]:
    if not refs:
        return []
    names = [pc.titles.get(r, r) for r in refs]
    return [Paragraph(f"<b>{esc(label)}:</b> " + esc("; ".join(names)) + ".", pc.theme.body)]
