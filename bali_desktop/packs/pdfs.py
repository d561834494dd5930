"""A pack's PDF documents (and the user's own, services/documents.py): the text of a PDF for search
(pypdf) and its page count, a malformed or encrypted one refused; the library's id of a PDF; the
record that stands for a pack's PDF in the library (packs/content.py reads the documents.yaml that
names them)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from bali_desktop.content import schema
from bali_desktop.content.record import ContentRecord
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.packs.errors import PackError

log = logging.getLogger(__name__)
MAX_PDF_PAGES = 2_000
PDF_PREFIX = "pdf."  # the ids of PDF documents (domain/locations.py opens them in the reader)


@dataclass
class PackDocument:
    id: str
    title: str
    file: str
    pdf: bytes
    text: str
    pages: int


def pdf_text(name: str, data: bytes) -> tuple[str, int]:
    """The text of a PDF (pypdf), and its page count; a malformed PDF is refused."""
    if not data.startswith(b"%PDF-"):
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Refused: {name} is not a PDF (malformed)."), name=name)
        )
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "Refused: {name} is an encrypted PDF; its text cannot be searched."
                    ),
                    name=name,
                )
            )
        pages = len(reader.pages)
        if pages == 0:
            raise PackError(
                said(QT_TRANSLATE_NOOP("said", "Refused: {name} is a malformed PDF (no pages)."), name=name)
            )
        if pages > MAX_PDF_PAGES:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Refused: {name} has more than {most} pages."),
                    name=name,
                    most=MAX_PDF_PAGES,
                )
            )
        texts = [(page.extract_text() or "") for page in reader.pages]
    except PackError:
        raise
    except ImportError:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "said", "PDF documents need pypdf, which is not installed; reinstall Bali Desktop."
            )
        ) from None
    except Exception as e:  # any defect of a PDF file: pypdf raises many kinds
        log.info("a pack's PDF could not be read: %s", type(e).__name__)
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: {name} is a malformed PDF ({kind})."),
                name=name,
                kind=type(e).__name__,
            )
        ) from None
    return "\n".join(t.strip() for t in texts if t.strip()), pages


def pdf_id(owner: str, doc_id: str) -> str:
    """The library's id of a PDF document: "pdf.<pack>.<id>" ("pdf.mine.…" for the user's own), so
    that it opens in the reader (a source document, with paragraphs, opens under Sources)."""
    return f"{PDF_PREFIX}{owner}.{doc_id}"


def document_record(doc: schema.SourceDocument, text: str, pages: int, pack_id: str) -> ContentRecord:
    lines = [doc.description, f"Published by {doc.publisher}" + (f", {doc.date}." if doc.date else ".")]
    return ContentRecord(
        ref=f"document:{pdf_id(pack_id, doc.id)}",
        kind="document",
        title=doc.title,
        text="\n".join(line for line in lines if line.strip()),
        official=False,
        body=text,
        data={**doc.model_dump(), "pdf": doc.file, "pages": pages, "pack": pack_id},
    )
