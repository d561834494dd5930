"""Crash logs and the window's log: in the data folder, with no typed text, pruned, wiped.

A log says where the program went wrong (file, line, function, the kind of error), never the
error's message or any value: those can hold what the user typed (a name in a note).
"""

from __future__ import annotations

import contextlib
import os
import traceback
import uuid
from datetime import datetime
from pathlib import Path
from types import TracebackType

FOLDER = "logs"
WINDOW_LOG = "bali-desktop.log"
KEEP = 10  # crash logs kept (the newest)


def scrubbed(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A traceback with the frames and the error's type only: no message, no values."""
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    module = "" if exc_type.__module__ == "builtins" else f"{exc_type.__module__}."
    return f"Traceback (most recent call last):\n{frames}{module}{exc_type.__qualname__}\n"


def folder_for(data_dir: Path) -> Path:
    """logs/ of the data folder (made private). Never anywhere else (a temporary folder would
    keep a log that a wipe cannot find): OSError when it cannot be written."""
    where = data_dir / FOLDER
    where.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not os.access(where, os.W_OK):
        raise PermissionError(f"{where} cannot be written")
    return where


def write_crash_log(data_dir: Path, exc: BaseException) -> Path:
    """The scrubbed traceback of `exc` in a new file in logs/ of the data folder; older ones
    pruned to KEEP. OSError when the data folder cannot be written (then no log is kept)."""
    where = folder_for(data_dir)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    path = where / f"bali-desktop-crash-{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}.log"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(scrubbed(type(exc), exc.__traceback__))
    prune(where)
    return path


def prune(where: Path, keep: int = KEEP) -> None:
    logs = sorted(where.glob("bali-desktop-crash-*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in logs[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def erase(data_dir: Path) -> int:
    """Delete every crash log and empty the window's log; how many files were erased."""
    n = 0
    for path in (data_dir / FOLDER).glob("*.log"):
        with contextlib.suppress(OSError):
            path.unlink()
            n += 1
    window_log = data_dir / WINDOW_LOG
    if window_log.exists():
        with contextlib.suppress(OSError):
            os.truncate(window_log, 0)
            n += 1
    return n
