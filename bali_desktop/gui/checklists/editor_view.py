"""The checklist editor's widgets, laid out: fields, the tree of pause points and items, the row's
words, the buttons, the contacts box. No logic here: `editor.Editor` fills them and acts on them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.gui.checklists.tree import ChecklistTree
from bali_desktop.gui.flow_layout import wrap_row
from bali_desktop.gui.widgets import button, label

translate = QCoreApplication.translate


class EditorView(QWidget):
    """The right-hand side of the Checklists screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(translate("checklists.editor_view", "Checklist title"))
        self.title_edit.setPlaceholderText(
            translate("checklists.editor_view", "A title that states the objective")
        )
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(translate("checklists.editor_view", "Checklist type"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setAccessibleName(translate("checklists.editor_view", "Objective"))
        self.purpose_edit.setPlaceholderText(
            translate("checklists.editor_view", "What this checklist is for (optional)")
        )
        self.case_edit = QLineEdit()
        self.case_edit.setAccessibleName(translate("checklists.editor_view", "Case reference label"))
        self.case_edit.setToolTip(
            translate("checklists.editor_view", "Printed as a field to fill in; never names")
        )
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        top.addRow(translate("checklists.editor_view", "&Title:"), self.title_edit)
        top.addRow(translate("checklists.editor_view", "T&ype:"), self.type_combo)
        top.addRow(translate("checklists.editor_view", "Ob&jective:"), self.purpose_edit)
        top.addRow(translate("checklists.editor_view", "Case field:"), self.case_edit)
        lay.addLayout(top)
        self.type_help = label("", tone="muted", selectable=False)
        lay.addWidget(self.type_help)

        self.tree = ChecklistTree()
        lay.addWidget(self.tree, 3)

        self.text_label = QLabel(translate("checklists.editor_view", "&Action:"))
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(translate("checklists.editor_view", "Action"))
        self.text_label.setBuddy(self.text_edit)
        self.note_label = QLabel(translate("checklists.editor_view", "&Why (small type):"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(translate("checklists.editor_view", "Why"))
        self.note_label.setBuddy(self.note_edit)
        self.source_label = label("", tone="muted", selectable=True)
        detail = QFormLayout()
        detail.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        detail.addRow(self.text_label, self.text_edit)
        detail.addRow(self.note_label, self.note_edit)
        lay.addLayout(detail)
        lay.addWidget(self.source_label)

        self.add_item_button = button(
            translate("checklists.editor_view", "A&dd item"),
            translate("checklists.editor_view", "Add item"),
            translate("checklists.editor_view", "Add an item after the selected one (Insert)"),
        )
        self.add_pp_button = button(
            translate("checklists.editor_view", "Add pau&se point"),
            translate("checklists.editor_view", "Add pause point"),
        )
        self.add_ref_button = button(
            translate("checklists.editor_view", "Add from li&brary…"),
            translate("checklists.editor_view", "Add from library"),
            translate("checklists.editor_view", "Search the library and add any item or official line"),
        )
        self.remove_button = button(
            translate("checklists.editor_view", "Re&move"),
            translate("checklists.editor_view", "Remove"),
            translate("checklists.editor_view", "Remove the selected row (Delete)"),
        )
        self.up_button = button(
            translate("checklists.editor_view", "▲ Up"),
            translate("checklists.editor_view", "Move up"),
            translate("checklists.editor_view", "Move the selected row up (Alt+Up)"),
        )
        self.down_button = button(
            translate("checklists.editor_view", "▼ Down"),
            translate("checklists.editor_view", "Move down"),
            translate("checklists.editor_view", "Move the selected row down (Alt+Down)"),
        )
        lay.addLayout(wrap_row(self.add_item_button, self.add_pp_button, self.add_ref_button))

        self.insert_action = QAction(
            translate("checklists.editor_view", "Add item"), self, shortcut=QKeySequence(Qt.Key.Key_Insert)
        )
        self.rename_action = QAction(
            translate("checklists.editor_view", "Edit"), self, shortcut=QKeySequence(Qt.Key.Key_F2)
        )
        self.rename_action.triggered.connect(lambda: self.text_edit.setFocus())
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        self.roles_list = QListWidget()
        self.roles_list.setAccessibleName(translate("checklists.editor_view", "Roles in the contacts box"))
        self.roles_list.setMaximumHeight(110)
        lay.addLayout(
            wrap_row(self.up_button, self.down_button, self.remove_button, self.undo_button, self.redo_button)
        )
        lay.addWidget(
            label(
                translate(
                    "checklists.editor_view",
                    "Contacts box: tick the referral roles to print (filled from your "
                    "national contacts, or left blank to write on).",
                ),
                tone="muted",
                selectable=False,
            )
        )
        lay.addWidget(self.roles_list, 1)

    def set_types(self, help_by_type: Mapping[str, str]) -> None:
        """The choices of the type box, each with its one-line help as a tooltip."""
        for kind, help_text in help_by_type.items():
            self.type_combo.addItem(kind, kind)
            self.type_combo.setItemData(self.type_combo.count() - 1, help_text, Qt.ItemDataRole.ToolTipRole)

    def set_history_actions(self, undo: QAction, redo: QAction) -> None:
        """Undo and Redo (from the document's stack): shortcuts within the editor, and buttons."""
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        for act in (undo, redo, self.insert_action, self.rename_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        self.undo_button.setAccessibleName(translate("checklists.editor_view", "Undo"))
        self.redo_button.setAccessibleName(translate("checklists.editor_view", "Redo"))

    def show_row_words(self, kind: str, text: str, note: str, source: str) -> None:
        """The words of the selected row: a pause point's name and when, or an item's action and
        why ("" kind: no row)."""
        if kind == "pp":
            self.text_label.setText(translate("checklists.editor_view", "P&ause point name:"))
            self.note_label.setText(translate("checklists.editor_view", "&When it is run:"))
        elif kind == "item":
            self.text_label.setText(translate("checklists.editor_view", "&Action:"))
            self.note_label.setText(translate("checklists.editor_view", "&Why (small type):"))
        self.text_edit.setText(text)
        self.note_edit.setText(note)
        self.source_label.setText(source)

    def set_row_buttons(self, enabled: bool) -> None:
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(enabled)
