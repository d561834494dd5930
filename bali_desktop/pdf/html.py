"""Each sheet also as plain accessible HTML (`export --format html`): what a screen reader reads
best, since ReportLab's PDFs are untagged (docs/print.md). The same PrintJob as the PDF, the
same fixed words (pdf/words.py), `lang` on the page; headings in order, the steps an ordered
list with real checkboxes and labels, the contacts a table with header cells, official text in
<blockquote> with its citation, our own words marked as guidance. No script, no style sheet
from outside: one file that opens anywhere, offline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from bali_desktop.domain.checklist import TYPE_HELP, Checklist, Step, when_words
from bali_desktop.domain.records import Item
from bali_desktop.domain.tracker import STATUSES
from bali_desktop.pdf import words
from bali_desktop.pdf.job import PrintJob, Section, SheetContext

STYLE = (
    "body{font-family:sans-serif;max-width:48em;margin:1em auto;padding:0 1em;line-height:1.45;color:#000}"
    ".why,.cite{font-size:.9em}.guidance{font-weight:bold}"
    "blockquote{border-left:3px solid #000;margin-left:0;padding-left:1em}"
    "table{border-collapse:collapse}"
    "th,td{border:1px solid #000;padding:.3em .5em;text-align:left;vertical-align:top}"
    "li{margin:.4em 0}input[type=checkbox]{width:1.2em;height:1.2em}"
)

HTML_MAGIC = b"<!DOCTYPE html>"


def render_html(job: PrintJob) -> bytes:
    lang = words.lang_of(job.options.lang)
    title = job.options.title or (job.sheet.title if job.sheet is not None else _pack_title(job))
    body: list[str] = []
    if job.review and job.sheet is not None:
        body += review_html(job.sheet, lang)
    elif job.sheet is not None:
        body += sheet_html(job.sheet, job.contacts, lang, numbers=job.card_numbers)
    else:
        body.append(f"<h1>{escape(title)}</h1>")
        for s in job.sections:
            body += section_html(s, job, lang)
    footer = words.word("footer", lang, version=job.content_version, printed=job.options.print_date())
    page = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        '<head><meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style></head>",
        "<body><main>",
        *body,
        "</main>",
        f"<footer><p>{escape(footer)}</p></footer>",
        "</body></html>",
        "",
    ]
    return "\n".join(page).encode("utf-8")


def _pack_title(job: PrintJob) -> str:
    if len(job.sections) == 1:
        return "Handout: " + job.sections[0].entry.title
    return "Handout pack"


def sheet_html(
    checklist: Checklist,
    ctx: SheetContext,
    lang: str,
    *,
    numbers: Mapping[str, int] | None = None,
    level: int = 1,
) -> list[str]:
    h = f"h{level}"
    h2 = f"h{level + 1}"
    kind = checklist.checklist_type
    out = [f"<{h}>{escape(checklist.title)}</{h}>"]
    out.append(
        f"<p><strong>{escape(words.word('checklist_type', lang))}: {escape(kind)}</strong>. "
        f"{escape(words.type_help(kind, lang) or TYPE_HELP.get(kind, ''))}</p>"
    )
    if checklist.purpose:
        out.append(f"<p>{escape(checklist.purpose)}</p>")
    if checklist.has_guidance():
        out.append(f'<p class="guidance">{escape(words.word("guidance_label", lang))}.</p>')
    if checklist.case_reference_label:
        from bali_desktop.pdf.boxes import case_label  # the printed label, in the sheet's language

        label = case_label(checklist.case_reference_label, lang)
        out.append(f'<p><label>{escape(label)}: <input type="text" name="case"></label> ')
        out.append(f'<label>{escape(words.word("date", lang))}: <input type="text" name="date"></label></p>')
        out.append(f"<p>{escape(words.word('no_names', lang, label=label[:1].lower() + label[1:]))}</p>")
    all_numbers = dict(numbers or checklist.numbers())
    for p, pp in enumerate(checklist.pause_points):
        when = when_words(pp.when)
        out.append(f"<section><{h2}>{escape(pp.title)}</{h2}>")
        if when:
            out.append(f"<p>{escape(words.word('when', lang))}: {escape(when)}</p>")
        steps = pp.steps()
        if not steps:
            out.append(f"<p>{escape(words.word('no_items', lang))}</p>")
        else:
            out.append("<ol>")
            for step in steps:
                out += _step_html(step, all_numbers, lang, f"s{p}-{all_numbers.get(step.item.uid, 0)}")
            out.append("</ol>")
        out.append("</section>")
    for reminder in checklist.reminders:
        if reminder.lines:
            out.append(f"<section><{h2}>{escape(words.reminder_title(reminder.title, lang))}</{h2}><ul>")
            out += [f"<li>{escape(x)}</li>" for x in reminder.lines]
            out.append("</ul></section>")
    if checklist.based_on:
        out.append(
            f'<p class="cite">{escape(words.word("based_on", lang))} '
            f"{escape('; '.join(checklist.based_on))}.</p>"
        )
    out += contacts_html(checklist.contact_roles, ctx, lang, level + 1)
    return out


def review_html(checklist: Checklist, lang: str) -> list[str]:
    """A strategy area's progress review: each activity quoted, then a row to fill in."""
    out = [f"<h1>{escape(checklist.title)}</h1>", f"<p>{escape(words.word('review_purpose', lang))}</p>"]
    cols = [words.word(c, lang) for c in ("status", "lead_agency", "evidence", "next_step")]
    statuses = " ".join(
        f'<label><input type="radio" name="{{n}}"> {escape(words.status_word(s, lang))}</label>'
        for s in STATUSES
    )
    for n, item in enumerate(checklist.all_items()):
        locator = item.citation.rsplit(", ", 1)[-1] if item.citation else ""
        out += [
            f"<section><h2>{escape(locator)}</h2>",
            f"<blockquote><p>{escape(item.text)}</p></blockquote>",
            f'<p class="cite">{escape(words.word("official_text", lang))} — {escape(item.citation)}</p>',
            "<table><tr>" + "".join(f'<th scope="col">{escape(c)}</th>' for c in cols) + "</tr>",
            f"<tr><td>{statuses.replace('{n}', f'a{n}')}</td><td></td><td></td><td></td></tr>",
            "</table></section>",
        ]
    return out


def _step_html(step: Step, numbers: dict[str, int], lang: str, key: str) -> list[str]:
    item = step.item
    n = numbers.get(item.uid, 0)
    text = (f"<strong>{escape(item.condition)}</strong> " if item.condition else "") + escape(item.text)
    out = [f'<li value="{n}"><input type="checkbox" id="{key}"> <label for="{key}">{text}</label>']
    if item.note:
        out.append(f'<p class="why">{escape(item.note)}</p>')
    if item.say:
        out.append(f"<p><strong>{escape(words.word('say', lang))}</strong> “{escape(item.say)}”</p>")
    if item.citation:
        official = words.word("official_text", lang) + ": " if item.official else ""
        out.append(f'<p class="cite">{escape(official + item.citation)}</p>')
    decision = step.decision
    options = list(item.options)
    if decision is not None:
        question = (
            decision.text.split(":", 1)[1].strip()
            if decision.text.lower().startswith("decide:")
            else decision.text
        )
        out.append(f"<p><strong>{escape(words.word('decide', lang))}</strong> {escape(question)}</p>")
        options = list(decision.options)
    if options:
        out.append("<ul>")
        for k, o in enumerate(options):
            then = ""
            if o.target and o.target in numbers:
                then = (
                    " → " + words.word("go_to", lang, n=numbers[o.target]) + (f": {o.then}" if o.then else "")
                )
            elif o.then:
                then = (" → " if o.ref else ": ") + o.then
            oid = f"{key}-{k}"
            out.append(
                f'<li><input type="checkbox" id="{oid}"> '
                f'<label for="{oid}"><strong>{escape(o.label)}</strong>'
                f"{escape(then)}</label></li>"
            )
        out.append("</ul>")
    out.append("</li>")
    return out


def contacts_html(roles: Iterable[str], ctx: SheetContext, lang: str, level: int = 2) -> list[str]:
    roles = list(roles)
    if not roles:
        return []
    h = f"h{level}"
    cols = [words.word(c, lang) for c in ("refer_to", "organisation_hours", "phone")]
    out = [f"<section><{h}>{escape(words.word('contacts', lang))}</{h}><table>"]
    out.append("<tr>" + "".join(f'<th scope="col">{escape(c)}</th>' for c in cols) + "</tr>")
    for role in roles:
        title = escape(ctx.role_titles.get(role, role))
        entries = ctx.contacts.get(role, ())
        if not entries:
            out.append(f'<tr><th scope="row">{title}</th><td></td><td></td></tr>')
        for n, e in enumerate(entries):
            org = escape(e.organisation) + (f" ({escape(e.country)})" if e.country else "")
            if e.hours:
                org += f"<br>{escape(e.hours)}"
            head = f'<th scope="row">{title}</th>' if n == 0 else "<td></td>"
            out.append(
                f"<tr>{head}<td>{org}</td>"
                f'<td><a href="tel:{escape(e.phone.replace(" ", ""))}">{escape(e.phone)}</a></td></tr>'
            )
    out.append("</table></section>")
    return out


def section_html(s: Section, job: PrintJob, lang: str) -> list[str]:
    entry = s.entry
    if isinstance(entry, Checklist):
        return sheet_html(entry, job.contacts, lang, level=2)
    if s.checklist is not None:  # a pathway: its checklist
        return [
            f"<section><h2>{escape(s.title)}</h2>",
            *sheet_html(s.checklist, job.contacts, lang, level=3)[1:],
            "</section>",
        ]
    out = [f"<section><h2>{escape(s.title)}</h2>", *_item_html(entry, lang)]
    for a in s.activities:
        out += _item_html(a, lang)
    out.append("</section>")
    return out


def _item_html(item: Item, lang: str) -> list[str]:
    from bali_desktop.domain.naming import citation

    if item.official:
        cited = escape(citation(item, lang))
        return [
            f"<blockquote><p>{escape(item.text)}</p></blockquote>",
            f'<p class="cite">{escape(words.word("official_text", lang))} — {cited}</p>',
        ]
    out = [f'<p class="guidance">{escape(words.word("guidance_label", lang))}.</p>']
    out += [f"<p>{escape(par)}</p>" for par in item.text.split("\n") if par.strip()]
    return out
