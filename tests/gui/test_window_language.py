"""The window in Bahasa Indonesia (issue 12, point 2): started in Indonesian, its menus, places and
home screen speak it; View > Language switches at once and is kept for the next start; the
content is read in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from bali_desktop.gui import i18n


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """The translator is process-wide: every other test runs in English."""
    yield
    i18n.install("en")


def _choose(data_dir: Path, code: str) -> None:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", code)
    settings.sync()


def _menu_titles(win: Any) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def _home_texts(win: Any) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    home = win.page("home")
    labels = [w.text() for w in home.findChildren(QLabel)] + [
        b.text() for b in home.findChildren(QAbstractButton)
    ]
    return " | ".join(labels)


def test_the_window_starts_in_indonesian(open_window: Any, qtbot: Any, data_dir: Path) -> None:
    _choose(data_dir, "id")
    ctx, win = open_window()
    assert i18n.current() == "id" and ctx.language == "id"
    assert _menu_titles(win)[:5] == ["&Berkas", "Bu&ka", "B&utir", "&Tampilan", "Ba&ntuan"]
    places = [win.nav.item(i).text() for i in range(win.nav.count())]
    assert places[:3] == ["Beranda", "Jalur rujukan", "Panduan"]
    home = _home_texts(win)
    assert "Apa yang Anda hadapi?" in home
    assert "What is in front of you?" not in home
    assert win.search_box.placeholderText().startswith("Cari")
    assert win.window_actions.languages["id"].isChecked()


def test_english_by_default_and_a_switch_applies_at_once(
    open_window: Any, qtbot: Any, data_dir: Path
) -> None:
    ctx, win = open_window()
    assert i18n.current() == i18n.system_language() == "en"  # the test machine speaks English
    assert "&File" in _menu_titles(win)
    win.navigate("place:pathways")
    win.window_actions.languages["id"].trigger()
    assert i18n.current() == "id"
    assert "&Berkas" in _menu_titles(win)
    assert win.nav.item(0).text() == "Beranda"
    assert win.location is not None and win.location.target == "pathways"  # still where the user was
    qtbot.waitUntil(lambda: "Jalur rujukan" in " ".join(_texts(win.pages["pathways"])), timeout=10_000)
    assert ctx.language == "id"
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value("language") == "id"  # and the next start speaks it too
    win.window_actions.languages["en"].trigger()
    assert "&File" in _menu_titles(win) and win.nav.item(0).text() == "Home"


def _texts(page: Any) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [w.text() for w in page.findChildren(QLabel)]


def test_a_note_being_written_is_kept_through_a_switch(open_window: Any, qtbot: Any) -> None:
    ctx, win = open_window()
    win.navigate("pathway:victim-of-trafficking")
    page = win.pages["pathway"]
    from bali_desktop.gui.widgets import NoteEditor

    qtbot.waitUntil(lambda: bool(page.findChildren(NoteEditor)), timeout=10_000)
    note = page.findChildren(NoteEditor)[0]
    note.edit.setPlainText("remember the interpreter")
    win.window_actions.languages["id"].trigger()
    from bali_desktop.services import user

    got: list[str] = []
    ctx.call(lambda s: user.note(s, "pathway:victim-of-trafficking"), got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got[0] == "remember the interpreter"


def _access_keys(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at >= 0:
            keys.append(text.replace("&&", "")[at + 1].casefold())
    return keys


def test_no_two_entries_of_a_menu_share_an_access_key(open_window: Any, data_dir: Path) -> None:
    """Alt+letter opens one menu, and a letter picks one entry: in both languages."""
    for code in ("en", "id"):
        _choose(data_dir, code)
        _ctx, win = open_window()
        menus = [a for a in win.menuBar().actions() if a.menu() is not None]
        said = [_access_keys([a.text() for a in menus])]
        for top in menus:
            said.append(_access_keys([a.text() for a in top.menu().actions() if not a.isSeparator()]))
            for sub in top.menu().actions():
                if sub.menu() is not None:
                    said.append(_access_keys([a.text() for a in sub.menu().actions()]))
        for keys in said:
            assert len(keys) == len(set(keys)), (code, keys)
        win.close()


def _clipped(win: Any) -> list[str]:
    """Visible buttons and one-line labels narrower than their words, or running past the window."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = []
    right = win.width()
    for w in win.stack.currentWidget().findChildren(QAbstractButton) + win.stack.currentWidget().findChildren(
        QLabel
    ):
        if not w.isVisible() or not w.text().strip() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w.parent() is not None and type(w.parent()).__name__ == "Tile":
            continue  # a tile's title wraps inside it
        edge = w.mapTo(win, QPoint(w.width(), 0)).x()
        if w.width() + 1 < w.sizeHint().width() or edge > right:
            out.append(f"{type(w).__name__} {w.text()!r}: {w.width()} of {w.sizeHint().width()}")
    return out


def test_no_indonesian_label_is_cut_off_at_1024x768(open_window: Any, qtbot: Any, data_dir: Path) -> None:
    """Indonesian runs longer than English: on a 1024x768 projector no button or one-line label of
    the main screens is narrower than its words."""
    _choose(data_dir, "id")
    ctx, win = open_window(size=(1024, 768))
    screens = [
        ("home", lambda: True),
        ("place:pathways", lambda: bool(win.page("pathways").tiles)),
        ("pathway:child", lambda: win.page("pathway").view is not None and win.page("pathway").view.complete),
        ("walk:pathway:child", lambda: win.page("walk").model is not None),
        ("flow:pathway:child", lambda: bool(win.page("flow").boxes)),
        ("place:checklists", lambda: True),
        ("place:contacts", lambda: win.page("contacts").role.count() > 0),
        ("place:mine", lambda: True),
        ("phrases:first-contact", lambda: win.page("phrases").phrases is not None),
    ]
    problems = {}
    for location, ready in screens:
        win.open_location(location)
        qtbot.waitUntil(ready, timeout=20_000)
        qtbot.wait(200)
        if found := _clipped(win):
            problems[location] = found
    assert problems == {}


def test_a_sheet_printed_from_the_indonesian_window_is_in_indonesian(
    open_window: Any, qtbot: Any, data_dir: Path
) -> None:
    """The print request carries the window's language (services.printing.PrintRequest.lang)."""
    _choose(data_dir, "id")
    ctx, win = open_window()
    page = win.page("checklists")
    ctx.request_checklist("pathway:child")
    qtbot.waitUntil(
        lambda: page.doc.checklist is not None and win.stack.currentWidget() is page, timeout=20_000
    )
    request = page.output.request()
    assert request is not None and request.lang == "id"


def test_a_walk_through_under_way_is_kept_and_said_again(open_window: Any, qtbot: Any) -> None:
    """Its answers live in the window: the screen is kept through the switch, in the new words."""
    ctx, win = open_window()
    win.navigate("walk:pathway:child")
    walk = win.page("walk")
    qtbot.waitUntil(lambda: walk.model is not None, timeout=20_000)
    walk.record("done")
    qtbot.waitUntil(lambda: len(walk.ticks) >= 1, timeout=10_000)
    at = walk.index
    win.window_actions.languages["id"].trigger()
    assert win.pages["walk"] is walk and walk.index == at
    assert walk.na_button.text() == "T&idak berlaku"  # not Alt+T: the View menu's (Tampilan)
    assert walk.steps_button.text() == "Tampilkan semua langkah (F4)"
    assert walk.progress.text().startswith("Langkah ")
