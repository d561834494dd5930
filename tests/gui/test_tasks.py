"""Work off the GUI thread (gui/tasks.py): the database queue runs jobs in order, the pool runs CPU
work beside it, and both skip a callback whose widget is gone (bound, or inside a partial); a
search answers while a handout pack is being built (review appendix B)."""

from __future__ import annotations

import threading
import time
from functools import partial
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject

from bali_desktop.gui.context import AppContext
from bali_desktop.gui.pdf_tasks import BuiltPdf, PdfRequest, PrintOptions, build_pdf
from bali_desktop.gui.tasks import alive, owner
from bali_desktop.services import reading

WAIT = 20_000
# The pack of the review's queue probe: 42 pages, about a second to lay out.
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


class Listener(QObject):
    """A widget-like receiver: its methods are the callbacks."""

    def __init__(self) -> None:
        super().__init__()
        self.heard: list[object] = []

    def done(self, result: object) -> None:
        self.heard.append(result)

    def tagged(self, tag: str, result: object) -> None:
        self.heard.append((tag, result))

    def failed(self, error: BaseException) -> None:
        self.heard.append(error)


@pytest.fixture
def ctx(qtbot, data_dir: Path):  # noqa: ANN001, ANN201
    context = AppContext(data_dir)
    with qtbot.waitSignal(context.library_opened, timeout=WAIT):
        context.start()
    yield context
    context.shutdown()


def _deleted(listener: Listener) -> Listener:
    shiboken6.delete(listener)  # as Qt deletes a closed screen
    assert not shiboken6.isValid(listener)
    return listener


def test_the_owner_of_a_callback_is_found_inside_partials() -> None:
    listener = Listener()
    assert owner(listener.done) is listener
    assert owner(partial(listener.tagged, "a")) is listener
    assert owner(partial(partial(listener.tagged), "a")) is listener
    assert owner(print) is not listener and owner(lambda _r: None) is None
    assert alive(listener.done) and alive(partial(listener.tagged, "a")) and alive(lambda _r: None)
    _deleted(listener)
    assert not alive(listener.done) and not alive(partial(listener.tagged, "a"))
    assert not alive(partial(partial(listener.tagged), "a"))
    assert alive(lambda _r: None)  # no owner: nobody to be gone


@pytest.mark.parametrize("queue", ["database", "pool"])
def test_a_deleted_widgets_callbacks_are_skipped(qtbot, ctx: AppContext, queue: str) -> None:
    """Answers for a widget that is gone are dropped, on both queues alike: its bound method, a
    partial of it, and its error handler; a live listener queued after them still hears."""
    submit = ctx.call if queue == "database" else ctx.compute
    work = (lambda _session: 42) if queue == "database" else (lambda: 42)
    fail = (lambda _session: 1 / 0) if queue == "database" else (lambda: 1 / 0)
    gone = Listener()
    errors: list[str] = []
    ctx.error_reported.connect(lambda _title, text: errors.append(text))
    submit(work, gone.done)
    submit(work, partial(gone.tagged, "partial"))
    submit(fail, gone.done, gone.failed)
    _deleted(gone)
    live = Listener()
    submit(work, live.done)
    submit(work, partial(live.tagged, "partial"))
    qtbot.waitUntil(lambda: len(live.heard) == 2, timeout=WAIT)
    if queue == "pool":
        assert ctx.pool.wait(WAIT)
    qtbot.wait(50)
    assert sorted(map(str, live.heard)) == ["('partial', 42)", "42"]
    assert gone.heard == [] and errors == []


@pytest.mark.parametrize("queue", ["database", "pool"])
def test_an_error_nobody_handles_is_reported(qtbot, ctx: AppContext, queue: str) -> None:
    submit = ctx.call if queue == "database" else ctx.compute
    fail = (lambda _session: 1 / 0) if queue == "database" else (lambda: 1 / 0)
    with qtbot.waitSignal(ctx.error_reported, timeout=WAIT) as signal:
        submit(fail, Listener().done)
    assert "ZeroDivisionError" in signal.args[1]


def test_the_database_queue_keeps_order_and_the_pool_runs_beside_it(qtbot, ctx: AppContext) -> None:
    """Database jobs run one after another, in the order asked, on the one database thread; pool
    work runs on other threads, so a long one does not hold up the database queue."""
    order: list[int] = []
    threads: set[str] = set()

    def job(n: int, _session: object) -> int:
        threads.add(threading.current_thread().name)
        return n

    for n in range(20):
        ctx.call(partial(job, n), order.append)
    release = threading.Event()
    pool_thread: list[str] = []

    def slow() -> str:
        pool_thread.append(threading.current_thread().name)
        release.wait(WAIT / 1000)
        return "slow"

    slow_done: list[str] = []
    ctx.compute(slow, slow_done.append)
    answered: list[int] = []
    ctx.call(partial(job, 99), answered.append)
    qtbot.waitUntil(lambda: answered == [99], timeout=WAIT)  # while `slow` still runs
    assert order == list(range(20)) and slow_done == []
    release.set()
    qtbot.waitUntil(lambda: slow_done == ["slow"], timeout=WAIT)
    assert len(threads) == 1 and pool_thread and pool_thread[0] not in threads


def test_a_search_answers_while_a_pack_is_being_built(qtbot, ctx: AppContext) -> None:
    """The review's queue probe (appendix B): ask for the 42-page pack of six pathways, the aid
    and area 5, then search at once. The pack's data is gathered on the database queue and laid
    out on the pool, so the search's answer comes first, and fast, not when the pack is done."""
    idle: list[bool] = []  # jobs the start queued after opening (a content reload) finish first:
    ctx.call(lambda _s: True, idle.append)  # the race measured is the pack's, not the start's
    qtbot.waitUntil(lambda: idle == [True], timeout=WAIT)
    events: list[tuple[str, float]] = []
    build_pdf(ctx, PdfRequest(refs=PACK), lambda built: events.append(("pack", time.perf_counter())))
    ctx.call(
        partial(reading.search_listed, query="child alone at the airport"),
        lambda hits: events.append(("search", time.perf_counter())),
    )
    qtbot.waitUntil(lambda: len(events) == 2, timeout=60_000)
    # the search is answered first: it waited for the pack's gathering on the database queue at
    # most, never for its layout on the pool (no wall-clock budget here: the bench times it)
    assert [name for name, _ in events] == ["search", "pack"], events


def test_the_window_lets_the_gil_go_often(ctx: AppContext) -> None:
    """The database thread's search and the pool's PDF layout share the GIL; with Python's 5 ms
    switch interval the search answered in 300-400 ms while a pack was laid out (the bench's
    "search answered while a 42-page pack builds"; budget 150 ms): the window's threads start with
    1 ms at most."""
    import sys

    from bali_desktop.gui.context import SWITCH_INTERVAL_S

    assert SWITCH_INTERVAL_S <= 0.001
    assert sys.getswitchinterval() <= SWITCH_INTERVAL_S + 1e-9


def test_a_pack_built_in_the_window_is_the_pdf_the_cli_writes(qtbot, ctx: AppContext, tmp_path) -> None:
    """The window's two steps give the pack the command line exports in one: same pages, kind
    and warnings, whatever thread it was laid out on."""
    from pypdf import PdfReader

    built: list[BuiltPdf] = []
    build_pdf(ctx, PdfRequest(refs=PACK[:2]), built.append)
    qtbot.waitUntil(lambda: bool(built), timeout=60_000)
    target = tmp_path / "pack.pdf"
    target.write_bytes(built[0].data)
    assert built[0].kind == "handout" and built[0].pages == len(PdfReader(str(target)).pages) > 5
    assert built[0].warnings == ()


def test_pdfs_built_at_once_on_the_pool_are_the_same(qtbot, ctx: AppContext, monkeypatch) -> None:
    """A preview and an export asked for together are laid out on the pool side by side (one
    layout at a time inside): both arrive, byte for byte the same PDF."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)
    request = PdfRequest(refs=PACK[:1] + PACK[-1:], options=PrintOptions(printed="2026-03-12"))
    built: list[BuiltPdf] = []
    for _ in range(3):
        build_pdf(ctx, request, built.append)
    qtbot.waitUntil(lambda: len(built) == 3, timeout=60_000)
    assert built[0].data == built[1].data == built[2].data and built[0].pages > 3


def test_after_shutdown_nothing_more_is_queued(qtbot, ctx: AppContext) -> None:
    ctx.shutdown()
    assert ctx.call(lambda _session: 1) == 0 and ctx.compute(lambda: 1) == 0
    assert not ctx.worker.running
    ctx.shutdown()  # twice is harmless
