"""What the window tells the user: a banner when the library's content cannot be loaded or the
library cannot be opened, and status-bar messages that time out and never run into the content
version on the right."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from bali_desktop import paths


def _broken_content(tmp_path: Path) -> Path:
    """A copy of the shipped content with guides.yaml broken (a bad update or a bad install)."""
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    (folder / "guides.yaml").write_text("guides: [ {broken\n", encoding="utf-8")
    return folder


def test_broken_shipped_content_shows_a_banner_saying_the_data_is_safe(
    open_window, qtbot, tmp_path: Path
) -> None:
    """After a good first start, content that cannot be loaded keeps the old content and says so in a
    banner at the top of the window, which the user can dismiss."""
    ctx, win = open_window(content_dir=_broken_content(tmp_path))
    qtbot.waitUntil(
        lambda: win.messages.problem_banner is not None and win.messages.problem_banner.isVisible(),
        timeout=20_000,
    )
    banner = win.messages.problem_banner
    said = banner.plain_text()
    assert "could not be loaded" in said and "guides.yaml" in said
    assert "safe" in said and "nothing was changed or deleted" in said
    assert ctx.problems and "guides.yaml" in ctx.problems[0]
    assert banner.accessibleName() == "Problem with the library"
    assert banner.dismiss_button.accessibleName()
    # at the top: above the navigation list and the screens
    top_of_body = win.stack.mapTo(win, win.stack.rect().topLeft()).y()
    assert banner.mapTo(win, banner.rect().bottomLeft()).y() < top_of_body
    # the content loaded before is still there to use
    assert win.page("home").pathway_tiles and ctx.ready
    assert win.messages.version_label.text().startswith("Content ")

    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=20_000)


def test_good_content_shows_no_banner(open_window, qtbot) -> None:
    """No problem, no banner (the warnings are asked for once the library is open)."""
    ctx, win = open_window()
    seen = []
    ctx.call(lambda s: list(s.warnings), seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen == [[]]
    assert win.messages.problem_banner is None and ctx.problems == []


def test_a_library_that_cannot_open_shows_a_banner(qtbot, tmp_path: Path) -> None:
    """A damaged database file: the window says what is wrong, and that nothing was deleted."""
    from bali_desktop.gui.app import create_window

    folder = tmp_path / "data"
    folder.mkdir()
    (folder / paths.DB_FILE).write_bytes(b"this is not a database" * 200)
    ctx, win = create_window(folder)
    qtbot.addWidget(win)
    try:
        win.resize(1024, 768)
        win.show()
        ctx.start()
        qtbot.waitUntil(
            lambda: win.messages.problem_banner is not None and win.messages.problem_banner.isVisible(),
            timeout=20000,
        )
        said = win.messages.problem_banner.plain_text()
        assert "could not open its library" in said and "damaged" in said
        assert "safe" in said and str(folder) in said
        assert not ctx.ready and win.messages.version_label.text() == "Library not open"
    finally:
        win.close()
        ctx.shutdown()


def test_status_messages_are_elided_and_time_out(open_window, qtbot) -> None:
    """A long message is cut with "…" before the content version (never running into it), is
    whole in its tool tip, and goes away after six seconds."""
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    from bali_desktop.gui.window_messages import STATUS_TIMEOUT_MS

    ctx, win = open_window(size=(1024, 768))
    message = (
        "Saved a new checklist: Unaccompanied or separated child: a child alone, or a "
        "possible child victim, with every step, contact and handout of the pathway"
    )
    ctx.show_status(message)
    label = win.messages.status_label
    qtbot.waitUntil(lambda: label.isVisible() and label.text().endswith("…"), timeout=20_000)
    assert win.messages.status_text() == message and label.toolTip() == message
    version = win.messages.version_label
    assert version.text().startswith("Content ") and version.width() >= version.sizeHint().width()
    shown = label.fontMetrics().horizontalAdvance(label.text())
    assert label.x() + shown < version.x(), "the message runs into the content version"
    assert STATUS_TIMEOUT_MS == 6000
    assert win.messages.status_timer.isActive() and win.messages.status_timer.interval() == STATUS_TIMEOUT_MS

    # a hovered menu hint covers the message; when the pointer leaves, the message comes back
    QApplication.sendEvent(win, QStatusTipEvent("Go back (Alt+Left)"))
    assert label.text() == "Go back (Alt+Left)"
    QApplication.sendEvent(win, QStatusTipEvent(""))
    assert win.messages.status_text() == message

    win.messages.status_timer.setInterval(50)  # rather than wait six seconds
    ctx.show_status("Bookmarked.")
    assert label.text() == "Bookmarked." and label.toolTip() == ""
    qtbot.waitUntil(lambda: win.messages.status_text() == "" and label.text() == "", timeout=20_000)


def test_the_message_is_refitted_when_the_window_widens(open_window, qtbot) -> None:
    """Elided at 1024 pixels, the same message is shown whole once there is room."""
    ctx, win = open_window(size=(1024, 768))
    message = "Saved a new checklist: " + "a rather long title " * 5
    ctx.show_status(message.strip())
    label = win.messages.status_label
    qtbot.waitUntil(lambda: label.isVisible() and label.text().endswith("…"), timeout=20_000)
    win.resize(1900, 768)
    qtbot.waitUntil(lambda: label.text() == message.strip(), timeout=20_000)
    assert label.x() + label.fontMetrics().horizontalAdvance(label.text()) < win.messages.version_label.x()
