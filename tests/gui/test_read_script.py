"""Issue 12, point 8: on the walk-through, a step's words to say are read aloud in the window's
language through the system's voice (off the GUI thread); the status bar says how it went in that
language, and plainly when the computer has no voice for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.gui import i18n
from bali_desktop.services import read_aloud

WAIT = 20_000


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def test_the_words_to_say_are_read_aloud_in_the_windows_language(
    open_window: Any, qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[str, str]] = []

    def speak(text: str, language: Any) -> read_aloud.Spoken:
        heard.append((text, language.code))
        done = said(QT_TRANSLATE_NOOP("said", "Read aloud in {name}."), name=language.name)
        return read_aloud.Spoken(bool(len(heard) == 1), done if len(heard) == 1 else read_aloud.NO_ENGINE)

    monkeypatch.setattr(read_aloud, "speak", speak)
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "id")
    settings.sync()
    ctx, win = open_window()
    win.open_location("walk:pathway:child")
    page = win.page("walk")
    qtbot.waitUntil(lambda: page.model is not None and page.step is not None, timeout=WAIT)
    button = page.script_reader.button
    steps = [s for pp in page.model.pause_points for s in pp.steps]
    scripted = next(i for i, s in enumerate(steps) if s.say)
    plain = next(i for i, s in enumerate(steps) if not s.say)
    page._go(plain)
    assert button.isHidden()
    page._go(scripted)
    assert not button.isHidden() and button.text() == "Bacakan kata-katanya"
    button.click()
    qtbot.waitUntil(lambda: bool(heard) and button.isEnabled(), timeout=WAIT)
    assert heard == [(steps[scripted].say, "id")]
    assert win.messages.status_text() == "Dibacakan dalam bahasa Indonesia."
    button.click()  # no voice this time
    qtbot.waitUntil(lambda: len(heard) == 2 and button.isEnabled(), timeout=WAIT)
    assert win.messages.status_text().startswith("Komputer ini tidak dapat membacakan kata-kata ini")


def _speaking(monkeypatch: pytest.MonkeyPatch, voiced: int) -> list[tuple[str, str]]:
    """A fake engine: the first `voiced` readings have a voice, the next have none."""
    heard: list[tuple[str, str]] = []

    def speak(text: str, language: Any) -> read_aloud.Spoken:
        heard.append((text, language.code))
        if len(heard) <= voiced:
            return read_aloud.Spoken(
                True, said(QT_TRANSLATE_NOOP("said", "Read aloud in {name}."), name=language.name)
            )
        return read_aloud.Spoken(False, read_aloud.NO_ENGINE)

    monkeypatch.setattr(read_aloud, "speak", speak)
    return heard


def _indonesian(data_dir: Path) -> None:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "id")
    settings.sync()


def test_the_walk_through_reads_the_steps_action_aloud(
    open_window: Any, qtbot: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = _speaking(monkeypatch, voiced=1)
    _indonesian(data_dir)
    ctx, win = open_window()
    win.open_location("walk:pathway:child")
    page = win.page("walk")
    qtbot.waitUntil(lambda: page.model is not None and page.step is not None, timeout=WAIT)
    button = page.script_reader.step_button
    assert not button.isHidden() and button.text() == "Bacakan &langkah ini"
    assert button.accessibleName() == "Bacakan langkah ini"
    button.click()
    qtbot.waitUntil(lambda: bool(heard) and button.isEnabled(), timeout=WAIT)
    assert heard == [(page.step.action, "id")] and page.step.action
    assert win.messages.status_text() == "Dibacakan dalam bahasa Indonesia."
    button.click()  # no voice this time: said plainly, nothing breaks
    qtbot.waitUntil(lambda: len(heard) == 2 and button.isEnabled(), timeout=WAIT)
    assert win.messages.status_text().startswith("Komputer ini tidak dapat membacakan kata-kata ini")
