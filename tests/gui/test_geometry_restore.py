"""A window restored on a smaller screen fits it, and it opens at Home for the next officer
(issue 17, point 6; window review findings 9 and 21)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow

from bali_desktop.gui import window_fit
from bali_desktop.gui.prefs import WindowCache


def test_fit_moves_and_shrinks_a_saved_rectangle_into_the_screen() -> None:
    area = QRect(0, 0, 1024, 768)
    assert window_fit.fit(QRect(10, 20, 800, 560), area) == (QRect(10, 20, 800, 560), False)
    rect, maximise = window_fit.fit(QRect(0, 0, 1366, 768), area)  # a laptop on a projector
    assert rect == QRect(0, 0, 1024, 768) and maximise
    rect, maximise = window_fit.fit(QRect(900, 600, 800, 560), area)  # off the right and bottom
    assert area.contains(rect) and rect.size().width() == 800 and not maximise
    rect, _ = window_fit.fit(QRect(-300, -50, 800, 560), QRect(1920, 0, 1024, 768))  # another screen
    assert QRect(1920, 0, 1024, 768).contains(rect)


def _saved(rect: QRect, maximised: bool = False) -> bytes:
    win = QMainWindow()
    win.setGeometry(rect)
    if maximised:
        win.setWindowState(win.windowState() | win.windowState().WindowMaximized)
    data = win.saveGeometry()
    win.deleteLater()
    return data


def test_a_window_saved_on_a_bigger_screen_opens_maximised_inside_this_one(qapp, data_dir: Path) -> None:  # noqa: ANN001
    from bali_desktop.gui.app import create_window

    area = QApplication.primaryScreen().availableGeometry()
    big = QRect(area.left() + 40, area.top() + 30, area.width() + 566, area.height() + 200)
    WindowCache(data_dir).save(_saved(big), "light", 11)
    ctx, win = create_window(data_dir)
    try:
        assert win.start_maximized
        assert area.contains(win.geometry()), (win.geometry(), area)
    finally:
        win.deleteLater()
        ctx.shutdown()


def test_a_window_that_fits_comes_back_where_it_was(qapp, data_dir: Path) -> None:  # noqa: ANN001
    from bali_desktop.gui.app import create_window

    area = QApplication.primaryScreen().availableGeometry()
    small = QRect(area.left(), area.top() + 10, 800, 560)  # the screen here is 800 wide
    WindowCache(data_dir).save(_saved(small), "light", 11)
    ctx, win = create_window(data_dir)
    try:
        assert not win.start_maximized
        assert win.geometry().size() == small.size()
    finally:
        win.deleteLater()
        ctx.shutdown()


def _set(data_dir: Path, values: dict[str, str]) -> None:
    from bali_desktop.services import user
    from bali_desktop.services.session import Session

    session = Session.open(data_dir)
    try:
        user.save_settings(session, values)
    finally:
        session.close()


def _settings(ctx, qtbot, keys: tuple[str, ...]) -> dict[str, str]:  # noqa: ANN001
    from bali_desktop.gui.context import job
    from bali_desktop.services import user

    box: list[dict[str, str]] = []
    ctx.call(job(user.settings, keys), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=20_000)
    return box[0]


def test_the_window_opens_at_home_for_the_next_officer(open_window, qtbot, data_dir: Path) -> None:
    """By default the last officer's place is not reopened: Home, with an empty search box."""
    _set(data_dir, {"last_location": "pathway:child"})
    ctx, win = open_window((1024, 768))
    action = win.open_at_home
    qtbot.waitUntil(lambda: _settings(ctx, qtbot, ("last_location",))["last_location"] != "", timeout=5000)
    qtbot.wait(300)  # the saved settings have been read and acted on
    assert action.isChecked()
    assert win.location is not None and win.location.target == "home"
    assert win.search_box.text() == ""
    view_menu = win.window_actions.language_menu.parentWidget()
    assert action in view_menu.actions()
    assert "&H" in action.text()


def test_turned_off_it_reopens_where_the_last_officer_left_off(open_window, qtbot, data_dir: Path) -> None:
    ctx, win = open_window((1024, 768))
    win.open_at_home.setChecked(False)  # what View > Open at Home does when unticked
    qtbot.waitUntil(
        lambda: _settings(ctx, qtbot, (window_fit.OPEN_AT_HOME,))[window_fit.OPEN_AT_HOME] == "no",
        timeout=20_000,
    )
    win.open_location("pathway:child")
    win.close()
    ctx.shutdown()
    _set(data_dir, {"last_location": "pathway:child"})
    ctx2, win2 = open_window((1024, 768))
    qtbot.waitUntil(
        lambda: win2.location is not None and win2.location.ref == "pathway:child", timeout=20_000
    )
    assert not win2.open_at_home.isChecked()
