""" "Add to checklist…" from anywhere in the window: ask which saved checklist gets an item (or a
new one), then add the item at its end, with its source, as one undoable edit, and save at once.

The saved checklists are listed fresh from the database (after any pending edit is saved), so
the question is right even when the Checklists screen has never been shown."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt

from bali_desktop.domain.locations import place_keys
from bali_desktop.gui.checklists.dialogs import NEW_CHECKLIST, ChooseChecklistDialog
from bali_desktop.gui.context import job
from bali_desktop.services import checklists as service

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bali_desktop.domain.checklist import Checklist
    from bali_desktop.gui.checklists.document import ChecklistDocument
    from bali_desktop.gui.checklists.editor import ItemForRef
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.checklists import ChecklistSummary


class Host(Protocol):
    """What the flow needs of the Checklists screen."""

    @property
    def doc(self) -> ChecklistDocument: ...

    @property
    def open_id(self) -> int | None: ...

    def save_now(self) -> None: ...

    def show_opened(self, checklist: Checklist) -> None:
        """Open a checklist loaded here in the editor, and make it the open one in the list."""

    def show_created(self, checklist: Checklist) -> None:
        """As `show_opened`, for a checklist just made (and say so)."""

    def append_item(self, item: ItemForRef) -> None:
        """Add the item at the end of the open checklist, as one undoable edit."""

    def window(self) -> QWidget: ...


class AddToChecklist(QObject):
    """The flow; `dialog` is the question while it is open."""

    def __init__(self, ctx: AppContext, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.host = host
        self.dialog: ChooseChecklistDialog | None = None

    def ask_where_to_add(self, ref: str) -> None:
        """Ask which saved checklist gets the item `ref` (or a new one), then add it and save."""
        self.host.save_now()
        self.ctx.call(job(service.add_question, ref), partial(self._ask_where, ref))

    def _ask_where(self, ref: str, question: tuple[str, list[ChecklistSummary]]) -> None:
        item_title, summaries = question
        if self.dialog is not None:
            self.dialog.reject()
        dialog = ChooseChecklistDialog(item_title, summaries, self.host.open_id, self.host.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(partial(self._add_to, ref))
        dialog.finished.connect(partial(self._dialog_closed, dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: ChooseChecklistDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _add_to(self, ref: str, checklist_id: int, title: str) -> None:
        doc = self.host.doc
        if checklist_id == NEW_CHECKLIST:
            self.host.save_now()
            self.ctx.call(job(service.create_with_item, ref, title), self._created_with_item)
        elif doc.checklist is not None and doc.checklist.id == checklist_id:
            self.ctx.call(job(service.item_for, ref), partial(self._add_at_end, ref, checklist_id))
        else:
            self._load_with_item(ref, checklist_id)

    def _load_with_item(self, ref: str, checklist_id: int) -> None:
        self.host.save_now()
        self.ctx.call(job(service.load_with_item, checklist_id, ref), partial(self._loaded_with_item, ref))

    def _created_with_item(self, checklist: Checklist) -> None:
        self.host.show_created(checklist)
        self.ctx.show_status(
            translate(
                "checklists.add_to_checklist",
                "Added to a new checklist, “{title}” (saved). Checklists ({keys}) shows it.",
            ).format(title=checklist.title, keys=place_keys("checklists"))
        )

    def _loaded_with_item(self, ref: str, result: tuple[Checklist, ItemForRef]) -> None:
        checklist, item = result
        self.host.show_opened(checklist)  # saves an edit made while the checklist was loading
        self._add_at_end(ref, checklist.id, item)

    def _add_at_end(self, ref: str, checklist_id: int | None, result: ItemForRef) -> None:
        """Append the item to the open checklist as one undoable edit, and save at once."""
        c = self.host.doc.checklist
        if c is None or checklist_id is None or c.id != checklist_id:  # another one was opened meanwhile
            if checklist_id is not None:
                self._load_with_item(ref, checklist_id)
            return
        self.host.append_item(result)
        self.host.save_now()
        words = result.item.text
        text = words if len(words) <= 60 else words[:57].rstrip() + "…"
        self.ctx.show_status(
            translate(
                "checklists.add_to_checklist",
                "Added “{text}” to “{title}” (saved). Checklists ({keys}) shows it.",
            ).format(text=text, title=c.title, keys=place_keys("checklists"))
        )
