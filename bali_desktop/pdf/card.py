"""A one-page counter card per pathway (A4, Letter, A5): the critical steps of the full sheet's
route (`builders.card_from_pathway`) with the sheet's own step numbers, the case reference and
date, the "Never" box and the local contacts box, on the model of the WHO Surgical Safety
Checklist's single page and the IASC pocket card.

It is laid out at the largest type that fits one page in two columns on A4 and Letter; the
"Never" box is the first thing left off, and said so, when even the smallest type does not fit
with it. An A5 pocket card is one sheet printed on both sides (two pages, in one column): every
critical step does not fit one A5 side at a type that can be read (15 to 24 of them a pathway),
so its front holds the route's decisions with their answers, its back the "Never" and contacts
boxes."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from bali_desktop.domain.checklist import TYPE_HELP, Checklist
from bali_desktop.pdf import words
from bali_desktop.pdf.boxes import (
    case_label,
    case_reference_field,
    contacts_box,
    pause_point_bar,
    reminder_box,
)
from bali_desktop.pdf.checklist_pdf import CheckItem
from bali_desktop.pdf.job import PrintJob
from bali_desktop.pdf.page import Document, PageInfo, canvasmaker
from bali_desktop.pdf.styles import Margins, Paragraph, Theme, esc, page_size, theme

SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5)  # body sizes tried, largest first
POCKET_SIZES = (6.0, 5.5)  # and then on an A5 pocket card
CARD_MARGINS = Margins(left=14 * mm, right=12 * mm, top=12 * mm, bottom=17 * mm)
# an A5 pocket card's back carries the header with the case reference and date above it
POCKET_MARGINS = Margins(left=12 * mm, right=10 * mm, top=22 * mm, bottom=17 * mm)


def card_pdf(job: PrintJob) -> tuple[bytes, int]:
    """The card as PDF bytes and its page count (1, or 2 for an A5 pocket card, unless nothing
    fits)."""
    assert job.sheet is not None and job.card_numbers is not None, "a card is made from a sheet"
    if _pocket(job):
        return _pocket_pdf(job)
    best: tuple[bytes, int] | None = None
    for with_never in (True, False):
        for size in SIZES if with_never else (*SIZES, *POCKET_SIZES):  # the smallest: a last resort
            data, pages = _build(job, card_story(job, theme(False, size), _width(job), with_never=with_never))
            if pages <= 1:
                return data, pages
            if best is None or pages < best[1]:
                best = (data, pages)
    assert best is not None
    return best


def _pocket_pdf(job: PrintJob) -> tuple[bytes, int]:
    """An A5 pocket card: one sheet, both sides. The front holds the route's decisions with their
    answers (every critical step does not fit one A5 side at a type that can be read), the back
    the "Never" box and the contacts box; each side at the largest type that fits it."""
    width = _width(job)
    sizes = (*SIZES, *POCKET_SIZES)

    def fits(part: list[Flowable]) -> bool:
        return _build(job, part)[1] <= 1

    steps = decisions_only(job.sheet)
    front_t = next(
        (theme(False, z) for z in sizes if fits(front(job, theme(False, z), width, steps))), None
    ) or theme(False, sizes[-1])
    back_t, with_never = theme(False, sizes[-1]), False
    for never in (True, False):
        found = next((z for z in sizes if fits(back(job, theme(False, z), width, with_never=never))), None)
        if found is not None:
            back_t, with_never = theme(False, found), never
            break
    story = [
        *front(job, front_t, width, steps),
        PageBreak(),
        *back(job, back_t, width, with_never=with_never),
    ]
    return _build(job, story)


def _width(job: PrintJob) -> float:
    """The width of a card's text column (one of two on A4 and Letter)."""
    m = POCKET_MARGINS if _pocket(job) else CARD_MARGINS
    width = page_size(job.options.paper)[0] - m.left - m.right
    return width if _pocket(job) else (width - 6 * mm) / 2


def _build(job: PrintJob, story: list[Flowable]) -> tuple[bytes, int]:
    checklist = job.sheet
    assert checklist is not None and job.card_numbers is not None
    options = job.options
    lang = options.lang
    paper = page_size(options.paper)
    columns = not _pocket(job)
    t = theme(False, 6.5)  # the header and footer: the same on every card
    m = POCKET_MARGINS if _pocket(job) else CARD_MARGINS
    title = options.title or checklist.title
    info = PageInfo(
        title=title,
        content_version=job.content_version,
        printed=options.print_date(),
        note=f"{words.word('guidance_label', lang)}.",
        header_from=2,
        case_label=case_label(checklist.case_reference_label, lang) if _pocket(job) else "",
        header_size=t.header_size,
        footer_size=max(6.5, t.footer_size),
        lang=lang,
    )
    buf = io.BytesIO()
    doc = Document(buf, pagesize=paper, margins=m, title=title, subject=words.word("card_subject", lang))
    if columns:
        doc.pageTemplates.reverse()  # start on the two-column page
    doc.build(list(story), canvasmaker=canvasmaker(info, m))
    return buf.getvalue(), doc.page


def _pocket(job: PrintJob) -> bool:
    return job.options.paper.lower() == "a5"


def card_story(job: PrintJob, t: Theme, width: float, *, with_never: bool) -> list[Flowable]:
    """A one-page card: the front and the back in one run (two columns on A4 and Letter)."""
    return [*front(job, t, width), *back(job, t, width, with_never=with_never)]


def decisions_only(sheet: Checklist | None) -> Checklist:
    """The card's steps that ask a decision, with their answers (an A5 pocket card's front)."""
    assert sheet is not None
    out = sheet.copy()
    for pp in out.pause_points:
        pp.items = [i for st in pp.steps() if st.decision is not None for i in (st.item, st.decision)]
    out.pause_points = [pp for pp in out.pause_points if pp.items]
    return out


def front(job: PrintJob, t: Theme, width: float, steps: Checklist | None = None) -> list[Flowable]:
    """The title, the type, the case reference and the critical steps under their pause points
    (`steps`: fewer of them, for a pocket card)."""
    checklist = steps or job.sheet
    assert checklist is not None
    lang = job.options.lang
    numbers = dict(job.card_numbers or {})
    kind = checklist.checklist_type
    story: list[Flowable] = [
        Paragraph(
            esc(job.options.title or checklist.title),
            t.title.clone("card-title", fontSize=t.h2.fontSize * 1.1, leading=t.h2.fontSize * 1.3),
        ),
        Paragraph(
            f"<b>{esc(words.word('counter_card', lang))} · {esc(kind)}</b>: "
            f"{esc(words.type_help(kind, lang) or TYPE_HELP.get(kind, ''))} "
            f"{esc(words.word('pocket_numbers' if steps else 'card_numbers', lang))}",
            t.cite,
        ),
        Spacer(1, 2),
    ]
    story += case_reference_field(checklist.case_reference_label, t, width, lang=lang)
    story.append(Spacer(1, t.body.fontSize * 0.5))
    for pp in checklist.pause_points:
        bar = pause_point_bar(pp.title, pp.when, t, width, lang=lang)
        flow: list[Flowable] = [
            CheckItem.for_step(
                numbers.get(step.item.uid, 0),
                step,
                numbers,
                t,
                lang=lang,
                answer_boxes=False,
                write_lines=False,
                inline_answers=_pocket(job),
            )
            for step in pp.steps()
        ]
        if flow:
            story.append(KeepTogether([bar, Spacer(1, 1), flow[0]]))
            story += flow[1:]
        story.append(Spacer(1, t.body.fontSize * 0.4))
    return story


def back(job: PrintJob, t: Theme, width: float, *, with_never: bool) -> list[Flowable]:
    """The "Never" box (or a line saying it is on the full sheet) and the local contacts box."""
    checklist = job.sheet
    assert checklist is not None
    lang = job.options.lang
    story: list[Flowable] = []
    if with_never:
        for reminder in checklist.reminders:
            if reminder.lines:
                title = words.reminder_title(reminder.title, lang)
                story += [KeepTogether(reminder_box(title, reminder.lines, t, width)), Spacer(1, 4)]
    else:
        story.append(Paragraph(esc(words.word("card_never_left_off", lang)), t.cite))
    box = contacts_box(checklist.contact_roles, job.contacts, t, width, lang=lang)
    if box is not None:
        story += [Spacer(1, 3), box]
    story.append(Paragraph(esc(words.word("guidance_label", lang)) + ".", t.cite))
    return story
