"""Recovery at start, in the window (issue 11, point 4): a damaged database restored from the
newest backup is told in a banner, and the library opens; with no backup the window still opens
and says why the library did not."""

from __future__ import annotations

from pathlib import Path

from bali_desktop import paths


def _show(qtbot, folder: Path):  # noqa: ANN001, ANN202
    from bali_desktop.gui.app import create_window

    ctx, win = create_window(folder)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    ctx.start()
    qtbot.waitUntil(
        lambda: win.messages.problem_banner is not None and win.messages.problem_banner.isVisible(),
        timeout=20000,
    )
    return ctx, win


def test_a_damaged_database_is_restored_and_the_banner_says_where_it_went(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    from bali_desktop.services import backups, user
    from bali_desktop.services.session import Session

    s = Session.open(data_dir)
    user.set_note(s, "pathway:child", "kept through the damage")
    backups.make(s, force=True)
    s.close()
    db = data_dir / paths.DB_FILE
    db.write_bytes(db.read_bytes()[:8192])  # cut short
    ctx, win = _show(qtbot, data_dir)
    try:
        qtbot.waitUntil(lambda: ctx.ready, timeout=20000)
        said = win.messages.problem_banner.plain_text()
        assert "was damaged, so it was moved to" in said and str(data_dir / "backups") in said
        assert "could not be loaded" not in said  # not dressed up as a content problem
        notes: list[str] = []
        ctx.call(lambda s: user.note(s, "pathway:child"), notes.append)
        qtbot.waitUntil(lambda: bool(notes), timeout=20000)
        assert notes == ["kept through the damage"]
    finally:
        win.close()
        ctx.shutdown()


def test_with_no_backup_the_window_still_opens_and_says_why(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    db = data_dir / paths.DB_FILE
    db.write_bytes(b"\x13" * 100 + db.read_bytes()[100:])
    ctx, win = _show(qtbot, data_dir)
    try:
        said = win.messages.problem_banner.plain_text()
        assert "no good backup" in said and "Nothing was changed" in said
        assert not ctx.ready and win.isVisible()
    finally:
        win.close()
        ctx.shutdown()


def test_a_full_disk_opens_the_library_for_reading_and_says_so(qtbot, data_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    from bali_desktop.storage import recovery
    from bali_desktop.storage.errors import DISK_FULL, DiskFullError

    def no_room(_db: Path):  # noqa: ANN202
        raise DiskFullError(DISK_FULL)

    monkeypatch.setattr(recovery, "_open_checked", no_room)  # as when not even a -shm can be made
    ctx, win = _show(qtbot, data_dir)
    try:
        qtbot.waitUntil(lambda: ctx.ready, timeout=20000)
        assert "open for reading only" in win.messages.problem_banner.plain_text()
        found: list[list[str]] = []
        from bali_desktop.services import reading

        ctx.call(lambda s: [h.ref for h in reading.search(s, "child", limit=3)], found.append)
        qtbot.waitUntil(lambda: bool(found), timeout=20000)
        assert found[0]  # search works read-only
        win.open_location(found[0][0])  # moving about does not try to write (no error box)
        qtbot.wait(300)
        assert win.messages._error_boxes == []
    finally:
        win.close()
        ctx.shutdown()
