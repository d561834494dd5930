"""The open checklist on paper: a preview of its first page, Export PDF, Print, Open PDF, and the
handout pack. A PDF's data is gathered on the database queue, then it is laid out and its pages
rendered on the pool (gui/pdf_tasks.py), never on the GUI thread; a preview answer older than
the last one asked for is dropped."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QMargins,
    QObject,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.checklist import file_name_for
from bali_desktop.gui import targets
from bali_desktop.gui.checklists.handout import HandoutDialog
from bali_desktop.gui.flow_layout import wrap_row
from bali_desktop.gui.pdf_tasks import (
    BuiltPdf,
    PdfRequest,
    PrintOptions,
    build_pdf,
    can_render,
    export_pdf,
    open_with_system_viewer,
    print_images,
    render_pages,
)
from bali_desktop.gui.widgets import button
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.gui.checklists.document import ChecklistDocument
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.checklists import Catalogue, ChecklistSummary

PREVIEW_DELAY_MS = 900
PREVIEW_DPI = 60
FONT_WARNING_STATUS = QT_TRANSLATE_NOOP(
    "checklists.output", " Some characters are not in the PDF fonts and will not print as written."
)


class OutputBox(QGroupBox):
    """The "Print and export" box: paper, large print, the buttons, the first-page preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("checklists.output", "Print and export"), parent)
        form = QVBoxLayout(self)
        self.paper = QComboBox()
        self.paper.addItem(translate("checklists.output", "A4"), "a4")
        self.paper.addItem(translate("checklists.output", "US Letter"), "letter")
        self.paper.setAccessibleName(translate("checklists.output", "Paper size"))
        self.large_print = QCheckBox(translate("checklists.output", "&Large print"))
        targets.enlarge(self.large_print)
        self.large_print.setToolTip(translate("checklists.output", "Bigger type and fewer items per page"))
        self.export_button = button(
            translate("checklists.output", "&Export PDF…"),
            translate("checklists.output", "Export PDF"),
            translate("checklists.output", "Save this checklist as a PDF"),
        )
        self.print_button = button(
            translate("checklists.output", "P&rint…"),
            translate("checklists.output", "Print"),
            translate("checklists.output", "Print this checklist"),
        )
        self.open_button = button(
            translate("checklists.output", "&Open PDF"),
            translate("checklists.output", "Open the exported PDF"),
            translate("checklists.output", "Open the last exported PDF with the system's viewer"),
        )
        self.open_button.setEnabled(False)
        # rows that wrap: at 200% text in a narrow window they do not fit one line
        form.addLayout(wrap_row(self.paper, self.large_print))
        form.addLayout(wrap_row(self.export_button, self.print_button, self.open_button))
        self.preview = QLabel()
        self.preview.setAccessibleName(translate("checklists.output", "Preview of the first page"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        form.addWidget(self.preview, 1)


class Output(QObject):
    """Preview, export and print of the open checklist (`doc.checklist`), and handout packs.

    `host` is the widget its dialogs and messages belong to."""

    exported = Signal(str)  # path of the PDF written

    def __init__(self, ctx: AppContext, doc: ChecklistDocument, host: QWidget) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.doc = doc
        self.host = host
        self.box = b = OutputBox()
        self.last_export: Path | None = None
        self.export_dir = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        self.font_warning_box: QMessageBox | None = None  # characters no PDF font has, while open
        self._preview_token = 0
        self._progress: QProgressDialog | None = None
        self._printer: Any = None
        self._print_warnings: tuple[str, ...] = ()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        b.paper.currentIndexChanged.connect(self.schedule_preview)
        b.large_print.toggled.connect(self.schedule_preview)
        b.export_button.clicked.connect(self.export_dialog)
        b.print_button.clicked.connect(self.print_dialog)
        b.open_button.clicked.connect(self.open_export)
        doc.loaded.connect(self._doc_loaded)
        doc.changed.connect(self.schedule_preview)
        self._doc_loaded()

    def _doc_loaded(self) -> None:
        has = self.doc.checklist is not None
        self.box.export_button.setEnabled(has)
        self.box.print_button.setEnabled(has)
        if not has:
            self.box.preview.clear()
            self.box.preview.setText(translate("checklists.output", "Make or choose a checklist."))
        elif self.box.preview.pixmap().isNull():
            self.box.preview.setText(translate("checklists.output", "Preparing a preview of the first page…"))

    def request(self) -> PdfRequest | None:
        if self.doc.checklist is None:
            return None
        return PdfRequest(
            checklist=self.doc.checklist.copy(), options=self._options(), lang=self.ctx.language
        )

    def _options(self, **cover: str) -> PrintOptions:
        return PrintOptions(
            paper=self.box.paper.currentData(), large_print=self.box.large_print.isChecked(), **cover
        )

    # --- the preview ------------------------------------------------------------------------------

    def schedule_preview(self) -> None:
        if self.doc.checklist is not None:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        request = self.request()
        if request is None:
            return
        if not can_render():
            self.box.preview.setText(
                translate(
                    "checklists.output",
                    "A preview needs poppler's pdftoppm. Export the PDF and open it instead.",
                )
            )
            return
        self._preview_token += 1
        build_pdf(self.ctx, request, partial(self._preview_built, self._preview_token), self._failed)

    def _preview_built(self, token: int, built: BuiltPdf) -> None:
        if token != self._preview_token:
            return  # a newer edit already asked for another preview
        self.ctx.compute(
            partial(render_pages, built.data, PREVIEW_DPI, 1, 1),
            partial(self._preview_rendered, token),
            self._failed,
        )

    def _preview_rendered(self, token: int, images: list[QImage]) -> None:
        if token != self._preview_token or not images:
            return
        preview = self.box.preview
        room = preview.size().shrunkBy(QMargins(4, 4, 4, 4))
        pix = QPixmap.fromImage(images[0])
        preview.setPixmap(
            pix.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        preview.setToolTip(translate("checklists.output", "First page, as it will print"))

    # --- export -------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        if self.doc.checklist is None:
            return
        suggested = self.export_dir / (file_name_for(self.doc.checklist.title) + ".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.host,
            translate("checklists.output", "Export checklist as PDF"),
            str(suggested),
            translate("checklists.output", "PDF (*.pdf)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str, request: PdfRequest | None = None) -> None:
        """Build and write the PDF on the worker; `exported` fires when the file is there."""
        request = request or self.request()
        if request is None:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if request.refs:
            self._show_progress(translate("checklists.output", "Building the handout pack…"))
        self.ctx.show_status(translate("checklists.output", "Exporting the PDF…"))
        export_pdf(self.ctx, request, path, self._exported, self._failed)

    def _exported(self, built: BuiltPdf) -> None:
        self._hide_progress()
        assert built.path is not None  # export_pdf says where it wrote
        self.last_export = built.path
        self.export_dir = built.path.parent
        self.box.open_button.setEnabled(True)
        pages = built.pages  # a plain name: lupdate reads no call or attribute in a count
        saved = (
            translate("checklists.output", "Saved the handout pack (%n pages) to {path}.", "", pages)
            if built.kind == "handout"
            else translate("checklists.output", "Saved the checklist (%n pages) to {path}.", "", pages)
        )
        self.ctx.show_status(
            saved.format(path=built.path)
            + (translate("checklists.output", FONT_WARNING_STATUS) if built.warnings else "")
        )
        self.show_font_warnings(
            built.warnings, translate("checklists.output", "Saved {name}.").format(name=built.path.name)
        )
        self.exported.emit(str(built.path))

    def open_export(self) -> None:
        if self.last_export and self.last_export.exists():
            if not open_with_system_viewer(self.last_export):
                self.ctx.show_status(
                    translate("checklists.output", "No PDF viewer could open {path}.").format(
                        path=self.last_export
                    )
                )

    def handout_pack(self, catalogue: Catalogue | None, saved: list[ChecklistSummary]) -> None:
        """Ask for the sections and cover of a handout pack, then where to export it."""
        if catalogue is None:
            return
        dialog = HandoutDialog(catalogue, saved, self.host)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.refs():
            return
        request = PdfRequest(
            lang=self.ctx.language,  # the sheets speak the window's language
            refs=tuple(dialog.refs()),
            options=self._options(
                title=dialog.title.text().strip(),
                workshop=dialog.workshop.text().strip(),
                date=dialog.date.text().strip(),
            ),
        )
        suggested = self.export_dir / (file_name_for(request.options.title or "handout-pack") + ".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self.host,
            translate("checklists.output", "Export handout pack as PDF"),
            str(suggested),
            translate("checklists.output", "PDF (*.pdf)"),
        )
        if path:
            self.export_to(path, request)

    # --- print ----------------------------------------------------------------------------------------

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        request = self.request()
        if request is None:
            return
        if not can_render():
            self.ctx.show_status(
                translate(
                    "checklists.output",
                    "Printing needs poppler's pdftoppm here: export the "
                    "PDF and print it from your PDF viewer.",
                )
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.host)
        dialog.setWindowTitle(translate("checklists.output", "Print checklist"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, request)

    def print_to(self, printer: Any, request: PdfRequest | None = None) -> None:
        """Build the PDF on the worker, render its pages on a pool thread, then print them."""
        request = request or self.request()
        if request is None:
            return
        self._printer = printer  # kept alive until the pages are painted
        dpi = max(150, min(300, printer.resolution()))
        self.ctx.show_status(translate("checklists.output", "Preparing the pages for the printer…"))
        build_pdf(self.ctx, request, partial(self._print_built, dpi), self._failed)

    def _print_built(self, dpi: int, built: BuiltPdf) -> None:
        self._print_warnings = built.warnings  # told once the pages are printed
        self.ctx.compute(partial(render_pages, built.data, dpi), self._print_rendered, self._failed)

    def _print_rendered(self, images: list[QImage]) -> None:
        warnings, self._print_warnings = self._print_warnings, ()
        try:
            print_images(self._printer, images)
        except Exception as e:  # noqa: BLE001 - a printer problem is told, not raised
            self.ctx.report_error(e)
            return
        sent = len(images)
        self.ctx.show_status(
            translate("checklists.output", "Sent %n pages to the printer.", "", sent)
            + (translate("checklists.output", FONT_WARNING_STATUS) if warnings else "")
        )
        self.show_font_warnings(warnings, translate("checklists.output", "Sent the pages to the printer."))

    # --- telling the user -------------------------------------------------------------------------

    def show_font_warnings(self, warnings: tuple[str, ...], done: str) -> None:
        """Tell the user, as the command line does, about characters no PDF font can print: in a
        message box that does not block (the file is written, the window stays usable)."""
        if not warnings:
            return
        text = f"{done} " + translate("checklists.output", "Some of the text will not print as written.")
        box = self.font_warning_box
        if box is None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("checklists.output", "Characters the PDF cannot print"),
                text,
                QMessageBox.StandardButton.Ok,
                self.host,
            )
            box.setAccessibleName(translate("checklists.output", "Characters the PDF cannot print"))
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(self._font_warning_closed)
            self.font_warning_box = box
        box.setText(text)
        box.setInformativeText("\n\n".join(warnings))
        box.show()
        box.raise_()

    def _font_warning_closed(self, _result: int) -> None:
        if self.font_warning_box is not None:
            self.font_warning_box.deleteLater()
            self.font_warning_box = None

    def _failed(self, error: BaseException) -> None:
        self._hide_progress()
        self.ctx.report_error(error)

    def _show_progress(self, text: str) -> None:
        self._progress = QProgressDialog(text, "", 0, 0, self.host)
        self._progress.setCancelButton(None)
        self._progress.setWindowTitle(translate("checklists.output", "Handout pack"))
        self._progress.setMinimumDuration(300)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setValue(0)

    def _hide_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
