"""Screenshots of the window at the projector size and large text (issue 17, points 4 and 6).

usage: python tools/screenshots_a11y.py [OUTDIR]      (default: docs/screenshots)

1024×768 at 200% text (22 pt): home, a pathway, the checklist editor, the contacts; 800×560 (the
smallest window) at 200%; the focus ring in the light, dark and high-contrast themes; a disabled
button in high contrast. Offscreen grabs of the window (no title bar or taskbar).
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

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import wait  # noqa: E402


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["bali-desktop", "-style", "fusion"])
    app.setApplicationName("Bali Desktop")
    from bali_desktop.gui.app import create_window

    with tempfile.TemporaryDirectory(prefix="bali-shots-") as data_dir:
        ctx, win = create_window(data_dir)
        win.resize(1024, 768)
        win.show()
        ctx.start()
        wait(app, lambda: ctx.ready and bool(win.page("home").pathway_tiles))
        win.activateWindow()

        def shot(name: str, location: str = "", ready=lambda: True, focus=None) -> None:  # noqa: ANN001
            if location:
                win.open_location(location)
            wait(app, ready, seconds=0.6)
            if focus is not None:
                focus().setFocus(Qt.FocusReason.TabFocusReason)
                wait(app, seconds=0.3)
            win.grab().save(str(out / f"{name}.png"))
            print(name)

        pathway = win.page("pathway")
        pathway_ready = lambda: pathway.view is not None and pathway.view.complete  # noqa: E731
        ctx.set_text_size(22)
        shot("a11y-home-1024x768-200pct", "home", focus=lambda: win.page("home").pathway_tiles[0])
        shot("a11y-pathway-1024x768-200pct", "pathway:child", pathway_ready, lambda: pathway.view.walk_button)
        shot("a11y-checklists-1024x768-200pct", "place:checklists")
        shot("a11y-contacts-1024x768-200pct", "place:contacts", lambda: win.page("contacts").data is not None)
        win.resize(800, 560)
        shot("a11y-home-800x560-200pct", "home", focus=lambda: win.nav)
        shot("a11y-walkthrough-800x560-200pct", "walk:pathway:child")
        win.resize(1024, 768)
        ctx.set_text_size(11)
        for theme_id in ("light", "dark", "high-contrast"):
            win.window_actions.set_theme(theme_id)
            shot(f"a11y-focus-{theme_id}", "home", focus=lambda: win.nav)
        walk = win.page("walk")
        shot("a11y-walkthrough-high-contrast-disabled", "walk:pathway:child", focus=lambda: walk.done_button)
        win.window_actions.set_theme("light")
        win.close()
        ctx.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
