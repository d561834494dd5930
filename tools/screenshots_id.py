"""The window in Bahasa Indonesia, offscreen, for the README and a look at the translation:
docs/id-home.png, docs/id-pathway.png, docs/id-phrase-card.png (and the same at 1024x768 in
OUTDIR/id-*-1024.png, to see that no Indonesian label is cut off).

usage: python tools/screenshots_id.py [OUTDIR]      (default: docs)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import wait  # noqa: E402


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["bali-desktop"])
    app.setApplicationName("Bali Desktop")
    from bali_desktop.gui.app import create_window

    with tempfile.TemporaryDirectory(prefix="bali-shots-id-") as data_dir:
        settings = QSettings(str(Path(data_dir) / "window.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", "id")
        settings.sync()
        ctx, win = create_window(data_dir)
        win.show()
        ctx.start()
        wait(app, lambda: ctx.ready and bool(win.page("home").pathway_tiles))
        saved = []
        for size, tail in (((1366, 768), ""), ((1024, 768), "-1024")):
            win.resize(*size)
            win.open_location("home")
            wait(app, seconds=0.6)
            for name, location, ready in (
                ("home", "home", lambda: True),
                (
                    "pathway",
                    "pathway:victim-of-trafficking",
                    lambda: win.page("pathway").view is not None and win.page("pathway").view.complete,
                ),
                ("phrase-card", "phrases:first-contact", lambda: win.page("phrases").phrases is not None),
            ):
                win.open_location(location)
                wait(app, ready, seconds=0.8)
                if name == "phrase-card":
                    win.page("phrases").choose_language("id")
                    wait(app, seconds=0.5)
                path = (out if not tail else Path(tempfile.gettempdir())) / f"id-{name}{tail}.png"
                win.grab().save(str(path))
                saved.append(str(path))
        win.close()
        ctx.shutdown()
    print("\n".join(saved))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
