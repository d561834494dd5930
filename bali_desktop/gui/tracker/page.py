"""The commitment tracker screen: what the country does on each Adelaide Strategy activity and
Co-Chairs' commitment. Filters (area, status, lead agency), the overview chart, the table, and
the editor of the selected activity; Undo and Redo of every change (edits, logged actions, an
import); CSV export and import with a preview of changes and conflicts; the progress report.

The whole tracker is read once (31 rows) and filtered here; every write goes through
services.tracker on the database thread (ctx.call(job(...))), the report is laid out on the pool.
What is typed is saved when the user chooses another activity, leaves the screen or closes the
window (flush); a failed save keeps the form as typed and says why."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.locator_words import where
from bali_desktop.domain.tracker import (
    STATUSES,
    Entry,
    Filter,
    LogEntry,
    Row,
    Status,
    counts,
    short_label,
)
from bali_desktop.gui import targets
from bali_desktop.gui.context import job
from bali_desktop.gui.flow_layout import scrolling_body, whole_hint, wrap_row
from bali_desktop.gui.i18n import say_error
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.tracker.chart import StatusChart, status_label
from bali_desktop.gui.tracker.editor import EntryEditor
from bali_desktop.gui.tracker.files import TrackerFiles
from bali_desktop.gui.tracker.table import activity_table, fit_columns
from bali_desktop.gui.widgets import button, heading, label
from bali_desktop.services import tracker

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.tracker import Edit, View

translate = QCoreApplication.translate
REF_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Step:
    """One undoable change: the entries before it and after it."""

    what: str
    before: tuple[Entry, ...]
    after: tuple[Entry, ...]


class TrackerPage(QWidget, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files = TrackerFiles(self, self)  # CSV export and import, the report
        self.setAccessibleName(translate("tracker", "Commitment tracker"))
        self.rows: list[Row] = []  # every tracked activity, as last read
        self.shown: list[Row] = []  # as filtered
        self.undo_steps: list[Step] = []
        self.redo_steps: list[Step] = []
        self.loaded = False
        self._sized = False
        self.retry: list[tuple[Any, str]] = []  # saves that failed, sent again (see flush)
        self._told = False  # the user was told a save failed
        self.busy = 0  # writes sent and not answered yet
        self.last_message = ""
        self.area = QComboBox()
        self.area.setAccessibleName(translate("tracker", "Filter by area"))
        self.area.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area.setMinimumContentsLength(22)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("tracker", "Filter by status"))
        self.status.addItem(translate("tracker", "Every status"), "")
        for s in STATUSES:
            self.status.addItem(status_label(s), s.value)
        self.agency = QLineEdit()
        self.agency.setAccessibleName(translate("tracker", "Filter by lead agency"))
        self.agency.setPlaceholderText(translate("tracker", "Lead agency contains…"))
        self.agency.setClearButtonEnabled(True)
        targets.enlarge(self.agency)
        whole_hint(self.agency)
        for combo in (self.area, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.agency.textChanged.connect(self.apply_filter)
        self.chart = StatusChart()
        self.chart.group_clicked.connect(self._filter_group)
        self.table = activity_table()
        self.table.itemSelectionChanged.connect(self._selected)
        self.editor = EntryEditor(lang=ctx.language)
        self.editor.save_requested.connect(self.save)
        self.editor.log_added.connect(self.add_log)
        self.editor.log_removed.connect(self.remove_log)
        self.editor.open_official.connect(ctx.open_ref.emit)
        self.undo_button = button(
            translate("tracker", "&Undo"), translate("tracker", "Undo the last change"), slot=self.undo
        )
        self.redo_button = button(
            translate("tracker", "&Redo"), translate("tracker", "Redo the change undone"), slot=self.redo
        )
        self.export_button = button(
            translate("tracker", "E&xport CSV…"),
            translate("tracker", "Export the tracker as a CSV file for another agency (opens in Excel)"),
            slot=self.files.choose_export,
        )
        self.import_button = button(
            translate("tracker", "I&mport CSV…"),
            translate("tracker", "Merge a CSV file another agency filled in: you see every change first"),
            slot=self.files.choose_import,
        )
        self.report_button = button(
            translate("tracker", "Progress report (&PDF)…"),
            translate("tracker", "Print the progress report for a senior officials' meeting"),
            slot=self.files.choose_report,
        )
        self.message = label("", selectable=False)
        self.message.hide()
        self.message.setAccessibleName(translate("tracker", "Tracker message"))
        note = label(
            translate(
                "tracker",
                "What you record here is yours: kept on this computer, backed up with your notes, never "
                "changed by a content update. Short activity names are Bali Desktop's; the official text "
                "is quoted word for word.",
            ),
            tone="muted",
        )
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(wrap_row(self.area, self.status, self.agency))
        charted = QSplitter(Qt.Orientation.Vertical)  # the user gives the table more room if wanted
        charted.addWidget(self.chart)
        charted.addWidget(self.table)
        charted.setStretchFactor(1, 1)
        charted.setChildrenCollapsible(True)
        lv.addWidget(charted, 1)
        scroll = self.editor_scroll = QScrollArea()  # side by side, the editor scrolls on its own
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        scroll.setAccessibleName(translate("tracker", "The chosen commitment"))  # a Tab stop: named
        split = self.split = QSplitter(Qt.Orientation.Horizontal)  # the editor below when narrow
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay = scrolling_body(self)  # large text in a small window: the page scrolls, never squeezes
        lay.addWidget(heading(ctx, translate("tracker", "Commitment tracker")))
        lay.addWidget(note)
        lay.addLayout(
            wrap_row(
                self.undo_button, self.redo_button, self.export_button, self.import_button, self.report_button
            )
        )
        lay.addWidget(self.message)
        lay.addWidget(split, 1)
        self._buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Side by side while the table gets about 40 characters and the editor 30, else the
        editor under the table, at its full height (the page scrolls)."""
        super().resizeEvent(event)
        wide = self.width() >= 70 * self.fontMetrics().averageCharWidth() + 60
        self.split.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        bar = self.editor_scroll.verticalScrollBar().sizeHint().width()
        self.editor_scroll.setMinimumWidth(self.editor.minimumSizeHint().width() + bar if wide else 0)
        self.editor_scroll.setMinimumHeight(0 if wide else self.editor.sizeHint().height())

    # --- the screen -----------------------------------------------------------------------

    def show_location(self, loc: Location) -> None:
        self.reload()

    def focus_target(self) -> QWidget:
        return self.table

    def flush(self) -> None:
        """Send again every save that failed (a full disk), then what is typed."""
        retry, self.retry = self.retry, []
        for use_case, what in retry:
            self._send(use_case, what)
        if self.editor.dirty:
            self.save()

    def user_data_changed(self, what: str) -> None:
        """A restore, a wipe or an import elsewhere: read the tracker again (31 rows)."""
        if self.loaded:
            self.reload()

    def unsaved(self) -> bool:
        return self.editor.dirty or self.busy > 0 or bool(self.retry)

    def reload(self) -> None:
        if self.ctx.ready:
            self.ctx.call(job(tracker.view, None), self._loaded)

    def _loaded(self, view: View) -> None:
        self.rows = list(view.rows)
        keep = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(translate("tracker", "Every area"), "")
        lang = self.ctx.language  # "Bidang kerja sama (1): …" in an Indonesian window
        for ref, english in view.group_titles:
            title = where(english, lang)
            self.area.addItem(short_label(title), ref)
            self.area.setItemData(self.area.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.area.setCurrentIndex(max(self.area.findData(keep), 0))
        self.area.blockSignals(False)
        self.loaded = True
        self.apply_filter()
        if not self.editor.ref and self.shown:
            self.table.selectRow(0)  # the first activity is ready to edit

    def current_filter(self) -> Filter:
        status = self.status.currentData()
        return Filter(
            self.area.currentData() or None, Status(status) if status else None, self.agency.text().strip()
        )

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.shown = [r for r in self.rows if flt.keeps(r)]
        lang = self.ctx.language
        self.chart.set_groups([replace(g, title=where(g.title, lang)) for g in counts(self.shown)])
        current = self.editor.ref
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.shown))
        for n, r in enumerate(self.shown):
            e = r.entry
            latest = f"{e.latest.on_date}  {e.latest.action}" if e.latest else ""
            cells = (
                f"{where(r.item.locator, lang)}: {r.item.title}",
                status_label(e.status),
                e.agency,
                latest,
                e.next_step,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                item.setData(REF_ROLE, r.item.ref)
                self.table.setItem(n, col, item)
        self.table.blockSignals(False)
        if not self._sized:
            self._sized = True
            self._fit_columns()
        refs = [r.item.ref for r in self.shown]
        if current in refs:
            self.table.selectRow(refs.index(current))

    def _fit_columns(self) -> None:
        fit_columns(self.table, [status_label(s) for s in STATUSES])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._sized:
            self._fit_columns()  # another text size

    def _filter_group(self, group: str) -> None:
        i = self.area.findData(group)
        self.area.setCurrentIndex(0 if i == self.area.currentIndex() else i)  # a second click clears

    def row_of(self, ref: str) -> Row | None:
        return next((r for r in self.rows if r.item.ref == ref), None)

    def select(self, ref: str) -> None:
        refs = [r.item.ref for r in self.shown]
        if ref in refs:
            self.table.selectRow(refs.index(ref))
            item = self.table.item(refs.index(ref), 0)
            if item is not None:
                self.table.scrollToItem(item)

    def _selected(self) -> None:
        items = self.table.selectedItems()
        ref = items[0].data(REF_ROLE) if items else None
        if not ref or ref == self.editor.ref:
            return
        if self.editor.dirty:
            self.save()  # what was typed is kept before another activity is shown
        found = self.row_of(ref)
        if found is not None:
            self.editor.load(found)

    # --- writing --------------------------------------------------------------------------

    def _send(self, use_case: Any, what: str) -> None:
        self.busy += 1
        self.ctx.call(use_case, partial(self._done, what), partial(self._send_failed, use_case, what))

    def _send_failed(self, use_case: Any, what: str, error: BaseException) -> None:
        """A save the database refused: kept and sent again on the next save, on leaving the screen
        and on closing (a full disk); one the store refuses (too long) is said, not sent again."""
        self.busy -= 1
        if not isinstance(error, UsageError):
            self.retry.append((use_case, what))
        self._say(translate("tracker", "Not saved yet: {why}").format(why=say_error(error)))
        if not self._told or isinstance(error, UsageError):
            self._told = True
            self.ctx.report_error(error)

    def save(self) -> None:
        if not self.editor.ref:
            return
        status, agency, next_step, evidence = self.editor.values()
        self.editor.dirty = False
        ref = self.editor.ref
        use_case = job(
            tracker.set_entry, ref, status=status, agency=agency, next_step=next_step, evidence=evidence
        )
        self._send(use_case, translate("tracker", "Saved {what}.").format(what=self._label(ref)))

    def add_log(self, on_date: str, action: str) -> None:
        status, agency, next_step, evidence = self.editor.values()
        self.editor.dirty = False
        ref = self.editor.ref
        use_case = job(
            tracker.set_entry, ref, status=status, agency=agency, next_step=next_step, evidence=evidence,
            action=action, on_date=on_date,
        )  # fmt: skip
        self._send(
            use_case, translate("tracker", "Logged an action on {what}.").format(what=self._label(ref))
        )

    def remove_log(self, entry: LogEntry) -> None:
        ref = self.editor.ref
        what = translate("tracker", "Removed a logged action from {what}.").format(what=self._label(ref))
        self._send(job(tracker.remove_log, ref, entry), what)

    def _label(self, ref: str) -> str:
        found = self.row_of(ref)
        return where(found.item.locator, self.ctx.language) if found else ref

    def _done(self, what: str, edit: Edit) -> None:
        self.busy -= 1
        self._told = False
        if edit.before != edit.after:
            self._push(Step(what, (edit.before,), (edit.after,)))
        self._say(what)
        self._replace([edit.after])

    def _failed(self, error: BaseException) -> None:
        self.busy -= 1
        self.editor.dirty = True  # the form still holds what was typed: saved on the next try
        self._say(translate("tracker", "Not saved yet: {why}").format(why=say_error(error)))
        self.ctx.report_error(error)

    def _replace(self, entries: Any) -> None:
        by_ref = {e.ref: e for e in entries}
        self.rows = [Row(r.item, by_ref.get(r.item.ref, r.entry)) for r in self.rows]
        self.apply_filter()
        found = self.row_of(self.editor.ref)
        if found is not None and not self.editor.dirty and found.item.ref in by_ref:
            self.editor.load(found)

    def push_step(self, what: str, before: tuple[Entry, ...], after: tuple[Entry, ...]) -> None:
        self._push(Step(what, before, after))

    def _push(self, step: Step) -> None:
        self.undo_steps.append(step)
        self.undo_steps = self.undo_steps[-100:]
        self.redo_steps.clear()
        self._buttons()

    def _buttons(self) -> None:
        self.undo_button.setEnabled(bool(self.undo_steps))
        self.redo_button.setEnabled(bool(self.redo_steps))
        self.undo_button.setToolTip(self.undo_steps[-1].what if self.undo_steps else "")
        self.redo_button.setToolTip(self.redo_steps[-1].what if self.redo_steps else "")

    def undo(self) -> None:
        if self.undo_steps:
            step = self.undo_steps.pop()
            self.redo_steps.append(step)
            self._put(step.before, translate("tracker", "Undone: {what}").format(what=step.what))

    def redo(self) -> None:
        if self.redo_steps:
            step = self.redo_steps.pop()
            self.undo_steps.append(step)
            self._put(step.after, translate("tracker", "Redone: {what}").format(what=step.what))

    def _put(self, entries: tuple[Entry, ...], what: str) -> None:
        self._buttons()
        self.editor.dirty = False
        self.busy += 1
        self.ctx.call(
            job(tracker.put_back, list(entries)), partial(self._put_done, entries, what), self._failed
        )

    def _put_done(self, entries: tuple[Entry, ...], what: str, _: object) -> None:
        self.busy -= 1
        self._say(what)
        self._replace(entries)
        found = self.row_of(self.editor.ref)
        if found is not None:
            self.editor.load(found)

    def _say(self, text: str) -> None:
        self.last_message = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.ctx.show_status(text)
