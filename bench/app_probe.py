"""Bali Desktop started as `bali-desktop` starts it, with timed marks for bench/startup_bench.py.

    python -m bench.app_probe [bali-desktop arguments]     (BENCH_PROBE=painted|searched)

The probes are installed on the window `gui.app.create_window` makes; nothing of this ships in
the package. Each mark is a line on stdout:

    BENCH painted <epoch>    the main window's first paint (the same probe as bench/bare_window.py)
    BENCH ready <epoch>      the library is open (on a first start: the database is built)
    BENCH searched <epoch>   BENCH_PROBE=searched: the results of BENCH_QUERY are on screen
                             (typed into the search box once the library is open)
    BENCH maxrss_kb <n>      peak memory, printed just before quitting

BENCH_PROBE=painted quits once the library is open; =searched once the results painted.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.main_window import MainWindow

_alive: list[QObject] = []  # the probes live as long as the process


def _mark(name: str, value: float | None = None) -> None:
    print(f"BENCH {name} {time.time() if value is None else value:.6f}", flush=True)


class _Probe(QObject):
    """Prints a mark at the first Paint event its target receives (then calls `then`)."""

    def __init__(self, name: str, then=None) -> None:  # noqa: ANN001
        super().__init__()
        self.name, self.then, self.armed = name, then, True

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            _mark(self.name)
            if self.then is not None:
                QTimer.singleShot(0, self.then)
        return False


def _quit() -> None:
    print(f"BENCH maxrss_kb {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    QApplication.quit()


def install(window: MainWindow, ctx: AppContext, mode: str) -> None:
    painted = _Probe("painted")
    window.installEventFilter(painted)
    _alive.append(painted)

    def search_now() -> None:
        panel = window.search_panel
        viewport = panel.results.viewport()

        def shown(_count: int) -> None:
            probe = _Probe("searched", _quit)
            _alive.append(probe)
            viewport.installEventFilter(probe)
            viewport.update()

        panel.finished.connect(shown)
        window.focus_search()
        window.search_box.setText(os.environ.get("BENCH_QUERY", "child alone"))

    def ready(_version: str) -> None:
        _mark("ready")
        if mode == "searched":
            QTimer.singleShot(0, search_now)
        else:
            QTimer.singleShot(0, _quit)

    ctx.library_opened.connect(ready)
    ctx.worker.open_failed.connect(lambda _e: _quit())


def main(argv: list[str]) -> int:
    from bali_desktop import entry
    from bali_desktop.gui import app

    mode = os.environ.get("BENCH_PROBE", "painted")
    create_window = app.create_window

    def probed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the same as create_window
        ctx, window = create_window(*args, **kwargs)
        install(window, ctx, mode)
        return ctx, window

    app.create_window = probed  # run() makes the window through this name
    return entry.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
