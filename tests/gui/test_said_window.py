"""The window says the services' sentences in its language (issue 12, point 1): a database error,
a refused restore and the database check, in Bahasa Indonesia; the command line stays English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from bali_desktop.gui import i18n
from bali_desktop.storage import errors as storage_errors


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def _indonesian_window(open_window: Any) -> tuple[Any, Any]:
    ctx, win = open_window()
    win.window_actions.languages["id"].trigger()
    assert i18n.current() == "id"
    return ctx, win


def test_a_database_error_is_said_in_indonesian(open_window: Any, qtbot: Any) -> None:
    ctx, win = _indonesian_window(open_window)
    ctx.report_error(storage_errors.LockedError(storage_errors.LOCKED))
    qtbot.waitUntil(lambda: bool(win.messages._error_boxes), timeout=5000)
    box = win.messages._error_boxes[-1]
    assert box.text().startswith(
        "Program lain telah memegang basis data Bali Desktop selama lebih dari 5 detik"
    )
    assert "Another program" not in box.text()
    box.close()


def test_a_refused_restore_and_the_check_are_said_in_indonesian(
    open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bali_desktop.gui.backup_dialogs import DatabaseCheck, RestoreDialog

    ctx, win = _indonesian_window(open_window)
    bad = tmp_path / "photos.sqlite3"
    bad.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    dialog = RestoreDialog(ctx, win)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tidak dapat dipulihkan" in dialog.status.text(), timeout=5000)
    assert (
        dialog.status.text()
        == f"{bad} tidak dapat dipulihkan: itu bukan basis data SQLite. Tidak ada yang diubah."
    )
    dialog.close()

    check = DatabaseCheck(ctx, win)
    check.run()
    qtbot.waitUntil(lambda: check.box is not None, timeout=10000)
    assert check.box is not None and check.box.text().startswith("Basis data dalam keadaan baik")
    check.box.close()
