"""The sections of a handout pack, one function per kind of entry: a pathway (its checklist,
flow chart, signs and the activities it serves), the aid, an Adelaide area, a guide, a member or
group, an event, a role with its contacts box, official text, a saved checklist."""

from __future__ import annotations

from collections.abc import Callable

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

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.naming import citation
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.records import Item
from bali_desktop.domain.route_words import sheet_word
from bali_desktop.pdf import words
from bali_desktop.pdf.blocks import (
    PackContext,
    bullets,
    guidance_label,
    official_quote,
    text_block,
    titles_line,
)
from bali_desktop.pdf.boxes import contacts_box, reminder_box
from bali_desktop.pdf.checklist_pdf import checklist_story
from bali_desktop.pdf.flowchart import pause_point_chart
from bali_desktop.pdf.job import Section
from bali_desktop.pdf.page import heading
from bali_desktop.pdf.styles import INK, RULE, Paragraph, esc, table_style


def pathway_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t, pathway = pc.theme, Pathway.from_item(item)
    checklist = s.checklist  # without its signs (they get a page of their own below) and purpose
    assert checklist is not None, "a pathway section comes with its checklist"
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), guidance_label(pc)]
    story.append(Paragraph(esc(pathway.purpose), t.subtitle))
    story += checklist_story(
        checklist,
        pc.sheet,
        t,
        pc.width,
        heading=heading(esc(words.word("checklist", pc.lang)), t.h2, 1),
        lang=pc.lang,
        guidance_label=False,
        frame_height=pc.frame_height,
    )
    # The flow chart, drawn as vector graphics: two columns of pause points (one, in large print).
    columns = not t.large
    story += [
        NextPageTemplate("columns" if columns else "normal"),
        PageBreak(),
        heading(esc(words.word("flow_chart", pc.lang)), t.h2.clone("h2-col", spaceBefore=0), 1),
        Paragraph(
            f"{esc(item.title)}. {esc(words.word('flow_chart_note', pc.lang))} "
            f"{esc(words.word('guidance_label', pc.lang))}.",
            t.cite,
        ),
        Spacer(1, 4),
    ]
    chart_width = pc.column_width if columns else pc.width * 0.8
    for k in range(len(checklist.pause_points)):
        story.append(
            pause_point_chart(
                checklist, k, chart_width, t.chart_font, max_height=pc.frame_height - 30, lang=pc.lang
            )
        )
        story.append(Spacer(1, 8))
    story += [NextPageTemplate("normal"), PageBreak()]
    if pathway.indicators:
        story.append(heading(esc(words.word("signs", pc.lang)), t.h2.clone("h2-top", spaceBefore=0), 1))
        story.append(guidance_label(pc))
        story.append(Paragraph(esc(sheet_word("signs_rule", pc.lang)), t.small))
        for group in pathway.indicators:
            block: list[Flowable] = [
                Paragraph(f"<b>{esc(group.dimension)}</b>", t.body.clone("dim", spaceBefore=4, spaceAfter=1))
            ]
            block += bullets(list(group.indicators), pc, t.cell)
            story.append(KeepTogether(block))
    activities = s.activities
    if activities:
        story.append(CondPageBreak(40 * mm))
        story.append(heading(esc(words.word("activities_served", pc.lang)), t.h2, 1))
        for a in activities:
            story += official_quote(a, pc)
    story += titles_line(words.word("related_guides", pc.lang), list(pathway.guides), pc)
    return story


def aid_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t, data = pc.theme, item.data
    story: list[Flowable] = [
        heading(esc(item.title), t.h1, 0, item.title),
        guidance_label(pc),
        Paragraph(esc(data.get("purpose", "")), t.subtitle),
    ]
    w = pc.width
    rows = [
        [
            Paragraph(f"<b>{esc(words.word(x, pc.lang))}</b>", t.cell)
            for x in ("question", "smuggling", "trafficking")
        ]
    ]
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
        story += [reminder_box(words.word("remember", pc.lang), data["remember"], t, w), Spacer(1, 6)]
    if data.get("based_on"):
        story.append(
            Paragraph(
                f"<b>{esc(words.word('based_on', pc.lang))}</b> " + esc("; ".join(data["based_on"])) + ".",
                t.cite,
            )
        )
    return story


def area_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t = pc.theme
    title = s.title
    story: list[Flowable] = [heading(esc(title), t.h1, 0, title)]
    story += official_quote(item, pc)
    story.append(heading(esc(words.word("activities", pc.lang)), t.h2, 1))
    for a in s.activities:
        number = a.data.get("number") or ""
        story += official_quote(a, pc, lead=f"{number}." if number else "")
    guides, pathways = s.guides, s.pathways
    if guides:
        story.append(heading(esc(words.word("guides_for_area", pc.lang)), t.h2, 1))
        story.append(guidance_label(pc))
        for g in guides:
            year = g.data.get("year") or "year not confirmed"
            story.append(
                Paragraph(f"<b>{esc(g.title)}</b> ({esc(year)}). {esc(g.data.get('purpose', ''))}", t.body)
            )
    if pathways:
        story.append(heading(esc(words.word("pathways_for_area", pc.lang)), t.h2, 1))
        story.append(guidance_label(pc))
        for p in pathways:
            story.append(Paragraph(f"<b>{esc(p.title)}</b>. {esc(p.data.get('purpose', ''))}", t.body))
    return story


def guide_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t, d = pc.theme, item.data
    lang = pc.lang
    year = d.get("year") or words.word("year_not_confirmed", lang)
    if d.get("year_note"):
        year += f" ({d['year_note']})"
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), guidance_label(pc)]
    rows = [
        (words.word("year", lang), year),
        (words.word("produced_by", lang), d.get("producer", "")),
        (words.word("for", lang), d.get("audience", "")),
        (words.word("purpose", lang), d.get("purpose", "")),
    ]
    table = Table(
        [[Paragraph(f"<b>{esc(k)}</b>", t.cell), Paragraph(esc(v), t.cell)] for k, v in rows],
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
    story += [table, Spacer(1, 6), Paragraph(f"<b>{esc(words.word('key_points', lang))}</b>", t.body)]
    story += bullets(d.get("key_points", []), pc)
    story.append(Paragraph(esc(words.word("facts_source", lang)) + " " + esc(d.get("source", "")), t.cite))
    story.append(Spacer(1, 4))
    story += titles_line(words.word("pathways", lang), d.get("pathways", []), pc)
    story += titles_line(words.word("strategy_activities", lang), d.get("activities", []), pc)
    return story


def member_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t = pc.theme
    what = {"member": "Member", "observer": "Observer"}.get(item.kind, item.kind.title())
    category = item.data.get("category", "")
    whom = "government" if category == "government" else "organisation"
    english = f"{what} {whom} of the Bali Process"  # as the shipped default text says it
    key = f"{item.kind}_{whom}"
    sub = words.word(key, pc.lang) if key in words.WORDS else english
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), Paragraph(esc(sub), t.subtitle)]
    # a translated text ends with its status line ("Terjemahan: belum diperiksa …")
    first, _, status = item.text.strip().partition("\n")
    if first.rstrip(".") not in (english, sub):  # the default text says no more than the subtitle
        story += text_block(item, pc)
    else:
        if status.strip():
            story.append(Paragraph(esc(status.strip()), t.cite))
        if item.source:
            based_on = words.word("based_on", pc.lang)
            story.append(Paragraph(f"{esc(based_on)} {esc(citation(item, pc.lang))}", t.cite))
    story += titles_line(
        words.word("groups", pc.lang), [r for r in item.related if r.startswith("group:")], pc
    )
    return story


def group_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t = pc.theme
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title)]
    if item.data.get("established"):
        story.append(
            Paragraph(
                f"{esc(words.word('established', pc.lang))} {esc(item.data['established'])}", t.subtitle
            )
        )
    story += text_block(item, pc)
    story += titles_line(words.word("members", pc.lang), list(item.data.get("membership", [])), pc)
    return story


def event_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t = pc.theme
    return [
        heading(esc(item.title), t.h1, 0, item.title),
        Paragraph(esc(item.data.get("date", "")), t.subtitle),
        *text_block(item, pc),
    ]


def role_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t = pc.theme
    story: list[Flowable] = [heading(esc(item.title), t.h1, 0, item.title), *text_block(item, pc)]
    box = contacts_box([item.id], pc.sheet, t, pc.width, lang=pc.lang)
    return story + ([Spacer(1, 6), box] if box else [])


def official_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    t = pc.theme
    return [heading(esc(item.title), t.h1, 0, item.title), *official_quote(item, pc)]


def generic_section(s: Section, pc: PackContext) -> list[Flowable]:
    item = _item(s)
    return [heading(esc(item.title), pc.theme.h1, 0, item.title), *text_block(item, pc)]


def checklist_section(s: Section, pc: PackContext) -> list[Flowable]:
    checklist = s.entry
    assert isinstance(checklist, Checklist)
    t = pc.theme
    head = heading(esc(checklist.title), t.h1, 0, checklist.title)
    return checklist_story(
        checklist, pc.sheet, t, pc.width, heading=head, frame_height=pc.frame_height, lang=pc.lang
    )


SECTIONS: dict[str, Callable[[Section, PackContext], list[Flowable]]] = {
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


def section(s: Section, pc: PackContext) -> list[Flowable]:
    if isinstance(s.entry, Checklist):
        return checklist_section(s, pc)
    return SECTIONS.get(s.entry.kind, generic_section)(s, pc)


def _item(s: Section) -> Item:
    assert isinstance(s.entry, Item), "a content section prints an item"
    return s.entry
