"""Render the SVG icon to the PNG sizes Linux desktops ask for (resources/icons/: the window uses
them too, gui/app_icon.py) and a Windows .ico (run once after changing the SVG; the results are
committed):  .venv/bin/python packaging/icons/render.py"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
PNG_DIR = HERE.parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "bali-desktop.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv)  # noqa: F841 (Qt needs it for painting)
    for size in SIZES:
        render(size).save(str(PNG_DIR / f"bali-desktop-{size}.png"))
    render(256).save(str(HERE / "bali-desktop.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
