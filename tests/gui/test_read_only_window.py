"""A data folder that cannot be written, in the window (issue 11, point 5: reading must go on):
the library opens for reading, a banner says why nothing can be saved, search works and moving
about tries no write (no error box)."""

from __future__ import annotations

from pathlib import Path


def test_an_unwritable_data_folder_opens_the_library_for_reading(qtbot, data_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    import bali_desktop.services.session as session
    from bali_desktop.gui.app import create_window
    from bali_desktop.services import reading

    monkeypatch.setattr(session.os, "access", lambda *a, **k: False)
    ctx, win = create_window(data_dir)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    ctx.start()
    try:
        qtbot.waitUntil(lambda: ctx.ready, timeout=20000)
        qtbot.waitUntil(
            lambda: win.messages.problem_banner is not None and win.messages.problem_banner.isVisible(),
            timeout=20000,
        )
        text = win.messages.problem_banner.plain_text()

        assert "cannot be written" in text and "open for reading only" in text
        found: list[list[str]] = []
        ctx.call(lambda s: [h.ref for h in reading.search(s, "child", limit=3)], found.append)
        qtbot.waitUntil(lambda: bool(found), timeout=20000)
        assert found[0]
        win.open_location(found[0][0])
        qtbot.wait(300)
        assert win.messages._error_boxes == []
    finally:
        win.close()
        ctx.shutdown()
