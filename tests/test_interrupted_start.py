"""An interrupted first start or migration never leaves a folder that does not open again.

The kill tests run `bali-desktop db upgrade` in a child process (tests/kill_driver.py) that
SIGKILLs itself as its Nth SQL statement starts: every few statements of the schema build (and a
few of the content reload) of a first start, and of the 0001 → 0002 migration of the frozen
file. After each kill the folder must open the way the app opens it, pass integrity_check and,
for the migration, hold every user row. BALI_KILL_EVERY_STATEMENT=1 kills at every statement of
the schema phase instead of a sample (a few minutes).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import DatabaseError
from bali_desktop.services.session import Session
from bali_desktop.storage import migrate
from bali_desktop.storage.revision import HEAD

DRIVER = Path(__file__).with_name("kill_driver.py")
FROZEN_0001 = Path(__file__).parent / "fixtures" / "db" / "0001.sqlite3"
# The kills are at the statements of a first start that builds (no prebuilt copy, storage/prebuilt.py):
# the copying start is killed in tests/test_prebuilt.py.
BUILD = {"BALI_DESKTOP_NO_PREBUILT": "1"}
EVERY = os.environ.get("BALI_KILL_EVERY_STATEMENT") == "1"  # every statement of the reload too (slow)


@dataclass(frozen=True)
class Layout:
    """Where a run's transactions are, by statement number (1-based), read off a traced run:
    the schema (or migration) transaction from `begin` to `commit`, then the content reload, one
    transaction from `reload` to the end. Read, not written down, so a new migration moves them."""

    begin: int
    commit: int
    reload: int
    total: int

    def kills(self, spread: int, inside: int = 10) -> list[int]:
        """Every statement outside the two transactions (each a case of its own: the start-up
        probes, the backup, what is autocommitted), the schema transaction's edges (its BEGIN, its
        first three statements, its last three and its COMMIT) with `inside` moments spread between
        them, and moments spread over the reload: a kill anywhere inside one transaction is the same
        case, as SQLite rolls it back. Every statement with EVERY."""
        if EVERY:
            return list(range(1, self.total + 1))
        middle = range(self.begin + 4, self.commit - 3)
        step = max(1, -(-len(middle) // inside))
        return sorted(
            {
                *range(1, self.begin + 4),
                *middle[::step],
                *range(self.commit - 3, self.reload + 2),
                *range(self.reload + 200, self.total, spread),
            }
        )


def _layout(data_dir: Path) -> Layout:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(paths.ROOT), **BUILD)
    done = subprocess.run(
        [sys.executable, str(DRIVER), "-1", str(data_dir), "db", "upgrade"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    words = [line.split(" ", 2)[2] for line in done.stderr.splitlines() if line.startswith("stmt ")]
    begins = [i + 1 for i, w in enumerate(words) if w == "BEGIN"]
    begin = begins[0]
    commit = next(i + 1 for i, w in enumerate(words) if w == "COMMIT" and i + 1 > begin)
    reload = next(b for b in begins if b > commit)
    layout = Layout(begin, commit, reload, len(words))
    # the shape the kills rely on: a schema transaction with DDL in it, then a long reload
    assert begin < commit - 10 < reload and layout.total - reload > 1000, layout
    return layout


@pytest.fixture(scope="module")
def first_start(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    return _layout(tmp_path_factory.mktemp("layout-first"))


@pytest.fixture(scope="module")
def migration(tmp_path_factory: pytest.TempPathFactory) -> Layout:
    folder = tmp_path_factory.mktemp("layout-migration")
    shutil.copyfile(FROZEN_0001, folder / paths.DB_FILE)
    return _layout(folder)


def _killed_run(kill_at: int, data_dir: Path) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(paths.ROOT), **BUILD)
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(kill_at), str(data_dir), "db", "upgrade"],
        capture_output=True,
        env=env,
        timeout=120,
    )
    return done.returncode


def _opens(data_dir: Path) -> Session:
    session = Session.open(data_dir)
    assert session.integrity() == "ok"
    assert migrate.current_revision(session.db_path) == HEAD
    assert session.content.get("pathway:child") is not None
    return session


def test_a_first_start_killed_at_any_statement_leaves_a_folder_that_opens(
    tmp_path: Path, first_start: Layout
) -> None:
    folders = {n: tmp_path / f"kill-{n}" for n in first_start.kills(600)}
    with ThreadPoolExecutor(max_workers=2) as pool:
        codes = dict(zip(folders, pool.map(lambda n: _killed_run(n, folders[n]), folders), strict=True))
    assert all(code == -9 for code in codes.values()), codes  # each run was really killed
    for n, folder in folders.items():
        _opens(folder).close()
        leftovers = [
            p.name
            for p in folder.iterdir()
            if p.name.startswith(f".{paths.DB_FILE}.new-") and not p.name.endswith(("-wal", "-shm"))
        ]
        assert len(leftovers) <= 1, (n, leftovers)  # a killed build's file, cleared later


def _empty_database(path: Path) -> None:
    """A SQLite file with no tables (a 0-byte file is refused, tests/test_damaged_files.py)."""
    con = sqlite3.connect(path)
    con.execute("VACUUM")
    con.close()


def test_a_first_start_into_an_empty_file_killed_mid_schema_opens(
    tmp_path: Path, first_start: Layout
) -> None:
    """An empty database file (made by someone else, or an older version's kill) gets its
    schema in place, in one transaction: a kill leaves it empty again, never half-built."""
    inside = range(first_start.begin + 3, first_start.commit - 3)
    folders = {n: tmp_path / f"kill-{n}" for n in (inside[0], inside[len(inside) // 2], inside[-1])}
    for folder in folders.values():
        folder.mkdir()
        _empty_database(folder / paths.DB_FILE)
    with ThreadPoolExecutor(max_workers=2) as pool:
        codes = list(pool.map(lambda n: _killed_run(n, folders[n]), folders))
    assert all(code == -9 for code in codes), codes
    for folder in folders.values():
        _opens(folder).close()


def test_a_migration_killed_at_any_statement_keeps_every_user_row(tmp_path: Path, migration: Layout) -> None:
    expected = json.loads(FROZEN_0001.with_suffix(".expected.json").read_text(encoding="utf-8"))
    folders = {n: tmp_path / f"kill-{n}" for n in migration.kills(900)}
    for folder in folders.values():
        folder.mkdir()
        shutil.copyfile(FROZEN_0001, folder / paths.DB_FILE)
    with ThreadPoolExecutor(max_workers=2) as pool:
        codes = list(pool.map(lambda n: _killed_run(n, folders[n]), folders))
    assert all(code == -9 for code in codes), codes
    for n, folder in folders.items():
        session = _opens(folder)
        try:
            assert [c.id for c in session.user.contacts()] == [c["id"] for c in expected["contacts"]], n
            assert [s.id for s in session.checklists.list()] == [
                s["id"] for s in expected["checklist_summaries"]
            ], n
            assert session.user.notes() == expected["notes"], n
        finally:
            session.close()
        # each try made a backup under a name of its own, never over an earlier one
        for backup in folder.glob(f"{paths.DB_FILE}.before-{HEAD}*.bak"):
            assert migrate.current_revision(backup) == "0001", (n, backup.name)


def test_the_migration_backup_is_never_written_over(tmp_path: Path) -> None:
    db = tmp_path / paths.DB_FILE
    shutil.copyfile(FROZEN_0001, db)
    first = migrate.make_backup(db, HEAD)
    first_bytes = first.read_bytes()
    second = migrate.make_backup(db, HEAD)
    assert first.name == f"{paths.DB_FILE}.before-{HEAD}.bak"
    assert second.name == f"{paths.DB_FILE}.before-{HEAD}.2.bak"
    assert first.read_bytes() == first_bytes
    assert oct(first.stat().st_mode & 0o777) == oct(migrate.PRIVATE_FILE)


def _partial_first_start(db: Path, *, with_version_table: bool) -> None:
    """What an older version left when killed during its first start: some of the tables
    (autocommitted DDL), no revision; here with a contact and a note the user could not have
    made, to show that rows are kept all the same."""
    con = sqlite3.connect(db)
    con.executescript(
        """
        CREATE TABLE bookmarks (ref VARCHAR NOT NULL, created_at DATETIME NOT NULL, PRIMARY KEY (ref));
        CREATE TABLE contacts (id INTEGER NOT NULL, role VARCHAR NOT NULL, organisation TEXT NOT NULL,
            phone VARCHAR NOT NULL, hours VARCHAR NOT NULL, notes TEXT NOT NULL,
            country VARCHAR NOT NULL, PRIMARY KEY (id));
        CREATE TABLE notes (ref VARCHAR NOT NULL, text TEXT NOT NULL, updated_at DATETIME NOT NULL,
            PRIMARY KEY (ref));
        INSERT INTO contacts VALUES (7, 'interpreter', 'Kept Org', '', '', '', '');
        INSERT INTO notes VALUES ('pathway:child', 'kept note', '2026-12-01 09:00:00.000000');
        """
    )
    if with_version_table:
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.commit()
    con.close()


@pytest.mark.parametrize("with_version_table", [False, True], ids=["no-version-table", "empty-version"])
def test_tables_but_no_revision_is_finished_with_user_rows_kept(
    tmp_path: Path, with_version_table: bool
) -> None:
    db = tmp_path / paths.DB_FILE
    _partial_first_start(db, with_version_table=with_version_table)
    session = _opens(tmp_path)
    try:
        assert [(c.id, c.organisation) for c in session.user.contacts()] == [(7, "Kept Org")]
        assert session.user.note("pathway:child") == "kept note"
    finally:
        session.close()
    kept = tmp_path / f"{paths.DB_FILE}.interrupted.bak"
    assert kept.exists()  # the old file is kept aside, never deleted
    assert sqlite3.connect(kept).execute("SELECT organisation FROM contacts").fetchall() == [("Kept Org",)]


def test_an_empty_file_gets_the_schema(tmp_path: Path) -> None:
    _empty_database(tmp_path / paths.DB_FILE)
    _opens(tmp_path).close()


def test_another_programs_database_is_refused_not_changed(tmp_path: Path) -> None:
    db = tmp_path / paths.DB_FILE
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseError, match="not a Bali Desktop database"):
        Session.open(tmp_path)
    assert db.read_bytes() == before


def test_two_first_starts_at_once_both_open(tmp_path: Path) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        codes = list(pool.map(lambda _: _killed_run(0, tmp_path), range(2)))
    assert codes == [0, 0]
    _opens(tmp_path).close()
    assert not list(tmp_path.glob(f".{paths.DB_FILE}.new-*"))
