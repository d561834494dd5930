"""A real printer queue (issue 14, point 9): a sheet sent through CUPS to a PDF printer
(Debian's cups and printer-driver-cups-pdf), and the printed file read back: it holds the sheet,
every page of it. The command line's way (`lp` of the exported PDF) and the window's ("Print…":
the rendered pages painted on a QPrinter for that queue).

The fixture installs and starts what it needs when it runs as root (apt-get, bounded to five
minutes; cupsd in the foreground, stopped afterwards if it started it) and adds a queue of its
own, removed afterwards; otherwise the tests are skipped and say why."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop.pdf.job import PrintOptions
from tests.pdf.conftest import export_refs, pdftotext

QUEUE = "BaliDesktopTestPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
WAIT_S = 60


def _running() -> bool:
    r = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=10)
    return "is running" in r.stdout and "not" not in r.stdout


def _install() -> str | None:
    """Install cups and cups-pdf if missing; the reason it cannot, or None."""
    if shutil.which("cupsd") and shutil.which("lp") and PPD.exists():
        return None
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "needs cups and printer-driver-cups-pdf, or root to install them"
    if not shutil.which("apt-get"):
        return "needs cups and printer-driver-cups-pdf (no apt-get here to install them)"
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", "cups", "printer-driver-cups-pdf"]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    except subprocess.TimeoutExpired:
        return "installing cups and printer-driver-cups-pdf took over 5 minutes"
    if r.returncode or not PPD.exists():
        return f"could not install cups-pdf: {(r.stderr or r.stdout).strip()[-120:]}"
    return None


def _out_dir() -> Path:
    """Where cups-pdf writes a job of this user (its `Out` setting, ${HOME}/PDF by default)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        m = re.search(r"^Out\s+(\S+)", conf.read_text(errors="replace"), re.M)
        out = m.group(1) if m else out
    return Path(out.replace("${HOME}", str(Path.home())))


@pytest.fixture(scope="module")
def queue() -> Iterator[Path]:
    reason = _install()
    if reason:
        pytest.skip(reason)
    daemon = None
    if not _running():
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running, and starting it needs root")
        daemon = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 15
        while not _running() and time.monotonic() < deadline:
            time.sleep(0.3)
        if not _running():
            daemon.terminate()
            pytest.skip("the CUPS scheduler did not start within 15 s")
    added = subprocess.run(
        ["lpadmin", "-p", QUEUE, "-v", "cups-pdf:/", "-E", "-P", str(PPD)], capture_output=True, text=True
    )
    if added.returncode:
        if daemon:
            daemon.terminate()
        pytest.skip(f"could not add a cups-pdf queue: {added.stderr.strip()[-120:]}")
    try:
        yield _out_dir()
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)
        if daemon is not None:
            daemon.terminate()
            daemon.wait(timeout=20)


def _printed(out: Path, title: str) -> Path:
    """The file cups-pdf wrote for the job titled `title` (its name starts with the title)."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        found = [p for p in out.glob(f"{title}*.pdf") if p.stat().st_size > 0] if out.exists() else []
        if found:
            time.sleep(0.5)  # written whole
            return found[0]
        time.sleep(0.5)
    pytest.fail(f"cups-pdf wrote no file for {title} in {out} within {WAIT_S} s")


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def test_a_sheet_printed_through_cups_holds_the_sheet(queue: Path, fresh_library, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    result = export_refs(fresh_library, ["pathway:child"], sheet, options=PrintOptions(paper="a4"))
    title = f"bali-{uuid.uuid4().hex[:8]}"
    sent = subprocess.run(
        ["lp", "-d", QUEUE, "-t", title, str(sheet)], capture_output=True, text=True, timeout=30
    )
    assert sent.returncode == 0, sent.stderr
    printed = _printed(queue, title)
    try:
        assert _pages(printed) == result.pages
        text = re.sub(r"\s+", " ", pdftotext(printed))
        assert "Unaccompanied or separated child" in text and "Case reference:" in text
        assert f"Page {result.pages} of {result.pages}" in text
    finally:
        printed.unlink(missing_ok=True)


def test_the_windows_print_reaches_the_queue(queue: Path, qapp, fresh_library, tmp_path: Path) -> None:
    """What "Print…" does: the PDF's pages rendered, then painted on a QPrinter for the queue."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from bali_desktop.gui.pdf_tasks import can_render, print_images, render_pages

    if not can_render():
        pytest.skip("needs poppler's pdftoppm")
    if QUEUE not in [p.printerName() for p in QPrinterInfo.availablePrinters()]:
        pytest.skip("this Qt build has no CUPS print support (its cups plugin is not shipped)")
    sheet = tmp_path / "sheet.pdf"
    result = export_refs(fresh_library, ["pathway:victim-of-trafficking"], sheet, layout="card")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(QUEUE)
    title = f"bali-{uuid.uuid4().hex[:8]}"
    printer.setDocName(title)
    print_images(printer, render_pages(sheet.read_bytes(), 100))
    printed = _printed(queue, title)
    try:
        assert _pages(printed) == result.pages == 1
    finally:
        printed.unlink(missing_ok=True)
