"""The window's language: English (the source) or Bahasa Indonesia, from a compiled Qt translation
(`resources/translations/bali_desktop_<code>.qm`, made from the `.ts` by tools/update_translations.py).

English has a compiled file too, for its plural forms only (bali_desktop_en.qm: "Sent 1 page",
"Sent 2 pages" from one "Sent %n pages" message); a count is always Qt's %n.

The default is the system's language (Indonesian when the system is set to it, else English); a
choice in View > Language is kept in the window cache (prefs.py) and applies at once. Loading a
`.qm` is a file read: cheap enough for the start path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from bali_desktop import paths
from bali_desktop.domain import said as _said

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
    if app is None:
        return SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        _load(SOURCE_LANGUAGE, folder)  # English's own plural forms ("1 page", "2 pages")
        return SOURCE_LANGUAGE
    if not _load(code, folder):
        _load(SOURCE_LANGUAGE, folder)
        return SOURCE_LANGUAGE
    _current[0] = code
    return code


def _load(code: str, folder: Path) -> bool:
    """Install the compiled translation of `code`; False when it is missing or unreadable."""
    translator = QTranslator()
    path = qm_file(code, folder)
    if not path.is_file() or not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def say(text: str, **shown: object) -> str:
    """A sentence of the services (domain/said.py) in the window's language: its template
    translated under the "said" context, then its values put in (a value that is a sentence of its
    own, a Said or a marked phrase, is said the same way; a name or a number has no translation
    and stays as it is; `shown` puts the window's own word for a value, a language's name say).
    A sentence the .ts does not have stays in English, as written."""
    template, values = _said.template_of(text)
    values = {**values, **{k: v for k, v in shown.items() if k in values}}
    translated = QCoreApplication.translate(_said.CONTEXT, template)
    if not values:
        return translated
    try:
        return translated.format(**{k: say(v) if isinstance(v, str) else v for k, v in values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
        return str(text)


def say_error(error: BaseException) -> str:
    """The sentence `error` was raised with, in the window's language (see say)."""
    return say(_said.message_of(error))
