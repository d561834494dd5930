"""Read-only data (issue 11, point 5): a data folder that cannot be written still opens for
reading (search, pathways, contacts list), says so in one line, and a save is refused in one
line, exit 2, with nothing typed in it; a read-only database file the same for saves. As another
user (`setpriv`, when the tests run as root, as on CI) for real permissions; everywhere with the
permission check answering "not writable"."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import DatabaseError, DataDirError
from bali_desktop.services import user
from bali_desktop.services.session import Session
from tests.cli_runner import run

NAME = "Siti Rahma"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    s = Session.open(folder)
    try:
        user.add_contact(s, user.ContactValues(role="iom", organisation="Saved before"))
    finally:
        s.close()
    return folder / paths.DB_FILE


def _one_line(err: str) -> list[str]:
    lines = [line for line in err.splitlines() if line.strip()]
    assert all("SQL" not in line and "http" not in line and "unexpected" not in line for line in lines)
    assert all(NAME not in line for line in lines)
    return lines


def test_an_unwritable_folder_opens_for_reading(tmp_path: Path, pristine: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    import bali_desktop.services.session as session

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(pristine, data / paths.DB_FILE)
    before = (data / paths.DB_FILE).read_bytes()
    monkeypatch.setattr(session.os, "access", lambda *a, **k: False)
    s = Session.open(data)
    try:
        assert s.read_only is not None and "open for reading only" in s.read_only
        assert s.warnings == [s.read_only]
        assert [c.organisation for c in user.contacts(s)] == ["Saved before"]
        assert s.content.find("child").hits
        with pytest.raises(DatabaseError, match="cannot be written") as refused:
            user.add_contact(s, user.ContactValues(role="iom", organisation=NAME))
        assert "\n" not in str(refused.value) and NAME not in str(refused.value)
    finally:
        s.close()
    code, out, err = run(capsys, "--data-dir", str(data), "search", "child")
    assert code == 0 and "pathway:" in out
    assert len(_one_line(err)) == 1 and "open for reading only" in err
    code, _out, err = run(
        capsys, "--data-dir", str(data), "contacts", "add", "--role", "iom", "--organisation", NAME
    )
    assert code == 2 and len(_one_line(err)) == 1 and "cannot be written" in err
    assert (data / paths.DB_FILE).read_bytes() == before  # nothing changed


def test_an_unwritable_folder_with_no_database_is_refused(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import bali_desktop.services.session as session

    monkeypatch.setattr(session.os, "access", lambda *a, **k: False)
    with pytest.raises(DataDirError, match="cannot be written"):
        Session.open(tmp_path)
    assert list(tmp_path.iterdir()) == []


# --- for real, as another user --------------------------------------------------------------


def _can_switch_user() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("setpriv") is not None


@pytest.fixture
def nobodys(pristine: Path) -> Iterator[Path]:
    """A data folder owned by `nobody`, with the database, in a folder anyone may enter."""
    if not _can_switch_user():
        pytest.skip("needs root and setpriv to run as another user")
    import pwd

    uid = pwd.getpwnam("nobody").pw_uid
    top = Path(tempfile.mkdtemp(prefix="bali-ro-"))
    try:
        top.chmod(0o755)
        data = top / "data"
        data.mkdir(mode=0o700)
        shutil.copy(pristine, data / paths.DB_FILE)
        for p in (data, data / paths.DB_FILE):
            os.chown(p, uid, -1)
        yield data
    finally:
        shutil.rmtree(top, ignore_errors=True)


def _as_nobody(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    cmd += [sys.executable, "-m", "bali_desktop", "--data-dir", str(data), *args]
    env = {**os.environ, "HOME": str(data.parent), "PYTHONPATH": str(paths.ROOT)}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env, cwd=data.parent)


def test_a_read_only_folder_for_real(nobodys: Path) -> None:
    db = nobodys / paths.DB_FILE
    nobodys.chmod(0o500)
    before = db.read_bytes()
    done = _as_nobody(nobodys, "search", "child")
    assert done.returncode == 0 and "pathway:" in done.stdout, done.stderr
    assert len(_one_line(done.stderr)) == 1 and "open for reading only" in done.stderr
    done = _as_nobody(nobodys, "contacts", "list")
    assert done.returncode == 0 and "Saved before" in done.stdout
    done = _as_nobody(nobodys, "contacts", "add", "--role", "iom", "--organisation", NAME)
    assert done.returncode == 2 and len(_one_line(done.stderr)) == 1 and "cannot be written" in done.stderr
    assert db.read_bytes() == before


def test_a_read_only_database_file_for_real(nobodys: Path) -> None:
    db = nobodys / paths.DB_FILE
    db.chmod(0o400)
    before = db.read_bytes()
    done = _as_nobody(nobodys, "show", "pathway:child")
    assert done.returncode == 0 and done.stdout.strip(), done.stderr
    for save in (
        ("contacts", "add", "--role", "iom", "--organisation", NAME),
        ("checklist", "new", "--title", NAME),
    ):
        done = _as_nobody(nobodys, *save)
        assert done.returncode == 2, (save, done.stderr)
        assert len(_one_line(done.stderr)) == 1 and "cannot be written" in done.stderr
    assert db.read_bytes() == before
