"""Fixtures for PDF tests: the writable library of the checklist tests, and PDF readers."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.checklists.conftest import fresh_library  # noqa: F401 (a fixture)


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
