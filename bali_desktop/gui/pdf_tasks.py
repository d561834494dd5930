"""PDF work for the window, off the GUI thread: a PDF gathered on the database queue and laid
out on the pool (`build_pdf`, `export_pdf`), pages rendered with pdftoppm (on the pool too:
`ctx.compute(partial(render_pages, ...))`), rendered pages printed, a file opened."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QRectF, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from bali_desktop.gui.tasks import Failed, alive
from bali_desktop.services import printing
from bali_desktop.services.printing import BuiltPdf, PrintOptions, PrintRequest

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext

__all__ = [
    "BuiltPdf",
    "PdfRequest",
    "PrintOptions",
    "build_pdf",
    "can_render",
    "export_pdf",
    "open_with_system_viewer",
    "print_images",
    "render_pages",
]

G = TypeVar("G")  # what the database step gathered

log = logging.getLogger(__name__)


PdfRequest = PrintRequest  # what the window asks to print: a checklist copy or refs, and options


# --- a PDF in two steps: gathered on the database queue, laid out on the pool -------------------


def build_pdf(
    ctx: AppContext,
    request: PrintRequest,
    on_done: Callable[[BuiltPdf], None],
    on_error: Failed | None = None,
) -> None:
    """Build `request`'s PDF off the GUI thread and call `on_done(built)` on it: its data is
    gathered on the database queue (a few milliseconds), then laid out on the pool, so a
    search asked for meanwhile is answered at once. The characters no shipped font can
    print come back as `built.warnings`, as the command line warns about them."""
    ctx.call(
        partial(printing.gather, request=request), _then(ctx, printing.render, on_done, on_error), on_error
    )


def export_pdf(
    ctx: AppContext,
    request: PrintRequest,
    target: str,
    on_done: Callable[[BuiltPdf], None],
    on_error: Failed | None = None,
) -> None:
    """Build the PDF and write it to `target` atomically, as `build_pdf` builds it; `on_done`
    gets it with its `path`. A failure leaves no partial file, and, as on the command line,
    the database and its -wal, -shm and backup files are never written over."""
    ctx.call(
        partial(printing.prepare_export, request=request, target=target),
        _then(ctx, printing.write_export, on_done, on_error),
        on_error,
    )


def _then(
    ctx: AppContext,
    step: Callable[[G], BuiltPdf],
    on_done: Callable[[BuiltPdf], None],
    on_error: Failed | None,
) -> Callable[[G], None]:
    """The second step: `step(gathered)` on the pool, unless whoever asked is gone already."""

    def next_step(gathered: G) -> None:
        if alive(on_done):
            ctx.compute(partial(step, gathered), on_done, on_error)

    return next_step


# --- rendering pages to images ------------------------------------------------------------------


def can_render() -> bool:
    return shutil.which("pdftoppm") is not None


def render_pages(data: bytes, dpi: int, first: int = 1, last: int | None = None) -> list[QImage]:
    """PDF pages as images, through poppler's pdftoppm (runs on a pool thread)."""
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RuntimeError(translate("pdf_tasks", "pdftoppm (poppler-utils) is not installed"))
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
                raise RuntimeError(
                    translate("pdf_tasks", "cannot read the rendered page {name}").format(name=png.name)
                )
            images.append(image)
        return images


# --- printing and opening -----------------------------------------------------------------------


def print_images(printer: QPrinter, images: list[QImage]) -> None:
    """Paint rendered pages onto the printer, each scaled to fit its page."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(translate("pdf_tasks", "the printer could not be started"))
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
