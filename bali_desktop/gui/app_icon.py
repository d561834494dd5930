"""The window's own icon (the title bar, the task bar, Alt+Tab), from resources/icons/: the same
pictures as the installers' (packaging/icons/, drawn by packaging/icons/render.py)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from bali_desktop import paths

ICONS_DIR = paths.RESOURCES / "icons"
DESKTOP_FILE = "io.github.balidesktop.BaliDesktop"  # packaging/*.desktop: docks find the icon by it


def apply(app: QGuiApplication) -> QIcon:
    """Give every window of `app` the icon (read lazily, at the sizes shipped); no icon if none."""
    icon = QIcon()
    for png in sorted(ICONS_DIR.glob("bali-desktop-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    app.setDesktopFileName(DESKTOP_FILE)
    return icon
