"""Looking after the database file, called directly: the check, and backups that refuse a bad
target and never leave half a file behind."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bali_desktop.domain.errors import UsageError
from bali_desktop.services import database
from bali_desktop.services.session import Session


def test_check_reports_ok_and_counts_the_content(session: Session) -> None:
    result = database.check(session)
    assert result.ok and result.integrity == "ok" == session.integrity()
    assert result.content_items == sum(session.content.stats().values()) > 100


def test_a_backup_is_a_whole_copy(fresh: Session, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    database.backup(fresh, target)
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            copy.execute("SELECT count(*) FROM content_items").fetchone()[0]
            == database.check(fresh).content_items
        )
    finally:
        copy.close()


def test_a_backup_never_overwrites(fresh: Session, tmp_path: Path) -> None:
    target = tmp_path / "there.sqlite3"
    target.write_bytes(b"keep me")
    with pytest.raises(UsageError, match="already exists"):
        database.backup(fresh, target)
    assert target.read_bytes() == b"keep me"


def test_a_backup_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "copy.sqlite3"
    with pytest.raises(UsageError) as raised:
        database.check_backup_target(target)
    assert str(raised.value) == f"The folder {target.parent} does not exist."


def test_a_folder_that_cannot_be_written_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root here, where every folder is writable: os.access is made to say no to
    writing (and yes to merely existing)."""

    def access(path: object, mode: int) -> bool:
        return not mode & (os.W_OK | os.X_OK)

    monkeypatch.setattr(database.os, "access", access)
    with pytest.raises(UsageError, match="cannot be written"):
        database.check_backup_target(tmp_path / "copy.sqlite3")


def test_a_failed_backup_removes_its_half_file_and_says_why(
    fresh: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.sqlite3"

    def half_then_fail(source: Path, to: Path) -> None:
        to.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(database, "backup_database", half_then_fail)
    with pytest.raises(UsageError) as raised:
        database.backup(fresh, target)
    assert str(raised.value) == f"Cannot write the backup to {target}: database or disk is full"
    assert not target.exists()


def test_a_half_file_that_cannot_be_removed_still_gives_the_one_line_error(
    fresh: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "copy.sqlite3"

    def fail(source: Path, to: Path) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    def cannot_unlink(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr(database, "backup_database", fail)
    monkeypatch.setattr(Path, "unlink", cannot_unlink)
    with pytest.raises(UsageError, match="disk I/O error"):
        database.backup(fresh, target)
