"""The data folder is made private to the user: the folder 0700, the database (and so its -wal
and -shm, which SQLite makes with the database's mode) and the pre-migration backup 0600."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services.session import Session
from bali_desktop.storage.revision import HEAD

FROZEN_0001 = Path(__file__).parent / "fixtures" / "db" / "0001.sqlite3"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_new_data_folder_and_its_database_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, which would make them readable by everyone
    try:
        folder = tmp_path / "parent" / "data"
        s = Session.open(folder)
        try:
            assert _mode(folder) == 0o700
            for f in (
                folder / paths.DB_FILE,
                folder / f"{paths.DB_FILE}-wal",
                folder / f"{paths.DB_FILE}-shm",
            ):
                if f.exists():
                    assert _mode(f) == 0o600, f.name
        finally:
            s.close()
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_backup_before_a_migration_is_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        shutil.copyfile(FROZEN_0001, tmp_path / paths.DB_FILE)
        Session.open(tmp_path).close()
        assert _mode(tmp_path / f"{paths.DB_FILE}.before-{HEAD}.bak") == 0o600
    finally:
        os.umask(old)
