"""A moment after the library opens, the pathway screen's modules are imported (one per turn of the
event loop), so the officer's first click on a pathway does not also wait for them to load."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from bali_desktop.gui.app import create_window
from bali_desktop.gui.screen_registry import WARM_UP_MODULES
app = QApplication([])
with tempfile.TemporaryDirectory() as tmp:
    ctx, win = create_window(tmp)
    win.show()
    ctx.start()
    from PySide6.QtCore import QElapsedTimer
    clock = QElapsedTimer(); clock.start()
    while not ctx.ready and clock.elapsed() < 60000:
        app.processEvents()
    before = [m for m in WARM_UP_MODULES if m in sys.modules]
    clock.restart()
    while clock.elapsed() < 15000 and not all(m in sys.modules for m in WARM_UP_MODULES):
        app.processEvents()
    after = [m for m in WARM_UP_MODULES if m in sys.modules]
    print("pages built:", sorted(k for k in win.pages))
    print("before:", before)
    print("after:", after)
    win.close(); ctx.shutdown()
"""


def test_the_pathway_modules_are_loaded_soon_after_the_library_opens() -> None:
    from bali_desktop.gui.screen_registry import WARM_UP_MODULES

    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(line.split(": ", 1) for line in out.stdout.splitlines() if ": " in line)
    assert "bali_desktop.gui.pathway_page" not in lines["before"]  # not on the way to the first paint
    assert lines["after"] == str(list(WARM_UP_MODULES))
    assert "pathway" not in lines["pages built"]  # imported only: no page is built before it is shown
