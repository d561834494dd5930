"""Build checklist sheets and handout packs as PDF bytes, and write them safely to a file."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.checklists import builders
from bali_desktop.checklists.model import Checklist
from bali_desktop.checklists.store import ChecklistStore, parse_ref
from bali_desktop.errors import ExportError, UsageError
from bali_desktop.pdf.checklist_pdf import SheetContext, checklist_story
from bali_desktop.pdf.handout import PACK_NOTE, Entry, PackContext, pack_story
from bali_desktop.pdf.page import Document, PageInfo, canvasmaker
from bali_desktop.pdf.styles import GUIDANCE_LABEL, Margins, page_size, theme

if TYPE_CHECKING:
    from bali_desktop.library import Library

CHECKLIST_KINDS = ("pathway", "aid", "checklist")  # one of these alone prints as a checklist sheet
ProgressCallback = Callable[[str], None]


@dataclass(frozen=True)
class ExportOptions:
    paper: str = "a4"
    large_print: bool = False
    title: str = ""  # the pack's (or sheet's) title; defaults from the content
    workshop: str = ""  # printed on a pack's cover
    date: str = ""  # the workshop date as the trainer types it, for the cover
    printed: str = ""  # the print date; today by default

    def print_date(self) -> str:
        return self.printed or date.today().isoformat()


@dataclass(frozen=True)
class ExportResult:
    path: Path | None
    kind: str  # "checklist" | "handout"
    pages: int
    size: int  # bytes


# --- building ---------------------------------------------------------------------------------


def sheet_context(library: Library, roles: list[str]) -> SheetContext:
    """Role titles for the contacts box and the user's national contacts for those roles."""
    from bali_desktop.userdata import UserData

    titles = {ref.split(":", 1)[1]: title for ref, title in
              library.titles([f"role:{r}" for r in roles]).items()} if roles else {}
    contacts: dict[str, list] = {}
    if roles:
        for c in UserData(library.connection).contacts():
            if c.role in roles:
                contacts.setdefault(c.role, []).append(c)
    return SheetContext(role_titles=titles, contacts=contacts)


def checklist_pdf(checklist: Checklist, ctx: SheetContext, *, content_version: str,
                  options: ExportOptions = ExportOptions()) -> tuple[bytes, int]:
    """A checklist sheet as PDF bytes, and its page count."""
    t = theme(options.large_print)
    margins = Margins()
    size = page_size(options.paper)
    title = options.title or checklist.title
    if options.title:
        checklist = checklist.copy()
        checklist.title = options.title
    note = f"{GUIDANCE_LABEL}. " if checklist.has_guidance() else ""
    if any(i.official for i in checklist.all_items()):
        note += "Lines marked “Official text” quote their source word for word."
    info = PageInfo(title=title, content_version=content_version, printed=options.print_date(),
                    note=note.strip(), tag=checklist.checklist_type, header_size=t.header_size,
                    footer_size=t.footer_size)
    buf = io.BytesIO()
    doc = Document(buf, pagesize=size, margins=margins, title=title,
                   subject=f"{checklist.checklist_type} checklist")
    width = size[0] - margins.left - margins.right
    doc.build(checklist_story(checklist, ctx, t, width), canvasmaker=canvasmaker(info, margins))
    return buf.getvalue(), doc.page


def handout_pdf(library: Library, entries: list[Entry], *, options: ExportOptions = ExportOptions(),
                progress: ProgressCallback | None = None) -> tuple[bytes, int]:
    """A handout pack (cover, contents, sections) as PDF bytes, and its page count."""
    if not entries:
        raise UsageError("Choose at least one item for the handout pack.")
    t = theme(options.large_print)
    margins = Margins()
    size = page_size(options.paper)
    title = options.title or ("Handout: " + entries[0].title if len(entries) == 1 else "Handout pack")
    version = library.content_version
    roles: list[str] = []
    for e in entries:
        for r in (e.contact_roles if isinstance(e, Checklist) else
                  e.data.get("roles", []) if e.kind == "pathway" else
                  [e.id] if e.kind == "role" else []):
            if r not in roles:
                roles.append(r)
    width = size[0] - margins.left - margins.right
    frame_h = size[1] - margins.top - margins.bottom
    pc = PackContext(library=library, sheet=sheet_context(library, roles), theme=t, width=width,
                     column_width=(width - 6 * 2.8346) / 2, frame_height=frame_h)
    info = PageInfo(title=title, content_version=version, printed=options.print_date(),
                    note=PACK_NOTE, header_from=2, header_size=t.header_size, footer_size=t.footer_size)
    if progress:
        progress(f"Laying out {len(entries)} sections")
    story = pack_story(entries, title=title, workshop=options.workshop, date=options.date,
                       content_version=version, printed=options.print_date(), pc=pc)
    buf = io.BytesIO()
    doc = Document(buf, pagesize=size, margins=margins, title=title, subject="Bali Desktop handout pack")
    if progress:
        progress("Numbering pages and contents")
    doc.multiBuild(story, canvasmaker=canvasmaker(info, margins), maxPasses=6)
    return buf.getvalue(), doc.page


def load_entries(library: Library, refs: list[str]) -> list[Entry]:
    """Content items and saved checklists for the refs, in order; an unknown ref is a UsageError."""
    store: ChecklistStore | None = None
    out: list[Entry] = []
    for ref in refs:
        checklist_id = parse_ref(ref)
        if checklist_id is not None:
            store = store or ChecklistStore(library.engine)
            out.append(store.get(checklist_id))
        elif "#" in ref:
            raise UsageError(f"{ref!r} is part of an item; export {ref.split('#', 1)[0]!r} instead.")
        else:
            out.append(library.require(ref))
    return out


def export_refs(library: Library, refs: list[str], target: str | os.PathLike[str], *,
                options: ExportOptions = ExportOptions(), layout: str | None = None,
                progress: ProgressCallback | None = None) -> ExportResult:
    """One pathway, aid or checklist ref gives a checklist sheet; anything else a handout pack.
    `layout` ("checklist" or "handout") overrides that choice."""
    path = check_target(target)
    entries = load_entries(library, refs)
    data, pages, kind = build_entries(library, entries, options=options, layout=layout, progress=progress)
    write_atomic(path, data)
    return ExportResult(path=path, kind=kind, pages=pages, size=len(data))


def build_entries(library: Library, entries: list[Entry], *, options: ExportOptions = ExportOptions(),
                  layout: str | None = None,
                  progress: ProgressCallback | None = None) -> tuple[bytes, int, str]:
    if layout not in (None, "checklist", "handout"):
        raise UsageError(f"Unknown layout {layout!r}; use checklist or handout.")
    single = len(entries) == 1
    first = entries[0] if entries else None
    first_kind = "checklist" if isinstance(first, Checklist) else getattr(first, "kind", "")
    if layout == "checklist" or (layout is None and single and first_kind in CHECKLIST_KINDS):
        if not single:
            raise UsageError("A checklist sheet is made from one item; drop --as checklist to make "
                             "a handout pack.")
        checklist = as_checklist(library, first)
        ctx = sheet_context(library, checklist.contact_roles)
        data, pages = checklist_pdf(checklist, ctx, content_version=library.content_version,
                                    options=options)
        return data, pages, "checklist"
    data, pages = handout_pdf(library, entries, options=options, progress=progress)
    return data, pages, "handout"


def as_checklist(library: Library, entry: Entry) -> Checklist:
    if isinstance(entry, Checklist):
        return entry
    return builders.build(library, entry.ref)


# --- writing ----------------------------------------------------------------------------------


def check_target(target: str | os.PathLike[str]) -> Path:
    """Refuse, before any work, a path whose folder is missing or not writable."""
    path = Path(target).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"Cannot write the PDF: {path} is a folder; give a file name ending .pdf.")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"Cannot write {path}: the folder {folder} is not writable.")
    return path


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written PDF."""
    path = check_target(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        hint = " Is it open in another program? Close it and try again." if isinstance(
            e, PermissionError) and path.exists() else ""
        raise ExportError(f"Cannot write {path}: {e.strerror or e}.{hint}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
