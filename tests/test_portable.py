"""Portable mode (issue 17, point 2): a file named `portable` beside the program keeps every piece of
data (database, backups, logs, settings) in data/ beside it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services.session import Session


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen program in tmp_path/stick/bali-desktop/, as PyInstaller leaves it."""
    folder = tmp_path / "stick" / "bali-desktop"
    folder.mkdir(parents=True)
    (folder / "bali-desktop").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "bali-desktop"))
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    return folder


def test_a_frozen_program_is_in_its_own_folder(bundle: Path) -> None:
    assert paths.program_dir() == bundle.resolve()


def test_with_the_marker_data_lives_beside_the_program(bundle: Path) -> None:
    (bundle / "portable").write_text("")
    assert paths.data_dir() == bundle.resolve() / "data"


def test_without_the_marker_data_lives_in_the_users_folder(bundle: Path) -> None:
    assert bundle.resolve() not in paths.data_dir().parents
    (bundle / "portable").mkdir()  # a folder named portable is not the marker
    assert bundle.resolve() not in paths.data_dir().parents


def test_data_dir_and_the_environment_still_come_first(bundle: Path, monkeypatch, tmp_path: Path) -> None:
    (bundle / "portable").write_text("")
    assert paths.data_dir(tmp_path / "given") == tmp_path / "given"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert paths.data_dir() == tmp_path / "env"


def test_a_portable_session_keeps_database_backups_and_logs_in_data(bundle: Path) -> None:
    (bundle / "portable").write_text("")
    from bali_desktop.services import backups, logs

    session = Session.open(paths.data_dir())
    try:
        assert session.db_path.parent == bundle.resolve() / "data"
        made = backups.make(session, force=True)
        logs.write_crash_log(paths.data_dir(), RuntimeError("x"))
    finally:
        session.close()
    stored = {p.relative_to(bundle.resolve()).parts[0] for p in bundle.resolve().rglob("*") if p.is_file()}
    assert stored == {"bali-desktop", "portable", "data"}, stored
    assert any((bundle / "data" / logs.FOLDER).iterdir())
    assert made is not None and bundle.resolve() / "data" in made.resolve().parents
