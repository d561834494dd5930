"""A `PrintJob` laid out as PDF bytes: a checklist sheet or a handout pack (cover, contents,
sections). Plain CPU work on data gathered beforehand: it reads no database, so it may run on
any thread (the window runs it on a pool thread)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager

from reportlab.lib.units import mm

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import ExportError, UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP
from bali_desktop.pdf import archival, words
from bali_desktop.pdf.blocks import PackContext
from bali_desktop.pdf.boxes import case_label as case_label_text
from bali_desktop.pdf.checklist_pdf import checklist_story
from bali_desktop.pdf.handout import pack_story
from bali_desktop.pdf.job import PrintJob, PrintOptions, SheetContext, check_options
from bali_desktop.pdf.page import CASE_TOP, Document, PageInfo, canvasmaker
from bali_desktop.pdf.styles import Margins, page_size, theme

DEFAULT_OPTIONS = PrintOptions()
LAYOUT_FAILED = (
    "Cannot lay out the PDF: one block of text is too long to fit on a page. Nothing "
    "was written; shorten the longest item, note or contact and try again."
)


def render(job: PrintJob) -> tuple[bytes, int]:
    """The job's PDF bytes (PDF/A-2b, in gray: `archival.finish`) and page count."""
    if job.card_numbers is not None:
        from bali_desktop.pdf.card import card_pdf

        with _layout_errors():
            data, pages = card_pdf(job)
    elif job.review:
        from bali_desktop.pdf.review import review_pdf

        with _layout_errors():
            data, pages = review_pdf(job)
    elif job.sheet is not None:
        data, pages = checklist_pdf(
            job.sheet, job.contacts, content_version=job.content_version, options=job.options
        )
    else:
        data, pages = handout_pdf(job)
    return archival.finish(data, lang=job.options.lang), pages


def checklist_pdf(
    checklist: Checklist,
    ctx: SheetContext,
    *,
    content_version: str,
    options: PrintOptions = DEFAULT_OPTIONS,
) -> tuple[bytes, int]:
    """A checklist sheet as PDF bytes, and its page count."""
    check_options(options)
    t = theme(options.large_print)
    case_label = " ".join(checklist.case_reference_label.split())[:60]
    margins = Margins(top=CASE_TOP if case_label else Margins.top, bottom=_bottom(options))
    size = page_size(options.paper)
    title = options.title or checklist.title
    if options.title:
        checklist = checklist.copy()
        checklist.title = options.title
    lang = options.lang
    note = f"{words.word('guidance_label', lang)}. " if checklist.has_guidance() else ""
    if any(i.official for i in checklist.all_items()):
        note += words.word("official_note", lang)
    info = PageInfo(
        title=title,
        content_version=content_version,
        printed=options.print_date(),
        note=note.strip(),
        tag=checklist.checklist_type,
        header_size=t.header_size,
        footer_size=t.footer_size,
        case_label=case_label_text(case_label, lang) if case_label else "",
        case_from=2,  # page 1 has the sheet's own field, with the date and time: printed once
        lang=lang,
    )
    buf = io.BytesIO()
    doc = Document(
        buf, pagesize=size, margins=margins, title=title, subject=f"{checklist.checklist_type} checklist"
    )
    width = size[0] - margins.left - margins.right
    frame_h = size[1] - margins.top - margins.bottom
    story = checklist_story(checklist, ctx, t, width, frame_height=frame_h, lang=lang)
    with _layout_errors():
        doc.build(story, canvasmaker=canvasmaker(info, margins))
    return buf.getvalue(), doc.page


def handout_pdf(job: PrintJob) -> tuple[bytes, int]:
    """A handout pack (cover, contents, sections) as PDF bytes, and its page count."""
    sections, options = job.sections, job.options
    if not sections:
        raise UsageError(QT_TRANSLATE_NOOP("said", "Choose at least one item for the handout pack."))
    check_options(options)
    t = theme(options.large_print)
    margins = Margins(bottom=_bottom(options))
    size = page_size(options.paper)
    # one section: named by its entry's own title (the cover lists an area by its long title)
    lang = options.lang
    title = options.title or (
        words.word("handout", lang, title=sections[0].entry.title)
        if len(sections) == 1
        else words.word("handout_pack", lang)
    )
    width = size[0] - margins.left - margins.right
    frame_h = size[1] - margins.top - margins.bottom
    pc = PackContext(
        sheet=job.contacts,
        titles=job.titles,
        theme=t,
        width=width,
        column_width=(width - 6 * 2.8346) / 2,
        frame_height=frame_h,
        lang=options.lang,
    )
    info = PageInfo(
        title=title,
        content_version=job.content_version,
        printed=options.print_date(),
        note=words.word("pack_note", lang),
        header_from=2,
        lang=options.lang,
        header_size=t.header_size,
        footer_size=t.footer_size,
    )
    story = pack_story(
        sections,
        title=title,
        workshop=options.workshop,
        date=options.date,
        content_version=job.content_version,
        printed=options.print_date(),
        pc=pc,
    )
    buf = io.BytesIO()
    doc = Document(buf, pagesize=size, margins=margins, title=title, subject="Bali Desktop handout pack")
    with _layout_errors():
        doc.multiBuild(story, canvasmaker=canvasmaker(info, margins), maxPasses=6)
    return buf.getvalue(), doc.page


def _bottom(options: PrintOptions) -> float:
    """The bottom margin: room for a footer of up to three lines above the 8.5 mm edge."""
    return (30 if options.large_print else 20) * mm


@contextmanager
def _layout_errors() -> Iterator[None]:
    """The last resort, should a block still be too big for any page: one clear message
    instead of ReportLab's LayoutError (a crash report)."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        yield
    except LayoutError:
        raise ExportError(LAYOUT_FAILED) from None
