"""PDF documents in the library: the ones content packs carry, and the ones the user adds without a
pack ("Add document…": a national SOP, an official guide). Their text (pypdf) is in the search
index; the file itself is kept in the database and opened with the system's PDF viewer."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.packs.archive import MAX_ENTRY_BYTES
from bali_desktop.packs.errors import PackError
from bali_desktop.packs.pdfs import pdf_id, pdf_text
from bali_desktop.services.session import Session
from bali_desktop.storage.pack_rows import MINE, DocumentRow, OverlayItem
from bali_desktop.storage.pack_store import PackStore

OPENED_FOLDER = "documents"  # in the data folder: copies handed to the system viewer
MINE_NOTE = "Your own document, added with Add document; not Bali Process text."


@dataclass(frozen=True)
class AddedDocument:
    ref: str
    title: str
    pages: int
    words: int


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40].strip("-") or "document"


def add_document(s: Session, path: Path, title: str = "", *, now: datetime | None = None) -> AddedDocument:
    """Import a PDF into the library: its text indexed for search, the file kept."""
    if s.read_only:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Nothing can be added: {read_only}"), read_only=s.read_only)
        )
    try:
        if not path.is_file():
            raise PackError(said(QT_TRANSLATE_NOOP("said", "{path} is not a file."), path=path))
        if path.stat().st_size > MAX_ENTRY_BYTES:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "{name} is larger than 64 MB; it is not added."),
                    name=str(path.name),
                )
            )
        data = path.read_bytes()
    except OSError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot read {path}: {why}."),
                path=str(path),
                why=str(e.strerror or e),
            )
        ) from None
    text, pages = pdf_text(path.name, data)
    title = " ".join((title or path.stem.replace("_", " ")).split())[:200] or path.name
    doc_id = pdf_id("mine", f"{_slug(path.stem)}-{hashlib.sha256(data).hexdigest()[:8]}")
    ref = f"document:{doc_id}"
    if s.content.get(ref) is not None:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "{name} is already in the library ({title})."),
                name=str(path.name),
                title=title,
            )
        )
    now = now or datetime.now()
    item = OverlayItem(
        ref,
        "document",
        title,
        f"{MINE_NOTE}\nFile: {path.name}, {pages} page{'s' if pages != 1 else ''}.",
        "",
        text,
        (),
        {"id": doc_id, "title": title, "pdf": path.name, "pages": pages, "pack": MINE, "mine": True},
    )
    PackStore(s.connection).add_document(
        item, DocumentRow(MINE, MINE, doc_id, title, path.name, data, text, pages, now)
    )
    s.content._search_words = None  # the index's vocabulary changed
    return AddedDocument(ref, title, pages, len(text.split()))


def remove_document(s: Session, ref: str) -> None:
    doc_id = ref.removeprefix("document:")
    if not doc_id.startswith(pdf_id("mine", "")) or not PackStore(s.connection).remove_document(doc_id, ref):
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "{ref} is not a document you added (a pack's goes with `pack remove`)."
                ),
                ref=str(ref[:60]),
            )
        )
    s.content._search_words = None


def pdf_of(s: Session, ref: str) -> DocumentRow | None:
    """The PDF behind a document item (a pack's or the user's), or None for a shipped source."""
    return PackStore(s.connection).document(ref.removeprefix("document:"))


def opened_copy(s: Session, ref: str) -> Path:
    """A copy of the document's PDF in the data folder, for the system viewer to open."""
    doc = pdf_of(s, ref)
    if doc is None:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "{ref} has no PDF file in this library."), ref=str(ref[:60]))
        )
    folder = s.db_path.parent / OPENED_FOLDER
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / f"{doc.doc_id}.pdf"
        part = folder / f".{doc.doc_id}.part"
        part.write_bytes(doc.pdf)
        os.replace(part, target)
    except OSError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write a copy of the PDF to open it: {why}."),
                why=str(e.strerror or e),
            )
        ) from None
    return target
