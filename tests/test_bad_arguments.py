"""Hostile arguments and odd data-folder paths (the reliability review's crashes): each gets one
clear line and exit 2, or just works; never "unexpected error" (exit 1 and a crash log)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bali_desktop import paths
from tests.cli_runner import run

LONG_NAME = "x" * 300


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One data folder for the module: every case here is refused, so nothing changes it."""
    folder = tmp_path_factory.mktemp("bad-args") / "data"
    assert run_ok(folder, "db", "upgrade")
    return str(folder)


def run_ok(folder: Path, *args: str) -> bool:
    from bali_desktop.cli import main

    return main(["--data-dir", str(folder), *args]) == 0


def one_line_refusal(capsys, data: str, *args: str) -> str:  # noqa: ANN001
    code, _out, err = run(capsys, "--data-dir", data, *args)
    assert code == 2, (args, err)
    assert "unexpected error" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize(
    "args",
    [
        ["show", "\udcff"],
        ["search", "caf\udce9"],
        ["contacts", "add", "--role", "iom", "--organisation", "Org\udcff"],
        ["contacts", "list", "--role", "\udcff"],
        ["checklist", "new", "--title", "\udcff"],
        ["checklist", "new-from", "pathway:child", "--title", "T\udcff"],
        ["export", "pathway:child", "-o", "/tmp/\udcff.pdf"],
    ],
    ids=lambda a: " ".join(a[:2]),
)
def test_text_that_is_not_utf8_is_refused(capsys, data: str, args: list[str]) -> None:  # noqa: ANN001
    assert "not valid UTF-8" in one_line_refusal(capsys, data, *args)


@pytest.mark.parametrize(
    "args",
    [
        ["contacts", "remove", "99999999999999999999999"],
        ["contacts", "remove", "²"],
        ["checklist", "show", "99999999999999999999999"],
        ["checklist", "show", "²"],
        ["checklist", "show", "checklist:²"],
        ["checklist", "show", "checklist:99999999999999999999999"],
        ["checklist", "add", "99999999999999999999999", "pathway:child"],
        ["checklist", "duplicate", "²"],
        ["checklist", "delete", "99999999999999999999999"],
        ["export", "checklist:²", "-o", "out.pdf"],
        ["export", "checklist:99999999999999999999999", "-o", "out.pdf"],
    ],
    ids=lambda a: " ".join(a),
)
def test_ids_that_are_not_ids_are_refused(capsys, data: str, args: list[str], monkeypatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    one_line_refusal(capsys, data, *args)
    assert not (tmp_path / "out.pdf").exists()


def test_a_file_name_too_long_is_refused(capsys, data: str, tmp_path: Path) -> None:  # noqa: ANN001
    err = one_line_refusal(capsys, data, "export", "pathway:child", "-o", str(tmp_path / f"{LONG_NAME}.pdf"))
    assert "too long" in err
    err = one_line_refusal(capsys, data, "db", "backup", str(tmp_path / f"{LONG_NAME}.sqlite3"))
    assert "too long" in err


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_a_symlink_loop_is_refused(capsys, data: str, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    one_line_refusal(capsys, data, "export", "pathway:child", "-o", str(tmp_path / "a"))
    one_line_refusal(capsys, data, "db", "backup", str(tmp_path / "a"))


@pytest.mark.parametrize("name", ["-journal", "-wal", "-shm", ".before-0001.bak", ".before-0002.bak", ""])
def test_db_backup_onto_the_databases_own_files_is_refused(capsys, data: str, name: str) -> None:  # noqa: ANN001
    target = Path(data) / f"{paths.DB_FILE}{name}"
    existed = target.exists()
    err = one_line_refusal(capsys, data, "db", "backup", str(target))
    assert "already exists" in err or "own database files" in err
    assert target.exists() == existed
    assert run(capsys, "--data-dir", data, "contacts", "list")[0] == 0  # still opens


@pytest.mark.skipif(os.name == "nt", reason="symbolic links")
def test_db_backup_through_a_link_to_a_sidecar_is_refused(capsys, data: str, tmp_path: Path) -> None:  # noqa: ANN001
    link = tmp_path / "innocent.sqlite3"
    link.symlink_to(Path(data) / f"{paths.DB_FILE}-journal")
    one_line_refusal(capsys, data, "db", "backup", str(link))
    assert not (Path(data) / f"{paths.DB_FILE}-journal").exists()


@pytest.mark.parametrize("odd", ["q?x", "p%41x", "h#b", "a?b#c%20d"])
def test_a_data_folder_with_uri_characters_in_its_path(capsys, tmp_path: Path, odd: str) -> None:  # noqa: ANN001
    folder = tmp_path / odd
    code, _, err = run(
        capsys, "--data-dir", str(folder), "contacts", "add", "--role", "iom", "--organisation", "Odd"
    )
    assert code == 0, err
    code, out, err = run(capsys, "--data-dir", str(folder), "contacts", "list")
    assert code == 0 and "Odd" in out, err
    assert [p.name for p in tmp_path.iterdir()] == [odd]  # no stray database beside it
    con = sqlite3.connect(folder / paths.DB_FILE)
    assert con.execute("SELECT organisation FROM contacts").fetchall() == [("Odd",)]
    con.close()


def test_a_console_that_cannot_show_thai_still_lists(tmp_path: Path) -> None:
    """A Windows console (cp1252) redirected to a file: the Thai name comes out as ?, no crash."""
    import subprocess
    import sys

    folder = tmp_path / "thai"
    assert run_ok(folder, "contacts", "add", "--role", "iom", "--organisation", "องค์กร")
    env = dict(os.environ, PYTHONIOENCODING="cp1252", PYTHONPATH=str(paths.ROOT))
    for args in (["contacts", "list"], ["checklist", "list"]):
        done = subprocess.run(
            [sys.executable, "-m", "bali_desktop", "--data-dir", str(folder), *args],
            capture_output=True,
            env=env,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert b"unexpected error" not in done.stderr
