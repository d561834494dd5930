"""Checklists screen: saved checklists on the left, the editor on the right; export, print, preview.

Edits go through `ChecklistDocument` (undo/redo) and are saved a moment later by the database
worker; PDFs are built by the worker and pages rendered on a pool thread, never on the GUI thread.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMargins, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QToolButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bali_desktop.domain import labels
from bali_desktop.domain.checklist import CHECKLIST_TYPES, TYPE_HELP, Checklist, ChecklistItem, PausePoint
from bali_desktop.domain.locations import place_keys
from bali_desktop.gui.checklist_dialogs import (
    NEW_CHECKLIST,
    AddFromLibraryDialog,
    ChooseChecklistDialog,
    HandoutDialog,
    summary_item,
)
from bali_desktop.gui.checklist_document import ChecklistDocument
from bali_desktop.gui.checklist_jobs import (
    Catalogue,
    job_add_question,
    job_catalogue,
    job_create,
    job_create_with_item,
    job_delete,
    job_duplicate,
    job_item_for,
    job_list,
    job_load,
    job_load_with_item,
    job_restore,
    job_save,
)
from bali_desktop.gui.checklist_tree import ROW_ROLE, ChecklistTree, moved, stepped
from bali_desktop.gui.pdf_tasks import (
    Background,
    BuiltPdf,
    PdfRequest,
    build_pdf,
    can_render,
    export_pdf,
    open_with_system_viewer,
    print_images,
    render_pages,
)
from bali_desktop.gui.widgets import button, heading, label, rescale_fonts, row

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.storage.checklist_store import ChecklistSummary

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole  # list rows: checklist id
SAVE_DELAY_MS = 600
PREVIEW_DELAY_MS = 900
PREVIEW_DPI = 60
FONT_WARNING_STATUS = " Some characters are not in the PDF fonts and will not print as written."


# --- the screen -------------------------------------------------------------------------------


class ChecklistsPage(QWidget):
    checklist_opened = Signal(int)  # id
    exported = Signal(str)  # path of the PDF written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName("Checklists")
        self.doc = ChecklistDocument(self)
        self.background = Background(self)
        self.catalogue: Catalogue | None = None
        self.summaries: list[ChecklistSummary] = []
        self.last_export: Path | None = None
        self.export_dir = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home()
        )
        self._delete_holders: list[dict] = []
        self._select_key: tuple | None = None
        self._loading_fields = False
        self._just_loaded = False
        self._dirty = False
        self._preview_token = 0
        self._progress: QProgressDialog | None = None
        self.add_dialog: ChooseChecklistDialog | None = None  # "Add to checklist…", while open
        self.font_warning_box: QMessageBox | None = None  # characters no PDF font has, while open
        self._print_warnings: tuple[str, ...] = ()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS, timeout=self.save_now)
        self._preview_timer = QTimer(
            self, singleShot=True, interval=PREVIEW_DELAY_MS, timeout=self.refresh_preview
        )

        self._build_list_panel()
        self._build_editor()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_panel)
        # the editor scrolls rather than squeezes: a small screen, or very large text
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setAccessibleName("Checklist editor")
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 700])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(heading(ctx, "Checklists", 1.4))
        outer.addWidget(splitter, 1)

        self.doc.changed.connect(self._doc_changed)
        self.doc.loaded.connect(self._doc_loaded)
        ctx.make_checklist_requested.connect(self.make_from)
        ctx.add_to_checklist_requested.connect(self.ask_where_to_add)
        ctx.library_opened.connect(lambda _v: self.reload())
        ctx.user_data_changed.connect(self._user_data_changed)
        ctx.text_size_changed.connect(lambda _pt: rescale_fonts(self, ctx))
        if ctx.ready:
            self.reload()
        self._doc_loaded()

    # --- building the widgets -----------------------------------------------------------------

    def _build_list_panel(self) -> None:
        self.list_panel = QWidget()
        lay = QVBoxLayout(self.list_panel)
        lay.setContentsMargins(0, 0, 6, 0)
        self.list = QListWidget()
        self.list.setAccessibleName("Saved checklists")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(self._list_selected)
        self.new_button = QToolButton()
        self.new_button.setText("&New ▾")
        self.new_button.setAccessibleName("New checklist")
        self.new_button.setToolTip("A new checklist: empty, or from a pathway, the aid or a strategy area")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self.new_button)
        self.new_button.setMenu(self.new_menu)
        self._fill_new_menu()
        self.duplicate_button = button("D&uplicate", "Duplicate checklist", slot=self.duplicate_current)
        self.delete_button = button(
            "Delete",
            "Delete checklist",
            "Delete this checklist (Undo delete brings it back)",
            self.delete_current,
        )
        self.undo_delete_button = button("Undo delete", "Undo delete", slot=self.undo_delete)
        self.undo_delete_button.setVisible(False)
        self.pack_button = button(
            "Handout &pack…",
            "Handout pack",
            "Several pathways, areas, guides and checklists in one PDF with a cover and contents",
            self.handout_pack,
        )
        lay.addWidget(label("Your checklists", selectable=False))
        lay.addWidget(self.list, 1)
        lay.addLayout(row(self.new_button, self.duplicate_button, self.delete_button))
        lay.addLayout(row(self.undo_delete_button, self.pack_button))

        box = QGroupBox("Print and export")
        form = QVBoxLayout(box)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("US Letter", "letter")
        self.paper.setAccessibleName("Paper size")
        self.large_print = QCheckBox("&Large print")
        self.large_print.setToolTip("Bigger type and fewer items per page")
        self.paper.currentIndexChanged.connect(self._schedule_preview)
        self.large_print.toggled.connect(self._schedule_preview)
        self.export_button = button(
            "&Export PDF…", "Export PDF", "Save this checklist as a PDF", self.export_dialog
        )
        self.print_button = button("P&rint…", "Print", "Print this checklist", self.print_dialog)
        self.open_button = button(
            "&Open PDF",
            "Open the exported PDF",
            "Open the last exported PDF with the system's viewer",
            self.open_export,
        )
        self.open_button.setEnabled(False)
        form.addLayout(row(self.paper, self.large_print))
        form.addLayout(row(self.export_button, self.print_button, self.open_button))
        self.preview = QLabel()
        self.preview.setAccessibleName("Preview of the first page")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        form.addWidget(self.preview, 1)
        lay.addWidget(box, 1)

    def _fill_new_menu(self) -> None:
        m = self.new_menu
        m.clear()
        m.addAction("Empty checklist", partial(self.create, "", "New checklist"))
        if self.catalogue is None:
            return
        groups = (
            ("pathway", "From a pathway"),
            ("aid", "From a decision aid"),
            ("area", "From an Adelaide Strategy area"),
        )
        for kind, text in groups:
            sub = m.addMenu(text)
            for t in self.catalogue.templates:
                if t.kind == kind:
                    act = sub.addAction(f"{t.title}  ({t.checklist_type})")
                    act.triggered.connect(partial(self.create, t.ref, ""))

    def _build_editor(self) -> None:
        self.editor = QWidget()
        lay = QVBoxLayout(self.editor)
        lay.setContentsMargins(6, 0, 0, 0)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName("Checklist title")
        self.title_edit.setPlaceholderText("A title that states the objective")
        self.title_edit.textEdited.connect(lambda text: self._set_field("title", text))
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName("Checklist type")
        for kind in CHECKLIST_TYPES:
            self.type_combo.addItem(kind, kind)
            self.type_combo.setItemData(
                self.type_combo.count() - 1, TYPE_HELP[kind], Qt.ItemDataRole.ToolTipRole
            )
        self.type_combo.activated.connect(
            lambda _i: self._set_field("checklist_type", self.type_combo.currentData())
        )
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setAccessibleName("Objective")
        self.purpose_edit.setPlaceholderText("What this checklist is for (optional)")
        self.purpose_edit.textEdited.connect(lambda text: self._set_field("purpose", text))
        self.case_edit = QLineEdit()
        self.case_edit.setAccessibleName("Case reference label")
        self.case_edit.setToolTip("Printed as a field to fill in; never names")
        self.case_edit.textEdited.connect(lambda text: self._set_field("case_reference_label", text))
        top = QFormLayout()
        top.addRow("&Title:", self.title_edit)
        top.addRow("T&ype:", self.type_combo)
        top.addRow("Ob&jective:", self.purpose_edit)
        top.addRow("Case field:", self.case_edit)
        lay.addLayout(top)
        self.type_help = label("", tone="muted", selectable=False)
        lay.addWidget(self.type_help)

        self.tree = ChecklistTree()
        self.tree.currentItemChanged.connect(self._row_selected)
        self.tree.move_requested.connect(self._drop_move)
        self.tree.step_requested.connect(self.move_selected)
        self.tree.delete_requested.connect(self.remove_selected)
        lay.addWidget(self.tree, 3)

        self.text_label = QLabel("&Action:")
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName("Action")
        self.text_label.setBuddy(self.text_edit)
        self.note_label = QLabel("&Why (small type):")
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName("Why")
        self.note_label.setBuddy(self.note_edit)
        self.text_edit.editingFinished.connect(self._commit_text)
        self.note_edit.editingFinished.connect(self._commit_text)
        self.source_label = label("", tone="muted", selectable=True)
        detail = QFormLayout()
        detail.addRow(self.text_label, self.text_edit)
        detail.addRow(self.note_label, self.note_edit)
        lay.addLayout(detail)
        lay.addWidget(self.source_label)

        self.add_item_button = button(
            "Add &item", "Add item", "Add an item after the selected one (Insert)", self.add_item
        )
        self.add_pp_button = button("Add pause p&oint", "Add pause point", slot=self.add_pause_point)
        self.add_ref_button = button(
            "Add from &library…",
            "Add from library",
            "Search the library and add any item or official line",
            self.add_from_library,
        )
        self.remove_button = button(
            "Re&move", "Remove", "Remove the selected row (Delete)", self.remove_selected
        )
        self.up_button = button(
            "▲ Up", "Move up", "Move the selected row up (Alt+Up)", partial(self.move_selected, -1)
        )
        self.down_button = button(
            "▼ Down", "Move down", "Move the selected row down (Alt+Down)", partial(self.move_selected, 1)
        )
        lay.addLayout(row(self.add_item_button, self.add_pp_button, self.add_ref_button))

        self.undo_action = self.doc.stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.doc.stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        insert = QAction("Add item", self, shortcut=QKeySequence(Qt.Key.Key_Insert), triggered=self.add_item)
        rename = QAction(
            "Edit", self, shortcut=QKeySequence(Qt.Key.Key_F2), triggered=lambda: self.text_edit.setFocus()
        )
        for act in (self.undo_action, self.redo_action, insert, rename):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.editor.addAction(act)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        self.undo_button.setAccessibleName("Undo")
        self.redo_button.setAccessibleName("Redo")
        self.roles_list = QListWidget()
        self.roles_list.setAccessibleName("Roles in the contacts box")
        self.roles_list.setMaximumHeight(110)
        self.roles_list.itemChanged.connect(self._role_toggled)
        lay.addLayout(
            row(self.up_button, self.down_button, self.remove_button, self.undo_button, self.redo_button)
        )
        lay.addWidget(
            label(
                "Contacts box: tick the referral roles to print (filled from your "
                "national contacts, or left blank to write on).",
                tone="muted",
                selectable=False,
            )
        )
        lay.addWidget(self.roles_list, 1)

    # --- the list of saved checklists ---------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if self.catalogue is None:
            self.ctx.run(job_catalogue, self._catalogue_loaded)
        self.ctx.run(job_list, partial(self._list_loaded, select_id))

    def _catalogue_loaded(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self._fill_new_menu()
        self._fill_roles()

    def _list_loaded(self, select_id: int | None, summaries: list[ChecklistSummary]) -> None:
        current = (
            select_id if select_id is not None else (self.doc.checklist.id if self.doc.checklist else None)
        )
        self.summaries = summaries
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for s in summaries:
            it = summary_item(s, ID_ROLE)
            self.list.addItem(it)
            if s.id == current:
                chosen = it
        self.list.blockSignals(False)
        if not summaries:
            self.doc.load(None)
            return
        if chosen is None:
            chosen = self.list.item(0)
        self.list.setCurrentItem(chosen)
        if self.doc.checklist is None or self.doc.checklist.id != chosen.data(ID_ROLE):
            self.open_checklist(chosen.data(ID_ROLE))

    def _list_selected(self, current: QListWidgetItem | None, _previous: Any) -> None:
        if current is not None:
            checklist_id = current.data(ID_ROLE)
            if self.doc.checklist is None or self.doc.checklist.id != checklist_id:
                self.open_checklist(checklist_id)

    def open_checklist(self, checklist_id: int) -> None:
        self.save_now()
        self.ctx.run(partial(job_load, checklist_id), self._opened)

    def _opened(self, checklist: Checklist) -> None:
        self.doc.load(checklist)
        self.checklist_opened.emit(checklist.id)

    def create(self, ref: str, title: str) -> None:
        self.save_now()
        self.ctx.run(partial(job_create, ref, title), self._created)

    def make_from(self, ref: str) -> None:
        """ "Make a checklist" on a pathway or the aid: save a new one and show it here."""
        self.create(ref, "")
        self.ctx.open_ref.emit("place:checklists")

    def _created(self, checklist: Checklist) -> None:
        self.doc.load(checklist)
        self.ctx.show_status(f"Saved a new checklist: {checklist.title}.")
        self.ctx.user_data_changed.emit("checklists")
        self.reload(checklist.id)
        self.checklist_opened.emit(checklist.id)

    def duplicate_current(self) -> None:
        if self.doc.checklist is not None:
            self.save_now()
            self.ctx.run(partial(job_duplicate, self.doc.checklist.id), self._created)

    def delete_current(self) -> None:
        if self.doc.checklist is None:
            return
        self._save_timer.stop()
        self._dirty = False
        holder: dict = {}
        self._delete_holders.append(holder)
        title = self.doc.checklist.title
        self.doc.load(None)
        self.ctx.run(partial(job_delete, self._current_list_id(), holder), lambda _id: self._deleted(title))

    def _current_list_id(self) -> int:
        current = self.list.currentItem()
        return current.data(ID_ROLE) if current else -1

    def _deleted(self, title: str) -> None:
        self.ctx.show_status(f"Deleted “{title}”. Undo delete brings it back.")
        self.undo_delete_button.setVisible(True)
        self.ctx.user_data_changed.emit("checklists")
        self.reload()

    def undo_delete(self) -> None:
        if not self._delete_holders:
            return
        holder = self._delete_holders.pop()
        self.undo_delete_button.setVisible(bool(self._delete_holders))
        self.ctx.run(partial(job_restore, holder), self._restored)

    def _restored(self, checklist: Checklist | None) -> None:
        if checklist is None:
            return
        self.ctx.show_status(f"Restored “{checklist.title}”.")
        self.ctx.user_data_changed.emit("checklists")
        self.doc.load(checklist)
        self.reload(checklist.id)

    def _user_data_changed(self, what: str) -> None:
        if what == "contacts":
            self._schedule_preview()

    # --- saving -------------------------------------------------------------------------------

    def _schedule_save(self) -> None:
        self._dirty = True
        self._save_timer.start()

    def save_now(self) -> None:
        """Save pending edits now (the timer, or the user leaving the screen or the checklist)."""
        self._save_timer.stop()
        if not self._dirty or self.doc.checklist is None:
            return
        self._dirty = False
        self.ctx.run(partial(job_save, self.doc.checklist.copy()), self._saved)

    def _saved(self, checklist: Checklist) -> None:
        for n in range(self.list.count()):
            it = self.list.item(n)
            if it.data(ID_ROLE) == checklist.id:
                it.setText(f"{checklist.title}\n{checklist.checklist_type} · {checklist.item_count()} items")
                it.setToolTip(checklist.title)
        self.ctx.user_data_changed.emit("checklists")

    def flush(self) -> None:
        self.save_now()

    # --- showing the open checklist -------------------------------------------------------------

    def _doc_loaded(self) -> None:
        self._just_loaded = True
        has = self.doc.checklist is not None
        self.editor.setEnabled(has)
        for b in (self.duplicate_button, self.delete_button, self.export_button, self.print_button):
            b.setEnabled(has)
        self._select_key = (
            ("item", 0, 0)
            if has and self.doc.checklist.item_count()
            else (("pp", 0) if has and self.doc.checklist.pause_points else None)
        )
        if not has:
            self.preview.clear()
            self.preview.setText("Make or choose a checklist.")
        elif self.preview.pixmap().isNull():
            self.preview.setText("Preparing a preview of the first page…")

    def _doc_changed(self) -> None:
        c = self.doc.checklist
        self._loading_fields = True
        try:
            for edit, value in (
                (self.title_edit, c.title if c else ""),
                (self.purpose_edit, c.purpose if c else ""),
                (self.case_edit, c.case_reference_label if c else ""),
            ):
                if edit.text() != value:
                    edit.setText(value)
                    if not edit.hasFocus():
                        edit.setCursorPosition(0)  # show a long objective from its start
            if c:
                self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(c.checklist_type)))
                self.type_help.setText(f"{c.checklist_type}: {TYPE_HELP.get(c.checklist_type, '')}")
            self._fill_tree()
            self._fill_roles()
        finally:
            self._loading_fields = False
        if self._just_loaded:
            self._just_loaded = False
        elif c is not None:  # every edit, undo and redo is saved a moment later
            self._schedule_save()
        self._schedule_preview()

    def _fill_tree(self) -> None:
        tree = self.tree
        tree.blockSignals(True)
        tree.clear()
        c = self.doc.checklist
        select = None
        if c is not None:
            numbers = item_numbers(c)
            for p, pp in enumerate(c.pause_points):
                top = QTreeWidgetItem([pp.title + (f"  ·  when: {pp.when}" if pp.when else "")])
                top.setData(0, ROW_ROLE, ("pp", p))
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setFlags(top.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
                tree.addTopLevelItem(top)
                if self._select_key == ("pp", p):
                    select = top
                for i, (item, number) in enumerate(zip(pp.items, numbers[p], strict=True)):
                    mark = "◇" if item.is_decision else "☐"
                    child = QTreeWidgetItem([f"{mark} {number}. {item.text}"])
                    child.setData(0, ROW_ROLE, ("item", p, i))
                    child.setToolTip(0, item.note or item.citation)
                    child.setFlags(
                        (child.flags() | Qt.ItemFlag.ItemIsDragEnabled) & ~Qt.ItemFlag.ItemIsDropEnabled
                    )
                    top.addChild(child)
                    if self._select_key == ("item", p, i):
                        select = child
                top.setExpanded(True)
        tree.blockSignals(False)
        if select is not None:
            tree.setCurrentItem(select)
        self._row_selected(tree.currentItem(), None)

    def _fill_roles(self) -> None:
        self.roles_list.blockSignals(True)
        self.roles_list.clear()
        chosen = self.doc.checklist.contact_roles if self.doc.checklist else []
        known = dict(self.catalogue.roles) if self.catalogue else {}
        for role_id in [*chosen, *[r for r in known if r not in chosen]]:
            it = QListWidgetItem(known.get(role_id, role_id))
            it.setData(ID_ROLE, role_id)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if role_id in chosen else Qt.CheckState.Unchecked)
            self.roles_list.addItem(it)
        self.roles_list.blockSignals(False)

    def _row_selected(self, current: QTreeWidgetItem | None, _previous: Any) -> None:
        key = current.data(0, ROW_ROLE) if current else None
        self._select_key = key
        c = self.doc.checklist
        self._loading_fields = True
        try:
            if key is None or c is None:
                self.text_edit.setText("")
                self.note_edit.setText("")
                self.source_label.setText("")
            elif key[0] == "pp":
                pp = c.pause_points[key[1]]
                self.text_label.setText("Pause point &name:")
                self.note_label.setText("&When it is run:")
                self.text_edit.setText(pp.title)
                self.note_edit.setText(pp.when)
                self.source_label.setText("A named moment the list is run, with its own items.")
            else:
                item = c.pause_points[key[1]].items[key[2]]
                self.text_label.setText("&Action:")
                self.note_label.setText("&Why (small type):")
                self.text_edit.setText(item.text)
                self.note_edit.setText(item.note)
                if item.official:
                    source = f"Official text, printed word for word — {item.citation}"
                elif item.citation:
                    source = item.citation
                else:
                    source = labels.GUIDANCE
                self.source_label.setText(source)
        finally:
            self._loading_fields = False
        for b in (self.remove_button, self.up_button, self.down_button):
            b.setEnabled(key is not None)

    # --- editing --------------------------------------------------------------------------------

    def _set_field(self, name: str, value: str) -> None:
        if self._loading_fields or self.doc.checklist is None:
            return
        if getattr(self.doc.checklist, name) == value:
            return
        labels = {
            "title": "Edit title",
            "checklist_type": "Change type",
            "purpose": "Edit objective",
            "case_reference_label": "Edit case field",
        }
        self.doc.edit(labels[name], lambda c: setattr(c, name, value), merge_key=f"field:{name}")

    def _commit_text(self) -> None:
        key = self._select_key
        c = self.doc.checklist
        if self._loading_fields or key is None or c is None:
            return
        text, note = self.text_edit.text().strip(), self.note_edit.text().strip()
        if key[0] == "pp":
            pp = c.pause_points[key[1]]
            if (text or pp.title) == pp.title and note == pp.when:
                return
            p = key[1]

            def rename(ch: Checklist) -> None:
                ch.pause_points[p].title = text or ch.pause_points[p].title
                ch.pause_points[p].when = note

            self.doc.edit("Edit pause point", rename)
            return
        _, p, i = key
        item = c.pause_points[p].items[i]
        if (text or item.text) == item.text and note == item.note:
            return
        from bali_desktop.domain.checklist import edited_item

        new = edited_item(item, text=text or item.text, note=note)
        self.doc.edit("Edit item", lambda ch: ch.replace_item(p, i, new))

    def add_item(self, item: ChecklistItem | None = None) -> None:
        c = self.doc.checklist
        if c is None:
            return
        new = item if isinstance(item, ChecklistItem) else ChecklistItem("New item: start with a verb")
        key = self._select_key
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
                ch.pause_points.append(PausePoint("Items"))
            ch.insert_item(p, i, new)

        self._select_key = ("item", p, i)
        self.doc.edit("Add item", add)
        if not isinstance(item, ChecklistItem):
            self.text_edit.setFocus()
            self.text_edit.selectAll()

    def add_pause_point(self) -> None:
        c = self.doc.checklist
        if c is None:
            return
        key = self._select_key
        p = (key[1] + 1) if key else len(c.pause_points)
        self._select_key = ("pp", p)
        self.doc.edit(
            "Add pause point", lambda ch: ch.insert_pause_point(p, PausePoint("New pause point", "when …"))
        )
        self.text_edit.setFocus()
        self.text_edit.selectAll()

    def remove_selected(self) -> None:
        key = self._select_key
        if key is None or self.doc.checklist is None:
            return
        if key[0] == "pp":
            self._select_key = ("pp", max(0, key[1] - 1))
            self.doc.edit("Remove pause point", lambda ch: ch.remove_pause_point(key[1]))
        else:
            self._select_key = ("item", key[1], key[2] - 1) if key[2] else ("pp", key[1])
            self.doc.edit("Remove item", lambda ch: ch.remove_item(key[1], key[2]))

    def move_selected(self, step: int) -> None:
        key = self._select_key
        c = self.doc.checklist
        if key is None or c is None:
            return
        probe = c.copy()
        new_key = stepped(probe, key, step)
        if new_key is None:
            return
        self._select_key = new_key
        self.doc.edit("Move up" if step < 0 else "Move down", lambda ch: stepped(ch, key, step))
        self.tree.setFocus()

    def _drop_move(self, source: tuple, target_and_where: tuple) -> None:
        target, where = target_and_where
        if source is None or target is None:
            return
        self.doc.edit("Move", lambda ch: moved(ch, source, target, where))

    def _role_toggled(self, it: QListWidgetItem) -> None:
        if self.doc.checklist is None:
            return
        roles = [
            self.roles_list.item(n).data(ID_ROLE)
            for n in range(self.roles_list.count())
            if self.roles_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        self.doc.edit("Change contacts box", lambda ch: setattr(ch, "contact_roles", roles))

    def add_ref(self, ref: str) -> None:
        """Add a content item (a search result, an official line, a role) to the open checklist."""
        if self.doc.checklist is None:
            self.ctx.show_status("Open or make a checklist first.")
            return
        self.ctx.run(partial(job_item_for, ref), self._item_ready)

    def _item_ready(self, result: tuple[ChecklistItem, str | None]) -> None:
        item, role = result
        self.add_item(item)
        if role and self.doc.checklist and role not in self.doc.checklist.contact_roles:
            self.doc.edit("Add to contacts box", lambda ch: ch.contact_roles.append(role))
        self.ctx.show_status("Added to the checklist.")

    # --- "Add to checklist…" from anywhere in the window ---------------------------------------

    def ask_where_to_add(self, ref: str) -> None:
        """Ask which saved checklist gets the item `ref` (or a new one), then add it and save.

        The saved checklists are listed fresh from the database (after any pending edit here is
        saved), so the question is right even when this screen has never been shown."""
        self.save_now()
        self.ctx.run(partial(job_add_question, ref), partial(self._ask_where, ref))

    def _ask_where(self, ref: str, question: tuple[str, list[ChecklistSummary]]) -> None:
        item_title, summaries = question
        if self.add_dialog is not None:
            self.add_dialog.reject()
        current = self.doc.checklist.id if self.doc.checklist else None
        dialog = ChooseChecklistDialog(item_title, summaries, current, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(partial(self._add_to, ref))
        dialog.finished.connect(partial(self._add_dialog_closed, dialog))
        self.add_dialog = dialog
        dialog.open()

    def _add_dialog_closed(self, dialog: ChooseChecklistDialog, _result: int) -> None:
        if self.add_dialog is dialog:
            self.add_dialog = None

    def _add_to(self, ref: str, checklist_id: int, title: str) -> None:
        if checklist_id == NEW_CHECKLIST:
            self.save_now()
            self.ctx.run(partial(job_create_with_item, ref, title), self._created_with_item)
        elif self.doc.checklist is not None and self.doc.checklist.id == checklist_id:
            self.ctx.run(partial(job_item_for, ref), partial(self._add_at_end, ref, checklist_id))
        else:
            self.save_now()
            self.ctx.run(partial(job_load_with_item, checklist_id, ref), partial(self._loaded_with_item, ref))

    def _created_with_item(self, checklist: Checklist) -> None:
        self._created(checklist)
        self.ctx.show_status(
            f"Added to a new checklist, “{checklist.title}” (saved). "
            f"Checklists ({place_keys('checklists')}) shows it."
        )

    def _loaded_with_item(self, ref: str, result: tuple[Checklist, tuple[ChecklistItem, str | None]]) -> None:
        checklist, item = result
        self.save_now()  # an edit made while the checklist was loading
        self._opened(checklist)
        self._select_in_list(checklist.id)
        self._add_at_end(ref, checklist.id, item)

    def _add_at_end(self, ref: str, checklist_id: int, result: tuple[ChecklistItem, str | None]) -> None:
        """Append the item to the open checklist as one undoable edit, and save at once."""
        c = self.doc.checklist
        if c is None or c.id != checklist_id:  # another checklist was opened meanwhile
            self.save_now()
            self.ctx.run(partial(job_load_with_item, checklist_id, ref), partial(self._loaded_with_item, ref))
            return
        self._select_key = None  # at the end of the last pause point
        self._item_ready(result)
        self.save_now()
        text = result[0].text if len(result[0].text) <= 60 else result[0].text[:57].rstrip() + "…"
        self.ctx.show_status(
            f"Added “{text}” to “{c.title}” (saved). Checklists ({place_keys('checklists')}) shows it."
        )

    def _select_in_list(self, checklist_id: int) -> None:
        for n in range(self.list.count()):
            if self.list.item(n).data(ID_ROLE) == checklist_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(n)
                self.list.blockSignals(False)
                return

    def add_from_library(self) -> None:
        dialog = AddFromLibraryDialog(self.ctx, self)
        dialog.chosen.connect(self.add_ref)
        dialog.open()

    # --- output: preview, export, print, open ------------------------------------------------------

    def request(self) -> PdfRequest | None:
        if self.doc.checklist is None:
            return None
        return PdfRequest(
            checklist=self.doc.checklist.copy(),
            paper=self.paper.currentData(),
            large_print=self.large_print.isChecked(),
        )

    def _schedule_preview(self) -> None:
        if self.doc.checklist is not None:
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        request = self.request()
        if request is None:
            return
        if not can_render():
            self.preview.setText("A preview needs poppler's pdftoppm. Export the PDF and open it instead.")
            return
        self._preview_token += 1
        self.ctx.run(
            partial(build_pdf, request),
            partial(self._preview_built, self._preview_token),
            self._output_failed,
        )

    def _preview_built(self, token: int, built: BuiltPdf) -> None:
        if token != self._preview_token:
            return  # a newer edit already asked for another preview
        self.background.run(
            partial(render_pages, built.data, PREVIEW_DPI, 1, 1),
            partial(self._preview_rendered, token),
            self._output_failed,
        )

    def _preview_rendered(self, token: int, images: list) -> None:
        if token != self._preview_token or not images:
            return
        pix = QPixmap.fromImage(images[0])
        room = self.preview.size().shrunkBy(QMargins(4, 4, 4, 4))
        self.preview.setPixmap(
            pix.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        self.preview.setToolTip("First page, as it will print")

    def export_dialog(self) -> None:
        if self.doc.checklist is None:
            return
        suggested = self.export_dir / (_file_name(self.doc.checklist.title) + ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, "Export checklist as PDF", str(suggested), "PDF (*.pdf)")
        if path:
            self.export_to(path)

    def export_to(self, path: str, request: PdfRequest | None = None) -> None:
        """Build and write the PDF on the worker; `exported` fires when the file is there."""
        request = request or self.request()
        if request is None:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if request.refs:
            self._show_progress("Building the handout pack…")
        self.ctx.show_status("Exporting the PDF…")
        self.ctx.run(partial(export_pdf, request, path), self._exported, self._output_failed)

    def _exported(self, built: BuiltPdf) -> None:
        self._hide_progress()
        self.last_export = built.path
        self.export_dir = built.path.parent
        self.open_button.setEnabled(True)
        noun = "handout pack" if built.kind == "handout" else "checklist"
        self.ctx.show_status(
            f"Saved the {noun} ({built.pages} pages) to {built.path}."
            + (FONT_WARNING_STATUS if built.warnings else "")
        )
        self.show_font_warnings(built.warnings, f"Saved {built.path.name}.")
        self.exported.emit(str(built.path))

    def show_font_warnings(self, warnings: tuple[str, ...], done: str) -> None:
        """Tell the user, as the command line does, about characters no PDF font can print: in a
        message box that does not block (the file is written, the window stays usable)."""
        if not warnings:
            return
        text = f"{done} Some of the text will not print as written."
        detail = "\n\n".join(warnings)
        box = self.font_warning_box
        if box is None:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                "Characters the PDF cannot print",
                text,
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setAccessibleName("Characters the PDF cannot print")
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.finished.connect(self._font_warning_closed)
            self.font_warning_box = box
        box.setText(text)
        box.setInformativeText(detail)
        box.show()
        box.raise_()

    def _font_warning_closed(self, _result: int) -> None:
        if self.font_warning_box is not None:
            self.font_warning_box.deleteLater()
            self.font_warning_box = None

    def _output_failed(self, error: BaseException) -> None:
        self._hide_progress()
        self.ctx.report_error(error)

    def open_export(self) -> None:
        if self.last_export and self.last_export.exists():
            if not open_with_system_viewer(self.last_export):
                self.ctx.show_status(f"No PDF viewer could open {self.last_export}.")

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        request = self.request()
        if request is None:
            return
        if not can_render():
            self.ctx.show_status(
                "Printing needs poppler's pdftoppm here: export the PDF and print it from your PDF viewer."
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print checklist")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, request)

    def print_to(self, printer: Any, request: PdfRequest | None = None) -> None:
        """Build the PDF on the worker, render its pages on a pool thread, then print them."""
        request = request or self.request()
        if request is None:
            return
        self._printer = printer  # kept alive until the pages are painted
        dpi = max(150, min(300, printer.resolution()))
        self.ctx.show_status("Preparing the pages for the printer…")
        self.ctx.run(partial(build_pdf, request), partial(self._print_built, dpi), self._output_failed)

    def _print_built(self, dpi: int, built: BuiltPdf) -> None:
        self._print_warnings = built.warnings  # told once the pages are printed
        self.background.run(partial(render_pages, built.data, dpi), self._print_rendered, self._output_failed)

    def _print_rendered(self, images: list) -> None:
        warnings, self._print_warnings = self._print_warnings, ()
        try:
            print_images(self._printer, images)
        except Exception as e:  # noqa: BLE001 - a printer problem is told, not raised
            self.ctx.report_error(e)
            return
        self.ctx.show_status(
            f"Sent {len(images)} pages to the printer." + (FONT_WARNING_STATUS if warnings else "")
        )
        self.show_font_warnings(warnings, "Sent the pages to the printer.")

    def handout_pack(self) -> None:
        if self.catalogue is None:
            return
        dialog = HandoutDialog(self.catalogue, self.summaries, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.refs():
            return
        request = PdfRequest(
            refs=tuple(dialog.refs()),
            paper=self.paper.currentData(),
            large_print=self.large_print.isChecked(),
            title=dialog.title.text().strip(),
            workshop=dialog.workshop.text().strip(),
            date=dialog.date.text().strip(),
        )
        suggested = self.export_dir / (_file_name(request.title or "handout-pack") + ".pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, "Export handout pack as PDF", str(suggested), "PDF (*.pdf)"
        )
        if path:
            self.export_to(path, request)

    def _show_progress(self, text: str) -> None:
        self._progress = QProgressDialog(text, "", 0, 0, self)
        self._progress.setCancelButton(None)
        self._progress.setWindowTitle("Handout pack")
        self._progress.setMinimumDuration(300)
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setValue(0)

    def _hide_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    # --- the screen protocol used by the main window ----------------------------------------------

    def show_location(self, _loc: Location) -> None:
        if self.ctx.ready and not self.summaries and self.list.count() == 0:
            self.reload()

    def focus_target(self) -> QWidget:
        return self.tree if self.doc.checklist is not None else self.list


def item_numbers(checklist: Checklist) -> list[list[int]]:
    """Each pause point's item numbers, in item order, as printed (`Checklist.numbers`): one
    number per step, running through every pause point, a pathway step's decision sharing its
    step's number. Counted by position, through `PausePoint.steps`, so that two items with the
    same uid (should any ever be) still get their own numbers."""
    out: list[list[int]] = []
    number = 0
    for pp in checklist.pause_points:
        row: list[int] = []
        for step in pp.steps():
            number += 1
            row.append(number)
            if step.decision is not None:
                row.append(number)
        out.append(row)
    return out


def _file_name(title: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.lower().split())[:60] or "checklist"
