"""Printing: checklist sheets and handout packs as PDF.

Three steps, so that the window can run each where it belongs:
- `gather(session, request) -> PrintJob` reads everything a PDF shows (items, checklists built
  from pathways, the aid and areas, saved checklists, the user's contacts, linked titles): all
  the database work, on the database thread;
- `render(job) -> BuiltPdf` lays it out: plain CPU, no database, any thread (the window's pool);
- `export(session, request, target)` checks the target against the database's own files,
  gathers, renders and writes atomically: what the command line does in one go. The window does
  the same in two halves, `prepare_export` (database thread) and `write_export` (pool).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bali_desktop import paths
from bali_desktop.checklists import builders
from bali_desktop.content import lang_words
from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.pathway import Step
from bali_desktop.domain.records import Item
from bali_desktop.pdf.files import check_target, write_atomic
from bali_desktop.pdf.job import Contact, Entry, PrintJob, PrintOptions, Section, SheetContext, check_options
from bali_desktop.services import pack_views
from bali_desktop.storage.checklist_store import parse_ref

if TYPE_CHECKING:
    from bali_desktop.services.session import Session

__all__ = [
    "BuiltPdf",
    "ExportJob",
    "ExportResult",
    "PrintJob",
    "PrintOptions",
    "PrintRequest",
    "check_before_opening",
    "check_options",
    "check_target",
    "export",
    "gather",
    "prepare_export",
    "render",
    "sheet_context",
    "write_export",
]

CHECKLIST_KINDS = ("pathway", "aid", "checklist")  # one of these alone prints as a checklist sheet
LAYOUTS = ("checklist", "handout", "card", "review")
# The fields of an item that name other items; the titles of those are gathered for the sections
# that print them ("Related guides: …", "Members: …").
LINKING_FIELDS = ("guides", "pathways", "activities", "membership")
DEFAULT_OPTIONS = PrintOptions()

# ReportLab keeps some state in modules (font subsets, caches); one layout at a time is safe, and
# PDFs are few and far between. It never holds up the database thread, which does not render.
_layout_lock = threading.Lock()


@dataclass(frozen=True, eq=False)
class PrintRequest:
    """What to print: a checklist as the editor holds it (a copy), or refs (content items and saved
    checklists, "checklist:ID"), in that order; and how. One pathway, aid or checklist gives a
    checklist sheet, anything else a handout pack; `layout` ("checklist", "handout") forces one."""

    checklist: Checklist | None = None
    refs: tuple[str, ...] = ()
    options: PrintOptions = DEFAULT_OPTIONS
    layout: str | None = None  # "checklist", "handout" or "card" (a pathway's counter card)
    lang: str = "en"  # the sheet's language: its fixed words and /Lang (content: session's)


@dataclass(frozen=True)
class BuiltPdf:
    data: bytes
    pages: int
    kind: str  # "checklist" | "handout" | "card"
    path: Path | None = None  # where it was written, if it was
    warnings: tuple[str, ...] = ()  # e.g. characters the PDF fonts cannot show


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    kind: str  # "checklist" | "handout"
    pages: int
    size: int  # bytes
    warnings: tuple[str, ...] = ()  # e.g. characters the PDF fonts cannot show


@dataclass(frozen=True, eq=False)
class ExportJob:
    """An export gathered on the database thread: what to print, where, and the database file
    (with its siblings) that must never be written over."""

    job: PrintJob
    path: Path
    database: Path


# --- gathering (the database thread) -------------------------------------------------------------


def gather(s: Session, request: PrintRequest) -> PrintJob:
    """Everything the PDF will show, as plain data; an unknown ref is a UsageError. Content is
    read in the sheet's language (our words translated where they are, official text never)."""
    store = s.content
    before = store.language
    store.language = request.lang
    try:
        return _gather(s, request)
    finally:
        store.language = before


def _gather(s: Session, request: PrintRequest) -> PrintJob:
    check_options(request.options)
    options = replace(request.options, lang=request.lang)
    entries: list[Entry] = (
        [request.checklist.copy()] if request.checklist is not None else _entries(s, request.refs)
    )
    layout = _layout(request.layout, entries)
    if layout == "card":
        first = entries[0]
        if isinstance(first, Checklist) or first.kind != "pathway":
            raise UsageError("A counter card is made from one pathway, e.g. pathway:child.")
        card, numbers = builders.card_from_pathway(first, s.content, **_words(request.lang))
        return PrintJob(
            sheet=card,
            sections=(),
            contacts=sheet_context(s, card.contact_roles),
            titles={},
            content_version=s.content_version,
            options=options,
            card_numbers=numbers,
        )
    if layout == "review":
        first = entries[0]
        if isinstance(first, Checklist) or first.kind != "area":
            raise UsageError(
                "A progress-review sheet is made from one strategy area, e.g. area:adelaide-2023-5."
            )
        review = builders.build(s.content, first.ref)
        return PrintJob(
            sheet=review,
            sections=(),
            contacts=SheetContext(),
            titles={},
            content_version=s.content_version,
            options=options,
            review=True,
        )
    if layout == "checklist":
        first = entries[0]
        checklist = (
            first
            if isinstance(first, Checklist)
            else builders.build(s.content, first.ref, **_words(request.lang))
        )
        checklist = pack_views.with_national_steps(s, checklist)  # "In <country>" (issue 15)
        return PrintJob(
            sheet=checklist,
            sections=(),
            contacts=sheet_context(s, checklist.contact_roles),
            titles={},
            content_version=s.content_version,
            options=options,
        )
    return PrintJob(
        sheet=None,
        sections=tuple(_section(s, e, request.lang) for e in entries),
        contacts=sheet_context(s, _pack_roles(entries)),
        titles=s.content.titles(_linked_refs(entries), request.lang),  # the pack's language
        content_version=s.content_version,
        options=options,
    )


def sheet_context(s: Session, roles: Sequence[str]) -> SheetContext:
    """Role titles for the contacts box and the user's national contacts for those roles."""
    if not roles:
        return SheetContext()
    titles = {
        ref.split(":", 1)[1]: title for ref, title in s.content.titles([f"role:{r}" for r in roles]).items()
    }
    contacts: dict[str, list[Contact]] = {}
    for c in s.user.contacts():
        if c.role in roles:
            contacts.setdefault(c.role, []).append(
                Contact(c.organisation, c.phone, c.hours, c.notes, c.country)
            )
    for role, found in pack_views.sheet_contacts(s, roles).items():  # a content pack's, marked
        contacts.setdefault(role, []).extend(found)
    return SheetContext(role_titles=titles, contacts={role: tuple(cs) for role, cs in contacts.items()})


def _entries(s: Session, refs: Sequence[str]) -> list[Entry]:
    """Content items and saved checklists for the refs, in order."""
    out: list[Entry] = []
    for ref in refs:
        checklist_id = parse_ref(ref)
        if checklist_id is not None:
            out.append(s.checklists.get(checklist_id))
        elif "#" in ref:
            raise UsageError(f"{ref!r} is part of an item; export {ref.split('#', 1)[0]!r} instead.")
        else:
            out.append(s.content.require(ref))
    return out


def _layout(asked: str | None, entries: list[Entry]) -> str:
    if asked not in (None, *LAYOUTS):
        raise UsageError(f"Unknown layout {asked!r}; use checklist or handout.")
    single = len(entries) == 1
    first = entries[0] if entries else None
    first_kind = "checklist" if isinstance(first, Checklist) else getattr(first, "kind", "")
    if asked == "card":
        if not single:
            raise UsageError("A counter card is made from one pathway; give one pathway ref.")
        return "card"
    if asked == "review" or (asked is None and single and first_kind == "area"):
        if not single:
            raise UsageError("A progress-review sheet is made from one area; drop --as review for a pack.")
        return "review"
    if asked == "checklist" or (asked is None and single and first_kind in CHECKLIST_KINDS):
        if not single:
            raise UsageError(
                "A checklist sheet is made from one item; drop --as checklist to make a handout pack."
            )
        return "checklist"
    return "handout"


def _words(lang: str) -> dict[str, Any]:
    """What the builders need to print their own words in the sheet's language: the language, and
    a gated step's condition in the content's words for it ("Hanya jika ...")."""

    def condition(step: Step) -> str:
        return lang_words.condition(step.unless, step.only_if, lang)

    return {"lang": lang, "condition": condition}


def _section(s: Session, entry: Entry, lang: str = "en") -> Section:
    if isinstance(entry, Checklist):
        return Section(pack_views.with_national_steps(s, entry), entry.title)  # "In <country>"
    content = s.content
    if entry.kind == "pathway":
        checklist = builders.from_pathway(entry, content, **_words(lang))
        checklist = pack_views.with_national_steps(s, checklist)  # "In <country>" (issue 15)
        # A pack prints the signs on a page of their own, grouped and in full, and the purpose
        # above the checklist: the checklist itself goes without them.
        checklist.reminders = [r for r in checklist.reminders if r.title != builders.SIGNS_TITLE]
        checklist.purpose = ""
        activities = tuple(a for a in (content.get(r) for r in entry.data.get("activities", [])) if a)
        return Section(entry, entry.title, checklist=checklist, activities=activities)
    if entry.kind == "area":
        activities = tuple(content.children(entry.ref))
        refs = {a.ref for a in activities}
        return Section(
            entry,
            builders.area_title(entry),
            activities=activities,
            guides=tuple(g for g in content.items("guide") if refs & set(g.data.get("activities", []))),
            pathways=tuple(p for p in content.items("pathway") if refs & set(p.data.get("activities", []))),
        )
    return Section(entry, entry.title)


def _pack_roles(entries: list[Entry]) -> list[str]:
    """The roles whose contacts a pack prints: a checklist's, a pathway's, a role section's own."""
    roles: list[str] = []
    for e in entries:
        if isinstance(e, Checklist):
            found = list(e.contact_roles)
        elif e.kind == "pathway":
            found = list(e.data.get("roles", []))
        else:
            found = [e.id] if e.kind == "role" else []
        roles += [r for r in found if r not in roles]
    return roles


def _linked_refs(entries: list[Entry]) -> list[str]:
    refs: dict[str, None] = {}
    for e in entries:
        if isinstance(e, Item):
            refs.update(dict.fromkeys(e.related))
            for name in LINKING_FIELDS:
                refs.update(dict.fromkeys(str(r) for r in e.data.get(name, ()) or ()))
    return list(refs)


# --- rendering (any thread) and writing --------------------------------------------------------


def render(job: PrintJob) -> BuiltPdf:
    """Lay the job out as PDF bytes, collecting the characters no shipped font can print: they
    come back as `warnings` (the command line prints them, the window shows them)."""
    from bali_desktop.pdf import fonts
    from bali_desktop.pdf import render as layout  # ReportLab: imported when first printing

    with _layout_lock, fonts.missing_glyphs() as missing:
        data, pages = layout.render(job)
    return BuiltPdf(data, pages, job.kind, warnings=tuple(fonts.missing_glyphs_warning(missing)))


def check_before_opening(
    request: PrintRequest,
    target: str | os.PathLike[str],
    data_dir: str | os.PathLike[str] | None,
    *,
    fmt: str = "pdf",
) -> None:
    """What can be refused before the database is even opened: options that cannot print, and a
    target that cannot be written or is one of the files of the database in `data_dir`."""
    check_options(request.options)
    magic = b"<!DOCTYPE html>" if fmt == "html" else b"%PDF-"
    check_target(target, database=paths.data_dir(data_dir) / paths.DB_FILE, magic=magic)


def prepare_export(s: Session, request: PrintRequest, target: str | os.PathLike[str]) -> ExportJob:
    """Refuse a target that cannot be written or is one of the database's files, then gather."""
    path = check_target(target, database=s.db_path)
    return ExportJob(gather(s, request), path, s.db_path)


def write_export(export_job: ExportJob) -> BuiltPdf:
    """Render, then write atomically: a failure leaves no partial file, and the database and its
    -wal, -shm and backup files are never written over (the target is checked again)."""
    built = render(export_job.job)
    write_atomic(export_job.path, built.data, database=export_job.database)
    return replace(built, path=export_job.path)


def export(
    s: Session, request: PrintRequest, target: str | os.PathLike[str], *, fmt: str = "pdf"
) -> ExportResult:
    """Check the target, gather, render and write the PDF (the command line's `export`); with
    fmt "html", the same sheet as plain accessible HTML (pdf/html.py)."""
    if fmt == "html":
        from bali_desktop.pdf.html import HTML_MAGIC, render_html

        path = check_target(target, database=s.db_path, magic=HTML_MAGIC)
        job = gather(s, request)
        data = render_html(job)
        write_atomic(path, data, database=s.db_path, magic=HTML_MAGIC)
        return ExportResult(path, job.kind, 0, len(data))
    if fmt != "pdf":
        raise UsageError(f"Unknown format {fmt!r}; use pdf or html.")
    built = write_export(prepare_export(s, request, target))
    return ExportResult(built.path, built.kind, built.pages, len(built.data), built.warnings)
