"""PDF work for the window, off the GUI thread: export jobs for the database worker, page
rendering with pdftoppm on a pool thread, printing rendered pages, opening a file."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRectF, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PdfRequest:
    """What to print: a checklist (plain data) or refs for a pack, and the print options."""

    checklist: Any = None  # a Checklist, copied; or None for a pack of `refs`
    refs: tuple[str, ...] = ()
    paper: str = "a4"
    large_print: bool = False
    title: str = ""
    workshop: str = ""
    date: str = ""


@dataclass(frozen=True)
class BuiltPdf:
    data: bytes
    pages: int
    kind: str  # "checklist" | "handout"
    path: Path | None = None  # where it was written, if it was
    warnings: tuple[str, ...] = ()  # e.g. characters the PDF fonts cannot show (as the CLI warns)


# --- jobs for the database worker (they need the library for contacts and content) -------------


def build_pdf(request: PdfRequest, lib, _user) -> BuiltPdf:  # noqa: ANN001
    """Build the PDF, collecting (as `export_refs` does for the CLI) the characters no shipped
    font can print: they come back as `warnings` for the window to show."""
    from bali_desktop.pdf import ExportOptions, build_entries, load_entries
    from bali_desktop.pdf.fonts import missing_glyphs, missing_glyphs_warning

    options = ExportOptions(
        paper=request.paper,
        large_print=request.large_print,
        title=request.title,
        workshop=request.workshop,
        date=request.date,
    )
    entries = [request.checklist] if request.checklist is not None else load_entries(lib, list(request.refs))
    with missing_glyphs() as missing:
        data, pages, kind = build_entries(
            lib, entries, options=options, layout="checklist" if request.checklist is not None else None
        )
    return BuiltPdf(data, pages, kind, warnings=tuple(missing_glyphs_warning(missing)))


def export_pdf(request: PdfRequest, target: str, lib, user) -> BuiltPdf:  # noqa: ANN001
    """Build, then write atomically: a failure leaves no partial file. As on the command line,
    the library's database and its -wal, -shm and backup files are never written over."""
    from bali_desktop.pdf import write_atomic
    from bali_desktop.pdf.export import check_target

    path = check_target(target, database=lib.db_path)
    built = build_pdf(request, lib, user)
    write_atomic(path, built.data, database=lib.db_path)
    return BuiltPdf(built.data, built.pages, built.kind, path, built.warnings)


# --- rendering pages to images ------------------------------------------------------------------


def can_render() -> bool:
    return shutil.which("pdftoppm") is not None


def render_pages(data: bytes, dpi: int, first: int = 1, last: int | None = None) -> list[QImage]:
    """PDF pages as images, through poppler's pdftoppm (runs on a pool thread)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RuntimeError("pdftoppm (poppler-utils) is not installed")
    with tempfile.TemporaryDirectory(prefix="bali-render-") as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(data)
        cmd = [exe, "-png", "-r", str(dpi), "-f", str(first)]
        if last is not None:
            cmd += ["-l", str(last)]
        subprocess.run(
            [*cmd, str(src), str(Path(tmp) / "page")], check=True, capture_output=True, timeout=120
        )
        images = []
        for png in sorted(Path(tmp).glob("page-*.png")):
            image = QImage(str(png))
            if image.isNull():
                raise RuntimeError(f"cannot read the rendered page {png.name}")
            images.append(image)
        return images


class _Relay(QObject):
    """Carries a pool thread's result back to the GUI thread."""

    finished = Signal(object, object, object)  # callback, result, error


class Background(QObject):
    """Run plain functions on Qt's thread pool; callbacks run on the GUI thread (skipped if the
    widget they belong to is gone)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self.pending = 0

    def run(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]
    ) -> None:
        relay = self._relay
        self.pending += 1

        def task() -> None:
            try:
                outcome = (on_done, fn(), None)
            except BaseException as e:  # noqa: BLE001 - handed to the GUI
                outcome = (on_error, None, e)
            try:
                relay.finished.emit(*outcome)
            except RuntimeError:  # the screen was closed meanwhile: nobody is waiting
                pass

        QThreadPool.globalInstance().start(task)

    @Slot(object, object, object)
    def _deliver(self, callback: Callable, result: Any, error: BaseException | None) -> None:
        self.pending -= 1
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return
        callback(error if error is not None else result)


# --- printing and opening -----------------------------------------------------------------------


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    """Paint rendered pages onto the printer, each scaled to fit its page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        for n, image in enumerate(images):
            if n:
                printer.newPage()
            area = printer.pageRect(QPrinter.Unit.DevicePixel)
            scale = min(area.width() / image.width(), area.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h), image)
    finally:
        painter.end()


def open_with_system_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
