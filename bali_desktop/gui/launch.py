"""Start the window, or say in one line why it cannot start (no display)."""

from __future__ import annotations

import os
import sys


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch(data_dir: str | None) -> int:
    if not display_available():
        print(
            "bali-desktop: no display found, so the window cannot open. Everything is also "
            "available from the command line: bali-desktop --help",
            file=sys.stderr,
        )
        return 1
    from bali_desktop.gui.app import run

    return run(data_dir)
