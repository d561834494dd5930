"""Build checklist sheets and handout packs as PDF bytes, and write them safely to a file."""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.checklists import builders
from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import ExportError, UsageError
from bali_desktop.pdf.checklist_pdf import SheetContext, checklist_story
from bali_desktop.pdf.fonts import missing_glyphs, missing_glyphs_warning
from bali_desktop.pdf.handout import PACK_NOTE, Entry, PackContext, pack_story
from bali_desktop.pdf.page import Document, PageInfo, canvasmaker
from bali_desktop.pdf.styles import GUIDANCE_LABEL, Margins, page_size, theme
from bali_desktop.storage.checklist_store import MAX_TITLE, ChecklistStore, parse_ref

if TYPE_CHECKING:
    from bali_desktop.storage.library import Library

CHECKLIST_KINDS = ("pathway", "aid", "checklist")  # one of these alone prints as a checklist sheet
PDF_MAGIC = b"%PDF-"
LAYOUT_FAILED = (
    "Cannot lay out the PDF: one block of text is too long to fit on a page. Nothing "
    "was written; shorten the longest item, note or contact and try again."
)
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
    warnings: tuple[str, ...] = ()  # e.g. characters the PDF fonts cannot show


def check_options(options: ExportOptions) -> None:
    """Refuse, before any work, options that cannot be printed (a title longer than a saved
    checklist's, which would not fit the title block)."""
    if len(options.title) > MAX_TITLE:
        raise UsageError(
            f"The title is at most {MAX_TITLE} characters; this one has "
            f"{len(options.title):,}. Give a shorter title."
        )


# --- building ---------------------------------------------------------------------------------


def sheet_context(library: Library, roles: list[str]) -> SheetContext:
    """Role titles for the contacts box and the user's national contacts for those roles."""
    from bali_desktop.storage.user_store import UserData

    titles = (
        {ref.split(":", 1)[1]: title for ref, title in library.titles([f"role:{r}" for r in roles]).items()}
        if roles
        else {}
    )
    contacts: dict[str, list] = {}
    if roles:
        for c in UserData(library.connection).contacts():
            if c.role in roles:
                contacts.setdefault(c.role, []).append(c)
    return SheetContext(role_titles=titles, contacts=contacts)


def checklist_pdf(
    checklist: Checklist, ctx: SheetContext, *, content_version: str, options: ExportOptions = ExportOptions()
) -> tuple[bytes, int]:
    """A checklist sheet as PDF bytes, and its page count."""
    check_options(options)
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
    info = PageInfo(
        title=title,
        content_version=content_version,
        printed=options.print_date(),
        note=note.strip(),
        tag=checklist.checklist_type,
        header_size=t.header_size,
        footer_size=t.footer_size,
    )
    buf = io.BytesIO()
    doc = Document(
        buf, pagesize=size, margins=margins, title=title, subject=f"{checklist.checklist_type} checklist"
    )
    width = size[0] - margins.left - margins.right
    frame_h = size[1] - margins.top - margins.bottom
    story = checklist_story(checklist, ctx, t, width, frame_height=frame_h)
    with _layout_errors():
        doc.build(story, canvasmaker=canvasmaker(info, margins))
    return buf.getvalue(), doc.page


def handout_pdf(
    library: Library,
    entries: list[Entry],
    *,
    options: ExportOptions = ExportOptions(),
    progress: ProgressCallback | None = None,
) -> tuple[bytes, int]:
    """A handout pack (cover, contents, sections) as PDF bytes, and its page count."""
    if not entries:
        raise UsageError("Choose at least one item for the handout pack.")
    check_options(options)
    t = theme(options.large_print)
    margins = Margins()
    size = page_size(options.paper)
    title = options.title or ("Handout: " + entries[0].title if len(entries) == 1 else "Handout pack")
    version = library.content_version
    roles: list[str] = []
    for e in entries:
        for r in (
            e.contact_roles
            if isinstance(e, Checklist)
            else e.data.get("roles", [])
            if e.kind == "pathway"
            else [e.id]
            if e.kind == "role"
            else []
        ):
            if r not in roles:
                roles.append(r)
    width = size[0] - margins.left - margins.right
    frame_h = size[1] - margins.top - margins.bottom
    pc = PackContext(
        library=library,
        sheet=sheet_context(library, roles),
        theme=t,
        width=width,
        column_width=(width - 6 * 2.8346) / 2,
        frame_height=frame_h,
    )
    info = PageInfo(
        title=title,
        content_version=version,
        printed=options.print_date(),
        note=PACK_NOTE,
        header_from=2,
        header_size=t.header_size,
        footer_size=t.footer_size,
    )
    if progress:
        progress(f"Laying out {len(entries)} sections")
    story = pack_story(
        entries,
        title=title,
        workshop=options.workshop,
        date=options.date,
        content_version=version,
        printed=options.print_date(),
        pc=pc,
    )
    buf = io.BytesIO()
    doc = Document(buf, pagesize=size, margins=margins, title=title, subject="Bali Desktop handout pack")
    if progress:
        progress("Numbering pages and contents")
    with _layout_errors():
        doc.multiBuild(story, canvasmaker=canvasmaker(info, margins), maxPasses=6)
    return buf.getvalue(), doc.page


@contextmanager
def _layout_errors() -> Iterator[None]:
    """The last resort, should a block still be too big for any page: one clear message
    instead of ReportLab's LayoutError (a crash report)."""
    from reportlab.platypus.doctemplate import LayoutError

    try:
        yield
    except LayoutError:
        raise ExportError(LAYOUT_FAILED) from None


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


def export_refs(
    library: Library,
    refs: list[str],
    target: str | os.PathLike[str],
    *,
    options: ExportOptions = ExportOptions(),
    layout: str | None = None,
    progress: ProgressCallback | None = None,
) -> ExportResult:
    """One pathway, aid or checklist ref gives a checklist sheet; anything else a handout pack.
    `layout` ("checklist" or "handout") overrides that choice."""
    path = check_target(target, database=library.db_path)
    check_options(options)
    entries = load_entries(library, refs)
    with missing_glyphs() as missing:
        data, pages, kind = build_entries(library, entries, options=options, layout=layout, progress=progress)
    write_atomic(path, data, database=library.db_path)
    return ExportResult(
        path=path, kind=kind, pages=pages, size=len(data), warnings=tuple(missing_glyphs_warning(missing))
    )


def build_entries(
    library: Library,
    entries: list[Entry],
    *,
    options: ExportOptions = ExportOptions(),
    layout: str | None = None,
    progress: ProgressCallback | None = None,
) -> tuple[bytes, int, str]:
    if layout not in (None, "checklist", "handout"):
        raise UsageError(f"Unknown layout {layout!r}; use checklist or handout.")
    single = len(entries) == 1
    first = entries[0] if entries else None
    first_kind = "checklist" if isinstance(first, Checklist) else getattr(first, "kind", "")
    if layout == "checklist" or (layout is None and single and first_kind in CHECKLIST_KINDS):
        if not single:
            raise UsageError(
                "A checklist sheet is made from one item; drop --as checklist to make a handout pack."
            )
        checklist = as_checklist(library, first)
        ctx = sheet_context(library, checklist.contact_roles)
        data, pages = checklist_pdf(checklist, ctx, content_version=library.content_version, options=options)
        return data, pages, "checklist"
    data, pages = handout_pdf(library, entries, options=options, progress=progress)
    return data, pages, "handout"


def as_checklist(library: Library, entry: Entry) -> Checklist:
    if isinstance(entry, Checklist):
        return entry
    return builders.build(library, entry.ref)


# --- writing ----------------------------------------------------------------------------------


def check_target(target: str | os.PathLike[str], *, database: Path | None = None) -> Path:
    """Refuse, before any work, a path whose folder is missing or not writable, the library's
    database (or its journal, WAL or backups) and an existing file that is not a PDF: an export
    replaces only a PDF."""
    path = Path(target).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"Cannot write the PDF: {path} is a folder; give a file name ending .pdf.")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {path}: the folder {folder} does not exist.")
    if database is not None and is_database_file(path, database):
        raise ExportError(
            f"Cannot write the PDF to {path}: that is one of Bali Desktop's database "
            "files. Nothing was changed; give a file name ending .pdf elsewhere."
        )
    if path.exists():
        if not path.is_file():
            raise ExportError(
                f"Cannot write the PDF to {path}: it is not a regular file. "
                "Nothing was changed; give a file name ending .pdf."
            )
        if not _is_pdf_or_empty(path):
            raise ExportError(
                f"Will not replace {path}: it exists and is not a PDF. Nothing was "
                "changed; give another file name ending .pdf."
            )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"Cannot write {path}: the folder {folder} is not writable.")
    return path


def is_database_file(path: Path, database: Path) -> bool:
    """Whether `path` is the database file or one of its siblings: -wal, -shm, -journal, and the
    backups made before a migration (bali-desktop.sqlite3.before-*.bak). Resolved paths are
    compared, so a symbolic link or a relative path to them is caught too."""
    try:
        if path.exists() and database.exists() and os.path.samefile(path, database):
            return True  # a hard link
    except OSError:
        pass
    target, db = path.resolve(), database.resolve()
    if os.path.normcase(str(target.parent)) != os.path.normcase(str(db.parent)):
        return False
    name, base = os.path.normcase(target.name), os.path.normcase(db.name)
    return name == base or name.startswith((base + "-", base + "."))


def _is_pdf_or_empty(path: Path) -> bool:
    """An existing file that may be replaced: a PDF ("%PDF-" in its first 1,024 bytes, as
    readers accept), or an empty file, which holds nothing to lose."""
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError:
        return False
    return not head or PDF_MAGIC in head


def write_atomic(path: Path, data: bytes, *, database: Path | None = None) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written PDF."""
    path = check_target(path, database=database)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        hint = (
            " Is it open in another program? Close it and try again."
            if isinstance(e, PermissionError) and path.exists()
            else ""
        )
        raise ExportError(f"Cannot write {path}: {e.strerror or e}.{hint}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
