"""Start Bali Desktop offscreen with the shipped content in a temporary data folder and save PNGs.

usage: python tools/screenshots.py [OUTDIR]      (default: docs/screenshots)

The pictures for the README: the home page, a search in progress, a pathway, the walk-through,
the flow chart, an official commitment, a source document at its paragraph, the strategy browser,
the checklist editor with a pathway's checklist open, the pathway on a 1024x768 projector, and the
walk-through in the high-contrast theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def wait(app: QApplication, condition=lambda: False, seconds: float = 0.3, limit: float = 20.0) -> None:  # noqa: ANN001
    """Process events until `condition()` holds (then a little longer, to let painting settle)."""
    end = time.monotonic() + limit
    while not condition() and time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    settle = time.monotonic() + seconds
    while time.monotonic() < settle:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["bali-desktop"])
    app.setApplicationName("Bali Desktop")
    from bali_desktop.gui.app import create_window

    with tempfile.TemporaryDirectory(prefix="bali-shots-") as data_dir:
        ctx, win = create_window(data_dir)
        win.resize(1366, 768)
        win.show()
        ctx.start()
        wait(app, lambda: ctx.ready and bool(win.page("home").pathway_tiles))
        saved = []

        def shot(name: str, condition=lambda: True) -> None:  # noqa: ANN001
            wait(app, condition)
            path = out / f"{name}.png"
            win.grab().save(str(path))
            saved.append(path.name)

        def go(location: str, condition=lambda: True) -> None:  # noqa: ANN001
            win.open_location(location)
            wait(app, condition)

        shot("home")

        win.focus_search()
        win.search_box.setText("child alone at the airport")
        shot("search", lambda: win.search_panel.results.count() > 0)
        win.search_box.clear()

        pathway = win.page("pathway")
        go(
            "pathway:victim-of-trafficking",
            lambda: (
                pathway.view is not None
                and pathway.view.complete
                and pathway.ref == "pathway:victim-of-trafficking"
            ),
        )
        shot("pathway")

        go("pathway:child#ask-who-with", lambda: pathway.current_step == "ask-who-with")
        shot("pathway-decision")

        walk = win.page("walk")
        go("walk:pathway:child", lambda: walk.model is not None)
        walk.record("done")
        walk.record("done")
        walk.record("not-applicable")
        wait(app, lambda: len(walk.ticks) >= 3)
        shot("walkthrough")

        flow = win.page("flow")
        go("flow:pathway:child", lambda: bool(flow.boxes))
        shot("flowchart")

        reader = win.page("reader")
        go(
            "commitment:adelaide-2023-12",
            lambda: reader.data is not None and reader.data.item.ref == "commitment:adelaide-2023-12",
        )
        shot("commitment")

        sources = win.page("sources")
        go("document:adelaide-strategy-2023#27", lambda: sources.highlighted == 27)
        shot("source")

        strategy = win.page("strategy")
        go("place:strategy", lambda: strategy.loaded)
        shot("strategy")

        go(
            "aid:smuggling-or-trafficking",
            lambda: reader.data is not None and reader.data.item.ref == "aid:smuggling-or-trafficking",
        )
        shot("aid")

        go("member:viet-nam", lambda: reader.data is not None and reader.data.item.ref == "member:viet-nam")
        shot("member")

        cards = win.page("phrases")
        go("phrases:first-contact", lambda: cards.phrases is not None)
        shot("phrase-languages")
        cards.choose_language("km")  # the person pointed at Khmer: the next card, in Khmer
        shot("phrase-card")

        from bali_desktop.gui.pdf_tasks import can_render

        checklists = win.page("checklists")
        ctx.request_checklist("pathway:child")  # "Make a checklist" on the pathway
        wait(
            app,
            lambda: (
                checklists.doc.checklist is not None
                and checklists.list.count() > 0
                and win.stack.currentWidget() is checklists
            ),
        )
        shot(
            "checklist-editor",
            lambda: (
                not can_render()
                or (checklists.preview.pixmap() is not None and not checklists.preview.pixmap().isNull())
            ),
        )
        win.messages.show_status("")  # "Saved a new checklist…" belongs to that picture, not the next ones

        win.resize(1024, 768)
        go(
            "pathway:scam-returnee",
            lambda: (
                pathway.ref == "pathway:scam-returnee" and pathway.view is not None and pathway.view.complete
            ),
        )
        shot("pathway-1024x768")
        go("home")
        shot("home-1024x768")

        win.resize(1366, 768)
        win.window_actions.set_theme("high-contrast")
        go(
            "walk:pathway:victim-of-trafficking",
            lambda: walk.ref == "pathway:victim-of-trafficking" and walk.model is not None,
        )
        shot("walkthrough-high-contrast")
        win.window_actions.set_theme("dark")
        go(
            "flow:pathway:victim-of-trafficking",
            lambda: flow.ref == "pathway:victim-of-trafficking" and bool(flow.boxes),
        )
        shot("flowchart-dark")
        win.window_actions.set_theme("light")

        win.close()
        ctx.shutdown()
    print("\n".join(str(out / name) for name in saved))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
