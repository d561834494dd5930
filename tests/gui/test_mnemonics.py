"""No key does two things (issue 17, point 7): on every screen, and in every dialog it opens, no
two visible controls share an access key (&X), and none takes a menu's Alt key; in English and in
Bahasa Indonesia. Within a menu, tests/gui/test_window_language.py checks the same."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QGroupBox, QLabel, QTabBar, QWidget

from bali_desktop.domain.locations import PLACES, place
from bali_desktop.gui import i18n

# every screen: the places, then a pathway, its walk-through and flow chart, the aid, a guide, an
# activity, a source document and the phrase cards
SCREENS = [place(p) for p, _ in PLACES] + [
    "pathway:child",
    "walk:pathway:child",
    "flow:pathway:child",
    "aid:smuggling-or-trafficking",
    "phrases:first-contact",
]


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")  # the translator is process-wide: every other test runs in English


def _choose(data_dir: Path, code: str) -> None:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", code)
    settings.sync()


def access_keys(root: QWidget) -> dict[str, list[str]]:
    """Each access key of `root`'s visible controls: key -> the texts that carry it."""
    texts: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or not w.isEnabled() and not isinstance(w, QLabel):
            continue
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisible():
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
    keys: dict[str, list[str]] = {}
    for text in texts:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            keys.setdefault(key, []).append(text)
    return keys


def _menu_keys(win: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in win.menuBar().actions():
        key = QKeySequence.mnemonic(a.text()).toString()
        if key:
            out.setdefault(key, []).append(a.text())
    return out


def clashes(keys: dict[str, list[str]], menus: dict[str, list[str]]) -> list[str]:
    return [
        f"{key}: {texts + menus.get(key, [])}"
        for key, texts in sorted(keys.items())
        if len(texts) > 1 or key in menus
    ]


def _show(win: Any, qtbot: Any, location: str) -> None:
    win.open_location(location)
    qtbot.wait(250)
    page = win.stack.currentWidget()
    view = getattr(page, "view", None)
    if view is not None and hasattr(view, "complete"):
        qtbot.waitUntil(lambda: view.complete, timeout=20_000)
    qtbot.wait(100)


def _dialog_keys(win: Any, qtbot: Any, open_it: Any, menus: dict[str, list[str]]) -> list[str]:
    """Open a modal dialog with `open_it`, read its access keys while it is up, then close it."""
    found: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, read)
            return
        found.extend(f"{dialog.windowTitle()}: {c}" for c in clashes(access_keys(dialog), {}))
        dialog.reject()

    QTimer.singleShot(50, read)
    open_it()
    return found


@pytest.mark.parametrize("code", ["en", "id"])
def test_no_two_controls_on_a_screen_share_an_access_key(open_window, qtbot, data_dir, code) -> None:  # noqa: ANN001
    from bali_desktop.services import user

    _choose(data_dir, code)
    ctx, win = open_window()
    values = user.ContactValues("child-protection", "Child helpline duty desk", "+00 111 222", "24 hours")
    done: list[object] = []
    ctx.call(lambda s: user.add_contact(s, values), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    menus = _menu_keys(win)
    found = []
    for location in SCREENS:
        _show(win, qtbot, location)
        found += [f"{location}: {c}" for c in clashes(access_keys(win), menus)]
    # the dialogs the checklists screen opens
    _show(win, qtbot, "place:checklists")
    page = win.page("checklists")
    qtbot.waitUntil(lambda: page.catalogue is not None, timeout=10_000)
    found += _dialog_keys(win, qtbot, page.handout_pack, menus)
    assert not found, f"{code}: access keys doing two things:\n" + "\n".join(found)
