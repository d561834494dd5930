"""The one database thread: every Library and UserData call runs here, results return by signal.

SQLite connections must stay on one thread, and the GUI thread must never wait on a query,
so the window hands this worker small job functions and gets plain dataclasses back.
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from bali_desktop.storage.library import Library
    from bali_desktop.storage.user_store import UserData

log = logging.getLogger(__name__)

# A job runs on the database thread with the open library and the user's data; it must return
# plain data (dataclasses, str, lists) and never touch a widget.
Job = Callable[["Library", "UserData"], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Pending:
    on_done: Done | None
    on_error: Failed | None


class _DbThread(QThread):
    """Runs queued jobs one after another; opens the library first, closes it last."""

    def __init__(self, opener: Callable[[], tuple[Library, UserData]], deliver: Signal) -> None:
        super().__init__()
        self.setObjectName("bali-db")
        self._opener = opener
        self._deliver = deliver
        self.jobs: queue.SimpleQueue[tuple[int, Job] | None] = queue.SimpleQueue()

    def run(self) -> None:
        library: Library | None = None
        user: UserData | None = None
        open_error: BaseException | None = None
        try:
            library, user = self._opener()
        except BaseException as e:  # noqa: BLE001 - reported to the GUI, never lost
            open_error = e
        self._deliver.emit(0, library.content_version if library else None, open_error)
        while True:
            entry = self.jobs.get()
            if entry is None:
                break
            job_id, job = entry
            if open_error is not None:
                self._deliver.emit(job_id, None, open_error)
                continue
            try:
                result = job(library, user)
            except BaseException as e:  # noqa: BLE001
                self._deliver.emit(job_id, None, e)
            else:
                self._deliver.emit(job_id, result, None)
        if library is not None:
            library.close()


class DbWorker(QObject):
    """Queue jobs for the database thread; callbacks run later on the GUI thread.

    Job 0 is the opening of the library: `opened(version)` or `open_failed(error)` follows.
    """

    opened = Signal(str)
    open_failed = Signal(object)
    job_failed = Signal(object)  # an error no caller asked to handle
    _delivered = Signal(int, object, object)

    def __init__(self, opener: Callable[[], tuple[Library, UserData]], parent: QObject | None = None):
        super().__init__(parent)
        self._pending: dict[int, _Pending] = {}
        self._next_id = 1
        self._delivered.connect(self._deliver)
        self._thread = _DbThread(opener, self._delivered)
        self._stopped = False

    def start(self) -> None:
        if not self._thread.isRunning() and not self._stopped:
            self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def submit(self, job: Job, on_done: Done | None = None, on_error: Failed | None = None) -> int:
        """Run `job(library, user)` on the database thread; jobs run in the order submitted."""
        if self._stopped:
            return 0
        job_id = self._next_id
        self._next_id += 1
        self._pending[job_id] = _Pending(on_done, on_error)
        self._thread.jobs.put((job_id, job))
        return job_id

    def stop(self) -> None:
        """Finish the queued jobs, close the database, and wait for the thread to end."""
        if self._stopped:
            return
        self._stopped = True
        self._thread.jobs.put(None)
        if self._thread.isRunning():
            self._thread.wait()

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        if job_id == 0:
            if error is None:
                self.opened.emit(result)
            else:
                self.open_failed.emit(error)
            return
        pending = self._pending.pop(job_id, None)
        if pending is None:
            return
        callback = pending.on_error if error is not None else pending.on_done
        if error is not None and callback is None:
            self.job_failed.emit(error)
            return
        if callback is None or not _alive(callback):
            return
        callback(error if error is not None else result)


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget Qt has already deleted."""
    owner = getattr(getattr(callback, "func", callback), "__self__", None)
    if isinstance(owner, QObject):
        return shiboken6.isValid(owner)
    return True
