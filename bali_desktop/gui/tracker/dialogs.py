"""The tracker's dialogs: the preview of an import (every change, and for each conflict the user's
choice: keep what is recorded here or take the file's), the refusal of a file with bad rows (one
line per row), and the progress report's cover details."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.locator_words import where
from bali_desktop.domain.tracker import Change, Entry, ImportPlan, ReportOptions
from bali_desktop.gui.tracker.chart import status_label
from bali_desktop.gui.widgets import label

translate = QCoreApplication.translate
KEEP, TAKE = 0, 1


def _said(e: Entry) -> str:
    parts = [status_label(e.status), e.agency or "—"]
    if e.next_step:
        parts.append(translate("tracker", "next: {step}").format(step=" ".join(e.next_step.split())))
    if e.updated_at:  # which is newer helps to settle a conflict
        parts.append(translate("tracker", "updated {date}").format(date=f"{e.updated_at:%Y-%m-%d %H:%M}"))
    return " · ".join(parts)


def show_refused(parent: QWidget, plan: ImportPlan) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("tracker", "File not imported"))
    box.setText(
        translate(
            "tracker", "{name} was not imported: nothing was changed. Correct these rows and try again:"
        ).format(name=plan.source)
    )
    box.setInformativeText("\n".join(plan.errors))
    box.open()


class ImportDialog(QDialog):
    """Every change the file would make; a conflict (the same activity recorded differently here and
    in the file) asks which to keep, and nothing is taken from the file for it unless chosen."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.plan = plan
        self.lang = lang  # the window's: "Kegiatan 12" in Indonesian
        self.setWindowTitle(translate("tracker", "Import {name}").format(name=plan.source))
        n_conf = len(plan.conflicts)
        intro = translate(
            "tracker",
            "{changes} activities would change, {same} are the same. Logged actions from the file are "
            "added by date. Where the file and this computer disagree (conflicts: {conflicts}), choose "
            "which to keep; yours are kept unless you choose the file's.",
        ).format(changes=len(plan.changes), same=plan.unchanged, conflicts=n_conf)
        self.table = QTableWidget(len(plan.changes), 4)
        self.table.setAccessibleName(translate("tracker", "Changes in the file"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("tracker", "Activity"),
                translate("tracker", "Recorded here"),
                translate("tracker", "In the file"),
                translate("tracker", "Keep"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.choices: dict[str, QComboBox] = {}
        for n, c in enumerate(plan.changes):
            self._row(n, c)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("tracker", "&Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.resizeRowsToContents()
        lay = QVBoxLayout(self)
        lay.addWidget(label(intro))
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(900, 420)

    def _row(self, n: int, c: Change) -> None:
        activity = QTableWidgetItem(
            where(c.label, self.lang) + (translate("tracker", " (conflict)") if c.conflict else "")
        )
        self.table.setItem(n, 0, activity)
        self.table.setItem(n, 1, self._cell(_said(c.mine)))
        theirs = _said(c.theirs) if not c.theirs.same_values(c.mine) else translate("tracker", "the same")
        if c.new_log:
            logged = len(c.new_log)  # a plain name: lupdate reads no call as the count
            theirs += " · " + translate("tracker", "%n new logged actions", "", logged)
        self.table.setItem(n, 2, self._cell(theirs))
        if c.conflict:
            choice = QComboBox()
            choice.setAccessibleName(translate("tracker", "Which to keep for {what}").format(what=c.label))
            choice.addItem(translate("tracker", "Yours (recorded here)"))
            choice.addItem(translate("tracker", "The file's"))
            self.choices[c.ref] = choice
            self.table.setCellWidget(n, 3, choice)
        else:
            took = translate("tracker", "the file's") if not c.theirs.same_values(c.mine) else "—"
            self.table.setItem(n, 3, QTableWidgetItem(took))

    @staticmethod
    def _cell(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        return item

    def choose(self, ref: str, take_theirs: bool) -> None:
        self.choices[ref].setCurrentIndex(TAKE if take_theirs else KEEP)

    def take_theirs(self) -> set[str]:
        return {ref for ref, box in self.choices.items() if box.currentIndex() == TAKE}


class ReportDialog(QDialog):
    """The cover's details, as the user types them, the language, and where to save."""

    chosen = Signal(object, str)  # ReportOptions, the PDF's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("tracker", "Progress report"))
        self.country = QLineEdit()
        self.meeting = QLineEdit()
        self.meeting.setPlaceholderText(translate("tracker", "e.g. Senior Officials' Meeting"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(translate("tracker", "as it should be printed"))
        for box in (self.country, self.meeting, self.date):
            box.setMaxLength(200)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Bahasa Indonesia", "id")
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(translate("tracker", "Letter"), "letter")
        form = QFormLayout()
        form.addRow(translate("tracker", "&Country"), self.country)
        form.addRow(translate("tracker", "&Meeting"), self.meeting)
        form.addRow(translate("tracker", "&Date"), self.date)
        form.addRow(translate("tracker", "&Language of the labels"), self.lang)
        form.addRow(translate("tracker", "&Paper"), self.paper)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                translate(
                    "tracker",
                    "The cover prints what you type here. "
                    "The official text is quoted in English, as published.",
                )
            )
        )
        lay.addLayout(form)
        lay.addWidget(buttons)

    def fill(self, country: str, meeting: str) -> None:
        self.country.setText(country)
        self.meeting.setText(meeting)

    def set_lang(self, code: str) -> None:
        self.lang.setCurrentIndex(max(self.lang.findData(code), 0))

    def options(self) -> ReportOptions:
        return ReportOptions(
            self.country.text().strip(),
            self.meeting.text().strip(),
            self.date.text().strip(),
            str(self.lang.currentData()),
            str(self.paper.currentData()),
        )

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("tracker", "Save the progress report"),
            "progress-report.pdf",
            translate("tracker", "PDF (*.pdf)"),
        )
        if path:
            self.accept()
            self.chosen.emit(self.options(), path if path.lower().endswith(".pdf") else f"{path}.pdf")
