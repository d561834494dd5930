"""Work off the GUI thread, done one way: a serial queue for the database, a pool for CPU work.

- `DbQueue`: the one database thread ("bali-db"). SQLite connections stay on the thread that
  opened them, and the GUI thread never waits on a query, so every database call is a job
  `Callable[[Session], T]` queued here; jobs run one after another, in submission order (a save
  queued before a load is done before it).
- `Pool`: Qt's thread pool, for CPU work that touches no database (`Callable[[], T]`): laying
  out a PDF, rendering its pages. A long layout never holds up a search.

Both hand results back on the GUI thread, by signal, to `on_done(result)` or `on_error(error)`,
under one rule (`alive`): a callback that is a method of a QObject Qt has already deleted (a
closed screen), bound directly or inside `functools.partial`, is skipped. An error nobody asked
to handle goes to the `failed` signal (the window reports it). Jobs return plain data
(dataclasses, str, lists, copies), never widgets, and never capture one.
"""

from __future__ import annotations

import functools
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, QThreadPool, Signal, SignalInstance, Slot

if TYPE_CHECKING:
    from bali_desktop.services.session import Session

log = logging.getLogger(__name__)

T = TypeVar("T")
Failed = Callable[[BaseException], None]


# --- the liveness rule ------------------------------------------------------------------------


def owner(callback: Callable[..., Any]) -> object | None:
    """What a callback belongs to: the `__self__` of a bound method, looked for inside
    (nested) `functools.partial` too; None for a plain function or a lambda."""
    while isinstance(callback, functools.partial):
        callback = callback.func
    return getattr(callback, "__self__", None)


def alive(callback: Callable[..., Any]) -> bool:
    """False when the callback's owner is a QObject that Qt has deleted."""
    who = owner(callback)
    return not isinstance(who, QObject) or shiboken6.isValid(who)


@dataclass(frozen=True)
class Task(Generic[T]):
    """Who hears how a piece of work ended."""

    on_done: Callable[[T], None] | None = None
    on_error: Failed | None = None

    def deliver(self, result: Any, error: BaseException | None, unhandled: Failed) -> None:
        """On the GUI thread: call back under the liveness rule; an error with no `on_error`
        goes to `unhandled` (whoever asked may be gone, the user still hears of it)."""
        if error is not None:
            if self.on_error is None:
                unhandled(error)
            elif alive(self.on_error):
                self.on_error(error)
        elif self.on_done is not None and alive(self.on_done):
            self.on_done(result)


# --- the database queue -----------------------------------------------------------------------


class _DbThread(QThread):
    """Runs queued jobs one after another; opens the session first, closes it last."""

    def __init__(self, opener: Callable[[], Session], deliver: SignalInstance) -> None:
        super().__init__()
        self.setObjectName("bali-db")
        self._opener = opener
        self._deliver = deliver
        self.jobs: queue.SimpleQueue[tuple[int, Callable[[Session], Any]] | None] = queue.SimpleQueue()

    def run(self) -> None:
        session: Session | None = None
        open_error: BaseException | None = None
        try:
            session = self._opener()
        except BaseException as e:  # reported to the GUI, never lost
            open_error = e
        self._deliver.emit(0, session.content_version if session else None, open_error)
        while True:
            entry = self.jobs.get()
            if entry is None:
                break
            job_id, job = entry
            if session is None:
                self._deliver.emit(job_id, None, open_error)
                continue
            try:
                result = job(session)
            except BaseException as e:
                self._deliver.emit(job_id, None, e)
            else:
                self._deliver.emit(job_id, result, None)
        if session is not None:
            session.close()


class DbQueue(QObject):
    """Queue jobs for the database thread; callbacks run later on the GUI thread.

    Job 0 is the opening of the session: `opened(version)` or `open_failed(error)` follows.
    """

    opened = Signal(str)
    open_failed = Signal(object)
    failed = Signal(object)  # an error no caller asked to handle
    _delivered = Signal(int, object, object)

    def __init__(self, opener: Callable[[], Session], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[int, Task[Any]] = {}
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

    def submit(
        self,
        job: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> int:
        """Run `job(session)` on the database thread, after every job submitted before it."""
        if self._stopped:
            return 0
        job_id = self._next_id
        self._next_id += 1
        self._pending[job_id] = Task(on_done, on_error)
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
        task = self._pending.pop(job_id, None)
        if task is not None:
            task.deliver(result, error, self.failed.emit)


# --- the pool for CPU work --------------------------------------------------------------------


class Pool(QObject):
    """Run plain functions (no database) on a thread pool; callbacks run on the GUI thread."""

    failed = Signal(object)  # an error no caller asked to handle
    _delivered = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pending: dict[int, Task[Any]] = {}
        self._next_id = 1
        self._delivered.connect(self._deliver)
        self._stopped = False

    @property
    def pending(self) -> int:
        """Tasks submitted whose answer has not been delivered yet."""
        return len(self._pending)

    def submit(
        self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None, on_error: Failed | None = None
    ) -> int:
        """Run `fn()` on a pool thread, beside whatever else runs there (0 once stopped)."""
        if self._stopped:
            return 0
        task_id = self._next_id
        self._next_id += 1
        self._pending[task_id] = Task(on_done, on_error)
        delivered = self._delivered

        def run() -> None:
            try:
                outcome: tuple[int, Any, BaseException | None] = (task_id, fn(), None)
            except BaseException as e:  # handed to the GUI
                outcome = (task_id, None, e)
            try:
                delivered.emit(*outcome)
            except RuntimeError:  # the pool's owner was deleted meanwhile: nobody is waiting
                pass

        self._pool.start(run)
        return task_id

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the running tasks to end (their answers are delivered later, by the event
        loop); True if they all did within `msecs` (-1: no limit)."""
        return bool(self._pool.waitForDone(msecs))

    def stop(self) -> None:
        """Take no more work, and wait for the running tasks to end."""
        self._stopped = True
        self.wait()

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: Any, error: BaseException | None) -> None:
        task = self._pending.pop(task_id, None)
        if task is not None:
            task.deliver(result, error, self.failed.emit)
