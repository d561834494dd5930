"""Fixtures for PDF tests: the writable library of the checklist tests, and PDF readers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bali_desktop.pdf.job import PrintOptions
from bali_desktop.services import printing
from bali_desktop.services.session import Session
from tests.checklists.conftest import fresh_library  # noqa: F401 (a fixture)

DEFAULT_OPTIONS = PrintOptions()


def pdftotext(path: Path, *, layout: bool = False, first: int | None = None, last: int | None = None) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils (pdftotext)")
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        cmd.append("-layout")
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    return subprocess.run([*cmd, str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_texts(path: Path) -> list[str]:
    """Each page's text, read back with pypdf."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def export_refs(
    session: Session,
    refs: list[str],
    target: str | Path,
    *,
    options: PrintOptions = DEFAULT_OPTIONS,
    layout: str | None = None,
) -> printing.ExportResult:
    """`bali-desktop export REFS -o TARGET`, in process: the service the command line calls."""
    request = printing.PrintRequest(refs=tuple(refs), options=options, layout=layout)
    return printing.export(session, request, target)


def pack_pdf(session: Session, refs: list[str], options: PrintOptions = DEFAULT_OPTIONS) -> tuple[bytes, int]:
    """A handout pack of `refs`, gathered and rendered as the window does: bytes and pages."""
    job = printing.gather(session, printing.PrintRequest(refs=tuple(refs), options=options, layout="handout"))
    built = printing.render(job)
    return built.data, built.pages
