"""The handout pack dialog: tick the sections, put them in order, filter a long list (window
review 18). Offered: pathways, the aid, strategy areas and single activities, guides, members
of the Bali Process and the user's own checklists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain.locator_words import where
from bali_desktop.gui import i18n, targets
from bali_desktop.gui.widgets import button, label
from bali_desktop.services import checklists as service

translate = QCoreApplication.translate

REF_ROLE = Qt.ItemDataRole.UserRole


class HandoutDialog(QDialog):
    """Choose the sections of a handout pack, their order, and the words for its cover.

    The ticked sections are printed in the order of the list; Move up and Move down (Alt+Up,
    Alt+Down in the list) change it. The filter only hides rows: a ticked row stays ticked."""

    def __init__(self, catalogue: service.Catalogue, saved: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("checklists.dialogs", "Handout pack"))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(translate("checklists.handout", "Filter the sections"))
        self.filter.setPlaceholderText(translate("checklists.handout", "Type to show only matching sections"))
        self.filter.setClearButtonEnabled(True)
        targets.enlarge(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.items = QListWidget()
        self.items.setAccessibleName(translate("checklists.dialogs", "Sections"))
        self.items.setAccessibleDescription(
            translate("checklists.handout", "Space ticks a section; Alt+Up and Alt+Down move it")
        )
        kinds = {
            "pathway": translate("checklists.dialogs", "Pathway"),
            "aid": translate("checklists.dialogs", "Aid"),
            "area": translate("checklists.dialogs", "Strategy"),
        }
        lang = i18n.current()  # "Kegiatan 12: …" in an Indonesian window (domain/locator_words.py)
        for t in catalogue.templates:
            self._add(where(t.title, lang), t.ref, kinds[t.kind])
        for ref, title in getattr(catalogue, "activities", []):
            self._add(where(title, lang), ref, translate("checklists.handout", "Activity"))
        for ref, title in catalogue.guides:
            self._add(title, ref, translate("checklists.dialogs", "Guide"))
        for ref, title in getattr(catalogue, "members", []):
            self._add(title, ref, translate("checklists.handout", "Member"))
        for s in saved:
            self._add(s.title, s.ref, translate("checklists.dialogs", "My checklist"))
        self.up_button = button(
            translate("checklists.handout", "Move &up"),
            translate("checklists.handout", "Move up"),
            translate("checklists.handout", "Print the selected section earlier (Alt+Up)"),
            lambda: self.move_section(-1),
        )
        self.down_button = button(
            translate("checklists.handout", "Move dow&n"),
            translate("checklists.handout", "Move down"),
            translate("checklists.handout", "Print the selected section later (Alt+Down)"),
            lambda: self.move_section(1),
        )
        self.ticked_only = button(
            translate("checklists.handout", "Show ticked &only"),
            translate("checklists.handout", "Show ticked only"),
            translate("checklists.handout", "Show only the sections ticked, in the order they will print"),
        )
        self.ticked_only.setCheckable(True)
        self.ticked_only.toggled.connect(lambda _on: self._filter(self.filter.text()))
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("checklists.dialogs", "Pack title"))
        self.title.setPlaceholderText(
            translate("checklists.dialogs", "e.g. Identifying and referring victims of trafficking")
        )
        self.workshop = QLineEdit()
        self.workshop.setAccessibleName(translate("checklists.dialogs", "Workshop"))
        self.date = QLineEdit()
        self.date.setAccessibleName(translate("checklists.dialogs", "Date"))
        self.date.setPlaceholderText(
            translate("checklists.dialogs", "as it should be printed, e.g. 12–14 March 2026")
        )
        form = QFormLayout()
        form.addRow(translate("checklists.handout", "&Filter:"), self.filter)
        cover = QFormLayout()
        cover.addRow(translate("checklists.dialogs", "&Title:"), self.title)
        cover.addRow(translate("checklists.dialogs", "&Workshop:"), self.workshop)
        cover.addRow(translate("checklists.dialogs", "&Date:"), self.date)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(ok).setText(translate("checklists.dialogs", "&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        moves = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.ticked_only):
            moves.addWidget(b)
        moves.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(
            label(
                translate(
                    "checklists.handout",
                    "Tick the sections. They print in the order of this list: move a section up or down.",
                ),
                selectable=False,
            )
        )
        lay.addLayout(form)
        lay.addWidget(self.items, 1)
        lay.addLayout(moves)
        lay.addLayout(cover)
        lay.addWidget(buttons)
        self.setTabOrder(self.filter, self.items)
        self.items.installEventFilter(self)
        self.resize(620, 600)

    def _add(self, title: str, ref: str, kind: str) -> None:
        it = QListWidgetItem(f"{kind}: {title}")
        it.setData(REF_ROLE, ref)
        it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        it.setCheckState(Qt.CheckState.Unchecked)
        self.items.addItem(it)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Alt+Up and Alt+Down in the list move the selected section (the list would only move the cursor)."""
        if watched is self.items and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_section(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def move_section(self, step: int) -> None:
        """The selected section one visible row earlier (-1) or later (1); it stays selected."""
        row = self.items.currentRow()
        if row < 0:
            return
        target = row + step
        while 0 <= target < self.items.count() and self.items.item(target).isHidden():
            target += step
        if not 0 <= target < self.items.count():
            return
        it = self.items.takeItem(row)
        self.items.insertItem(target, it)
        self.items.setCurrentRow(target)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        only_ticked = self.ticked_only.isChecked()
        for n in range(self.items.count()):
            it = self.items.item(n)
            shown = all(w in it.text().casefold() for w in words)
            if only_ticked and it.checkState() != Qt.CheckState.Checked:
                shown = False
            it.setHidden(not shown)

    def refs(self) -> list[str]:
        """The ticked sections' refs, in the order of the list (hidden by the filter or not)."""
        return [
            self.items.item(n).data(REF_ROLE)
            for n in range(self.items.count())
            if self.items.item(n).checkState() == Qt.CheckState.Checked
        ]
