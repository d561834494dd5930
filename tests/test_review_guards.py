"""Guards for the smaller breaks of the reliability review (../shared/reviews/reliability-2026-12.md)
that no other test names: the read-only probe never deletes a -wal or -shm it did not make (another
start may be using it), and `db check` on a damaged file with no backup is one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import DatabaseError
from bali_desktop.storage import migrate
from tests.cli_runner import run


def test_a_failed_probe_keeps_the_sidecars_it_did_not_make(tmp_path: Path) -> None:
    db = tmp_path / paths.DB_FILE
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)  # a header SQLite refuses
    wal, shm = db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")
    wal.write_bytes(b"another start's pages")  # made by someone else: kept whatever happens
    shm.write_bytes(b"")
    with pytest.raises(DatabaseError) as refused:
        migrate.current_revision(db)
    assert "\n" not in str(refused.value) and "SQL" not in str(refused.value)
    assert wal.read_bytes() == b"another start's pages" and shm.exists()


def test_a_failed_probe_leaves_no_sidecar_of_its_own(tmp_path: Path) -> None:
    db = tmp_path / paths.DB_FILE
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    with pytest.raises(DatabaseError):
        migrate.current_revision(db)
    assert sorted(p.name for p in tmp_path.iterdir()) == [paths.DB_FILE]


def test_db_check_on_a_damaged_file_with_no_backup_is_one_line(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / paths.DB_FILE
    db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    before = db.read_bytes()
    code, out, err = run(capsys, "--data-dir", str(folder), "db", "check")
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2 and len(lines) == 1 and out == ""
    assert "***" not in err and "SQL" not in err and "http" not in err and "unexpected" not in err
    assert db.read_bytes() == before  # nothing changed, nothing deleted
