"""The checklist being edited, with its undo stack: every change is a QUndoCommand.

Each command keeps a copy of the checklist before and after the change (a checklist is a few
dozen items, so copies are cheap), which keeps every edit — move, rename, delete a pause point —
exactly undoable without a command class per operation.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bali_desktop.domain.checklist import Checklist

Mutation = Callable[[Checklist], object]  # what it returns is not used


class ChecklistDocument(QObject):
    """Holds the open checklist; `changed` fires after every edit, undo and redo, and after a
    load; `edited` only after an edit, undo or redo (what must be saved)."""

    changed = Signal()
    loaded = Signal()  # another checklist was opened (or none)
    edited = Signal()  # the open checklist was changed by an edit, an undo or a redo

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checklist: Checklist | None = None
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)

    def load(self, checklist: Checklist | None) -> None:
        """Open another checklist: its history starts empty."""
        self.stack.clear()
        self.checklist = checklist.copy() if checklist else None
        self.stack.setClean()
        self.loaded.emit()
        self.changed.emit()

    def edit(self, text: str, mutate: Mutation, merge_key: str | None = None) -> None:
        """Apply `mutate` as one undoable step named `text` ("Move item", "Rename pause point").
        Consecutive edits with the same `merge_key` (typing a title) undo as one."""
        if self.checklist is None:
            return
        self.stack.push(_Snapshot(self, text, mutate, merge_key))

    def _restore(self, checklist: Checklist) -> None:
        self.checklist = checklist.copy()
        self.changed.emit()
        self.edited.emit()


class _Snapshot(QUndoCommand):
    def __init__(self, doc: ChecklistDocument, text: str, mutate: Mutation, merge_key: str | None) -> None:
        super().__init__(text)
        self._doc = doc
        self._mutate = mutate
        self._merge_key = merge_key
        assert doc.checklist is not None  # `edit` makes no command without a checklist
        self._before = doc.checklist.copy()
        self._after: Checklist | None = None

    def id(self) -> int:  # noqa: A003 - Qt's name
        return zlib.crc32(self._merge_key.encode()) & 0x7FFFFFFF if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, _Snapshot) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        if self._after is None:  # first time: make the change, remember the result
            working = self._before.copy()
            self._mutate(working)
            self._after = working
        self._doc._restore(self._after)

    def undo(self) -> None:
        self._doc._restore(self._before)
