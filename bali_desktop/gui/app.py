"""Start the window: paint it first, then open the library on the database thread."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import cast

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger("bali_desktop")
translate = QCoreApplication.translate
LOG_FILE = "bali-desktop.log"
LOG_LIMIT = 1024 * 1024  # a window log grown past this starts again (it is kept small)


class ScrubbedFormatter(logging.Formatter):
    """A traceback in the log gives the frames and the error's type, never its message (it may
    hold what the user typed: a name in a note)."""

    def format(self, record: logging.LogRecord) -> str:
        from bali_desktop.services.logs import scrubbed

        text = self.formatMessage(self._with_time(record))
        if record.exc_info and record.exc_info[0] is not None:  # never the cached full text
            text += "\n" + scrubbed(record.exc_info[0], record.exc_info[2]).rstrip("\n")
        return text

    def _with_time(self, record: logging.LogRecord) -> logging.LogRecord:
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        return record


def setup_logging(data_dir: Path) -> Path:
    """Log warnings and errors to a file in the data folder; none when it cannot be written (never a
    temporary folder, where a wipe would not find it)."""
    for folder in (data_dir,):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # private, as the data folder
            path = folder / LOG_FILE
            if path.exists() and path.stat().st_size > LOG_LIMIT:
                os.truncate(path, 0)
            handler = logging.FileHandler(path, encoding="utf-8", delay=True)
            break
        except OSError:
            continue
    else:  # a data folder that cannot be written: no log
        return Path(LOG_FILE)
    handler.setFormatter(ScrubbedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    return path


def install_excepthook(log_path: Path) -> None:
    """Show any uncaught error as a message box and log its traceback; never a bare traceback."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        from bali_desktop.domain.errors import BaliError

        if issubclass(exc_type, BaliError):
            from bali_desktop.gui.i18n import say_error  # in the window's language

            title, message = translate("app", "Bali Desktop"), say_error(exc)
        else:
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
            title = translate("app", "Something went wrong")
            message = translate(
                "app",
                "Bali Desktop met an unexpected error ({error}). Nothing was deleted; you can "
                "carry on. The details were written to {log}.",
            ).format(error=f"{exc_type.__name__}: {exc}", log=log_path)
        if showing or QApplication.instance() is None:
            print(f"bali-desktop: {message}", file=sys.stderr)
            return
        showing = True
        try:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, title, message)
        finally:
            showing = False

    sys.excepthook = hook


def create_window(
    data_dir: str | Path | None,
    set_style: bool = True,
    *,  # noqa: ANN201
    content_dir: Path | None = None,
):
    """Build (AppContext, MainWindow) with the cached look; the database is not opened yet.

    `content_dir` replaces the shipped content folder: for tests only."""
    from bali_desktop import paths
    from bali_desktop.gui import accessible, i18n, theme
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.main_window import MainWindow
    from bali_desktop.gui.prefs import WindowCache
    from bali_desktop.gui.qt_compat import pin_singletons

    pin_singletons()
    accessible.install()  # before any widget: a screen reader crashed Qt's scroll-area interface
    folder = paths.data_dir(data_dir)
    ctx = AppContext(folder, content_dir=content_dir)
    cache = WindowCache(folder)
    ctx.theme = cache.theme
    ctx.set_text_size(cache.text_size)
    ctx.language = i18n.install(cache.language or i18n.system_language())  # before any text is made
    theme.apply(cast(QApplication, QApplication.instance()), ctx.theme, ctx.text_size, set_style=set_style)
    return ctx, MainWindow(ctx, cache)


def run(data_dir: str | None) -> int:
    from bali_desktop import paths
    from bali_desktop.gui.qt_compat import pin_singletons

    pin_singletons()  # before the first Qt call: see qt_compat

    existing = QApplication.instance()
    set_style = existing is not None
    if existing is None:  # Fusion from the start: setting it later costs the QStyle enums (~5 ms)
        app = QApplication([sys.argv[0] if sys.argv else "bali-desktop", "-style", "fusion"])
    else:
        app = cast(QApplication, existing)
    app.setApplicationName("Bali Desktop")
    app.setApplicationDisplayName("Bali Desktop")
    from bali_desktop.gui import app_icon

    app_icon.apply(app)
    install_excepthook(setup_logging(paths.data_dir(data_dir)))
    ctx, window = create_window(data_dir, set_style=set_style)  # bench/app_probe.py hooks in here
    # open the database (and import SQLAlchemy) only once the first frame is on screen
    window.first_painted.connect(ctx.start)
    window.showMaximized() if window.start_maximized else window.show()
    QTimer.singleShot(400, ctx.start)  # in case no paint event is ever seen (start runs once)
    try:
        return app.exec()
    finally:
        ctx.shutdown()
