"""Hypothesis over every CLI text field and path (issue 11, point 9): each input gets success or
one clear line with exit 2, never exit 1 ("unexpected error"), and nothing is half-saved. Kept
bounded: few examples per field, no deadline."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bali_desktop import paths
from bali_desktop.services.session import Session
from tests.cli_runner import run

SETTINGS = settings(
    max_examples=int(os.environ.get("BALI_FUZZ_EXAMPLES", "12")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA|CREATE|DROP|WHERE|VALUES)\b|sqlite3\.")
FEW = settings(SETTINGS, max_examples=max(4, SETTINGS.max_examples // 3))

# text a user (or a script, or a broken shell) might pass: any character, lone surrogates (bytes
# that are not UTF-8), control characters, very long text, markup and SQL
ODD = st.sampled_from(
    [
        "",
        " ",
        "\udcff",
        "a\udc80b",
        "\x00",
        "\x1b[31m",
        "²",
        "99999999999999999999999",
        "-1",
        "%s%n",
        "'; DROP TABLE notes; --",
        "<img src=http://x/a.png>",
        "x" * 3000,
        "ก" * 50,
        "\u202e",
        "../../etc/passwd",
        "?",
        "#",
        "%41",
    ]
)
TEXT = st.one_of(ODD, st.text(max_size=60))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("fuzz") / "data"
    Session.open(d).close()
    return d


def _rows(folder: Path, table: str) -> int:
    con = sqlite3.connect(folder / paths.DB_FILE)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
    finally:
        con.close()


def _clear(capsys, folder: Path, *args: str) -> tuple[int, str]:  # noqa: ANN001
    code, out, err = run(capsys, "--data-dir", str(folder), *args)
    assert code in (0, 2), (args, code, err)
    assert "unexpected error" not in err and "Traceback" not in err, (args, err)
    if code == 2:
        assert len(err.strip().splitlines()) == 1, (args, err)
        # what the user typed may come back (as typed, or folded as a path); nothing else may hold
        # SQL or a web link
        ours = err
        for arg in sorted(args, key=len, reverse=True):
            ours = ours.replace(arg, "")
            with contextlib.suppress(ValueError):
                ours = ours.replace(str(Path(arg)), "")
        ours = ours.replace("http:/x", "")  # the odd name's link, folded by a path and cut at "/"
        assert not SQL_WORDS.search(ours) and "http" not in ours, (args, err)
    return code, out


@SETTINGS
@given(ref=TEXT)
def test_show_and_search(capsys, folder: Path, ref: str) -> None:  # noqa: ANN001
    _clear(capsys, folder, "show", ref)
    _clear(capsys, folder, "search", ref, "--limit", "3")
    _clear(capsys, folder, "search", "child", "--kind", ref)
    _clear(capsys, folder, "contacts", "list", "--role", ref)


@SETTINGS
@given(
    field=st.sampled_from(["--organisation", "--phone", "--hours", "--notes", "--country", "--role"]),
    value=TEXT,
)
def test_contacts_add_saves_all_or_nothing(capsys, folder: Path, field: str, value: str) -> None:  # noqa: ANN001
    values = {
        "--role": "iom",
        "--organisation": "Org",
        "--phone": "",
        "--hours": "",
        "--notes": "",
        "--country": "",
    }
    values[field] = value
    before = _rows(folder, "contacts")
    code, _ = _clear(capsys, folder, "contacts", "add", *[x for kv in values.items() for x in kv])
    assert _rows(folder, "contacts") == before + (1 if code == 0 else 0)


@SETTINGS
@given(value=TEXT)
def test_ids_and_refs(capsys, folder: Path, value: str) -> None:  # noqa: ANN001
    before = (_rows(folder, "contacts"), _rows(folder, "checklists"))
    _clear(capsys, folder, "contacts", "remove", value)
    _clear(capsys, folder, "checklist", "show", value)
    _clear(capsys, folder, "checklist", "add", value, "pathway:child")
    _clear(capsys, folder, "checklist", "duplicate", value)
    _clear(capsys, folder, "checklist", "delete", value)
    _clear(capsys, folder, "checklist", "new-from", value)
    after = (_rows(folder, "contacts"), _rows(folder, "checklists"))
    assert after[0] <= before[0] and abs(after[1] - before[1]) <= 2


@SETTINGS
@given(title=TEXT)
def test_checklist_titles_save_all_or_nothing(capsys, folder: Path, title: str) -> None:  # noqa: ANN001
    before = _rows(folder, "checklists")
    code, _ = _clear(capsys, folder, "checklist", "new", "--title", title)
    assert _rows(folder, "checklists") == before + (1 if code == 0 else 0)


NAMES = st.one_of(ODD, st.text(min_size=1, max_size=40))


@FEW
@given(name=NAMES)
def test_backup_and_restore_paths(capsys, folder: Path, tmp_path_factory, name: str) -> None:  # noqa: ANN001
    where = tmp_path_factory.mktemp("out")
    target = where / name if "\x00" not in name else Path(str(where) + "/" + name)
    code, _ = _clear(capsys, folder, "db", "backup", str(target))
    made = [p for p in where.rglob("*") if p.is_file()]
    assert (code == 0) == bool(made), (name, made)  # a copy, or no file at all
    _clear(capsys, folder, "db", "restore", str(target) + ".missing")
    _clear(capsys, folder, "db", "restore", name)


@FEW
@given(field=st.sampled_from(["-o", "--title", "--workshop", "--date"]), value=TEXT)
def test_export_fields(capsys, folder: Path, tmp_path_factory, field: str, value: str) -> None:  # noqa: ANN001
    where = tmp_path_factory.mktemp("pdf")
    args = {"-o": str(where / "out.pdf"), "--title": "", "--workshop": "", "--date": ""}
    args[field] = str(where / value) if field == "-o" else value
    code, _ = _clear(
        capsys,
        folder,
        "export",
        "checklist:1",
        "aid:smuggling-or-trafficking",
        *[x for kv in args.items() for x in kv],
    )
    leftovers = [p.name for p in where.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []  # never a half-written file
    if code == 2:
        assert not (where / "out.pdf").exists()


def test_the_data_folder_path(capsys, tmp_path: Path) -> None:  # noqa: ANN001
    for odd in ("q?x", "p%41x", "h#b", "sp ace", "ก", "-dash"):
        code, _out, err = run(capsys, "--data-dir", str(tmp_path / odd), "contacts", "list")
        assert code == 0, (odd, err)
    shutil.rmtree(tmp_path)


def test_titles_and_cover_text_refuse_control_characters_and_cover_text_is_bounded(
    capsys, folder: Path
) -> None:  # noqa: ANN001
    before = _rows(folder, "checklists")
    code, _ = _clear(capsys, folder, "checklist", "new", "--title", "a\x1b[2Jb")
    assert code == 2 and _rows(folder, "checklists") == before
    code, _ = _clear(
        capsys,
        folder,
        "export",
        "aid:smuggling-or-trafficking",
        "-o",
        "/tmp/x.pdf",
        "--workshop",
        "w" * 100_000,
    )
    assert code == 2


def test_export_to_a_dash_is_refused_not_a_file_named_dash(
    capsys, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    code, _ = _clear(capsys, folder, "export", "aid:smuggling-or-trafficking", "-o", "-")
    assert code == 2 and not (tmp_path / "-").exists()
