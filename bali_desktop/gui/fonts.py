"""The shipped fonts, registered with Qt: every script the phrase cards and contacts use renders
shaped and without boxes on a machine that has none of them (a fresh Windows or Linux install).

Registering all of them costs ~7 ms (measured: 13 files; the Chinese subset, then a 3.5 MB OpenType
file, 0.8 ms), so it is done once, after the first paint (`register_soon`), or at once when a screen needs it
(`ensure_registered`, idempotent). `families(script)` is what a card asks for: its script's Noto
family first, then DejaVu Sans (Latin, Vietnamese, punctuation), then the user's own font.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from bali_desktop import paths

log = logging.getLogger(__name__)

LATIN = "DejaVu Sans"
# a script (as phrases.yaml names it) -> the family of its shipped font
SCRIPT_FAMILIES: dict[str, str] = {
    "Thai": "Noto Sans Thai",
    "Khmer": "Noto Sans Khmer",
    "Myanmar": "Noto Sans Myanmar",
    "Lao": "Noto Sans Lao",
    "Bengali": "Noto Sans Bengali",
    "Arabic": "Noto Sans Arabic",
    "Han (Simplified)": "Noto Sans CJK SC Print",  # the PDFs' TrueType copy of the GB 2312 subset
}
_registered: dict[str, list[str]] = {}  # file name -> the families Qt found in it


def font_files() -> list[str]:
    return sorted(p.name for p in paths.FONTS_DIR.iterdir() if p.suffix.lower() in (".ttf", ".otf"))


def ensure_registered() -> dict[str, list[str]]:
    """Add every shipped font to Qt's font database (once); a file Qt cannot read is logged."""
    if _registered or QApplication.instance() is None:
        return _registered
    for name in font_files():
        font_id = QFontDatabase.addApplicationFont(str(paths.FONTS_DIR / name))
        if font_id < 0:
            log.warning("font %s could not be registered", name)
            continue
        _registered[name] = list(QFontDatabase.applicationFontFamilies(font_id))
    return _registered


def register_soon() -> None:
    """Register the fonts once the event loop runs (after the window's first paint)."""
    QTimer.singleShot(0, ensure_registered)


def families(script: str) -> list[str]:
    """The font families for text in `script`, best first."""
    ensure_registered()
    own = SCRIPT_FAMILIES.get(script)
    return [*([own] if own else []), LATIN, QApplication.font().family()]
