"""The window's language: English (the source) or Bahasa Indonesia, from a compiled Qt translation
(`resources/translations/bali_desktop_<code>.qm`, made from the `.ts` by tools/update_translations.py).

The default is the system's language (Indonesian when the system is set to it, else English); a
choice in View > Language is kept in the window cache (prefs.py) and applies at once. Loading a
`.qm` is a file read: cheap enough for the start path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from bali_desktop import paths

# code -> the language's name in itself (the menu shows each in its own language)
LANGUAGES: dict[str, str] = {"en": "English", "id": "Bahasa Indonesia"}
SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = paths.TRANSLATIONS_DIR

_installed: list[QTranslator] = []  # kept alive while installed
_current = [SOURCE_LANGUAGE]


def normalise(code: str | None) -> str:
    """ "id", "id_ID", "id-ID" -> "id"; a language we have no interface for -> "" (none chosen)."""
    base = (code or "").strip().replace("_", "-").split("-", 1)[0].lower()
    return base if base in LANGUAGES else ""


def system_language() -> str:
    """The first of the system's interface languages we have, else English."""
    locale = QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = normalise(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def qm_file(code: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"bali_desktop_{code}.qm"


def current() -> str:
    """The language the window speaks now."""
    return _current[0]


def install(code: str, folder: Path = TRANSLATIONS_DIR) -> str:
    """Speak `code` from now on (new text; shown widgets are rebuilt by the window). Returns the
    language in use: English when `code` is English, unknown, or its file is missing or unreadable."""
    app = QCoreApplication.instance()
    code = normalise(code) or SOURCE_LANGUAGE
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current[0] = SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE or app is None:
        return SOURCE_LANGUAGE
    translator = QTranslator()
    path = qm_file(code, folder)
    if not path.is_file() or not translator.load(str(path)):
        return SOURCE_LANGUAGE
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    _current[0] = code
    return code
