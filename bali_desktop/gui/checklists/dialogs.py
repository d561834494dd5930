"""Dialogs of the checklists screen: add anything from the library; choose the checklist an item
goes to ("Add to checklist…"). The handout pack's dialog is in handout.py."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
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
from bali_desktop.gui.words import kind_name
from bali_desktop.services import checklists as service

translate = QCoreApplication.translate

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
    it.setText(f"{title}\n{checklist_type} · " + translate("checklists.dialogs", "%n items", "", item_count))
    it.setToolTip(title)


class AddFromLibraryDialog(QDialog):
    """Search everything and add the chosen result: an official line, a step, a role, a guide.

    Searches 200 ms after the last key; an answer to an older query than the last one sent is
    dropped (each search has a token; only the newest token's answer is shown)."""

    chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("checklists.dialogs", "Add to checklist"))
        self.query = QLineEdit()
        self.query.setAccessibleName(translate("checklists.dialogs", "Search"))
        self.query.setPlaceholderText(
            translate("checklists.dialogs", "Search: e.g. biometrics, interpreter, Activity 15")
        )
        self.results = QListWidget()
        self.results.setAccessibleName(translate("checklists.dialogs", "Results"))
        self.results.itemActivated.connect(self._activated)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(
            translate("checklists.dialogs", "&Add"), QDialogButtonBox.ButtonRole.ActionRole
        )
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
            it = QListWidgetItem(f"{hit.title}  ({kind_name(hit.kind)})")
            it.setData(REF_ROLE, hit.ref)
            self.results.addItem(it)
        if hits:
            self.results.setCurrentRow(0)

    def _activated(self, it: QListWidgetItem | None) -> None:
        if it is not None:
            self.chosen.emit(it.data(REF_ROLE))
            self.ctx.show_status(translate("checklists.dialogs", "Adding {item}…").format(item=it.text()))


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
        self.setWindowTitle(translate("checklists.dialogs", "Add to checklist"))
        self.setAccessibleName(translate("checklists.dialogs", "Add to checklist"))
        self.checklists = QListWidget()
        self.checklists.setAccessibleName(translate("checklists.dialogs", "Checklist to add to"))
        self.checklists.setAccessibleDescription(
            translate("checklists.dialogs", "The first row makes a new checklist.")
        )
        self.checklists.setWordWrap(True)
        self.checklists.setSpacing(2)
        self.checklists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklists.setResizeMode(QListWidget.ResizeMode.Adjust)
        new = QListWidgetItem(translate("checklists.dialogs", "+  A new checklist"))
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
        self.title.setAccessibleName(translate("checklists.dialogs", "Title of a new checklist"))
        self.title.setPlaceholderText(item_title)
        self.title.setToolTip(
            translate("checklists.dialogs", "Leave empty to name the new checklist after the item")
        )
        self.title.textEdited.connect(lambda _t: self.checklists.setCurrentRow(0))
        what = label(
            translate("checklists.dialogs", "Add “{item}” to:").format(item=item_title), selectable=False
        )
        what.setAccessibleName(translate("checklists.dialogs", "Adding {item}").format(item=item_title))
        choose = label(translate("checklists.dialogs", "&Checklist:"), selectable=False)
        choose.setBuddy(self.checklists)
        form = QFormLayout()
        form.addRow(translate("checklists.dialogs", "&Title of a new checklist:"), self.title)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        self.add_button = buttons.button(ok)
        self.add_button.setText(translate("checklists.dialogs", "Add"))
        self.add_button.setAccessibleName(translate("checklists.dialogs", "Add to the chosen checklist"))
        self.add_button.setDefault(True)  # Enter in the list adds
        buttons.button(cancel).setAccessibleName(translate("checklists.dialogs", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(what)
        lay.addWidget(choose)
        lay.addWidget(self.checklists, 1)
        lay.addLayout(form)
        lay.addWidget(
            label(
                translate(
                    "checklists.dialogs",
                    "The item is added at the end, with its source, and saved at once. "
                    "Checklists ({keys}) shows it; Undo there takes it out again.",
                ).format(keys=place_keys("checklists")),
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
