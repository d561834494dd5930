"""Saves the window has not seen succeed yet: a save is never dropped (issue 11, point 6).

A note, a checklist edit, a walk-through tick or a contact stays "unsaved" here until the
database thread says it was saved. A failed save (a full disk, a read-only file, a lock held
by another program) is kept and sent again with `retry()`: on the next edit, on leaving the
item and on closing the window. The user is told once, in words, while it keeps failing, and
told again when it is saved at last; closing the window with work still unsaved asks first
(gui/main_window.py). An error that refuses what was typed (a contact without an
organisation) is not a failed save: it is not kept or sent again, but handed to `on_refused`
(the editor says what to correct).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.session import Session

log = logging.getLogger(__name__)

Job = Callable[["Session"], Any]


@dataclass
class _Entry:
    value: Any
    make_job: Callable[[Any], Job]
    seq: int
    failed: bool = False


def failure_text(error: BaseException) -> str:
    """What went wrong, in one line and the user's words (never SQL or typed text)."""
    from bali_desktop.domain.errors import BaliError
    from bali_desktop.services.errors import explain

    said = explain(error)
    if isinstance(said, BaliError):
        from bali_desktop.gui.i18n import say_error  # in the window's language

        return say_error(said)
    log.error("a save failed", exc_info=(type(error), error, error.__traceback__))
    return translate("pending_saves", "Bali Desktop met an unexpected error ({error}).").format(
        error=type(error).__name__
    )


class PendingSaves(QObject):
    """The unsaved values of one editor, by key (a note's ref, a checklist's id)."""

    changed = Signal()  # a save failed, or succeeded after failing: the editor's mark changes

    def __init__(
        self, ctx: AppContext, what: str, parent: QObject | None = None, *, plural: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.what = what  # "Your note", "Your checklist", "Your walk-through ticks" (plural)
        self.plural = plural
        self.failure = ""  # why the last save failed; "" when none is failing
        self._entries: dict[Hashable, _Entry] = {}
        self._seq = 0
        self._told = False
        self.on_saved: Callable[[Hashable, Any], None] | None = None
        self.on_refused: Callable[[Hashable, BaseException], None] | None = None  # input refused

    @property
    def failing(self) -> bool:
        """A save failed and is not saved yet."""
        return any(e.failed for e in self._entries.values())

    def keys(self) -> list[Hashable]:
        """The keys with a value not saved yet, oldest first."""
        return list(self._entries)

    def has_failed(self, key: Hashable) -> bool:
        entry = self._entries.get(key)
        return entry is not None and entry.failed

    @property
    def unsaved(self) -> bool:
        return bool(self._entries)

    def value(self, key: Hashable) -> Any | None:
        """The unsaved value for `key` (None if everything for it is saved)."""
        entry = self._entries.get(key)
        return entry.value if entry is not None else None

    def save(self, key: Hashable, value: Any, make_job: Callable[[Any], Job]) -> None:
        """Save `value` (newer than any before it for `key`) with the job `make_job(value)`."""
        self._seq += 1
        self._entries[key] = _Entry(value, make_job, self._seq)
        self._send(key)

    def retry(self, *, skip: Hashable | None = None) -> None:
        """Send every failed save again (but `skip`'s: being edited, it goes with its next save)."""
        for key, entry in list(self._entries.items()):
            if entry.failed and key != skip:
                self._seq += 1
                entry.seq, entry.failed = self._seq, False
                self._send(key)

    def drop(self, key: Hashable) -> None:
        """Forget `key` (its checklist was deleted, its ticks wiped)."""
        self._entries.pop(key, None)
        if self.failure and not self.failing:
            self.failure, self._told = "", False
            self.changed.emit()

    def _send(self, key: Hashable) -> None:
        entry = self._entries[key]
        self.ctx.call(
            entry.make_job(entry.value),
            partial(self._done, key, entry.seq),
            partial(self._failed, key, entry.seq),
        )

    def _done(self, key: Hashable, seq: int, result: Any) -> None:
        entry = self._entries.get(key)
        if entry is not None and entry.seq == seq:
            del self._entries[key]
        if self.on_saved is not None:
            self.on_saved(key, result)
        if self.failure and not any(e.failed for e in self._entries.values()):
            self.failure, self._told = "", False
            saved = (
                translate("pending_saves", "{what} are saved now.")
                if self.plural
                else translate("pending_saves", "{what} is saved now.")
            )
            self.ctx.show_status(saved.format(what=self.what))
            self.changed.emit()

    def _failed(self, key: Hashable, seq: int, error: BaseException) -> None:
        entry = self._entries.get(key)
        if entry is None or entry.seq != seq:
            return  # a newer save of it is on its way
        from bali_desktop.domain.errors import UsageError

        if isinstance(error, UsageError) and self.on_refused is not None:
            del self._entries[key]  # what was typed is refused: to correct, not to send again
            self.on_refused(key, error)
            return
        entry.failed = True
        self.failure = failure_text(error)
        self.changed.emit()
        said = (
            translate(
                "pending_saves",
                "{what} could not be saved. {reason} They are kept in the window and "
                "saved again when you edit, move on or close.",
            )
            if self.plural
            else translate(
                "pending_saves",
                "{what} could not be saved. {reason} It is kept in the window and "
                "saved again when you edit, move on or close.",
            )
        ).format(what=self.what, reason=self.failure)
        not_yet = (
            translate("pending_saves", "{what} are not saved yet: {reason}")
            if self.plural
            else translate("pending_saves", "{what} is not saved yet: {reason}")
        )
        self.ctx.show_status(not_yet.format(what=self.what, reason=self.failure))
        if not self._told:
            self._told = True
            self.ctx.error_reported.emit(translate("pending_saves", "Not saved yet"), said)
