"""Opening the database: create, keep user data across content reloads, refuse bad files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain.errors import ContentError, DatabaseError, DataDirError
from bali_desktop.services.session import Session
from bali_desktop.storage import migrate


def _user_rows(lib: Session) -> tuple:
    data = lib.user
    return (data.bookmarks(), data.notes(), [c.organisation for c in data.contacts()], data.setting("theme"))


def _add_user_things(lib: Session) -> None:
    data = lib.user
    data.toggle_bookmark("pathway:child")
    data.set_note("commitment:adelaide-2023-12", "Ask the RSO for the scam study")
    data.add_contact(
        "child-protection", "Child protection duty officer", "+00 000", known_roles={"child-protection"}
    )
    data.set_setting("theme", "dark")


def test_first_open_creates_the_database_at_head(data_dir: Path) -> None:
    lib = Session.open(data_dir)
    assert (data_dir / paths.DB_FILE).exists()
    assert migrate.current_revision(lib.db_path) == migrate.HEAD
    assert lib.content_version != "unknown"
    lib.close()


def test_data_dir_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env-dir"))
    assert paths.data_dir() == tmp_path / "env-dir"
    assert paths.data_dir(tmp_path / "flag") == tmp_path / "flag"


def test_a_second_open_does_not_migrate_or_reload(data_dir: Path, monkeypatch) -> None:
    Session.open(data_dir).close()

    def no_upgrade(*args, **kwargs):
        raise AssertionError("upgrade called at head")

    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", no_upgrade)
    lib = Session.open(data_dir)
    assert lib.content_reloaded is False and lib.content.fts_rows() > 0
    lib.close()


def test_content_reload_keeps_every_user_row(data_dir: Path) -> None:
    lib = Session.open(data_dir)
    _add_user_things(lib)
    before = _user_rows(lib)
    assert lib.reload_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
    assert _user_rows(lib) == before
    assert lib.content.get("commitment:adelaide-2023-1") is not None
    lib.close()


def test_a_broken_content_update_changes_nothing(data_dir: Path, tmp_path: Path) -> None:
    """Validation runs before the transaction: old content and user data stay as they were."""
    lib = Session.open(data_dir)
    _add_user_things(lib)
    before_items, before_user = lib.content.stats(), _user_rows(lib)
    broken = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, broken)
    (broken / "guides.yaml").write_text("guides: [{id: x}]\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_content(broken, paths.SOURCES_DIR)
    assert lib.reload_content(broken, paths.SOURCES_DIR) is False and lib.warnings
    assert lib.content.stats() == before_items and _user_rows(lib) == before_user
    lib.close()
    reopened = Session.open(data_dir, content_dir=broken)
    assert reopened.warnings and reopened.content.stats() == before_items
    reopened.close()


def test_a_database_from_a_newer_app_is_refused_untouched(data_dir: Path) -> None:
    Session.open(data_dir).close()
    db = data_dir / paths.DB_FILE
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        Session.open(data_dir)
    assert db.read_bytes() == before


def test_a_truncated_database_is_refused_and_leaves_no_side_files(data_dir: Path) -> None:
    Session.open(data_dir).close()
    db = data_dir / paths.DB_FILE
    db.write_bytes(db.read_bytes()[:3000])
    before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(DatabaseError, match="damaged"):
        Session.open(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == before


def test_a_corrupt_database_is_refused_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    db = data_dir / paths.DB_FILE
    db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="damaged"):
        Session.open(data_dir)
    assert db.read_bytes() == b"this is not a database" * 100


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_read_only_data_dir_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DataDirError, match="cannot be written"):
            Session.open(folder)
    finally:
        folder.chmod(0o700)


def test_a_data_dir_that_is_a_file_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataDirError):
        Session.open(blocker / "data")


def test_an_older_database_is_backed_up_before_upgrading(data_dir: Path, monkeypatch) -> None:
    """Upgrading keeps a copy of the user's file from before the migration."""
    Session.open(data_dir).close()
    db = data_dir / paths.DB_FILE
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", ("0000", *migrate.KNOWN_REVISIONS))
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '0000'")
    calls = []
    monkeypatch.setattr("alembic.command.upgrade", lambda cfg, rev: calls.append(rev))
    assert migrate.ensure_schema(db) == "upgraded from 0000"
    assert calls == ["head"]
    assert (data_dir / f"{paths.DB_FILE}.before-{migrate.HEAD}.bak").exists()


def test_a_warm_start_reads_and_searches_without_sqlalchemy(shared_data_dir: Path) -> None:
    """Start-up speed: at head with current content, opening and searching stay on sqlite3."""
    import subprocess
    import sys

    code = (
        "import sys; from bali_desktop.services.session import Session;"
        "from bali_desktop.services import reading, user;"
        f"s = Session.open({str(shared_data_dir)!r}); assert reading.search(s, 'child');"
        "user.settings(s, ['theme']); user.contacts(s);"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'pydantic', 'yaml', 'reportlab') if m in sys.modules];"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_unwritable_data_dir_is_reported_even_as_root(tmp_path: Path, monkeypatch) -> None:
    """The permission check itself (root can write anywhere, so simulate what a user meets)."""
    import bali_desktop.services.session as session

    folder = tmp_path / "locked"
    folder.mkdir()
    monkeypatch.setattr(session.os, "access", lambda *a, **k: False)
    with pytest.raises(DataDirError, match="cannot be written"):
        Session.open(folder)
    assert list(folder.iterdir()) == []
