"""The tracker's editor: one activity's status, lead agency, next step and evidence, its dated log
(add an action, remove one), and its official text with the citation, one click from the reader.
It only lays out and reports what the user typed; the page saves (gui/tracker/page.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.locator_words import where
from bali_desktop.domain.tracker import STATUSES, LogEntry, Row, Status
from bali_desktop.gui.flow_layout import whole_hint, wrap_row
from bali_desktop.gui.tracker.chart import status_label
from bali_desktop.gui.widgets import button, esc, label, row

translate = QCoreApplication.translate


class EntryEditor(QWidget):
    """Emits `changed` as the user types (the page saves when the user leaves the entry or says
    Save), `log_added(date, action)`, `log_removed(LogEntry)` and `open_official(ref)`."""

    changed = Signal()
    save_requested = Signal()
    log_added = Signal(str, str)
    log_removed = Signal(object)
    open_official = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang  # the window's: the locator in it ("Kegiatan 12"), the quoted text as published
        self.ref = ""
        self._loading = False
        self.title = label("", rich=True, selectable=False)
        self.title.setWordWrap(True)
        self.status = QComboBox()
        self.status.setAccessibleName(translate("tracker", "Status"))
        for s in STATUSES:
            self.status.addItem(status_label(s), s.value)
        self.agency = QLineEdit()
        self.agency.setAccessibleName(translate("tracker", "Lead agency"))
        self.agency.setPlaceholderText(translate("tracker", "e.g. Ministry of Foreign Affairs"))
        self.agency.setMaxLength(200)
        whole_hint(self.agency)
        self.next_step = QPlainTextEdit()
        self.next_step.setAccessibleName(translate("tracker", "Next step"))
        self.next_step.setPlaceholderText(translate("tracker", "What happens next, and by when"))
        self.evidence = QPlainTextEdit()
        self.evidence.setAccessibleName(translate("tracker", "Evidence"))
        self.evidence.setPlaceholderText(
            translate("tracker", "Document references, titles of documents or links, one per line")
        )
        for box in (self.next_step, self.evidence):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(self.fontMetrics().height() * 4)
            box.textChanged.connect(self._typed)
        self.status.currentIndexChanged.connect(self._typed)
        self.agency.textEdited.connect(self._typed)
        self.save_button = button(
            translate("tracker", "&Save"),
            translate("tracker", "Save this activity"),
            translate("tracker", "Saved also when you choose another activity or leave the screen"),
            self.save_requested.emit,
        )
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setAccessibleName(translate("tracker", "Date of the action"))
        self.action = QLineEdit()
        self.action.setAccessibleName(translate("tracker", "Action taken"))
        # the example above the field, where it wraps (as a hint it was cut in a narrow editor)
        self.action_hint = label(
            translate("tracker", "What was done, e.g. Draft SOP sent to the ministry"), tone="muted"
        )
        self.action_hint.setBuddy(self.action)
        self.action.setMaxLength(1000)
        self.action.returnPressed.connect(self._add_log)
        self.add_button = button(
            translate("tracker", "&Log action"),
            translate("tracker", "Add the action to the log"),
            slot=self._add_log,
        )
        self.log = QListWidget()
        self.log.setAccessibleName(translate("tracker", "Logged actions, by date"))
        self.log.setMaximumHeight(self.fontMetrics().height() * 6)
        self.log.setWordWrap(True)
        self.remove_button = button(
            translate("tracker", "Remove logged action"),
            translate("tracker", "Remove the selected logged action"),
            translate("tracker", "Can be undone"),
            self._remove_log,
        )
        self.official_head = label(
            translate("tracker", "Official text, quoted word for word"), selectable=False
        )
        self.official = label("", tone="official")
        self.official.setWordWrap(True)
        self.citation = label("", tone="muted")
        self.open_button = button(
            translate("tracker", "Open the official text"),
            translate("tracker", "Open the activity's official text in the reader"),
            slot=lambda: self.open_official.emit(self.ref),
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: the label above
        form.addRow(translate("tracker", "S&tatus"), self.status)
        form.addRow(translate("tracker", "Lead age&ncy"), self.agency)
        form.addRow(translate("tracker", "Next step"), self.next_step)
        form.addRow(translate("tracker", "Evidence"), self.evidence)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addLayout(form)
        lay.addLayout(row(self.save_button))
        lay.addWidget(label(translate("tracker", "Log of actions"), selectable=False))
        lay.addWidget(self.action_hint)
        lay.addLayout(wrap_row(self.when, self.add_button))
        lay.addWidget(self.action)
        lay.addWidget(self.log)
        lay.addLayout(row(self.remove_button))
        lay.addWidget(self.official_head)
        lay.addWidget(self.official)
        lay.addWidget(self.citation)
        lay.addLayout(row(self.open_button))
        lay.addStretch(1)
        self.dirty = False
        self.setEnabled(False)

    def _typed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def load(self, r: Row) -> None:
        """Show `r`; whatever was typed before is the page's to save first."""
        self._loading = True
        try:
            self.ref = r.item.ref
            e = r.entry
            self.title.setText(f"<b>{esc(where(r.item.locator, self.lang))}</b>: {esc(r.item.title)}")
            self.status.setCurrentIndex(STATUSES.index(e.status))
            self.agency.setText(e.agency)
            self.next_step.setPlainText(e.next_step)
            self.evidence.setPlainText(e.evidence)
            self.log.clear()
            for x in reversed(e.log):  # newest first
                item = QListWidgetItem(f"{x.on_date}  {x.action}")
                item.setData(256, (x.on_date, x.action))
                self.log.addItem(item)
            self.official.setText(f"“{r.item.text}”")
            self.citation.setText(f"— {where(r.item.citation, self.lang)}")
            self.dirty = False
            self.setEnabled(True)
        finally:
            self._loading = False

    def values(self) -> tuple[Status, str, str, str]:
        return (
            Status(self.status.currentData()),
            self.agency.text(),
            self.next_step.toPlainText(),
            self.evidence.toPlainText(),
        )

    def _add_log(self) -> None:
        text = self.action.text().strip()
        if text and self.ref:
            self.log_added.emit(self.when.date().toString("yyyy-MM-dd"), text)
            self.action.clear()

    def _remove_log(self) -> None:
        item = self.log.currentItem()
        if item is not None:
            on_date, action = item.data(256)
            self.log_removed.emit(LogEntry(on_date, action))
