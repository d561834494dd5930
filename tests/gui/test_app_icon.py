"""The window has an icon of its own (gui/app_icon.py), at every size the desktop asks for, and the
desktop file name the installers use, so a dock or task bar matches the window to its entry."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from bali_desktop import paths
from bali_desktop.gui import app_icon


def test_every_window_gets_the_icon_at_every_size(qapp) -> None:  # noqa: ANN001
    before = QApplication.windowIcon()
    try:
        icon = app_icon.apply(qapp)
        assert not QApplication.windowIcon().isNull()
        sizes = {s.width() for s in icon.availableSizes()}
        assert {16, 32, 48, 256} <= sizes
        assert not icon.pixmap(QSize(48, 48)).toImage().isNull()
        desktop = paths.ROOT / "packaging" / f"{app_icon.DESKTOP_FILE}.desktop"
        assert desktop.is_file() and QApplication.desktopFileName() == app_icon.DESKTOP_FILE
    finally:
        QApplication.setWindowIcon(before)
