"""The window's wipe (issue 11, point 7): the Notes screen says what the wipe erased, backups
included, from the wipe's own result; the lists of recent items (Home, Notes) do not keep
showing what the wipe erased."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bali_desktop.gui.context import job
from bali_desktop.services import backups, user
from tests.gui.test_walkthrough_traps import _go, _run, _stored, _when_asked

CHILD = "pathway:child"
WAIT = 20_000


def _yes(text: str):  # noqa: ANN202
    def answer(box) -> None:  # noqa: ANN001
        next(b for b in box.buttons() if b.text() == text).click()

    return answer


def _rows(tree) -> list[str]:  # noqa: ANN001
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _with_a_recent_item(ctx, qtbot) -> str:  # noqa: ANN001
    """A tick, a recent pathway and a backup holding them; the pathway's title."""
    _run(ctx, qtbot, lambda s: s.user.set_tick(CHILD, "a", "done"))
    _run(ctx, qtbot, lambda s: user.touch_recent(s, CHILD))
    assert _run(ctx, qtbot, lambda s: backups.make(s, "auto", force=True)) is not None
    return _run(ctx, qtbot, lambda s: s.content.get(CHILD).title)


def test_the_notes_screen_says_what_the_wipe_erased_backups_included(open_window, qtbot) -> None:  # noqa: ANN001
    ctx, win = open_window()
    _with_a_recent_item(ctx, qtbot)
    said: list[str] = []
    ctx.status_message.connect(said.append)
    mine = win.page("mine")
    win.activateWindow()
    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")
    _when_asked(_yes("Wipe all ticks"))
    qtbot.mouseClick(mine.wipe_button, Qt.MouseButton.LeftButton)
    _go(win, qtbot, "home", lambda: win.location.target == "home")  # leaving: the wipe stands
    qtbot.waitUntil(lambda: any(s.startswith("Erased every walk-through record") for s in said), timeout=WAIT)
    message = next(s for s in said if s.startswith("Erased"))
    assert "recent items" in message
    assert "erased from the backup, which is kept" in message  # what happened to the backups (one: said so)
    assert "All walk-through ticks wiped." not in said
    assert _stored(ctx, qtbot) == {}


def test_home_shows_no_recent_item_once_the_wipe_is_done(open_window, qtbot) -> None:  # noqa: ANN001
    ctx, win = open_window()
    title = _with_a_recent_item(ctx, qtbot)
    home = win.page("home")
    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")
    _go(win, qtbot, "home", lambda: title in _rows(home.recent))
    # the wipe finishes while Home is on show: Home reads its lists again
    ctx.call(job(user.wipe), win.page("mine")._wiped)
    qtbot.waitUntil(lambda: _rows(home.recent) == ["Nothing opened yet."], timeout=WAIT)


def test_home_hidden_during_the_wipe_reads_its_lists_when_shown_again(open_window, qtbot) -> None:  # noqa: ANN001
    ctx, win = open_window()
    title = _with_a_recent_item(ctx, qtbot)
    home = win.page("home")
    _go(win, qtbot, "place:mine", lambda: win.location.target == "mine")
    _go(win, qtbot, "home", lambda: title in _rows(home.recent))
    win.stack.setCurrentWidget(win.page("mine"))  # hidden, as under the search results
    ctx.call(job(user.wipe), win.page("mine")._wiped)
    _run(ctx, qtbot, lambda _s: None)
    qtbot.wait(50)
    assert title in _rows(home.recent)  # not read while hidden
    win.stack.setCurrentWidget(home)  # shown again without show_location (search closed)
    qtbot.waitUntil(lambda: _rows(home.recent) == ["Nothing opened yet."], timeout=WAIT)


def test_the_notes_screen_recent_list_goes_with_the_wipe(open_window, qtbot) -> None:  # noqa: ANN001
    ctx, win = open_window()
    title = _with_a_recent_item(ctx, qtbot)
    mine = win.page("mine")
    _go(win, qtbot, "place:mine", lambda: title in _rows(mine.recent))
    ctx.call(job(user.wipe), mine._wiped)  # the wipe done while the screen is on show
    qtbot.waitUntil(lambda: _rows(mine.recent) == ["Nothing opened yet."], timeout=WAIT)
