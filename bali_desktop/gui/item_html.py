"""Rich text for the reader: official text as a quotation with its citation, guidance marked as ours.

Plain functions over plain data (no widgets), so they are easy to test and to reuse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from bali_desktop.domain import kinds, labels, locator_words
from bali_desktop.domain.locations import KIND_LABELS
from bali_desktop.domain.naming import (
    SHORT_TITLE_NOTE,
    list_title,
    locator,
    title_after_locator,
)
from bali_desktop.gui import i18n
from bali_desktop.gui.widgets import GUIDANCE_TEXT, OFFICIAL_TEXT, esc
from bali_desktop.gui.words import QT_TRANSLATE_NOOP, kind_name, label_word
from bali_desktop.services.views import ReaderData

translate = QCoreApplication.translate

# words used inside the f-strings below (lupdate does not read inside an f-string)
_WORDS = (
    QT_TRANSLATE_NOOP("item_html", "Key points (our summary)"),
    QT_TRANSLATE_NOOP("item_html", "Where these facts come from:"),
    QT_TRANSLATE_NOOP("item_html", "Question"),
    QT_TRANSLATE_NOOP("item_html", "Smuggling of migrants"),
    QT_TRANSLATE_NOOP("item_html", "Trafficking in persons"),
    QT_TRANSLATE_NOOP("item_html", "Remember"),
    QT_TRANSLATE_NOOP("item_html", "Based on:"),
    QT_TRANSLATE_NOOP("item_html", "Your national contacts"),
    QT_TRANSLATE_NOOP("item_html", "Edit contacts"),
    QT_TRANSLATE_NOOP("item_html", "Related"),
    QT_TRANSLATE_NOOP("item_html", "Part of:"),
    QT_TRANSLATE_NOOP("item_html", "Date:"),
)


def w(text: str) -> str:
    """One of _WORDS, translated and escaped for HTML."""
    return esc(translate("item_html", text))


if TYPE_CHECKING:
    from bali_desktop.domain.records import Item, Source


def source_href(source: Source) -> str:
    return f"document:{source.document}" + (f"#{source.paragraph}" if source.paragraph else "")


def _box(inner: str, bg: str, border: str, fg: str) -> str:
    return (
        f"<table width='100%' cellspacing='0' cellpadding='10' border='2' "
        f"style='border-color:{border}; border-style:solid; background-color:{bg}; "
        f"color:{fg}; margin-top:6px; margin-bottom:6px'><tr><td>{inner}</td></tr></table>"
    )


SUMMARY_TEXT = labels.SUMMARY
SUMMARY_KINDS = kinds.SUMMARY_KINDS


def guidance_box(c: dict[str, str], extra: str = "", label: str = GUIDANCE_TEXT) -> str:
    text = f"<b>{esc(label_word(label))}</b>" + (f"<br>{extra}" if extra else "")
    return _box(text, c["guidance_bg"], c["guidance_border"], c["guidance_fg"])


def _paras(text: str) -> str:
    out = []
    for block in text.split("\n\n"):
        lines = [esc(line) for line in block.strip().splitlines()]
        if lines:
            out.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(out)


def _said(locator: str) -> str:
    """A locator in the window's language ("Kegiatan 12" in Indonesian; domain/locator_words.py):
    our pointing word, not the source's text."""
    return locator_words.where(locator, i18n.current())


def citation_html(item: Item) -> str:
    s = item.source
    if s is None:
        return ""
    where = f"{esc(s.document_title)}, {esc(_said(s.locator))}"
    tail = (
        translate("item_html", " (paragraph {n} of the source text)").format(n=s.paragraph)
        if s.paragraph
        else ""
    )
    verb = translate("item_html", "Source") if item.official else translate("item_html", "Based on")
    return (
        f"<p><b>{esc(verb)}:</b> <a href='{esc(source_href(s))}'>{where}</a>{esc(tail)}. "
        + esc(translate("item_html", "Follow the link to read it in the document."))
        + "</p>"
    )


def official_block(item: Item, c: dict[str, str], show_title: bool = False) -> str:
    title = f"<b>{esc(item.title)}</b><br>" if show_title else ""
    where = _said(item.source.locator) if item.source else ""
    head = f"<span style='color:{c['muted']}'>{esc(where)}</span><br>" if where else ""
    return _box(f"{head}{title}“{esc(item.text)}”", c["official_bg"], c["official_border"], c["official_fg"])


def _kind_line(item: Item, c: dict[str, str]) -> str:
    kind = kind_name(item.kind)
    tail = ""
    if item.official and item.source:  # the locator heads the page (see _heading)
        tail = f" · {esc(item.source.document_title)}"
    return f"<p style='color:{c['muted']}'>{esc(kind)}{tail}</p>"


def _heading(item: Item, c: dict[str, str]) -> str:
    """The page heading. An official item is headed by its locator in the source; our short
    title follows it, lighter, with a line saying it is ours and the quotation is the official text."""
    where = locator(item, i18n.current())
    if not where:
        return f"<h1>{esc(item.title)}</h1>"
    ours = title_after_locator(item)  # "Regional Cooperation Framework: arrangements …"
    if not ours:
        return f"<h1>{esc(where)}</h1>"
    return (
        f"<h1>{esc(where)} <span style='font-weight:normal; color:{c['muted']}'>"
        f"— {esc(ours)}</span></h1>"
        f"<p style='color:{c['muted']}'><i>{esc(label_word(SHORT_TITLE_NOTE))}</i></p>"
    )


def _guide(data: dict[str, Any]) -> str:
    year = data.get("year") or translate("item_html", "year not confirmed")
    if data.get("year_note"):
        year += f" ({data['year_note']})"
    rows = [
        (translate("item_html", "What it is for"), data.get("purpose", "")),
        (translate("item_html", "Year"), year),
        (translate("item_html", "Produced by"), data.get("producer", "")),
        (translate("item_html", "For"), data.get("audience", "")),
    ]
    table = "".join(
        f"<tr><td valign='top' style='padding-right:14px'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
        for k, v in rows
        if v
    )
    points = "".join(f"<li>{esc(p)}</li>" for p in data.get("key_points", []))
    return (
        f"<table cellpadding='3'>{table}</table><h3>{w('Key points (our summary)')}</h3>"
        f"<ul>{points}</ul><p><b>{w('Where these facts come from:')}</b> "
        f"{esc(data.get('source', ''))}</p>"
    )


def _aid(data: dict[str, Any], c: dict[str, str]) -> str:
    rows = "".join(
        f"<tr><td valign='top'><b>{esc(q['question'])}</b></td><td valign='top'>{esc(q['smuggling'])}"
        f"</td><td valign='top'>{esc(q['trafficking'])}</td></tr>"
        for q in data.get("questions", [])
    )
    table = (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='6' "
        f"style='border-color:{c['border']}; border-style:solid'>"
        f"<tr><th align='left'>{w('Question')}</th>"
        f"<th align='left'>{w('Smuggling of migrants')}</th>"
        f"<th align='left'>{w('Trafficking in persons')}</th></tr>{rows}</table>"
    )
    remember = "".join(f"<li>{esc(r)}</li>" for r in data.get("remember", []))
    based = "; ".join(esc(b) for b in data.get("based_on", []))
    return (
        f"<p>{esc(data.get('purpose', ''))}</p>{table}"
        + (f"<h3>{w('Remember')}</h3><ul>{remember}</ul>" if remember else "")
        + f"<p><b>{w('Based on:')}</b> {based}</p>"
    )


def _contacts(data: ReaderData, c: dict[str, str]) -> str:
    return _own_contacts(data, c) + _pack_contacts(data)


def _pack_contacts(data: ReaderData) -> str:
    """A content pack's national contacts for the role, after the user's own, marked (issue 15)."""
    if not data.from_packs:
        return ""
    lines = "".join(
        "<li>"
        + esc(" · ".join(f for f in (x.organisation, x.phone, x.hours, x.country) if f))
        + esc(translate("item_html", " (from the content pack {pack})").format(pack=x.pack_id))
        + "</li>"
        for x in data.from_packs
    )
    heading = translate("item_html", "National contacts from content packs")  # not in the f-string: lupdate
    return f"<h3>{esc(heading)}</h3><ul>{lines}</ul>"


def _own_contacts(data: ReaderData, c: dict[str, str]) -> str:
    if not data.contacts:
        return translate(
            "item_html",
            "<p><b>Your national contacts:</b> none entered yet. "
            "<a href='place:contacts'>Add a contact for this role</a>.</p>",
        )
    rows = "".join(
        f"<tr><td>{esc(x.organisation)}</td><td>{esc(x.phone)}</td><td>{esc(x.hours)}</td>"
        f"<td>{esc(x.country)}</td></tr>"
        for x in data.contacts
    )
    return (
        f"<h3>{w('Your national contacts')}</h3>"
        f"<table border='1' cellspacing='0' cellpadding='5' "
        f"style='border-color:{c['border']}; border-style:solid'><tr>"
        + "".join(
            f"<th>{esc(h)}</th>"
            for h in (
                translate("item_html", "Organisation"),
                translate("item_html", "Phone"),
                translate("item_html", "Hours"),
                translate("item_html", "Country"),
            )
        )
        + f"</tr>{rows}</table>"
        f"<p><a href='place:contacts'>{w('Edit contacts')}</a></p>"
    )


def _children(data: ReaderData, c: dict[str, str]) -> str:
    if not data.children:
        return ""
    kinds = {ch.kind for ch in data.children}
    title = {
        "commitment": translate("item_html", "Activities and commitments under it"),
        "principle": translate("item_html", "The principles"),
        "objective": translate("item_html", "Its lines"),
    }.get(next(iter(kinds)) if len(kinds) == 1 else "", translate("item_html", "Parts"))
    parts = []
    for ch in data.children:
        link = f"<a href='{esc(ch.ref)}'>{esc(list_title(ch, i18n.current()))}</a>"
        if ch.official:
            parts.append(f"<p style='margin-bottom:0'>{link}</p>" + official_block(ch, c))
        else:
            parts.append(f"<p>{link}</p>")
    return f"<h2>{esc(title)}</h2>" + "".join(parts)


def _related(data: ReaderData) -> str:
    if not data.related:
        return ""
    groups: dict[str, list[tuple[str, str]]] = {}
    for ref, title in data.related:
        groups.setdefault(ref.split(":", 1)[0], []).append((ref, title))
    order = list(KIND_LABELS)
    out = [f"<h2>{w('Related')}</h2>"]
    for kind in sorted(groups, key=lambda k: order.index(k) if k in order else 99):
        links = "".join(f"<li><a href='{esc(r)}'>{esc(t)}</a></li>" for r, t in groups[kind])
        out.append(
            f"<p style='margin-bottom:0'><b>{esc(kind_name(kind, plural=True))}</b></p>"
            f"<ul style='margin-top:2px'>{links}</ul>"
        )
    return "".join(out)


def _whose_box(sentence: str, c: dict[str, str]) -> str:
    return _box(f"<b>{esc(sentence)}</b>", c["guidance_bg"], c["guidance_border"], c["guidance_fg"])


def pdf_document_html(item: Item, c: dict[str, str]) -> str:
    """A PDF in the library, the user's own or a content pack's, said in whole sentences of the
    window's language (the stored English text is for search and the command line): whose it is,
    then the user's file and pages, or the pack's own description and date."""
    d = item.data
    if d.get("mine"):
        pages = int(d.get("pages") or 0)  # a plain name: lupdate reads no expression as the count
        whose = translate("item_html", "Your own document, added with Add document; not Bali Process text.")
        about = translate("item_html", "File: {file}, %n pages.", "", pages).format(file=d.get("pdf", ""))
        return _whose_box(whose, c) + f"<p>{esc(about)}</p>"
    whose = translate(
        "item_html", "A document of a content pack, published by {publisher}; not Bali Process text."
    ).format(publisher=d.get("publisher", ""))
    parts = [_whose_box(whose, c), _paras(str(d.get("description") or ""))]
    if d.get("date"):
        parts.append(f"<p><b>{w('Date:')}</b> {esc(str(d['date']))}</p>")
    return "".join(parts)


def reader_html(data: ReaderData, c: dict[str, str]) -> str:
    item = data.item
    parts = [_kind_line(item, c), _heading(item, c)]
    if data.parent:
        ref, title = data.parent
        parts.append(f"<p>{w('Part of:')} <a href='{esc(ref)}'>{esc(title)}</a></p>")
    if item.official:
        parts.append(f"<p style='color:{c['muted']}'>{esc(label_word(OFFICIAL_TEXT))}</p>")
        parts.append(official_block(item, c))
        parts.append(citation_html(item))
    elif item.kind == "document" and item.data.get("pdf"):
        parts.append(pdf_document_html(item, c))
    else:
        parts.append(guidance_box(c, label=labels.ours(item.kind)))
        if item.kind == "guide":
            parts.append(_guide(item.data))
        elif item.kind == "aid":
            parts.append(_aid(item.data, c))
        else:
            parts.append(_paras(item.text))
            if item.kind == "event" and item.data.get("date"):
                parts.append(f"<p><b>{w('Date:')}</b> {esc(item.data['date'])}</p>")
            parts.append(citation_html(item))
        if item.kind == "role":
            parts.append(_contacts(data, c))
    parts.append(_children(data, c))
    parts.append(_related(data))
    return "".join(parts)
