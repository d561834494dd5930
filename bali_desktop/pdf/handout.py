"""A trainer's handout pack: cover, contents with page numbers, then one section per chosen item
(pathway with checklist and flow chart, aid, strategy area, guide, member, group, checklist...)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from bali_desktop.checklists import builders
from bali_desktop.domain import labels
from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.records import Item
from bali_desktop.pdf.checklist_pdf import SheetContext, checklist_story, contacts_box, reminder_box
from bali_desktop.pdf.flowchart import pause_point_chart
from bali_desktop.pdf.page import heading
from bali_desktop.pdf.styles import GUIDANCE_LABEL, INK, RULE, Paragraph, Theme, esc, table_style

if TYPE_CHECKING:
    from bali_desktop.storage.library import Library

PACK_NOTE = (
    "Official Bali Process text is quoted word for word with its source; "
    "all other text is guidance — not official Bali Process text."
)


@dataclass
class PackContext:
    library: Library
    sheet: SheetContext
    theme: Theme
    width: float  # frame width
    column_width: float
    frame_height: float


Entry = Item | Checklist


# --- cover and contents ------------------------------------------------------------------------


def cover(
    title: str,
    workshop: str,
    date: str,
    content_version: str,
    printed: str,
    entries: list[Entry],
    pc: PackContext,
) -> list[Flowable]:
    t = pc.theme
    big = t.title.clone(
        "cover-title", fontSize=t.title.fontSize * 1.6, leading=t.title.fontSize * 1.6 * 1.15, spaceAfter=10
    )
    mid = t.h2.clone("cover-mid", spaceBefore=4, spaceAfter=4)
    story: list[Flowable] = [Spacer(1, 45 * mm), Paragraph(esc(title), big)]
    if workshop:
        story.append(Paragraph(esc(workshop), mid))
    if date:
        story.append(Paragraph(esc(date), t.h3))
    story += [Spacer(1, 14 * mm), _rule(pc.width), Spacer(1, 3 * mm)]
    story.append(
        Paragraph(
            f"This pack holds {len(entries)} "
            f"{'section' if len(entries) == 1 else 'sections'}: "
            + esc("; ".join(_entry_title(e) for e in entries))
            + ".",
            t.body,
        )
    )
    story.append(Paragraph(esc(PACK_NOTE), t.body))
    story.append(
        Paragraph(
            "Checklists say their type. <b>READ-DO</b>: read each item, then do it. "
            "<b>DO-CONFIRM</b>: do the work, then stop and confirm each item. "
            "Write no names on them: use a case reference.",
            t.body,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            f"Made with Bali Desktop, content version {esc(content_version)}, printed {esc(printed)}.",
            t.small,
        )
    )
    return story


def contents(pc: PackContext) -> list[Flowable]:
    t = pc.theme
    toc = TableOfContents(dotsMinLevel=0)
    toc.tableStyle = table_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    toc.levelStyles = [
        t.body.clone(
            "toc0",
            fontName=t.cell_bold.fontName,
            leftIndent=0,
            firstLineIndent=0,
            spaceBefore=t.body.fontSize * 0.5,
            spaceAfter=0,
        ),
        t.body.clone("toc1", leftIndent=t.body.fontSize * 1.5, firstLineIndent=0, spaceAfter=0),
    ]
    return [heading("Contents", t.h1, None), toc]


def _entry_title(entry: Entry) -> str:
    if isinstance(entry, Checklist):
        return entry.title
    if entry.kind == "area":
        return builders.area_title(entry)
    return entry.title


def _rule(width: float) -> Table:
    table = Table([[""]], colWidths=[width], rowHeights=[2])
    table.setStyle(table_style([("LINEABOVE", (0, 0), (-1, 0), 1.2, INK)]))
    return table


# --- blocks shared by sections ------------------------------------------------------------------


def guidance_label(pc: PackContext, kind: str = "pathway") -> Paragraph:
    """Whose words these are: guidance for advice, our summary for facts (who's who, timeline)."""
    return Paragraph(esc(labels.ours(kind)), pc.theme.label)


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
        "Official text — " + esc(builders.citation(item)),
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
        out.append(Paragraph("Based on: " + esc(builders.citation(item)), t.cite))
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


def _titles_line(label: str, refs: list[str], pc: PackContext) -> list[Flowable]:
    if not refs:
        return []
    titles = pc.library.titles(refs)
    names = [titles.get(r, r) for r in refs]
    return [Paragraph(f"<b>{esc(label)}:</b> " + esc("; ".join(names)) + ".", pc.theme.body)]


# --- sections -------------------------------------------------------------------------------------


def pathway_section(item: Item, pc: PackContext) -> list[Flowable]:
    t, data = pc.theme, item.data
    checklist = builders.from_pathway(item, pc.library)
    # the signs get a page of their own below, grouped and in full; the purpose is printed above
    checklist.reminders = [r for r in checklist.reminders if r.title != builders.SIGNS_TITLE]
    checklist.purpose = ""
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), guidance_label(pc)]
    story.append(Paragraph(esc(data.get("purpose", "")), t.subtitle))
    story += checklist_story(
        checklist,
        pc.sheet,
        t,
        pc.width,
        heading=heading("Checklist", t.h2, 1),
        guidance_label=False,
        frame_height=pc.frame_height,
    )
    # The flow chart, drawn as vector graphics: two columns of pause points (one, in large print).
    columns = not t.large
    story += [
        NextPageTemplate("columns" if columns else "normal"),
        PageBreak(),
        heading("Flow chart", t.h2.clone("h2-col", spaceBefore=0), 1),
        Paragraph(
            f"{esc(item.title)}. Numbers match the checklist and the pathway's steps on "
            f"screen. {esc(GUIDANCE_LABEL)}.",
            t.cite,
        ),
        Spacer(1, 4),
    ]
    chart_width = pc.column_width if columns else pc.width * 0.8
    for k in range(len(checklist.pause_points)):
        story.append(
            pause_point_chart(checklist, k, chart_width, t.chart_font, max_height=pc.frame_height - 30)
        )
        story.append(Spacer(1, 8))
    story += [NextPageTemplate("normal"), PageBreak()]
    if data.get("indicators"):
        story.append(heading("Signs to look for", t.h2.clone("h2-top", spaceBefore=0), 1))
        story.append(guidance_label(pc))
        story.append(Paragraph("No single sign proves or rules out a case. If in doubt, refer.", t.small))
        for group in data["indicators"]:
            block = [
                Paragraph(
                    f"<b>{esc(group['dimension'])}</b>", t.body.clone("dim", spaceBefore=4, spaceAfter=1)
                )
            ]
            block += bullets(group["indicators"], pc, t.cell)
            story.append(KeepTogether(block))
    activities = [a for a in (pc.library.get(r) for r in data.get("activities", [])) if a]
    if activities:
        story.append(CondPageBreak(40 * mm))
        story.append(heading("Adelaide Strategy activities this pathway serves", t.h2, 1))
        for a in activities:
            story += official_quote(a, pc)
    story += _titles_line("Related guides (see their sections in Bali Desktop)", data.get("guides", []), pc)
    return story


def aid_section(item: Item, pc: PackContext) -> list[Flowable]:
    t, data = pc.theme, item.data
    story: list[Flowable] = [
        heading(esc(item.title), t.h1, 0, item.title),
        guidance_label(pc),
        Paragraph(esc(data.get("purpose", "")), t.subtitle),
    ]
    w = pc.width
    rows = [[Paragraph(f"<b>{x}</b>", t.cell) for x in ("Question", "Smuggling", "Trafficking")]]
    for q in data.get("questions", []):
        rows.append(
            [
                Paragraph(f"<b>{esc(q['question'])}</b>", t.cell),
                Paragraph(esc(q["smuggling"]), t.cell),
                Paragraph(esc(q["trafficking"]), t.cell),
            ]
        )
    table = Table(rows, colWidths=[w * 0.26, w * 0.37, w * 0.37], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("LINEBELOW", (0, 0), (-1, 0), 1.0, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
                ("LINEAFTER", (0, 0), (-2, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story += [table, Spacer(1, 8)]
    if data.get("remember"):
        story += [reminder_box("Remember", data["remember"], t, w), Spacer(1, 6)]
    if data.get("based_on"):
        story.append(Paragraph("<b>Based on:</b> " + esc("; ".join(data["based_on"])) + ".", t.cite))
    return story


def area_section(item: Item, pc: PackContext) -> list[Flowable]:
    t, lib = pc.theme, pc.library
    title = builders.area_title(item)
    story: list[Flowable] = [heading(esc(title), t.h1, 0, title)]
    story += official_quote(item, pc)
    activities = lib.children(item.ref)
    story.append(heading("Activities", t.h2, 1))
    for a in activities:
        number = a.data.get("number") or ""
        story += official_quote(a, pc, lead=f"{number}." if number else "")
    refs = {a.ref for a in activities}
    guides = [g for g in lib.items("guide") if refs & set(g.data.get("activities", []))]
    pathways = [p for p in lib.items("pathway") if refs & set(p.data.get("activities", []))]
    if guides:
        story.append(heading("Guides and tool kits for this area", t.h2, 1))
        story.append(guidance_label(pc))
        for g in guides:
            year = g.data.get("year") or "year not confirmed"
            story.append(
                Paragraph(f"<b>{esc(g.title)}</b> ({esc(year)}). {esc(g.data.get('purpose', ''))}", t.body)
            )
    if pathways:
        story.append(heading("Referral pathways that serve this area", t.h2, 1))
        story.append(guidance_label(pc))
        for p in pathways:
            story.append(Paragraph(f"<b>{esc(p.title)}</b>. {esc(p.data.get('purpose', ''))}", t.body))
    return story


def guide_section(item: Item, pc: PackContext) -> list[Flowable]:
    t, d = pc.theme, item.data
    year = d.get("year") or "not confirmed"
    if d.get("year_note"):
        year += f" ({d['year_note']})"
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), guidance_label(pc)]
    rows = [
        ("Year", year),
        ("Produced by", d.get("producer", "")),
        ("For", d.get("audience", "")),
        ("Purpose", d.get("purpose", "")),
    ]
    table = Table(
        [[Paragraph(f"<b>{k}</b>", t.cell), Paragraph(esc(v), t.cell)] for k, v in rows],
        colWidths=[pc.width * 0.2, pc.width * 0.8],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    story += [table, Spacer(1, 6), Paragraph("<b>Key points (our summary)</b>", t.body)]
    story += bullets(d.get("key_points", []), pc)
    story.append(Paragraph("Source of these facts: " + esc(d.get("source", "")), t.cite))
    story.append(Spacer(1, 4))
    story += _titles_line("Pathways", d.get("pathways", []), pc)
    story += _titles_line("Adelaide Strategy activities", d.get("activities", []), pc)
    return story


def member_section(item: Item, pc: PackContext) -> list[Flowable]:
    t = pc.theme
    what = {"member": "Member", "observer": "Observer"}.get(item.kind, item.kind.title())
    category = item.data.get("category", "")
    sub = f"{what} {'government' if category == 'government' else 'organisation'} of the Bali Process"
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), Paragraph(esc(sub), t.subtitle)]
    if item.text.rstrip(".") != sub:  # the default text says no more than the subtitle
        story += text_block(item, pc)
    elif item.source:
        story.append(Paragraph("Based on: " + esc(builders.citation(item)), t.cite))
    story += _titles_line("Groups", [r for r in item.related if r.startswith("group:")], pc)
    return story


def group_section(item: Item, pc: PackContext) -> list[Flowable]:
    t = pc.theme
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title)]
    if item.data.get("established"):
        story.append(Paragraph(f"Established: {esc(item.data['established'])}", t.subtitle))
    story += text_block(item, pc)
    story += _titles_line("Members", list(item.data.get("membership", [])), pc)
    return story


def event_section(item: Item, pc: PackContext) -> list[Flowable]:
    t = pc.theme
    return [
        heading(esc(item.title), t.h1, 0, item.title),
        Paragraph(esc(item.data.get("date", "")), t.subtitle),
        *text_block(item, pc),
    ]


def role_section(item: Item, pc: PackContext) -> list[Flowable]:
    t = pc.theme
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), *text_block(item, pc)]
    box = contacts_box([item.id], pc.sheet, t, pc.width)
    return story + ([Spacer(1, 6), box] if box else [])


def official_section(item: Item, pc: PackContext) -> list[Flowable]:
    t = pc.theme
    return [heading(esc(item.title), t.h1, 0, item.title), *official_quote(item, pc)]


def generic_section(item: Item, pc: PackContext) -> list[Flowable]:
    return [heading(esc(item.title), pc.theme.h1, 0, item.title), *text_block(item, pc)]


def checklist_section(checklist: Checklist, pc: PackContext) -> list[Flowable]:
    t = pc.theme
    head = heading(esc(checklist.title), t.h1, 0, checklist.title)
    return checklist_story(checklist, pc.sheet, t, pc.width, heading=head, frame_height=pc.frame_height)


SECTIONS: dict[str, Callable[[Item, PackContext], list[Flowable]]] = {
    "pathway": pathway_section,
    "aid": aid_section,
    "area": area_section,
    "guide": guide_section,
    "member": member_section,
    "observer": member_section,
    "group": group_section,
    "event": event_section,
    "role": role_section,
    "commitment": official_section,
    "objective": official_section,
    "principle": official_section,
    "passage": official_section,
}


def section(entry: Entry, pc: PackContext) -> list[Flowable]:
    if isinstance(entry, Checklist):
        return checklist_section(entry, pc)
    return SECTIONS.get(entry.kind, generic_section)(entry, pc)


# Sections that start on a page of their own; shorter ones (a member, a commitment, a role)
# follow on the same page when there is room, to save paper for twenty copies.
LONG_KINDS = ("pathway", "aid", "area", "guide", "checklist")


def starts_page(entry: Entry) -> bool:
    return isinstance(entry, Checklist) or entry.kind in LONG_KINDS


def pack_story(
    entries: list[Entry],
    *,
    title: str,
    workshop: str,
    date: str,
    content_version: str,
    printed: str,
    pc: PackContext,
) -> list[Flowable]:
    story = cover(title, workshop, date, content_version, printed, entries, pc)
    story += [PageBreak(), *contents(pc)]
    previous_long = True
    for entry in entries:
        if starts_page(entry) or previous_long:
            story += [NextPageTemplate("normal"), PageBreak()]
        else:
            story += [
                Spacer(1, pc.theme.body.fontSize * 1.5),
                CondPageBreak(pc.frame_height * 0.3),
                _rule(pc.width),
                Spacer(1, pc.theme.body.fontSize * 0.5),
            ]
        story += section(entry, pc)
        previous_long = starts_page(entry)
    return story
