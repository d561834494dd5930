"""Search while a pack builds: the window's search job asked for at once after the 42-page handout
pack of the review's queue probe (six pathways, the aid, Adelaide area 5), timed from asking to
its answer on the GUI thread; and the same search with nothing else queued (the floor). The
pack's data is gathered on the database queue and laid out on the pool, so the search waits
only for the gathering, never for the layout."""

from __future__ import annotations

import os
import tempfile
import time
from functools import partial

from bench.stats import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PACK = (
    "pathway:child",
    "pathway:international-protection",
    "pathway:maritime-rescue",
    "pathway:scam-returnee",
    "pathway:smuggled-migrant",
    "pathway:victim-of-trafficking",
    "aid:smuggling-or-trafficking",
    "area:adelaide-2023-5",
)
QUERY = "child alone at the airport"


def run(rounds: int = 3) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from bali_desktop.gui.context import AppContext
    from bali_desktop.gui.pdf_tasks import PdfRequest, build_pdf
    from bali_desktop.gui.qt_compat import pin_singletons
    from bali_desktop.services import reading

    pin_singletons()
    app = QApplication.instance() or QApplication([])

    def wait(condition, timeout: float = 60.0) -> None:  # noqa: ANN001
        end = time.perf_counter() + timeout
        while not condition() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.0005)  # as an idle event loop would, leave the GIL to the other threads
        if not condition():
            raise RuntimeError("no answer in time")

    def search(answers: list[float]) -> None:
        ctx.call(
            partial(reading.search_listed, query=QUERY), lambda _hits: answers.append(time.perf_counter())
        )

    alone: list[float] = []
    during: list[float] = []
    packs: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        ctx = AppContext(tmp)
        ctx.start()
        wait(lambda: ctx.ready)
        for r in range(rounds + 1):  # round 0 warms caches (the first pack imports ReportLab)
            answered: list[float] = []
            start = time.perf_counter()
            search(answered)
            wait(lambda a=answered: bool(a))
            built: list[float] = []
            answered_during: list[float] = []
            asked = time.perf_counter()
            build_pdf(ctx, PdfRequest(refs=PACK), lambda _pdf, b=built: b.append(time.perf_counter()))
            search(answered_during)
            wait(lambda b=built, a=answered_during: bool(b) and bool(a))
            if r:
                alone.append((answered[0] - start) * 1000)
                during.append((answered_during[0] - asked) * 1000)
                packs.append((built[0] - asked) * 1000)
        ctx.shutdown()
    return {
        "pack_search_alone_ms": median(alone),
        "pack_search_ms": median(during),
        "pack_build_ms": median(packs),
    }


if __name__ == "__main__":
    for k, v in run(3).items():
        print(f"{k:24} {v:8.1f}")
