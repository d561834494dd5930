"""File menu: "Restore from backup…" and "Check database" run through services on the database
thread and end in one plain sentence; a refused file changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from bali_desktop.gui.context import job
from bali_desktop.services import backups, user
from bali_desktop.services.session import Session


def _file_action(win, text: str):  # noqa: ANN001, ANN202
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == text)


def _organisations(ctx, qtbot) -> list[str]:  # noqa: ANN001
    got: list[list[str]] = []
    ctx.call(job(user.contacts), lambda found: got.append([c.organisation for c in found]))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def test_restore_from_backup_in_the_file_menu(
    open_window, qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    s = Session.open(data_dir)
    user.add_contact(s, user.ContactValues(role="iom", organisation="Kept Org"))
    made = backups.make(s)  # today: the window makes no daily copy over it
    for c in user.contacts(s):
        user.remove_contact(s, c.id)
    user.add_contact(s, user.ContactValues(role="iom", organisation="Later Org"))
    s.close()
    assert made is not None
    ctx, win = open_window()
    pages_before = (
        "place:contacts",
        "guide:screening-referral-toolkit",
        "flow:pathway:child",
        "place:sources",
    )
    for where in pages_before:
        win.open_location(where)
    qtbot.waitUntil(lambda: {"contacts", "reader", "flow"} <= set(win.pages), timeout=5000)

    # a foreign file chosen with "Choose a file…" is refused in one sentence, nothing changes
    bad = tmp_path / "photos.sqlite3"
    bad.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    _file_action(win, "&Restore from backup…").trigger()
    dialog = win.window_actions.restore_dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 1 and dialog.restore_button.isEnabled(), timeout=5000)
    assert dialog.list.item(0).text().endswith("automatic")
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be restored" in dialog.status.text(), timeout=5000)
    assert (
        dialog.status.text() == f"{bad} cannot be restored: it is not a SQLite database. Nothing was changed."
    )
    assert _organisations(ctx, qtbot) == ["Later Org"]

    # the listed backup is restored; the window says so in one sentence
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(win.window_actions, "result_box", None) is not None, timeout=10000)
    text = win.window_actions.result_box.text()
    assert text.startswith(f"Restored the backup {made.name};") and text.endswith(".") and "\n" not in text
    assert _organisations(ctx, qtbot) == ["Kept Org"]
    assert list(win.pages) == ["home"] and win.location is not None and win.location.target == "home"
    qtbot.wait(50)  # the dropped pages are deleted
    win.window_actions.set_theme("dark")  # no dropped page is called any more
    win.ctx.set_text_size(14)
    aside = [b for b in backups.backup_files.list_backups(data_dir / "backups") if b.kind == "restore"]
    assert len(aside) == 1 and str(aside[0].path) in text
    win.window_actions.result_box.close()


def test_check_database_in_the_file_menu(open_window, qtbot) -> None:  # noqa: ANN001
    ctx, win = open_window()
    _file_action(win, "&Check database").trigger()
    check = win.window_actions.database_check
    qtbot.waitUntil(lambda: check.box is not None and check.box.isVisible(), timeout=10000)
    text = check.box.text()
    assert text.startswith("The database is in good order: no damage found,") and text.endswith(
        "content items."
    )
    check.box.close()


def test_closing_the_window_makes_a_rolling_copy_only_after_work(open_window, qtbot, data_dir: Path) -> None:  # noqa: ANN001
    ctx, win = open_window()
    assert win._backup_timer.isActive()  # a window left open asks every hour whether a day's copy is due
    win.close()
    assert backups.backup_files.list_backups(data_dir / "backups") == []  # nothing to keep yet
    ctx2, win2 = open_window()
    done: list[None] = []
    ctx2.call(job(user.set_note, "pathway:child", "Call the guardian first"), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    win2.close()
    assert not ctx2.worker.running
    found = backups.backup_files.list_backups(data_dir / "backups")
    assert [b.kind for b in found] == ["auto"]
