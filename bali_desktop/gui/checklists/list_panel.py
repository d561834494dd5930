"""The saved checklists, on the left of the Checklists screen, with New, Duplicate, Delete, Undo
delete and Handout pack.

The list is the one owner of "the open checklist": `open_id` is the id of its current row, the
checklist the user chose. The editor may still show the one before while the chosen one loads;
Delete, Duplicate and their messages act on `open_id`, never on what the editor shows."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QToolButton, QVBoxLayout, QWidget

from bali_desktop.domain.locator_words import where
from bali_desktop.gui import i18n
from bali_desktop.gui.checklists.dialogs import set_summary_text, summary_item
from bali_desktop.gui.widgets import button, label, row
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.checklist import Checklist
    from bali_desktop.services import checklists as service
    from bali_desktop.services.checklists import ChecklistSummary

ID_ROLE = Qt.ItemDataRole.UserRole  # list rows: checklist id
TEMPLATE_GROUPS = (
    ("pathway", QT_TRANSLATE_NOOP("checklists.list_panel", "From a pathway")),
    ("aid", QT_TRANSLATE_NOOP("checklists.list_panel", "From a decision aid")),
    ("area", QT_TRANSLATE_NOOP("checklists.list_panel", "From an Adelaide Strategy area")),
)


class ListPanel(QWidget):
    """The saved checklists; `chosen(id)` fires when the user makes another row current."""

    chosen = Signal(int)
    create_requested = Signal(str, str)  # template ref ("" for an empty one), title

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[ChecklistSummary] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 6, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("checklists.list_panel", "Saved checklists"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._current_changed)
        self.new_button = QToolButton()
        self.new_button.setText(translate("checklists.list_panel", "&New ▾"))
        self.new_button.setAccessibleName(translate("checklists.list_panel", "New checklist"))
        self.new_button.setToolTip(
            translate(
                "checklists.list_panel",
                "A new checklist: empty, or from a pathway, the aid or a strategy area",
            )
        )
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.new_menu)
        self.set_templates(None)
        self.duplicate_button = button(
            translate("checklists.list_panel", "D&uplicate"),
            translate("checklists.list_panel", "Duplicate checklist"),
        )
        self.delete_button = button(
            translate("checklists.list_panel", "Delete"),
            translate("checklists.list_panel", "Delete checklist"),
            translate("checklists.list_panel", "Delete this checklist (Undo delete brings it back)"),
        )
        self.undo_delete_button = button(
            translate("checklists.list_panel", "Undo delete"),
            translate("checklists.list_panel", "Undo delete"),
        )
        self.undo_delete_button.setVisible(False)
        self.pack_button = button(
            translate("checklists.list_panel", "Handout &pack…"),
            translate("checklists.list_panel", "Handout pack"),
            translate(
                "checklists.list_panel",
                "Several pathways, areas, guides and checklists in one PDF with a cover and contents",
            ),
        )
        lay.addWidget(label(translate("checklists.list_panel", "Your checklists"), selectable=False))
        lay.addWidget(self.list, 1)
        lay.addLayout(row(self.new_button, self.duplicate_button, self.delete_button))
        lay.addLayout(row(self.undo_delete_button, self.pack_button))
        self._sync_buttons()

    def add_below(self, widget: QWidget, stretch: int = 0) -> None:
        """Another part of the screen, in this column under the buttons."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(widget, stretch)

    def set_templates(self, catalogue: service.Catalogue | None) -> None:
        """The New menu: an empty checklist, then the templates by kind (once they are known)."""
        m = self.new_menu
        m.clear()
        m.addAction(
            translate("checklists.list_panel", "Empty checklist"),
            partial(self.create_requested.emit, "", translate("checklists.list_panel", "New checklist")),
        )
        if catalogue is None:
            return
        for kind, text in TEMPLATE_GROUPS:
            sub = m.addMenu(translate("checklists.list_panel", text))
            for t in catalogue.templates:
                if t.kind == kind:
                    act = sub.addAction(f"{where(t.title, i18n.current())}  ({t.checklist_type})")
                    act.triggered.connect(partial(self.create_requested.emit, t.ref, ""))

    # --- the open checklist -------------------------------------------------------------------

    @property
    def open_id(self) -> int | None:
        """The id of the checklist chosen in the list (None: none is)."""
        current = self.list.currentItem()
        return current.data(ID_ROLE) if current is not None else None

    def show_summaries(self, summaries: list[ChecklistSummary], open_id: int | None) -> int | None:
        """List `summaries`; the row of `open_id` (else the first) becomes the open one, without
        `chosen` firing. Returns the id now open (None when there are no checklists)."""
        self.summaries = summaries
        self.list.blockSignals(True)
        self.list.clear()
        current = None
        for s in summaries:
            it = summary_item(s, ID_ROLE)
            self.list.addItem(it)
            if s.id == open_id:
                current = it
        if current is None and summaries:
            current = self.list.item(0)
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)
        self._sync_buttons()
        return self.open_id

    def put(self, checklist: Checklist) -> None:
        """Make `checklist` (just made, restored, or opened by "Add to checklist…") the open
        one, adding its row at the top if the list does not have it yet."""
        self.list.blockSignals(True)
        it = self._row(checklist.id)
        if it is None:
            it = QListWidgetItem()
            it.setData(ID_ROLE, checklist.id)
            self.list.insertItem(0, it)
        set_summary_text(it, checklist.title, checklist.checklist_type, checklist.item_count())
        self.list.setCurrentItem(it)
        self.list.blockSignals(False)
        self._sync_buttons()

    def saved(self, checklist: Checklist) -> None:
        """A saved checklist's row shows its new title and size."""
        it = self._row(checklist.id)
        if it is not None:
            set_summary_text(it, checklist.title, checklist.checklist_type, checklist.item_count())

    def forget(self, checklist_id: int) -> None:
        """Take a deleted checklist's row out: no checklist is open until the list is reloaded."""
        self.list.blockSignals(True)
        it = self._row(checklist_id)
        if it is not None:
            self.list.takeItem(self.list.row(it))
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._sync_buttons()

    def _row(self, checklist_id: int | None) -> QListWidgetItem | None:
        for n in range(self.list.count()):
            if self.list.item(n).data(ID_ROLE) == checklist_id:
                return self.list.item(n)
        return None

    def _current_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self._sync_buttons()
        if current is not None:
            self.chosen.emit(current.data(ID_ROLE))

    def _sync_buttons(self) -> None:
        has = self.open_id is not None
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
