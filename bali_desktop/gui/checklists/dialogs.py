"""Dialogs of the checklists screen: add anything from the library; choose the checklist an item
goes to ("Add to checklist…"); choose a handout pack."""

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

from bali_desktop.domain.locations import place_keys
from bali_desktop.gui.context import job
from bali_desktop.gui.widgets import label
from bali_desktop.services import checklists as service

if TYPE_CHECKING:
    from bali_desktop.domain.records import SearchHit
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.checklists import ChecklistSummary

REF_ROLE = Qt.ItemDataRole.UserRole
NEW_CHECKLIST = -1  # the "A new checklist" row of ChooseChecklistDialog


def summary_item(summary: ChecklistSummary, role: int) -> QListWidgetItem:
    """A saved checklist as a list row: title, then type and size; its id under `role`."""
    it = QListWidgetItem()
    it.setData(role, summary.id)
    set_summary_text(it, summary.title, summary.checklist_type, summary.item_count)
    return it


def set_summary_text(it: QListWidgetItem, title: str, checklist_type: str, item_count: int) -> None:
    """The words of a saved checklist's row (see `summary_item`)."""
    it.setText(f"{title}\n{checklist_type} · {item_count} items")
    it.setToolTip(title)


class AddFromLibraryDialog(QDialog):
    """Search everything and add the chosen result: an official line, a step, a role, a guide.

    Searches 200 ms after the last key; an answer to an older query than the last one sent is
    dropped (each search has a token; only the newest token's answer is shown)."""

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
        self._token = 0  # of the last search sent
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.resize(520, 420)

    def _search(self) -> None:
        self._token += 1
        self.ctx.call(job(service.find_items, self.query.text()), partial(self._found, self._token))

    def _found(self, token: int, hits: list[SearchHit]) -> None:
        if token != self._token:
            return  # a newer search was sent since: this answer is stale
        self.results.clear()
        for hit in hits:
            it = QListWidgetItem(f"{hit.title}  ({hit.kind})")
            it.setData(REF_ROLE, hit.ref)
            self.results.addItem(it)
        if hits:
            self.results.setCurrentRow(0)

    def _activated(self, it: QListWidgetItem | None) -> None:
        if it is not None:
            self.chosen.emit(it.data(REF_ROLE))
            self.ctx.show_status(f"Adding {it.text()}…")


class ChooseChecklistDialog(QDialog):
    """ "Add to checklist…": which saved checklist gets the item, or a new one (first row).

    Arrows choose, Enter adds, Esc cancels; typing a title chooses a new checklist.
    `chosen(id, title)` fires on Add: a checklist id, or NEW_CHECKLIST with the title typed
    ("" means: named after the item).
    """

    chosen = Signal(int, str)

    def __init__(
        self,
        item_title: str,
        summaries: list[ChecklistSummary],
        current_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add to checklist")
        self.setAccessibleName("Add to checklist")
        self.checklists = QListWidget()
        self.checklists.setAccessibleName("Checklist to add to")
        self.checklists.setAccessibleDescription("The first row makes a new checklist.")
        self.checklists.setWordWrap(True)
        self.checklists.setSpacing(2)
        self.checklists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklists.setResizeMode(QListWidget.ResizeMode.Adjust)
        new = QListWidgetItem("+  A new checklist")
        new.setData(REF_ROLE, NEW_CHECKLIST)
        self.checklists.addItem(new)
        select = 1 if summaries else 0  # the most recently changed one, else a new one
        for s in summaries:
            it = summary_item(s, REF_ROLE)
            self.checklists.addItem(it)
            if s.id == current_id:
                select = self.checklists.count() - 1
        self.checklists.setCurrentRow(select)
        self.checklists.itemDoubleClicked.connect(lambda _it: self.accept())
        self.title = QLineEdit()
        self.title.setAccessibleName("Title of a new checklist")
        self.title.setPlaceholderText(item_title)
        self.title.setToolTip("Leave empty to name the new checklist after the item")
        self.title.textEdited.connect(lambda _t: self.checklists.setCurrentRow(0))
        what = label(f"Add “{item_title}” to:", selectable=False)
        what.setAccessibleName(f"Adding {item_title}")
        choose = label("&Checklist:", selectable=False)
        choose.setBuddy(self.checklists)
        form = QFormLayout()
        form.addRow("&Title of a new checklist:", self.title)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        self.add_button = buttons.button(ok)
        self.add_button.setText("Add")
        self.add_button.setAccessibleName("Add to the chosen checklist")
        self.add_button.setDefault(True)  # Enter in the list adds
        buttons.button(cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(what)
        lay.addWidget(choose)
        lay.addWidget(self.checklists, 1)
        lay.addLayout(form)
        lay.addWidget(
            label(
                "The item is added at the end, with its source, and saved at once. "
                f"Checklists ({place_keys('checklists')}) shows it; Undo there takes it "
                "out again.",
                tone="muted",
                selectable=False,
            )
        )
        lay.addWidget(buttons)
        self.setTabOrder(self.checklists, self.title)
        self.checklists.setFocus()
        self.resize(520, 400)

    def choice(self) -> int:
        current = self.checklists.currentItem()
        return current.data(REF_ROLE) if current is not None else NEW_CHECKLIST

    def accept(self) -> None:
        if not self.isVisible():
            return  # already answered (a double click that Enter follows)
        choice = self.choice()
        super().accept()
        self.chosen.emit(choice, self.title.text().strip() if choice == NEW_CHECKLIST else "")


class HandoutDialog(QDialog):
    """Choose the sections of a handout pack and the words for its cover."""

    def __init__(self, catalogue: service.Catalogue, saved: list, parent: QWidget | None = None) -> None:
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
        return [
            self.items.item(n).data(REF_ROLE)
            for n in range(self.items.count())
            if self.items.item(n).checkState() == Qt.CheckState.Checked
        ]
