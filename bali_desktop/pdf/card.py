"""A one-page counter card per pathway (A4, Letter, A5): the critical steps of the full sheet's
route (`builders.card_from_pathway`) with the sheet's own step numbers, the case reference and
date, the "Never" box and the local contacts box, on the model of the WHO Surgical Safety
Checklist's single page and the IASC pocket card.

It is laid out at the largest type that fits one page in two columns; the "Never" box is the
first thing left off, and said so, when even the smallest type does not fit with it. An A5
pocket card is one page too: every critical step stays, in short (`short_steps`, then
`pocket_steps`: actions cut to their first words, another sheet's name cut to its first words,
the type's help left to the full sheet), and when that is still too long its contacts box gives
writing rows to the first roles the route refers to only, naming the others on one line."""

from __future__ import annotations

import io
import re
from dataclasses import fields, replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from bali_desktop.domain.checklist import TYPE_HELP, Checklist
from bali_desktop.domain.route_words import short_title
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

SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0)  # body sizes tried, largest first
POCKET_SIZES = (8.5, 8.0, 7.5, 7.0)  # on an A5 pocket card
GUTTER = 6 * mm  # between the two columns (page.py's two-column page)
MIN_TYPE = 7.0  # no text on a card is smaller (the notes and sources too)
CARD_MARGINS = Margins(left=14 * mm, right=12 * mm, top=12 * mm, bottom=17 * mm)
POCKET_MARGINS = Margins(left=8 * mm, right=7 * mm, top=8 * mm, bottom=15 * mm)
TIGHT_LEAD = 1.12  # the leading of an A5 card's last tier, times the type's size
ASK_WORDS = 4  # the action of a step with a question, in those tiers: the question says the rest
POCKET_WORDS = (8, 5)  # an action on an A5 card in its last tiers: its first words, then "…"
SHEET_WORDS = 3  # another sheet's name on an A5 card in its last tier: its first words, then "…"
# an A5 card's last tiers: the words of an action, and writing rows in its contacts box
POCKET_TIERS: tuple[tuple[int, int | None], ...] = ((8, None), (8, 6), (8, 4), (5, 4), (5, 2))
# where an action's trailing clause starts: what it is for, a caution, a second action
_CLAUSE_END = re.compile(
    r"(;|,(?= (?:so|and|but|then|without|with|where|which|to|because|unless"  # English
    r"|dan|tetapi|lalu|tanpa|dengan|agar|sehingga|untuk|karena|kecuali) ))\s+"  # Bahasa Indonesia
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")


def card_theme(size: float, lead: float | None = None) -> Theme:
    """The sheet's theme at body `size`, with no text under MIN_TYPE (notes, sources, answers);
    `lead`: every line's leading to that many times its size (an A5 card's last tier)."""
    t = theme(False, size)
    floored = {
        f.name: _floor(getattr(t, f.name), lead)
        for f in fields(t)
        if isinstance(getattr(t, f.name), ParagraphStyle)
    }
    return replace(t, **floored)  # type: ignore[arg-type]  # the styles' fields only


def _floor(style: ParagraphStyle, lead: float | None = None) -> ParagraphStyle:
    size = max(style.fontSize, MIN_TYPE)
    if style.fontSize >= MIN_TYPE and lead is None:
        return style
    return style.clone(style.name + "-card", fontSize=size, leading=size * (lead or 1.22))


def card_pdf(job: PrintJob) -> tuple[bytes, int]:
    """The card as PDF bytes and its page count: one page in two columns at the largest type
    that fits, every critical step whole, else in short (`short_steps`; first on A5), the
    "Never" box left off (and said so) when even the smallest type does not fit with it. An A5
    card that still does not fit goes on to `pocket_steps` and fewer writing rows for contacts
    (`POCKET_TIERS`); the fewest pages are kept if nothing fits one."""
    assert job.sheet is not None and job.card_numbers is not None, "a card is made from a sheet"
    short = short_steps(job.sheet)
    pocket = _pocket(job)
    tries: list[tuple[Checklist, bool, int | None]] = [(short, True, None), (short, False, None)]
    if pocket:  # the last tiers: fewer words, fewer writing rows
        tight = {n: pocket_steps(short, n) for n in POCKET_WORDS}
        tries += [(tight[n], False, rows) for n, rows in POCKET_TIERS]
    else:  # A4 and Letter: every step whole first
        tries = [(job.sheet, True, None), (short, True, None), (job.sheet, False, None), (short, False, None)]
    best: tuple[bytes, int] | None = None
    for steps, with_never, blank_rows in tries:
        for size in (POCKET_SIZES[-2:] if steps is not short else POCKET_SIZES) if pocket else SIZES:
            story = card_story(
                job,
                card_theme(size, TIGHT_LEAD if pocket and steps is not short else None),
                _width(job),
                steps,
                with_never=with_never,
                blank_rows=blank_rows,
                tight=pocket and steps is not short,
            )
            data, pages = _build(job, story)
            if pages <= 1:
                return data, pages
            if best is None or pages < best[1]:
                best = (data, pages)
    assert best is not None
    return best


# A gated step's condition in short on a pocket card: the fact words (domain/facts.py) cut to
# the words that tell them apart; the full sheet prints them whole.
SHORT_FACTS = {
    "the person may be under 18": "under 18",
    "the person fears return or asks for protection": "fears return or asks protection",
    "the person may be stateless": "may be stateless",
    "there are signs of trafficking": "signs of trafficking",
    "the person refuses referral": "refuses referral",
    "a controller or escort is present": "a controller is there",
    "no interpreter can be found": "no interpreter",
    "a parent or usual caregiver is confirmed and there is no other concern": "parent confirmed",
    "the person is a national of your country coming home": "a national coming home",
    # Bahasa Indonesia (content/lang_words.py's fact words)
    "orang tersebut mungkin berusia di bawah 18 tahun": "di bawah 18",
    "orang tersebut takut dipulangkan atau meminta perlindungan": "takut pulang atau minta perlindungan",
    "orang tersebut mungkin tanpa kewarganegaraan": "mungkin tanpa kewarganegaraan",
    "ada tanda-tanda perdagangan orang": "tanda perdagangan orang",
    "orang tersebut menolak dirujuk": "menolak dirujuk",
    "ada pengendali atau pengawal yang hadir": "ada pengendali",
    "juru bahasa tidak dapat ditemukan": "tanpa juru bahasa",
    "orang tua atau pengasuh tetapnya sudah dipastikan dan tidak ada kekhawatiran lain": (
        "orang tua dipastikan"
    ),
    "orang tersebut adalah warga negara Anda yang pulang ke negaranya": "warga negara pulang",
}


def short_condition(condition: str) -> str:
    """ "Skip if the person may be stateless, or if there are signs of trafficking." -> "Skip if:
    may be stateless · signs of trafficking." (and "Lewati jika: ..." in Bahasa Indonesia)."""
    for whole, short in SHORT_FACTS.items():
        condition = condition.replace(whole, short)
    condition = condition.replace("orang tersebut ", "")  # Bahasa Indonesia: "the person"
    for head in ("Skip if ", "Only if ", "Lewati jika ", "Hanya jika "):
        condition = condition.replace(head, head.strip() + ": ")
    for joint in (", or if ", ", and ", ", atau jika ", ", dan "):
        condition = condition.replace(joint, " · ")
    return condition


def short_action(text: str) -> str:
    """A step's action in short: its first sentence, cut where a trailing clause starts (", so",
    ", and", ", without", "; " ...) after its first five words, ending "…" where cut (the full
    sheet has it whole). A list ("hurt, ill, hungry") is never cut."""
    first = _SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    for cut in _CLAUSE_END.finditer(first):
        head, rest = first[: cut.start()], first[cut.end() :]
        if len(head.split()) >= 5 and len(rest.split()) >= 4:
            return head + "…"
    return first


def short_steps(sheet: Checklist | None) -> Checklist:
    """The card's steps in short, for an A5 pocket card: each step's action to its first
    sentence (our guidance; official text is never cut), its condition in short, without the
    notes and sources under it; an answer's label to its first words when they still tell it
    from the others ("Yes. Confirmed, and no other concern" -> "Yes"). The full sheet carries
    the rest."""
    assert sheet is not None
    out = sheet.copy()
    questions = {st.decision.uid for st in out.steps() if st.decision is not None}
    for item in out.all_items():
        if item.official:
            continue
        if item.uid not in questions and not item.options:  # a question is never cut
            item.text = short_action(item.text)
        item.condition = short_condition(item.condition)
        item.note = ""
        item.citation = ""
        heads = [o.label.split(". ", 1)[0] for o in item.options]
        if len(set(heads)) == len(heads):
            for option, head in zip(item.options, heads, strict=True):
                option.label = head
    return out


def first_words(text: str, n: int) -> str:
    """`text` to its first `n` words, ending "…" where cut (and where it already was)."""
    parts = text.split()
    if len(parts) <= n + 1:  # one word more is not worth a "…"
        return text
    return " ".join(parts[:n]).rstrip(",;:") + "…"


_QUOTED = re.compile(r"“([^”]+)”")


def pocket_steps(short: Checklist, n: int = POCKET_WORDS[0]) -> Checklist:
    """`short_steps` cut again, for an A5 card that does not fit one page in short: each action
    (our guidance, never official text, never a question) to its first `n` words (a step with a
    question to its first ASK_WORDS, or, in the last tier, to none: the question says it), and
    the name of another sheet an answer leads to ("stop this sheet and continue on the
    “Unaccompanied or separated child” sheet, from step 1") to its first SHEET_WORDS words. The
    step numbers, the conditions, the questions and where each answer leads all stay."""
    out = short.copy()
    questions = {st.decision.uid for st in out.steps() if st.decision is not None}
    asks = {st.item.uid for st in out.steps() if st.decision is not None}
    for item in out.all_items():
        if item.official:
            continue
        if item.uid not in questions and not item.options:  # a step with a question: its question says it
            if item.uid not in asks:
                item.text = first_words(item.text, n)
            else:  # the last tier: the question alone (its step's action is on the full sheet)
                item.text = first_words(item.text, ASK_WORDS) if n > min(POCKET_WORDS) else ""
        for option in item.options:
            if option.ref and option.then:
                option.then = pocket_jump(option.then)
    return out


# Another sheet, as an answer on the full sheet says it (domain/route_words.py's SHEET_WORDS),
# and on an A5 card in its last tier: "stop; “Unaccompanied…” from 1", "“Asylum seeker…” 17,
# back to 15" (Bahasa Indonesia: "berhenti; … dari 1", "… 17, kembali ke 15").
_POCKET_JUMPS = (
    (r"stop this sheet and continue on the (“[^”]+”) sheet, from step (\d+)", r"stop; \1 from \2"),
    (r"stop this sheet and continue on the (“[^”]+”) sheet, from its first step", r"stop; \1 from 1"),
    (r"go to the (“[^”]+”) sheet, step (\d+), and come back to step (\d+)", r"\1 \2, back to \3"),
    (r"go to the (“[^”]+”) sheet and come back to step (\d+)", r"\1, back to \2"),
    (r"hentikan lembar ini dan lanjutkan pada lembar (“[^”]+”), dari langkah (\d+)", r"berhenti; \1 dari \2"),
    (
        r"hentikan lembar ini dan lanjutkan pada lembar (“[^”]+”), dari langkah pertamanya",
        r"berhenti; \1 dari 1",
    ),
    (r"buka lembar (“[^”]+”), langkah (\d+), lalu kembali ke langkah (\d+)", r"\1 \2, kembali ke \3"),
    (r"buka lembar (“[^”]+”) lalu kembali ke langkah (\d+)", r"\1, kembali ke \2"),
)


def pocket_jump(then: str) -> str:
    """Where an answer leads on another sheet, in short, the sheet's name to its first words."""
    then = _QUOTED.sub(lambda m: "“" + first_words(short_title(m.group(1)), SHEET_WORDS) + "”", then)
    for pattern, short in _POCKET_JUMPS:
        then = re.sub(pattern, short, then)
    return then


def _width(job: PrintJob, margins: Margins | None = None) -> float:
    """The width of a card's text column (one of two)."""
    m = margins or (POCKET_MARGINS if _pocket(job) else CARD_MARGINS)
    width = page_size(job.options.paper)[0] - m.left - m.right
    return (width - GUTTER) / 2


def _build(job: PrintJob, story: list[Flowable]) -> tuple[bytes, int]:
    checklist = job.sheet
    assert checklist is not None and job.card_numbers is not None
    options = job.options
    lang = options.lang
    paper = page_size(options.paper)
    t = theme(False, MIN_TYPE)  # the header and footer: the same on every card
    m = POCKET_MARGINS if _pocket(job) else CARD_MARGINS
    title = options.title or checklist.title
    info = PageInfo(
        title=title,
        content_version=job.content_version,
        printed=options.print_date(),
        note=f"{words.word('guidance_label', lang)}.",
        header_from=2,
        case_label=case_label(checklist.case_reference_label, lang),  # above a page 2's header
        case_from=2,  # page 1 has its own field
        header_size=t.header_size,
        footer_size=max(6.5, t.footer_size),
        lang=lang,
    )
    buf = io.BytesIO()
    doc = Document(buf, pagesize=paper, margins=m, title=title, subject=words.word("card_subject", lang))
    doc.pageTemplates.reverse()  # start on the two-column page
    doc.build(list(story), canvasmaker=canvasmaker(info, m))
    return buf.getvalue(), doc.page


def _pocket(job: PrintJob) -> bool:
    return job.options.paper.lower() == "a5"


def card_story(
    job: PrintJob,
    t: Theme,
    width: float,
    steps: Checklist | None = None,
    *,
    with_never: bool,
    blank_rows: int | None = None,
    tight: bool = False,
) -> list[Flowable]:
    """A one-page card in two columns: the steps, then the "Never" and contacts boxes
    (`blank_rows`: writing rows for that many roles without contacts, the others named;
    `tight`: the type's help left to the full sheet)."""
    compact = steps is not None and steps is not job.sheet
    return [
        *front(job, t, width, steps, tight=tight),
        *back(job, t, width, with_never=with_never, compact=compact, blank_rows=blank_rows),
    ]


def front(
    job: PrintJob, t: Theme, width: float, steps: Checklist | None = None, *, tight: bool = False
) -> list[Flowable]:
    """The title, the type, the case reference and the critical steps under their pause points
    (`steps`: fewer of them, for a pocket card)."""
    checklist = steps or job.sheet
    assert checklist is not None
    short = checklist is not job.sheet  # in short: the answers run on, the bars without "when"
    lang = job.options.lang
    numbers = dict(job.card_numbers or {})
    kind = checklist.checklist_type
    big = t.h3.fontSize if tight else t.h2.fontSize * 1.1
    story: list[Flowable] = [
        Paragraph(
            esc(job.options.title or (short_title(checklist.title) if short else checklist.title)),
            t.title.clone("card-title", fontSize=big, leading=big * 1.2),
        ),
        Paragraph(
            f"<b>{esc(words.word('counter_card', lang))} · {esc(kind)}</b>"
            + ("." if tight else f": {esc(words.type_help(kind, lang) or TYPE_HELP.get(kind, ''))}")
            + " "
            + esc(
                words.word("pocket_tight" if tight else "pocket_numbers" if short else "card_numbers", lang)
            ),
            t.cite,
        ),
        Spacer(1, 2),
    ]
    story += case_reference_field(checklist.case_reference_label, t, width, lang=lang)
    story.append(Spacer(1, t.body.fontSize * 0.5))
    for pp in checklist.pause_points:
        bar = pause_point_bar(pp.title, "" if short else pp.when, t, width, lang=lang)
        flow: list[CheckItem] = [
            CheckItem.for_step(
                numbers.get(step.item.uid, 0),
                step,
                numbers,
                t,
                lang=lang,
                answer_boxes=False,
                write_lines=False,
                inline_answers=short,
            )
            for step in pp.steps()
        ]
        if short:  # closer steps: a 5 mm box keeps them apart (CheckItem.wrap)
            for f in flow:
                f.pad = t.item.fontSize * 0.15
        if flow:
            story.append(KeepTogether([bar, Spacer(1, 1), flow[0]]))
            story += flow[1:]
        story.append(Spacer(1, t.body.fontSize * 0.4))
    return story


def back(
    job: PrintJob,
    t: Theme,
    width: float,
    *,
    with_never: bool,
    compact: bool = False,
    blank_rows: int | None = None,
) -> list[Flowable]:
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
    box = contacts_box(
        checklist.contact_roles, job.contacts, t, width, lang=lang, compact=compact, blank_rows=blank_rows
    )
    if box is not None:
        story += [Spacer(1, 3), box]
    story.append(Paragraph(esc(words.word("guidance_label", lang)) + ".", t.cite))
    return story
