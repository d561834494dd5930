"""Dialogs of the checklists screen: add anything from the library; choose a handout pack."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.gui.checklist_jobs import Catalogue, job_search
from bali_desktop.gui.widgets import label

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext

REF_ROLE = Qt.ItemDataRole.UserRole


class AddFromLibraryDialog(QDialog):
    """Search everything and add the chosen result: an official line, a step, a role, a guide."""

    chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Add to checklist")
        self.query = QLineEdit()
        self.query.setAccessibleName("Search")
        self.query.setPlaceholderText("Search: e.g. biometrics, interpreter, Activity 15")
        self.results = QListWidget()
        self.results.setAccessibleName("Results")
        self.results.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton("&Add", QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(lambda: self._activated(self.results.currentItem()))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.query)
        lay.addWidget(self.results, 1)
        lay.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self._search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.resize(520, 420)

    def _search(self) -> None:
        self.ctx.run(partial(job_search, self.query.text()), self._found)

    def _found(self, hits: list[tuple[str, str, str]]) -> None:
        self.results.clear()
        for ref, kind, title in hits:
            it = QListWidgetItem(f"{title}  ({kind})")
            it.setData(REF_ROLE, ref)
            self.results.addItem(it)
        if hits:
            self.results.setCurrentRow(0)

    def _activated(self, it: QListWidgetItem | None) -> None:
        if it is not None:
            self.chosen.emit(it.data(REF_ROLE))
            self.ctx.show_status(f"Adding {it.text()}…")


class HandoutDialog(QDialog):
    """Choose the sections of a handout pack and the words for its cover."""

    def __init__(self, catalogue: Catalogue, saved: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Handout pack")
        self.items = QListWidget()
        self.items.setAccessibleName("Sections")
        for t in catalogue.templates:
            self._add(t.title, t.ref, kind={"pathway": "Pathway", "aid": "Aid", "area": "Strategy"}[t.kind])
        for ref, title in catalogue.guides:
            self._add(title, ref, "Guide")
        for s in saved:
            self._add(s.title, s.ref, "My checklist")
        self.title = QLineEdit()
        self.title.setAccessibleName("Pack title")
        self.title.setPlaceholderText("e.g. Identifying and referring victims of trafficking")
        self.workshop = QLineEdit()
        self.workshop.setAccessibleName("Workshop")
        self.date = QLineEdit()
        self.date.setAccessibleName("Date")
        self.date.setPlaceholderText("as it should be printed, e.g. 12–14 March 2026")
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Workshop:", self.workshop)
        form.addRow("&Date:", self.date)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText("&Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(label("Tick the sections, in the order you want them:", selectable=False))
        lay.addWidget(self.items, 1)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.resize(560, 520)

    def _add(self, title: str, ref: str, kind: str) -> None:
        it = QListWidgetItem(f"{kind}: {title}")
        it.setData(REF_ROLE, ref)
        it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        it.setCheckState(Qt.CheckState.Unchecked)
        self.items.addItem(it)

    def refs(self) -> list[str]:
        return [self.items.item(n).data(REF_ROLE) for n in range(self.items.count())
                if self.items.item(n).checkState() == Qt.CheckState.Checked]
