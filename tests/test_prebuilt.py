"""A first start copies the database built ahead (storage/prebuilt.py, services/prebuild.py) and
is never wrong for it: a file at another revision, holding a user's row, or not a database is
not copied; a copy whose content is no longer the shipped content is loaded again; a first start
killed while copying leaves a folder that opens."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.content.digest import content_digest
from bali_desktop.services import prebuild, reading
from bali_desktop.services.session import Session
from bali_desktop.storage import migrate, prebuilt


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("prebuilt") / paths.DB_FILE
    done = prebuild.build(target)
    assert done.built and done.path == target and done.size == target.stat().st_size
    return target


@pytest.fixture
def use(built: Path, monkeypatch: pytest.MonkeyPatch):
    """Point first starts at a prebuilt file (a copy of `built` unless given one)."""

    def point(path: Path = built) -> Path:
        monkeypatch.delenv(prebuilt.OFF_ENV, raising=False)
        monkeypatch.setattr(prebuilt, "PREBUILT", path)
        return path

    return point


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []
    real = migrate._upgrade

    def counted(db_path: Path) -> None:
        calls.append(db_path)
        real(db_path)

    monkeypatch.setattr(migrate, "_upgrade", counted)
    return calls


def _refs(session: Session) -> list[str]:
    return [r for (r,) in session.content.con.execute("SELECT ref FROM content_items ORDER BY ref")]


def test_the_prebuilt_file_is_complete_and_holds_nothing_of_anyone(built: Path) -> None:
    assert prebuilt.copyable(built)
    con = sqlite3.connect(built)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        meta = dict(con.execute("SELECT key, value FROM meta"))
    finally:
        con.close()
    assert meta["content_digest"] == content_digest(paths.CONTENT_DIR, paths.SOURCES_DIR)


def test_a_first_start_copies_it_and_reads_as_a_built_one(use, monkeypatch, tmp_path: Path) -> None:
    use()
    builds = _count_builds(monkeypatch)
    reloads: list[bool] = []
    real_reload = Session.reload_content
    monkeypatch.setattr(
        Session, "reload_content", lambda self, *a, **k: reloads.append(True) or real_reload(self, *a, **k)
    )
    copied = Session.open(tmp_path / "copied")
    try:
        assert builds == [] and reloads == []  # copied whole: nothing built, nothing loaded
        mode = stat.S_IMODE((tmp_path / "copied" / paths.DB_FILE).stat().st_mode)
        assert mode == migrate.PRIVATE_FILE
        monkeypatch.setenv(prebuilt.OFF_ENV, "1")
        fresh = Session.open(tmp_path / "built")
        try:
            assert len(builds) == 1
            assert _refs(copied) == _refs(fresh) and len(_refs(copied)) > 100
            assert copied.content.digest == fresh.content.digest
            hits = [h.ref for h in reading.search(copied, "child alone")][:3]
            assert hits and hits == [h.ref for h in reading.search(fresh, "child alone")][:3]
        finally:
            fresh.close()
    finally:
        copied.close()


def _altered(built: Path, tmp_path: Path, sql: str) -> Path:
    path = tmp_path / "altered.sqlite3"
    shutil.copyfile(built, path)
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE alembic_version SET version_num = '0004';",  # an older revision
        "INSERT INTO notes (ref, text, updated_at) VALUES ('pathway:child', 'Ms A, 14', '2026');",
    ],
    ids=["another-revision", "a-users-row"],
)
def test_a_file_a_first_start_must_not_copy_is_built_instead(
    use, built: Path, monkeypatch, tmp_path: Path, sql: str
) -> None:
    use(_altered(built, tmp_path, sql))
    assert not prebuilt.usable()
    builds = _count_builds(monkeypatch)
    session = Session.open(tmp_path / "data")
    try:
        assert len(builds) == 1
        assert not session.content.con.execute("SELECT 1 FROM notes").fetchone()
    finally:
        session.close()


@pytest.mark.parametrize("body", [b"", b"not a database at all" * 100])
def test_a_file_that_is_not_a_database_is_built_instead(
    use, monkeypatch, tmp_path: Path, body: bytes
) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(body)
    use(bad)
    builds = _count_builds(monkeypatch)
    Session.open(tmp_path / "data").close()
    assert len(builds) == 1


def test_a_copy_of_older_content_is_loaded_again(use, built: Path, monkeypatch, tmp_path: Path) -> None:
    use(_altered(built, tmp_path, "UPDATE meta SET value = 'old' WHERE key = 'content_digest';"))
    builds = _count_builds(monkeypatch)
    session = Session.open(tmp_path / "data")
    try:
        assert builds == []
        assert session.content.digest == content_digest(paths.CONTENT_DIR, paths.SOURCES_DIR)
    finally:
        session.close()


def test_prebuild_leaves_an_up_to_date_file_alone_and_turned_off_builds(built: Path, monkeypatch) -> None:
    before = built.stat().st_mtime_ns
    again = prebuild.build(built)
    assert not again.built and built.stat().st_mtime_ns == before
    monkeypatch.setenv(prebuilt.OFF_ENV, "1")
    assert prebuilt.disabled() and not prebuilt.usable(built) and prebuilt.copyable(built)


def test_prebuild_into_a_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/bali-desktop/prebuilt.sqlite3")  # root writes anywhere else
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "prebuilt.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "bali_desktop", "prebuild", "--out", str(target)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(paths.ROOT)),
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "Cannot write the prebuilt database" in done.stderr


def test_a_first_start_killed_while_copying_leaves_a_folder_that_opens(built: Path, tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(paths.ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop(prebuilt.OFF_ENV, None)
    code = (
        "import sys; from pathlib import Path; from bali_desktop.storage import prebuilt;"
        f"prebuilt.PREBUILT = Path({str(built)!r});"
        "from bali_desktop.services.session import Session; Session.open(Path(sys.argv[1])).close()"
    )
    rng = random.Random(20261202)
    folder = tmp_path / "data"
    for _ in range(8):
        shutil.rmtree(folder, ignore_errors=True)
        proc = subprocess.Popen([sys.executable, "-c", code, str(folder)], env=env)
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        session = Session.open(folder)
        try:
            assert session.content.con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert len(_refs(session)) > 100
        finally:
            session.close()
