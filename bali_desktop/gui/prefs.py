"""Window preferences: UserData settings hold them; a small INI file in the data folder caches the
few needed to paint the first frame before the database is open (geometry, theme, text size)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QByteArray, QSettings

from bali_desktop.gui.context import DEFAULT_TEXT_SIZE

WINDOW_FILE = "window.ini"
SETTING_KEYS = ("theme", "text_size", "last_location", "open_at_home")


class WindowCache:
    """QSettings pointed at the data folder (never the user's real config folder)."""

    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / WINDOW_FILE), QSettings.Format.IniFormat)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def theme(self) -> str:
        return str(self._settings.value("theme", "light"))

    @property
    def text_size(self) -> int:
        try:
            return int(cast("str", self._settings.value("text_size", DEFAULT_TEXT_SIZE)))
        except (TypeError, ValueError):
            return DEFAULT_TEXT_SIZE

    @property
    def language(self) -> str:
        """The window's language as chosen in View > Language ("" when never chosen: the system's)."""
        return str(self._settings.value("language", ""))

    def save_language(self, code: str) -> None:
        self._settings.setValue("language", code)
        self._settings.sync()

    def save(self, geometry: QByteArray, theme: str, text_size: int) -> None:
        self._settings.setValue("geometry", geometry)
        self._settings.setValue("theme", theme)
        self._settings.setValue("text_size", text_size)
        self._settings.sync()
