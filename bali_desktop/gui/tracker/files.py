"""The tracker screen's files: CSV export, CSV import (a preview first, with every conflict chosen on
screen; a file with bad rows is refused whole, one line per row) and the progress report (gathered on
the database thread, laid out and written on the pool). Every answer comes back to the page."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from bali_desktop import paths
from bali_desktop.domain.tracker import ImportPlan, ReportOptions
from bali_desktop.gui.context import job
from bali_desktop.gui.result_words import imported_text
from bali_desktop.services import tracker, user

if TYPE_CHECKING:
    from bali_desktop.domain.tracker import Entry
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.tracker.dialogs import ImportDialog, ReportDialog
    from bali_desktop.services.tracker import ImportResult

translate = QCoreApplication.translate
REPORT_KEYS = ("tracker_country", "tracker_meeting", "tracker_report_lang")  # remembered for next time


class Host(Protocol):
    """What the files need of the tracker page (gui/tracker/page.py)."""

    ctx: AppContext
    busy: int

    def flush(self) -> None: ...
    def _say(self, text: str) -> None: ...
    def push_step(self, what: str, before: tuple[Entry, ...], after: tuple[Entry, ...]) -> None: ...
    def _replace(self, entries: Any) -> None: ...
    def _failed(self, error: BaseException) -> None: ...


class TrackerFiles(QObject):
    def __init__(self, page: Host, widget: QWidget) -> None:
        super().__init__(widget)
        self.page = page
        self.widget = widget  # the dialogs' parent
        self.import_dialog: ImportDialog | None = None
        self.report_dialog: ReportDialog | None = None

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.widget,
            translate("tracker", "Export the tracker"),
            "tracker.csv",
            translate("tracker", "CSV files (*.csv)"),
        )
        if path:
            self.export_to(path if path.lower().endswith(".csv") else f"{path}.csv")

    def export_to(self, path: str) -> None:
        self.page.flush()
        name = Path(path).name
        self.page.ctx.call(job(tracker.export_csv, path), partial(self._exported, name))

    def _exported(self, name: str, n: int) -> None:
        self.page._say(translate("tracker", "Exported %n rows to {name}.", "", n).format(name=name))

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget,
            translate("tracker", "Import a tracker CSV"),
            "",
            translate("tracker", "CSV files (*.csv)"),
        )
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        self.page.flush()
        self.page.ctx.call(job(tracker.plan_import, path), self.preview)

    def preview(self, plan: ImportPlan) -> None:
        from bali_desktop.gui.tracker.dialogs import ImportDialog, show_refused

        if not plan.ok:
            show_refused(self.widget, plan)
            self.page._say(
                translate("tracker", "{name} was not imported: it has bad rows. Nothing was changed.").format(
                    name=plan.source
                )
            )
            return
        if not plan.changes:
            self.page._say(
                translate("tracker", "{name} holds nothing new: nothing to change.").format(name=plan.source)
            )
            return
        dialog = ImportDialog(plan, self.widget, lang=self.page.ctx.language)
        self.import_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_import(plan, dialog.take_theirs()))
        dialog.open()

    def apply_import(self, plan: ImportPlan, take_theirs: set[str]) -> None:
        self.page.busy += 1
        self.page.ctx.call(
            job(tracker.apply_import, plan, take_theirs), partial(self._imported, plan), self.page._failed
        )

    def _imported(self, plan: ImportPlan, result: ImportResult) -> None:
        self.page.busy -= 1
        what = translate("tracker", "Import of {name}").format(name=plan.source)
        if result.after:
            self.page.push_step(what, result.before, result.after)
        self.page._say(imported_text(result))  # in the window's language
        self.page._replace(result.after)

    def choose_report(self) -> None:
        """The cover's details as typed the last time, then the dialog."""
        self.page.ctx.call(job(user.settings, REPORT_KEYS), self._open_report)

    def _open_report(self, remembered: dict[str, str]) -> None:
        from bali_desktop.gui.tracker.dialogs import ReportDialog

        dialog = ReportDialog(self.widget)
        dialog.fill(remembered.get("tracker_country", ""), remembered.get("tracker_meeting", ""))
        dialog.set_lang(remembered.get("tracker_report_lang", "en"))
        self.report_dialog = dialog
        dialog.chosen.connect(self.write_report)
        dialog.open()

    def write_report(self, options: ReportOptions, path: str) -> None:
        self.page.flush()
        remembered = {
            "tracker_country": options.country,
            "tracker_meeting": options.meeting,
            "tracker_report_lang": options.lang,
        }
        self.page.ctx.call(job(user.save_settings, remembered))
        self.page._say(translate("tracker", "Making the progress report…"))
        self.page.ctx.call(job(tracker.check_report_target, path), partial(self._report_target, options))

    def _report_target(self, options: ReportOptions, target: Path) -> None:
        self.page.ctx.call(job(tracker.report_job, options), partial(self._report_gathered, target))

    def _report_gathered(self, target: Path, report: Any) -> None:
        database = self.page.ctx.data_dir / paths.DB_FILE
        self.page.ctx.compute(
            partial(tracker.render_to_file, report, target, database), partial(self._report_done, target)
        )

    def _report_done(self, target: Path, pages: int) -> None:
        self.page._say(
            translate("tracker", "Saved the progress report: {name} (%n pages).", "", pages).format(
                name=target.name
            )
        )
