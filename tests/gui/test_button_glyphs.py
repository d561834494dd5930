"""No button or menu text needs a font the app does not ship (issue 12, point 7): every character of
every button, menu and toolbar action on the main screens, in English and in Bahasa Indonesia, has a
glyph in one of the fonts under resources/fonts/. A loudspeaker emoji (U+1F50A) on a read-aloud
button was a box on a machine with no emoji font, offscreen too: whatever the machine has installed,
this test reads only the shipped fonts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QRawFont
from PySide6.QtWidgets import QAbstractButton, QApplication

from bali_desktop import paths
from bali_desktop.gui import i18n

SCREENS = (
    "home",
    "pathway:victim-of-trafficking",
    "walk:pathway:child",
    "flow:pathway:child",
    "phrases:first-contact",
    "aid:smuggling-or-trafficking",
    "place:sources",
    "place:checklists",
    "place:contacts",
    "place:mine",
    "place:tracker",
    "place:guides",
    "place:strategy",
)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def _shipped() -> list[QRawFont]:
    fonts = [QRawFont(str(p), 16) for p in sorted(paths.FONTS_DIR.glob("*.ttf"))]
    assert fonts and all(f.isValid() for f in fonts), paths.FONTS_DIR
    return fonts


def _no_glyph(text: str, fonts: list[QRawFont]) -> set[str]:
    return {
        f"{ch} U+{ord(ch):04X}"
        for ch in text
        if not ch.isspace() and not any(f.supportsCharacter(ord(ch)) for f in fonts)
    }


def test_the_glyph_check_finds_the_loudspeaker_emoji(qapp: Any) -> None:
    """The check bites: the emoji the read-aloud buttons had is in none of the shipped fonts."""
    assert _no_glyph("🔊 Read aloud", _shipped()) == {"🔊 U+1F50A"}
    assert _no_glyph("◀ Kartu sebelumnya ▶ ☆ ★ ☎ ✓", _shipped()) == set()


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_button_and_menu_text_has_a_glyph_in_the_shipped_fonts(
    open_window: Any, qtbot: Any, data_dir: Path, language: str
) -> None:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", language)
    settings.sync()
    _ctx, win = open_window()
    fonts = _shipped()
    missing: dict[str, set[str]] = {}
    seen = 0
    for screen in SCREENS:
        assert win.navigate(screen), screen
        qtbot.wait(400)  # the screen fills from the database thread
        QApplication.processEvents()
        texts = [b.text() for b in win.findChildren(QAbstractButton)]
        texts += [a.text() for a in win.findChildren(QAction)]
        seen += len(texts)
        for text in texts:
            bad = _no_glyph(text, fonts)
            if bad:
                missing.setdefault(f"{screen}: {text!r}", set()).update(bad)
    assert seen > 100
    assert not missing, missing
