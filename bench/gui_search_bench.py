"""GUI search: from the search starting (a keystroke after a pause, the debounce firing at once)
to the results painted on screen, offscreen, over the 30 bench queries at the 100x corpus (the
shipped content with 99 shuffled copies, bench/search_bench.py); and the longest the
GUI thread went without running its event loop during those searches and while opening every
pathway, an Adelaide activity and a guide in turn (a 5 ms heartbeat timer; the first opening
of each screen includes importing its module)."""

from __future__ import annotations

import os
import tempfile
import time

from bench.search_bench import QUERIES
from bench.stats import percentile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(rounds: int = 3, factor: int = 100) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from bali_desktop.gui.app import create_window
    from bali_desktop.gui.qt_compat import pin_singletons
    from bali_desktop.gui.search import DEBOUNCE_MS

    pin_singletons()
    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    times: list[float] = []

    class PaintAfterFinish(QObject):
        """Notes the first paint of the results after they came, and ends the wait for it there: no
        polling timer runs while the database thread searches (one waking the GUI thread every
        millisecond made it take the GIL from the search over and over, doubling the search's time,
        which the app itself never does)."""

        def __init__(self) -> None:
            super().__init__()
            self.finished_at = self.painted_at = None
            self.loop: QEventLoop | None = None

        def eventFilter(self, obj, event):  # noqa: N802, ANN001, ANN201
            if self.finished_at and not self.painted_at and event.type() == QEvent.Type.Paint:
                self.painted_at = time.perf_counter()
                if self.loop is not None:
                    QTimer.singleShot(0, self.loop.quit)  # after this paint is done
            return False

    def wait(condition, timeout: float = 10.0, poll_ms: int = 20) -> None:  # noqa: ANN001
        """Run the event loop until `condition`: blocked in Qt between events, as the app's own loop
        is (a Python loop spinning on processEvents would keep the database thread from running).
        The condition is checked every `poll_ms` and whenever something quits the loop early."""
        end = time.perf_counter() + timeout
        loop = QEventLoop()
        tick = QTimer(interval=poll_ms)
        tick.timeout.connect(lambda: (condition() or time.perf_counter() > end) and loop.quit())
        tick.start()
        probe.loop = loop
        while not condition() and time.perf_counter() <= end:
            loop.exec()
        probe.loop = None
        tick.stop()
        if not condition():
            raise RuntimeError("the window did not answer in time")

    def pause(ms: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(max(1, round(ms)), loop.quit)
        loop.exec()

    probe = PaintAfterFinish()

    with tempfile.TemporaryDirectory(prefix="bench-gui-") as tmp:
        if factor > 1:  # the corpus grown before the window opens it (same digest: no reload)
            from bali_desktop.services.session import Session
            from bench.search_bench import grow_corpus

            lib = Session.open(tmp)
            grow_corpus(lib, factor)
            lib.close()
        ctx, win = create_window(tmp)
        win.resize(1366, 768)
        win.show()
        ctx.start()
        wait(lambda: ctx.ready, 60)
        panel = win.search_panel
        panel.results.viewport().installEventFilter(probe)
        panel.finished.connect(lambda _n: setattr(probe, "finished_at", time.perf_counter()))
        box = panel.box
        beats: list[float] = []
        heartbeat = QTimer(interval=5)
        heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
        heartbeat.start()
        for r in range(rounds + 1):
            for query in QUERIES:
                box.clear()
                pause(DEBOUNCE_MS * 1.5)  # so the next key searches at once
                probe.finished_at = probe.painted_at = None
                start = time.perf_counter()
                box.setText(query)
                wait(lambda: probe.painted_at is not None, poll_ms=500)  # the paint ends the wait
                if r:  # round 0 warms caches
                    times.append((probe.painted_at - start) * 1000)
        box.clear()
        for pathway in (
            "victim-of-trafficking",
            "child",
            "international-protection",
            "smuggled-migrant",
            "maritime-rescue",
            "scam-returnee",
        ):
            for ref in (f"pathway:{pathway}", "commitment:adelaide-2023-12", "guide:trapped-in-deceit"):
                ctx.open_ref.emit(ref)
                pause(300)
        heartbeat.stop()
        win.close()
        ctx.shutdown()
    gaps = [(b - a) * 1000 for a, b in zip(beats, beats[1:], strict=False)]
    return {
        "gui_search_100x_p50_ms": percentile(times, 50),
        "gui_search_100x_p95_ms": percentile(times, 95),
        "gui_longest_stall_ms": max(gaps) if gaps else float("nan"),
    }


if __name__ == "__main__":
    for k, v in run(1).items():
        print(f"{k:24} {v:8.1f}")
