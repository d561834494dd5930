"""Issue 12, point 6: read in Bahasa Indonesia, the pathway and walk-through screens say that the
words are our translation and that no native speaker has checked it yet; in English they say
nothing of the kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from bali_desktop.gui import i18n

WAIT = 20_000


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def _notes(page: Any) -> list[str]:
    return [w.text() for w in page.findChildren(QLabel) if w.objectName() == "translation_note" and w.text()]


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize(
    ("where", "page_name"), [("pathway:child", "pathway"), ("walk:pathway:child", "walk")]
)
def test_the_translation_status_is_shown_in_indonesian_only(
    open_window: Any, qtbot: Any, data_dir: Path, lang: str, where: str, page_name: str
) -> None:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", lang)
    settings.sync()
    ctx, win = open_window()
    assert i18n.current() == lang
    win.open_location(where)
    page = win.page(page_name)
    title = "Anak tanpa pendamping" if lang == "id" else "Unaccompanied"
    qtbot.waitUntil(
        lambda: any(title in w.text() for w in page.findChildren(QLabel) if w.isVisible()), timeout=WAIT
    )
    if lang == "id":
        assert _notes(page) == ["Terjemahan: belum diperiksa oleh penutur asli."]
    else:
        assert _notes(page) == []  # read in English: no such line
