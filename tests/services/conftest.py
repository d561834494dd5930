"""Fixtures for the services' tests: a writable session that starts as a copy of the shared one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services.session import Session


@pytest.fixture
def fresh(shared_data_dir: Path, tmp_path: Path) -> Iterator[Session]:
    """A writable session of its own (copying the built database is faster than building one)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    opened = Session.open(folder)
    yield opened
    opened.close()
