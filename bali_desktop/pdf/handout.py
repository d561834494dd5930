"""A trainer's handout pack: cover, contents with page numbers, then one section per chosen
entry (`sections.py`), long ones each on new pages, short ones sharing a page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, NextPageTemplate, PageBreak, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

from bali_desktop.domain.checklist import Checklist
from bali_desktop.pdf import words
from bali_desktop.pdf.blocks import PackContext, rule
from bali_desktop.pdf.job import Section
from bali_desktop.pdf.page import heading
from bali_desktop.pdf.sections import section
from bali_desktop.pdf.styles import Paragraph, esc, table_style

PACK_NOTE = words.word("pack_note")  # the footer of every page; in the pack's language: pack_note


# --- cover and contents ------------------------------------------------------------------------


def cover(
    title: str,
    workshop: str,
    date: str,
    content_version: str,
    printed: str,
    sections: tuple[Section, ...],
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
    story += [Spacer(1, 14 * mm), rule(pc.width), Spacer(1, 3 * mm)]
    lang = pc.lang
    holds = "pack_holds_one" if len(sections) == 1 else "pack_holds"
    titles = esc("; ".join(s.title for s in sections))
    story.append(Paragraph(words.word(holds, lang, n=len(sections), titles=titles), t.body))
    story.append(Paragraph(esc(words.word("pack_note", lang)), t.body))
    story.append(Paragraph(words.word("pack_types", lang), t.body))  # our own markup: <b>
    story.append(Spacer(1, 3 * mm))
    made = words.word("pack_made", lang, version=esc(content_version), printed=esc(printed))
    story.append(Paragraph(made, t.small))
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
    return [heading(esc(words.word("contents", pc.lang)), t.h1, None), toc]


# Sections that start on a page of their own; shorter ones (a member, a commitment, a role)
# follow on the same page when there is room, to save paper for twenty copies.
LONG_KINDS = ("pathway", "aid", "area", "guide", "checklist")


def starts_page(s: Section) -> bool:
    return isinstance(s.entry, Checklist) or s.entry.kind in LONG_KINDS


def pack_story(
    sections: tuple[Section, ...],
    *,
    title: str,
    workshop: str,
    date: str,
    content_version: str,
    printed: str,
    pc: PackContext,
) -> list[Flowable]:
    story = cover(title, workshop, date, content_version, printed, sections, pc)
    story += [PageBreak(), *contents(pc)]
    previous_long = True
    for k, entry in enumerate(sections):
        if starts_page(entry) or previous_long:
            story += [NextPageTemplate("normal"), PageBreak()]
        else:
            story += [
                Spacer(1, pc.theme.body.fontSize * 1.5),
                CondPageBreak(pc.frame_height * 0.3),
                rule(pc.width),
                Spacer(1, pc.theme.body.fontSize * 0.5),
            ]
        flows = section(entry, pc)
        last_on_page = k + 1 == len(sections) or starts_page(entry) or starts_page(sections[k + 1])
        story += keep_tail(flows, pc) if last_on_page else flows
        previous_long = starts_page(entry)
    return story


TAIL_LINES = 6  # a section's last page holds at least this many body lines: never a stub


def keep_tail(flows: list[Flowable], pc: PackContext) -> list[Flowable]:
    """A section that ends a page: its last flowables, TAIL_LINES body lines at least, kept
    together, so that a page it runs on to holds more than a stub of a few lines."""
    need = pc.theme.body.leading * TAIL_LINES
    total, start = 0.0, len(flows)
    while start > 0 and total < need:
        start -= 1
        total += _height(flows[start], pc)
    if start == 0 or total > pc.frame_height * 0.6:
        return flows
    return [*flows[:start], KeepTogether(flows[start:])]


def _height(flow: Flowable, pc: PackContext) -> float:
    """A flowable's height at the pack's width (a group's: its parts')."""
    parts = getattr(flow, "_content", None)
    if parts is not None:
        return sum(_height(f, pc) for f in parts)
    return float(flow.wrap(pc.width, pc.frame_height)[1])
