"""Fixtures for checklist tests: a writable library that starts as a copy of the shared one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services.session import Session


@pytest.fixture
def fresh_library(shared_data_dir: Path, tmp_path: Path) -> Iterator[Session]:
    """A writable session of its own (copying the built database is much faster than building one)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    lib = Session.open(folder)
    yield lib
    lib.close()
