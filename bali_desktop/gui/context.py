"""AppContext: the narrow thing every screen is given (database worker, shared signals, text size).

Interface for screens (every page is built as `Page(ctx, parent=None)`):

Work off the GUI thread (gui/tasks.py) — never touch the session from the GUI thread:
    ctx.call(use_case, on_done=None, on_error=None) -> int
        `use_case(session)` runs on the single database thread, in submission order, and
        returns plain data (dataclasses, str, lists), never widgets. Build it from a services
        function with `job(services_fn, *args)`; never capture a widget.
    ctx.compute(fn, on_done=None, on_error=None) -> int
        `fn()` runs on a pool thread: CPU work that touches no database (laying out a PDF,
        rendering pages), so that it never holds up the database queue.
    For all three, `on_done(result)` / `on_error(exception)` are called later on the GUI
    thread, and skipped if the QObject they are methods of (also inside a partial) has been
    deleted. Without `on_error` the window reports the error (a BaliError's own message;
    anything else as an unexpected error, logged).
    ctx.ready -> bool               the library is open
    ctx.content_version -> str      "" until it is open
    ctx.data_dir -> Path            the user's data folder

Signals (connect to them; emit the *_requested / *_changed ones yourself):
    library_opened(str version)           the library is open; jobs run from now on
    open_ref(str location)                show an item or a place; see `locations.py`:
                                          "pathway:child", "pathway:child#step-id",
                                          "document:ID#12" (a source at paragraph 12),
                                          "walk:pathway:child", "flow:pathway:child",
                                          "place:checklists", "home"
    make_checklist_requested(str ref)     "Make a checklist" was pressed for a pathway or aid;
                                          ask with ctx.request_checklist(ref), which makes sure
                                          the Checklists screen exists (it is built only when
                                          first needed) before the signal goes out
    add_to_checklist_requested(str ref)   "Add to checklist…" was chosen for an item (any ref,
                                          a pathway step "pathway:ID#STEP" too) or a search
                                          result; ask with ctx.request_add_to_checklist(ref)
                                          (same reason). The Checklists screen asks which saved
                                          checklist gets it, or a new one, adds the item (with
                                          its citation) and saves it
    user_data_changed(str what)           "bookmarks" | "notes" | "recent" | "contacts" |
                                          "ticks" | "checklists" (`UserDataKind`, a str enum:
                                          emit `kind.value`, compare with the member):
                                          something wrote user data
    text_size_changed(int points)         base text size changed
    theme_changed(str theme)              "light" | "dark" | "high-contrast"
    status_message(str text)              a short message for the status bar (it times out)
    problem_reported(str text)            something the user must know about the library itself:
                                          the shipped content could not be loaded (the content
                                          loaded before is kept), or the library did not open.
                                          The window shows it in a banner until dismissed;
                                          `ctx.problems` keeps every one

Helpers:
    ctx.text_size -> int                  base text size in points
    ctx.font(scale=1.0, bold=False)       a QFont at `scale` times the base size
    ctx.show_status(text)                 emit status_message
    ctx.report_error(exception)           tell the user, in words, without a traceback
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from bali_desktop.gui.tasks import DbQueue, Failed, Pool

SWITCH_INTERVAL_S = 0.001  # how long a thread may hold the GIL while another waits (AppContext.start)

T = TypeVar("T")
P = ParamSpec("P")

if TYPE_CHECKING:
    from bali_desktop.services.session import Session

log = logging.getLogger(__name__)

DEFAULT_TEXT_SIZE = 11
MIN_TEXT_SIZE = 8
MAX_TEXT_SIZE = 28


class UserDataKind(StrEnum):
    """What `AppContext.user_data_changed` says was written (its payload is the value, a str)."""

    BOOKMARKS = "bookmarks"
    NOTES = "notes"
    RECENT = "recent"
    CONTACTS = "contacts"
    TICKS = "ticks"
    CHECKLISTS = "checklists"


def job(
    use_case: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs
) -> Callable[[Session], T]:
    """A services function with its arguments, waiting for the session: what `ctx.call` runs
    on the database thread, e.g. `ctx.call(job(checklists.load, 12), self.opened)`."""

    def run(session: Session) -> T:
        return use_case(session, *args, **kwargs)

    return run


def open_session(data_dir: Path, content_dir: Path | None = None) -> Session:
    """Runs on the database thread: the schema check and the first build happen there.

    `content_dir` replaces the shipped content folder (tests use it to ship broken content)."""
    from bali_desktop.services.session import Session

    session = Session.open(data_dir, content_dir=content_dir)
    for warning in session.warnings:
        log.warning("%s", warning)
    return session


def content_problem_text(warning: str) -> str:
    """What the banner says when the shipped content could not be loaded."""
    prefix = "Shipped content could not be loaded; using the content already in the database."
    if not warning.startswith(prefix):  # a restored backup, a full disk: said as it is
        from bali_desktop.gui.i18n import say

        return say(warning)
    from bali_desktop.domain.said import template_of
    from bali_desktop.gui.i18n import say

    _template, values = template_of(warning)
    detail = say(values["detail"]) if "detail" in values else warning[len(prefix) :].strip()
    return QCoreApplication.translate(
        "context",
        "The content shipped with this version of Bali Desktop could not be loaded, so the "
        "content loaded before is shown instead; it may be out of date. Your bookmarks, notes, "
        "contacts and checklists are safe: nothing was changed or deleted. Installing Bali "
        "Desktop again should fix this.",
    ) + (QCoreApplication.translate("context", " Details: {detail}").format(detail=detail) if detail else "")


def open_problem_text(error: BaseException, data_dir: Path) -> str:
    """What the banner says when the library could not be opened at all."""
    from bali_desktop.domain.errors import BaliError
    from bali_desktop.gui.i18n import say_error

    what = say_error(error) if isinstance(error, BaliError) else f"{type(error).__name__}: {error}"
    return QCoreApplication.translate(
        "context",
        "Bali Desktop could not open its library, so there is nothing to show. {what} "
        "Your data is safe: nothing in {folder} was deleted.",
    ).format(what=what, folder=data_dir)


class AppContext(QObject):
    library_opened = Signal(str)
    open_ref = Signal(str)
    make_checklist_requested = Signal(str)
    add_to_checklist_requested = Signal(str)
    checklists_needed = Signal()  # the window builds the Checklists screen (synchronously)
    user_data_changed = Signal(str)
    text_size_changed = Signal(int)
    theme_changed = Signal(str)
    status_message = Signal(str)
    problem_reported = Signal(str)  # the library's content or opening failed: the window says so
    error_reported = Signal(str, str)  # title, message: the window shows it

    def __init__(
        self,
        data_dir: Path,
        opener: Callable[[], Session] | None = None,
        parent: QObject | None = None,
        *,
        content_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.problems: list[str] = []
        self.language = "en"  # the language content is read in: the window's (set_language)
        open_db = opener or (lambda: open_session(data_dir, content_dir))
        self.worker = DbQueue(lambda: self._in_language(open_db()), self)
        self.worker.opened.connect(self._on_opened)
        self.worker.open_failed.connect(self._on_open_failed)
        self.worker.failed.connect(self.report_error)
        self.pool = Pool(self)
        self.pool.failed.connect(self.report_error)
        self.ready = False
        self.open_error: BaseException | None = None
        self._open_reported = False
        self.content_version = ""
        self._text_size = DEFAULT_TEXT_SIZE
        self.theme = "light"

    # --- work off the GUI thread ----------------------------------------------------------

    def start(self) -> None:
        # The pool's PDF layout (ReportLab, plain Python) and the database thread share the GIL:
        # at Python's 5 ms switch interval a search asked for while a 42-page pack is laid out
        # waited ~5 ms at each of its many returns from SQLite, 300-400 ms in all; at 1 ms it
        # answers in under 100 (bench/pack_search_bench.py), the layout ~10% slower.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self.worker.start()

    def _in_language(self, session: Session) -> Session:
        """On the database thread, as the library opens: read content in the window's language."""
        if self.language != session.language:
            from bali_desktop.services import reading

            reading.set_language(session, self.language)
        return session

    def set_language(self, code: str) -> None:
        """Read content in `code` from now on (the database thread's session; English fallback)."""
        from bali_desktop.services import reading

        self.language = code
        if self.ready:
            self.call(job(reading.set_language, code))

    def shutdown(self) -> None:
        """Finish queued writes and close the database, and let running pool work end; safe
        to call twice."""
        self.worker.stop()
        self.pool.stop()

    def call(
        self,
        use_case: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> int:
        """Run `use_case(session)` (a services function, usually a functools.partial) on the
        database thread; `on_done(result)` follows on the GUI thread."""
        return self.worker.submit(use_case, on_done, on_error)

    def compute(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> int:
        """Run `fn()` (CPU work that touches no database) on a pool thread; `on_done(result)`
        follows on the GUI thread."""
        return self.pool.submit(fn, on_done, on_error)

    def _on_opened(self, version: str) -> None:
        self.ready = True
        self.content_version = version
        self.library_opened.emit(version)
        from bali_desktop.services import reading

        self.call(reading.warnings, self._warnings_loaded)

    def _warnings_loaded(self, warnings: list[str]) -> None:
        for warning in warnings:
            self.report_problem(content_problem_text(warning))

    def _on_open_failed(self, error: BaseException) -> None:
        self.open_error = error
        self.report_problem(open_problem_text(error, self.data_dir))
        self.report_error(error)

    def report_problem(self, text: str) -> None:
        """Tell the user about a problem with the library itself (a banner in the window)."""
        self.problems.append(text)
        self.problem_reported.emit(text)

    # --- text size ------------------------------------------------------------------------

    @property
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, points: int) -> None:
        points = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, int(points)))
        if points == self._text_size:
            return
        self._text_size = points
        self.text_size_changed.emit(points)

    def font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        f = QFont(QApplication.font())
        f.setPointSizeF(self._text_size * scale)
        f.setBold(bold)
        return f

    # --- messages -------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        self.status_message.emit(text)

    def report_error(self, error: BaseException) -> None:
        from bali_desktop.domain.errors import BaliError

        if error is self.open_error and self._open_reported:
            return  # every job fails the same way once opening failed: say it once
        if error is self.open_error:
            self._open_reported = True
        from bali_desktop.services.errors import explain

        said = explain(error, self.data_dir)  # a full disk, a lock, damage: said as what it is
        if isinstance(said, BaliError):
            from bali_desktop.gui.i18n import say_error  # the sentence in the window's language

            self.error_reported.emit(QCoreApplication.translate("context", "Bali Desktop"), say_error(said))
            return
        log.error("unexpected error in a database job", exc_info=(type(error), error, error.__traceback__))
        self.error_reported.emit(
            QCoreApplication.translate("context", "Something went wrong"),
            QCoreApplication.translate(
                "context",
                "Bali Desktop met an unexpected error ({error}). "
                "Nothing was deleted. The details were written to the log file.",
            ).format(error=f"{type(error).__name__}: {error}"),
        )

    def request_checklist(self, ref: str) -> None:
        """Ask for a checklist made from `ref` (a pathway or the aid)."""
        self.checklists_needed.emit()
        self.make_checklist_requested.emit(ref)

    def request_add_to_checklist(self, ref: str) -> None:
        """Ask to add the item `ref` to a checklist (the user chooses which, or a new one)."""
        self.checklists_needed.emit()
        self.add_to_checklist_requested.emit(ref)

    def emit_changed(self, what: str) -> Callable[[Any], None]:
        """An on_done callback that announces a change of user data."""
        return lambda _result: self.user_data_changed.emit(what)
