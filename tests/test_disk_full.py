"""A full disk (issue 11, points 5 and 9), on a real tiny tmpfs when root can mount one, else a
simulated write failure: a save fails in one line (exit 2, what to do, no SQL), nothing saved is
lost, reading still works (search, show), and once space is freed everything is back."""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services import user
from bali_desktop.services.session import Session
from bali_desktop.storage.user_store import UserStore
from tests.cli_runner import run


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    s = Session.open(folder)
    user.add_contact(s, user.ContactValues(role="iom", organisation="Saved before the disk filled"))
    s.close()
    return folder / paths.DB_FILE


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    if not _can_mount():
        pytest.skip("needs root to mount a tmpfs (the simulated failure below runs everywhere)")
    where = tmp_path / "disk"
    where.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,nr_inodes=64", "tmpfs", str(where)], capture_output=True
    )
    if r.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()[:80]}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(disk: Path) -> Path:
    """Fill the disk to the last byte and the last inode (so that not even an empty -shm can be
    made); the filler folder, to delete to free the space."""
    folder = disk / f"filler-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    with contextlib.suppress(OSError):
        for n in range(10_000):
            (folder / str(n)).touch()
    filler = folder / "0"
    with open(filler, "wb", buffering=0) as f:
        block = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                f.write(block)
                f.flush()
        with contextlib.suppress(OSError):
            while True:
                f.write(b"\0")
                f.flush()
    return folder


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert "SQL" not in err and "http" not in err and "unexpected" not in err
    return lines[0]


def test_a_full_disk_refuses_saves_in_one_line_and_still_reads(
    tiny_disk: Path, pristine: Path, capsys
) -> None:  # noqa: ANN001
    data = tiny_disk / "data"
    data.mkdir()
    shutil.copy(pristine, data / paths.DB_FILE)
    d = ["--data-dir", str(data)]
    assert run(capsys, *d, "contacts", "list")[0] == 0  # the day's backup is made while there is room
    gc.collect()  # the command's connection closes, as at the end of a process: no -wal, no -shm
    assert not (data / f"{paths.DB_FILE}-shm").exists()
    filler = _fill(tiny_disk)

    code, _out, err = run(capsys, *d, "contacts", "add", "--role", "iom", "--organisation", "Siti Rahma")
    assert code == 2
    line = _one_line(err)
    assert "full" in line and "Siti Rahma" not in line

    code, out, err = run(capsys, *d, "search", "child")  # reading works on a full disk
    assert code == 0 and "pathway:" in out, err
    assert "open for reading only" in _one_line(err)
    code, out, err = run(capsys, *d, "show", "pathway:child")
    assert code == 0 and out.strip(), err
    code, out, _err = run(capsys, *d, "contacts", "list")
    assert code == 0 and "Saved before the disk filled" in out

    shutil.rmtree(filler)  # space freed: everything is back, nothing was lost
    code, _out, err = run(capsys, *d, "contacts", "add", "--role", "iom", "--organisation", "After")
    assert code == 0, err
    s = Session.open(data)
    try:
        assert [c.organisation for c in user.contacts(s)] == ["Saved before the disk filled", "After"]
        assert s.integrity() == "ok" and s.read_only is None
    finally:
        s.close()


def test_a_first_start_on_a_full_disk_is_one_line(tiny_disk: Path, capsys) -> None:  # noqa: ANN001
    data = tiny_disk / "data"
    data.mkdir()
    filler = _fill(tiny_disk)
    code, _out, err = run(capsys, "--data-dir", str(data), "contacts", "list")
    assert code == 2 and "full" in _one_line(err)
    assert [p.name for p in data.iterdir() if not p.name.startswith(".")] == []  # nothing half-made
    shutil.rmtree(filler)
    code, _out, err = run(capsys, "--data-dir", str(data), "contacts", "list")
    assert code == 0, err


SIMULATED = {
    "database or disk is full": "full",
    "attempt to write a readonly database": "read-only",
    "database is locked": "Another program",
    "database disk image is malformed": "damaged",
}


@pytest.mark.parametrize("sqlite_says", list(SIMULATED))
def test_a_simulated_write_failure_is_one_line_and_saves_nothing(
    tmp_path: Path,
    pristine: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_says: str,  # noqa: ANN001
) -> None:
    """Where no tmpfs can be mounted (and for what root cannot make: a read-only file), the same
    promise with SQLite's own error raised inside the save's transaction."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(pristine, data / paths.DB_FILE)

    def failing(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        with self._write() as con:
            con.execute("INSERT INTO notes (ref, text, updated_at) VALUES ('x', 'half', '2026-01-01')")
            raise sqlite3.OperationalError(sqlite_says)

    monkeypatch.setattr(UserStore, "add_contact", failing)
    code, _out, err = run(
        capsys, "--data-dir", str(data), "contacts", "add", "--role", "iom", "--organisation", "Siti Rahma"
    )
    line = _one_line(err)
    assert code == 2 and SIMULATED[sqlite_says] in line and "Siti Rahma" not in line
    s = Session.open(data)
    try:
        assert user.note(s, "x") == ""  # nothing half-saved
    finally:
        s.close()


def test_a_lock_held_by_another_program_is_said_in_one_line(
    tmp_path: Path,
    pristine: Path,
    capsys,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from bali_desktop.storage import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)  # the real wait is 5 s
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(pristine, data / paths.DB_FILE)
    other = sqlite3.connect(data / paths.DB_FILE, isolation_level=None)  # a database browser
    try:
        other.execute("BEGIN IMMEDIATE")
        code, _out, err = run(
            capsys, "--data-dir", str(data), "contacts", "add", "--role", "iom", "--organisation", "X"
        )
        assert code == 2 and "Another program" in _one_line(err)
    finally:
        other.execute("ROLLBACK")
        other.close()
