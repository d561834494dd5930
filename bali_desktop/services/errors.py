"""A failed database call as the user is told it: one plain line, no SQL, no parameters, no web
link (the mapping itself is in storage/errors.py). Both front ends use it for an error that got
past the stores' own transactions (a read of a damaged page, say)."""

from __future__ import annotations

from pathlib import Path

from bali_desktop.domain.errors import BaliError
from bali_desktop.storage.errors import explain as _explain


def explain(error: BaseException, data_dir: Path | None = None) -> BaliError | None:
    """The one-line error for a failed SQLite call, or None when `error` is something else."""
    if isinstance(error, BaliError):
        return error
    return _explain(error, data_dir)
