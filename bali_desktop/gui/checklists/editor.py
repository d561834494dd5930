"""The checklist editor's logic: shows the open checklist in `EditorView`, keeps the selection key
(the row the user is on, across every refill), and makes every change through the document, so
that each one is undoable and saved (the page saves on `ChecklistDocument.edited`)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem

from bali_desktop.domain import labels
from bali_desktop.domain.checklist import TYPE_HELP, Checklist, ChecklistItem, PausePoint, edited_item
from bali_desktop.domain.locator_words import where
from bali_desktop.gui import i18n
from bali_desktop.gui.checklists.dialogs import AddFromLibraryDialog
from bali_desktop.gui.checklists.editor_view import EditorView
from bali_desktop.gui.checklists.tree import ROW_ROLE, RowKey, moved, stepped
from bali_desktop.gui.context import job
from bali_desktop.gui.words import QT_TRANSLATE_NOOP, checklist_type_help
from bali_desktop.services import checklists as service

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.gui.checklists.document import ChecklistDocument
    from bali_desktop.gui.context import AppContext

ROLE_ROLE = Qt.ItemDataRole.UserRole  # contacts box rows: role id
FIELD_EDITS = {
    "title": QT_TRANSLATE_NOOP("checklists.editor", "Edit title"),
    "checklist_type": QT_TRANSLATE_NOOP("checklists.editor", "Change type"),
    "purpose": QT_TRANSLATE_NOOP("checklists.editor", "Edit objective"),
    "case_reference_label": QT_TRANSLATE_NOOP("checklists.editor", "Edit case field"),
}
ItemForRef = service.ItemForChecklist  # the item, and the role it adds to the contacts box


class Editor(QObject):
    """The editor of the open checklist (`doc.checklist`); its widgets are `view`."""

    def __init__(self, ctx: AppContext, doc: ChecklistDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc = doc
        self.view = v = EditorView()
        self.roles: dict[str, str] = {}  # every referral role: id -> title
        self.select_key: RowKey | None = None
        self._loading_fields = False
        v.set_types({kind: checklist_type_help(text) for kind, text in TYPE_HELP.items()})
        self.undo_action = doc.stack.createUndoAction(v, translate("checklists.editor", "&Undo"))
        self.redo_action = doc.stack.createRedoAction(v, translate("checklists.editor", "&Redo"))
        v.set_history_actions(self.undo_action, self.redo_action)

        v.title_edit.textEdited.connect(lambda text: self.set_field("title", text))
        v.type_combo.activated.connect(
            lambda _i: self.set_field("checklist_type", v.type_combo.currentData())
        )
        v.purpose_edit.textEdited.connect(lambda text: self.set_field("purpose", text))
        v.case_edit.textEdited.connect(lambda text: self.set_field("case_reference_label", text))
        v.tree.currentItemChanged.connect(self._row_selected)
        v.tree.move_requested.connect(self._drop_move)
        v.tree.step_requested.connect(self.move_selected)
        v.tree.delete_requested.connect(self.remove_selected)
        v.text_edit.editingFinished.connect(self.commit_text)
        v.note_edit.editingFinished.connect(self.commit_text)
        v.add_item_button.clicked.connect(self.add_item)
        v.insert_action.triggered.connect(self.add_item)
        v.add_pp_button.clicked.connect(self.add_pause_point)
        v.add_ref_button.clicked.connect(self.add_from_library)
        v.remove_button.clicked.connect(self.remove_selected)
        v.up_button.clicked.connect(partial(self.move_selected, -1))
        v.down_button.clicked.connect(partial(self.move_selected, 1))
        v.roles_list.itemChanged.connect(self._role_toggled)
        doc.loaded.connect(self._doc_loaded)
        doc.changed.connect(self._doc_changed)

    def set_roles(self, roles: list[tuple[str, str]]) -> None:
        self.roles = dict(roles)
        self.fill_roles()

    # --- showing the open checklist -------------------------------------------------------------

    def _doc_loaded(self) -> None:
        c = self.doc.checklist
        self.view.setEnabled(c is not None)
        self.select_key = (
            ("item", 0, 0) if c and c.item_count() else (("pp", 0) if c and c.pause_points else None)
        )

    def _doc_changed(self) -> None:
        c = self.doc.checklist
        v = self.view
        self._loading_fields = True
        try:
            for edit, value in (
                (v.title_edit, c.title if c else ""),
                (v.purpose_edit, c.purpose if c else ""),
                (v.case_edit, c.case_reference_label if c else ""),
            ):
                if edit.text() != value:
                    edit.setText(value)
                    if not edit.hasFocus():
                        edit.setCursorPosition(0)  # show a long objective from its start
            if c:
                v.type_combo.setCurrentIndex(max(0, v.type_combo.findData(c.checklist_type)))
                v.type_help.setText(
                    f"{c.checklist_type}: {checklist_type_help(TYPE_HELP.get(c.checklist_type, ''))}"
                )
            self.fill_tree()
            self.fill_roles()
        finally:
            self._loading_fields = False

    def fill_tree(self) -> None:
        """Show the open checklist in the tree, on the row of the selection key."""
        tree = self.view.tree
        tree.show_checklist(self.doc.checklist, self.select_key)
        self._row_selected(tree.currentItem(), None)

    def fill_roles(self) -> None:
        roles_list = self.view.roles_list
        roles_list.blockSignals(True)
        roles_list.clear()
        chosen = self.doc.checklist.contact_roles if self.doc.checklist else []
        for role_id in [*chosen, *[r for r in self.roles if r not in chosen]]:
            it = QListWidgetItem(self.roles.get(role_id, role_id))
            it.setData(ROLE_ROLE, role_id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if role_id in chosen else Qt.CheckState.Unchecked)
            roles_list.addItem(it)
        roles_list.blockSignals(False)

    def _row_selected(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        key = current.data(0, ROW_ROLE) if current else None
        self.select_key = key
        c = self.doc.checklist
        self._loading_fields = True
        try:
            if key is None or c is None:
                self.view.show_row_words("", "", "", "")
            elif key[0] == "pp":
                pp = c.pause_points[key[1]]
                self.view.show_row_words(
                    "pp",
                    pp.title,
                    pp.when,
                    translate("checklists.editor", "A named moment the list is run, with its own items."),
                )
            else:
                item = c.pause_points[key[1]].items[key[2]]
                if item.official:
                    source = translate(
                        "checklists.editor", "Official text, printed word for word — {citation}"
                    ).format(citation=where(item.citation, i18n.current()))
                else:
                    source = where(item.citation, i18n.current()) or translate("labels", labels.GUIDANCE)
                self.view.show_row_words("item", item.text, item.note, source)
        finally:
            self._loading_fields = False
        self.view.set_row_buttons(key is not None)

    # --- editing --------------------------------------------------------------------------------

    def set_field(self, name: str, value: str) -> None:
        """A field of the checklist typed or chosen; typing in one field undoes as one step."""
        if self._loading_fields or self.doc.checklist is None:
            return
        if getattr(self.doc.checklist, name) == value:
            return
        self.doc.edit(
            translate("checklists.editor", FIELD_EDITS[name]),
            lambda c: setattr(c, name, value),
            merge_key=f"field:{name}",
        )

    def commit_text(self) -> None:
        """The words of the selected row, when the user leaves the field (or presses Enter)."""
        key = self.select_key
        c = self.doc.checklist
        if self._loading_fields or key is None or c is None:
            return
        text, note = self.view.text_edit.text().strip(), self.view.note_edit.text().strip()
        if key[0] == "pp":
            pp = c.pause_points[key[1]]
            if (text or pp.title) == pp.title and note == pp.when:
                return
            p = key[1]

            def rename(ch: Checklist) -> None:
                ch.pause_points[p].title = text or ch.pause_points[p].title
                ch.pause_points[p].when = note

            self.doc.edit(translate("checklists.editor", "Edit pause point"), rename)
            return
        _, p, i = key
        item = c.pause_points[p].items[i]
        if (text or item.text) == item.text and note == item.note:
            return
        new = edited_item(item, text=text or item.text, note=note)
        self.doc.edit(translate("checklists.editor", "Edit item"), lambda ch: ch.replace_item(p, i, new))

    def add_item(self, item: ChecklistItem | None = None) -> None:
        """Add `item` (or a new one to word) after the selected row."""
        c = self.doc.checklist
        if c is None:
            return
        new = (
            item
            if isinstance(item, ChecklistItem)
            else ChecklistItem(translate("checklists.editor", "New item: start with a verb"))
        )
        key = self.select_key
        if not c.pause_points:
            p, i = 0, 0
        elif key is None:
            p, i = len(c.pause_points) - 1, len(c.pause_points[-1].items)
        elif key[0] == "pp":
            p, i = key[1], len(c.pause_points[key[1]].items)
        else:
            p, i = key[1], key[2] + 1

        def add(ch: Checklist) -> None:
            if not ch.pause_points:
                ch.pause_points.append(PausePoint(translate("checklists.editor", "Items")))
            ch.insert_item(p, i, new)

        self.select_key = ("item", p, i)
        self.doc.edit(translate("checklists.editor", "Add item"), add)
        if not isinstance(item, ChecklistItem):
            self.view.text_edit.setFocus()
            self.view.text_edit.selectAll()

    def add_pause_point(self) -> None:
        c = self.doc.checklist
        if c is None:
            return
        key = self.select_key
        p = (key[1] + 1) if key else len(c.pause_points)
        self.select_key = ("pp", p)
        self.doc.edit(
            translate("checklists.editor", "Add pause point"),
            lambda ch: ch.insert_pause_point(
                p,
                PausePoint(
                    translate("checklists.editor", "New pause point"),
                    translate("checklists.editor", "when …"),
                ),
            ),
        )
        self.view.text_edit.setFocus()
        self.view.text_edit.selectAll()

    def remove_selected(self) -> None:
        key = self.select_key
        if key is None or self.doc.checklist is None:
            return
        if key[0] == "pp":
            self.select_key = ("pp", max(0, key[1] - 1))
            self.doc.edit(
                translate("checklists.editor", "Remove pause point"), lambda ch: ch.remove_pause_point(key[1])
            )
        else:
            self.select_key = ("item", key[1], key[2] - 1) if key[2] else ("pp", key[1])
            self.doc.edit(
                translate("checklists.editor", "Remove item"), lambda ch: ch.remove_item(key[1], key[2])
            )

    def move_selected(self, step: int) -> None:
        key = self.select_key
        c = self.doc.checklist
        if key is None or c is None:
            return
        new_key = stepped(c.copy(), key, step)
        if new_key is None:
            return
        self.select_key = new_key
        self.doc.edit(
            translate("checklists.editor", "Move up")
            if step < 0
            else translate("checklists.editor", "Move down"),
            lambda ch: stepped(ch, key, step),
        )
        self.view.tree.setFocus()

    def _drop_move(self, source: RowKey | None, target_and_where: tuple[RowKey | None, str]) -> None:
        target, where = target_and_where
        if source is None or target is None:
            return
        self.doc.edit(translate("checklists.editor", "Move"), lambda ch: moved(ch, source, target, where))

    def _role_toggled(self, _it: QListWidgetItem) -> None:
        if self.doc.checklist is None:
            return
        roles_list = self.view.roles_list
        roles = [
            roles_list.item(n).data(ROLE_ROLE)
            for n in range(roles_list.count())
            if roles_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        self.doc.edit(
            translate("checklists.editor", "Change contacts box"),
            lambda ch: setattr(ch, "contact_roles", roles),
        )

    # --- items from the library -----------------------------------------------------------------

    def add_from_library(self) -> None:
        dialog = AddFromLibraryDialog(self.ctx, self.view)
        dialog.chosen.connect(self.add_ref)
        dialog.open()

    def add_ref(self, ref: str) -> None:
        """Add a content item (a search result, an official line, a role) to the open checklist."""
        if self.doc.checklist is None:
            self.ctx.show_status(translate("checklists.editor", "Open or make a checklist first."))
            return
        self.ctx.call(job(service.item_for, ref), self.item_ready)

    def item_ready(self, result: ItemForRef) -> None:
        """Add the item after the selected row; a role also goes into the contacts box."""
        role = result.role
        self.add_item(result.item)
        if role and self.doc.checklist and role not in self.doc.checklist.contact_roles:
            self.doc.edit(
                translate("checklists.editor", "Add to contacts box"),
                lambda ch: ch.contact_roles.append(role),
            )
        self.ctx.show_status(translate("checklists.editor", "Added to the checklist."))

    def append(self, result: ItemForRef) -> None:
        """Add the item at the end of the last pause point."""
        self.select_key = None
        self.item_ready(result)
