"""Logs hold no typed text (issue 11, point 7): the command line's crash logs and the window's
log give where the program went wrong and the error's type, never its message; the window's
log is private and kept small."""

from __future__ import annotations

import logging
from pathlib import Path

from bali_desktop.services import logs

SECRET = "NAMEMARK Siti Rahma"


def _raise() -> None:
    raise ValueError(f"bad value {SECRET}")


def test_a_crash_log_has_the_frames_and_the_type_but_not_the_message(tmp_path: Path) -> None:
    try:
        _raise()
    except ValueError as e:
        path = logs.write_crash_log(tmp_path, e)
    text = path.read_text()
    assert path.parent == tmp_path / logs.FOLDER
    assert "_raise" in text and "ValueError" in text and SECRET not in text
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_the_window_log_scrubs_messages_and_is_kept_small(tmp_path: Path) -> None:
    from bali_desktop.gui import app

    big = tmp_path / logs.WINDOW_LOG
    big.write_bytes(b"x" * (app.LOG_LIMIT + 10))
    path = app.setup_logging(tmp_path)
    assert path == big and big.stat().st_size == 0  # an old, big log starts again
    log = logging.getLogger("bali_desktop.test")
    try:
        _raise()
    except ValueError:
        log.error("unexpected error", exc_info=True)
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = big.read_text()
    assert "unexpected error" in text and "ValueError" in text and SECRET not in text
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(big)]:
        root.removeHandler(handler)
        handler.close()


def test_a_crash_log_is_never_kept_outside_the_data_folder(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """With a data folder that cannot be written, no log is kept at all (not in a temporary
    folder, where a wipe would never find it); the command line says so in its one line."""
    import tempfile

    from bali_desktop import cli

    monkeypatch.setattr(logs.os, "access", lambda *a, **k: False)
    before = set(Path(tempfile.gettempdir()).glob("bali-desktop-crash-*.log"))
    try:
        _raise()
    except ValueError as e:
        said = cli._write_crash_log(e, str(tmp_path))
    assert said == "(no log could be written)"
    assert set(Path(tempfile.gettempdir()).glob("bali-desktop-crash-*.log")) == before
    assert list((tmp_path / logs.FOLDER).iterdir()) == []
