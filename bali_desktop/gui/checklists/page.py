"""Checklists screen: saved checklists on the left, the editor on the right; export, print, preview.

This module puts the parts together and runs the saved checklists' lifecycle (open, make,
duplicate, delete and undo delete, save); each part lives in its own module:
- `list_panel.ListPanel`: the saved checklists, and the one owner of "the open checklist";
- `editor.Editor` (widgets in `editor_view.EditorView`): edits through `document.ChecklistDocument`;
- `output.Output`: the first-page preview, export, print, the handout pack;
- `add_to_checklist.AddToChecklist`: "Add to checklist…" from anywhere in the window.

Edits are saved a moment after they are made, and at once when the user leaves the checklist or
the screen (`flush`). Database jobs run on the worker in order, so a save queued before a load or
a delete is done before it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from bali_desktop.gui.checklists.add_to_checklist import AddToChecklist
from bali_desktop.gui.checklists.document import ChecklistDocument
from bali_desktop.gui.checklists.editor import Editor, ItemForRef
from bali_desktop.gui.checklists.list_panel import ListPanel
from bali_desktop.gui.checklists.output import Output
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import heading, rescale_fonts
from bali_desktop.services import checklists as service

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QResizeEvent
    from PySide6.QtWidgets import QMessageBox

    from bali_desktop.domain.checklist import Checklist, ChecklistItem
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.checklists.dialogs import ChooseChecklistDialog
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.pdf_tasks import PdfRequest
    from bali_desktop.services.checklists import ChecklistSummary

SAVE_DELAY_MS = 600


class ChecklistsPage(QWidget, ScreenMixin):
    """The Checklists screen (a `Screen` of the window)."""

    checklist_opened = Signal(int)  # id
    exported = Signal(str)  # path of the PDF written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("checklists.page", "Checklists"))
        self.doc = ChecklistDocument(self)
        self.catalogue: service.Catalogue | None = None
        self._deleted_ones: list[Checklist] = []  # for Undo delete, the last deleted at the end
        self._dirty = False
        from bali_desktop.gui.pending_saves import PendingSaves

        self.pending = PendingSaves(
            ctx, translate("checklists.page", "Your checklist"), self
        )  # kept until the save succeeded
        self.pending.on_saved = self._saved_one
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.list_panel = ListPanel()
        self.output = Output(ctx, self.doc, self)
        self.editor = Editor(ctx, self.doc, self)
        self.adder = AddToChecklist(ctx, self, self)
        self._name_the_parts()
        self.list_panel.add_below(self.output.box, 1)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal)  # one above the other when narrow
        # the list and its print box scroll too: large text in a small window never squeezes them
        list_scroll = self.list_scroll = QScrollArea()
        list_scroll.setWidget(self.list_panel)
        list_scroll.setWidgetResizable(True)
        list_scroll.setFrameShape(QFrame.Shape.NoFrame)
        list_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        splitter.addWidget(list_scroll)
        # the editor scrolls rather than squeezes: a small screen, or very large text
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidget(self.editor.view)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setAccessibleName(translate("checklists.page", "Checklist editor"))
        splitter.addWidget(self.editor_scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 700])
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.addWidget(heading(ctx, translate("checklists.page", "Checklists"), 1.4))
        outer.addWidget(splitter, 1)

        lp = self.list_panel
        lp.chosen.connect(self._chosen)
        lp.create_requested.connect(self.new_checklist)
        lp.duplicate_button.clicked.connect(self.duplicate_current)
        lp.delete_button.clicked.connect(self.delete_current)
        lp.undo_delete_button.clicked.connect(self.undo_delete)
        lp.pack_button.clicked.connect(self.handout_pack)
        self.output.exported.connect(self.exported)
        self.doc.edited.connect(self._schedule_save)  # every edit, undo and redo
        ctx.make_checklist_requested.connect(self.make_from)
        ctx.add_to_checklist_requested.connect(self.ask_where_to_add)
        ctx.library_opened.connect(self._library_opened)
        ctx.user_data_changed.connect(self.user_data_changed)
        ctx.text_size_changed.connect(self._text_size_changed)
        if ctx.ready:
            self.reload()
        self.doc.load(None)  # nothing open yet: the editor and the outputs say so

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Side by side while both panes get about 30 characters, else the editor under the list."""
        super().resizeEvent(event)
        wide = self.width() >= 2 * 30 * self.fontMetrics().averageCharWidth() + 60
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            self._share()
        elif not wide and event.oldSize().height() != event.size().height():
            self._share()  # stacked, the editor keeps two thirds (the toolbar came onto two rows)
        bar = self.list_scroll.verticalScrollBar().sizeHint().width()
        self.list_scroll.setMinimumWidth(self.list_panel.minimumSizeHint().width() + bar if wide else 0)

    def _share(self) -> None:
        """The editor gets the room: a third for the list above it, or the list's width beside it."""
        vertical = self.splitter.orientation() == Qt.Orientation.Vertical
        total = self.splitter.height() if vertical else self.splitter.width()
        first = total // 3 if vertical else max(270, self.list_scroll.minimumWidth())
        self.splitter.setSizes([first, max(1, total - first)])

    def _name_the_parts(self) -> None:
        """The parts' widgets under the names the window and the tests use."""
        self.list = self.list_panel.list
        self.delete_button = self.list_panel.delete_button
        self.undo_delete_button = self.list_panel.undo_delete_button
        v = self.editor.view
        self.tree, self.title_edit, self.text_edit, self.note_edit = (
            v.tree,
            v.title_edit,
            v.text_edit,
            v.note_edit,
        )
        self.undo_action, self.redo_action = self.editor.undo_action, self.editor.redo_action
        b = self.output.box
        self.preview, self.paper, self.open_button = b.preview, b.paper, b.open_button

    # --- the list of saved checklists ---------------------------------------------------------

    @property
    def open_id(self) -> int | None:
        """The checklist chosen in the list: what Delete, Duplicate and their messages act on."""
        return self.list_panel.open_id

    def reload(self, select_id: int | None = None) -> None:
        if self.catalogue is None:
            self.ctx.call(service.catalogue, self._catalogue_loaded)
        self.ctx.call(service.saved, partial(self._list_loaded, select_id))

    def _catalogue_loaded(self, catalogue: service.Catalogue) -> None:
        self.catalogue = catalogue
        self.list_panel.set_templates(catalogue)
        self.editor.set_roles(catalogue.roles)

    def _list_loaded(self, select_id: int | None, summaries: list[ChecklistSummary]) -> None:
        wanted = select_id if select_id is not None else self.open_id
        open_id = self.list_panel.show_summaries(summaries, wanted)
        if open_id is None:
            self.doc.load(None)
        elif self.doc.checklist is None or self.doc.checklist.id != open_id:
            self.open_checklist(open_id)

    def _chosen(self, checklist_id: int) -> None:
        if self.doc.checklist is None or self.doc.checklist.id != checklist_id:
            self.open_checklist(checklist_id)

    def open_checklist(self, checklist_id: int) -> None:
        self.save_now()
        self.ctx.call(job(service.load, checklist_id), self._opened)

    def _opened(self, checklist: Checklist) -> None:
        if checklist.id != self.open_id:
            return  # another checklist was chosen (or this one deleted) while it loaded
        unsaved = self.pending.value(checklist.id)  # a save of it failed: the user's edits
        self._show(checklist if unsaved is None else unsaved.copy())
        self.checklist_opened.emit(checklist.id)

    def _show(self, checklist: Checklist) -> None:
        """Open `checklist` in the editor, and make it the list's open one."""
        self.save_now()  # an edit made to the one shown until now
        self.list_panel.put(checklist)
        self.doc.load(checklist)

    def show_opened(self, checklist: Checklist) -> None:
        """Open a checklist just loaded for "Add to checklist…"."""
        self._show(checklist)
        if checklist.id is not None:
            self.checklist_opened.emit(checklist.id)

    def new_checklist(self, ref: str, title: str) -> None:
        """Make and save a checklist: from the template or item `ref`, or an empty one titled
        `title` when `ref` is ""."""
        self.save_now()
        self.ctx.call(job(service.create, ref, title), self.show_created)

    def make_from(self, ref: str) -> None:
        """ "Make a checklist" on a pathway or the aid: save a new one and show it here."""
        self.new_checklist(ref, "")
        self.ctx.open_ref.emit("place:checklists")

    def show_created(self, checklist: Checklist) -> None:
        """A checklist just made (or duplicated) is saved: open it and say so."""
        self._show(checklist)
        self.ctx.show_status(
            translate("checklists.page", "Saved a new checklist: {title}.").format(title=checklist.title)
        )
        self.ctx.user_data_changed.emit(UserDataKind.CHECKLISTS.value)
        self.reload(checklist.id)
        if checklist.id is not None:
            self.checklist_opened.emit(checklist.id)

    def duplicate_current(self) -> None:
        checklist_id = self.open_id
        if checklist_id is not None:
            self.save_now()
            self.ctx.call(job(service.duplicate, checklist_id), self.show_created)

    def delete_current(self) -> None:
        """Delete the checklist chosen in the list; the job hands it back for Undo delete."""
        checklist_id = self.open_id
        if checklist_id is None:
            return
        if self.doc.checklist is not None and self.doc.checklist.id == checklist_id:
            self._save_timer.stop()  # its pending edits go with it
            self._dirty = False
            self.pending.drop(checklist_id)
        else:
            self.save_now()  # the editor still shows another one: keep its edits
        self.list_panel.forget(checklist_id)
        self.doc.load(None)
        self.ctx.call(job(service.delete, checklist_id), self._deleted)

    def _deleted(self, checklist: Checklist) -> None:
        self._deleted_ones.append(checklist)
        self.ctx.show_status(
            translate("checklists.page", "Deleted “{title}”. Undo delete brings it back.").format(
                title=checklist.title
            )
        )
        self.list_panel.undo_delete_button.setVisible(True)
        self.ctx.user_data_changed.emit(UserDataKind.CHECKLISTS.value)
        self.reload()

    def undo_delete(self) -> None:
        """Bring back the checklist deleted last, under its old id."""
        if not self._deleted_ones:
            return
        checklist = self._deleted_ones.pop()
        self.list_panel.undo_delete_button.setVisible(bool(self._deleted_ones))
        self.ctx.call(job(service.restore, checklist.copy()), self._restored)

    def _restored(self, checklist: Checklist) -> None:
        self.ctx.show_status(
            translate("checklists.page", "Restored “{title}”.").format(title=checklist.title)
        )
        self.ctx.user_data_changed.emit(UserDataKind.CHECKLISTS.value)
        self._show(checklist)
        self.reload(checklist.id)

    # --- saving -------------------------------------------------------------------------------

    def _schedule_save(self) -> None:
        self._dirty = True
        self._save_timer.start()
        self.pending.retry()  # a save that failed before is tried again with this edit

    @property
    def unsaved(self) -> bool:
        """Edits the database has not yet said it saved."""
        return self._dirty or self.pending.unsaved

    def save_now(self) -> None:
        """Save pending edits now (the timer, or the user leaving the screen or the checklist);
        send again any save that failed. The edits stay unsaved until the save succeeded."""
        self._save_timer.stop()
        if self._dirty and self.doc.checklist is not None:
            self._dirty = False
            self.pending.save(
                self.doc.checklist.id, self.doc.checklist.copy(), lambda c: job(service.save, c.copy())
            )
        self.pending.retry()

    def _saved_one(self, _key: object, checklist: Checklist) -> None:
        self._saved(checklist)

    def _saved(self, checklist: Checklist) -> None:
        self.list_panel.saved(checklist)
        self.ctx.user_data_changed.emit(UserDataKind.CHECKLISTS.value)

    # --- the parts' work, under the names the window and the tests use ---------------------------

    def add_item(self, item: ChecklistItem | None = None) -> None:
        self.editor.add_item(item)

    def add_ref(self, ref: str) -> None:
        self.editor.add_ref(ref)

    def append_item(self, item: ItemForRef) -> None:
        self.editor.append(item)

    def ask_where_to_add(self, ref: str) -> None:
        self.adder.ask_where_to_add(ref)

    @property
    def add_dialog(self) -> ChooseChecklistDialog | None:
        """The "Add to checklist…" question, while it is open."""
        return self.adder.dialog

    def refresh_preview(self) -> None:
        self.output.refresh_preview()

    def export_to(self, path: str, request: PdfRequest | None = None) -> None:
        self.output.export_to(path, request)

    def print_to(self, printer: Any, request: PdfRequest | None = None) -> None:
        self.output.print_to(printer, request)

    def handout_pack(self) -> None:
        self.output.handout_pack(self.catalogue, self.list_panel.summaries)

    @property
    def last_export(self) -> Path | None:
        return self.output.last_export

    @property
    def font_warning_box(self) -> QMessageBox | None:
        return self.output.font_warning_box

    # --- the screen, as the main window uses it -------------------------------------------------

    def show_location(self, _loc: Location) -> None:
        if self.ctx.ready and not self.list_panel.summaries and self.list.count() == 0:
            self.reload()

    def focus_target(self) -> QWidget:
        return self.tree if self.doc.checklist is not None else self.list

    def flush(self) -> None:
        self.save_now()

    def user_data_changed(self, what: str) -> None:
        if what == UserDataKind.CONTACTS:  # the contacts box prints them
            self.output.schedule_preview()

    def _library_opened(self, _version: str) -> None:
        self.reload()

    def _text_size_changed(self, _points: int) -> None:
        rescale_fonts(self, self.ctx)
