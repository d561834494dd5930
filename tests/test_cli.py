"""The command line: JSON shapes, clean one-line errors with exit status 2, contacts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bali_desktop import __version__
from tests.cli_runner import run


@pytest.fixture
def cli(capsys, shared_data_dir: Path):
    return lambda *args: run(capsys, "--data-dir", str(shared_data_dir), *args)


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_search_json_shape(cli) -> None:
    code, out, _ = cli("search", "online scam", "--json", "--limit", "5")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 5
    assert set(hits[0]) == {"ref", "kind", "title", "snippet", "score"}


def test_show_json_shape(cli) -> None:
    code, out, _ = cli("show", "commitment:adelaide-2023-12", "--json")
    item = json.loads(out)
    assert code == 0
    assert item["ref"] == "commitment:adelaide-2023-12" and item["kind"] == "commitment"
    assert item["source"]["document"] == "adelaide-strategy-2023"
    assert item["source"]["locator"] == "Activity 12"
    assert isinstance(item["related"], list) and "online scam" in item["text"]


def test_show_marks_guidance_as_ours(cli) -> None:
    code, out, _ = cli("show", "pathway:child")
    assert code == 0 and "not official Bali Process text" in out


def test_content_stats(cli) -> None:
    code, out, _ = cli("content", "stats", "--json")
    stats = json.loads(out)
    assert stats["adelaide_activities"] == 25 and stats["area"] == 8
    assert stats["cochairs_commitments"] == 6 and stats["principle"] == 8
    assert stats["member"] == 49 and stats["pathway"] >= 6 and stats["guide"] >= 15


@pytest.mark.parametrize(
    "args",
    [
        ("show", "commitment:no-such-thing"),
        ("search", "x", "--limit", "banana"),
        ("no-such-command",),
        ("search", "x", "--kind", "banana"),
        ("show",),
        ("contacts", "remove", "99999"),
        ("contacts", "add", "--role", "nobody", "--organisation", "X"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(cli, args) -> None:
    code, _, err = cli(*args)
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_db_check_and_backup(cli, tmp_path: Path) -> None:
    code, out, _ = cli("db", "check")
    assert code == 0 and "integrity ok" in out
    target = tmp_path / "backup.sqlite3"
    assert cli("db", "backup", str(target))[0] == 0 and target.stat().st_size > 0
    code, _, err = cli("db", "backup", str(target))
    assert code == 2 and "already exists" in err


def test_contacts_add_list_remove(capsys, data_dir: Path) -> None:
    base = ("--data-dir", str(data_dir), "contacts")
    code, out, _ = run(
        capsys,
        *base,
        "add",
        "--role",
        "child-protection",
        "--organisation",
        "Provincial child protection office",
        "--phone",
        "+00 123 456",
        "--hours",
        "24/7",
    )
    assert code == 0
    code, out, _ = run(capsys, *base, "list", "--json")
    [entry] = json.loads(out)
    assert entry["role"] == "child-protection" and entry["phone"] == "+00 123 456"
    code, _, err = run(
        capsys, *base, "add", "--role", "child-protection", "--organisation", "X", "--phone", "call me maybe"
    )
    assert code == 2 and "phone" in err
    assert run(capsys, *base, "remove", str(entry["id"]))[0] == 0
    assert json.loads(run(capsys, *base, "list", "--json")[1]) == []


def test_unexpected_errors_never_show_a_traceback(cli, monkeypatch) -> None:
    from bali_desktop.services import reading

    def boom(*a, **k):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(reading, "find", boom)  # what `search` calls
    code, _, err = cli("search", "child")
    assert code == 1 and "Traceback" not in err and "simulated bug" in err


def test_contact_fields_are_checked_by_name(capsys, data_dir: Path) -> None:
    base = ("--data-dir", str(data_dir), "contacts", "add", "--role", "health")
    code, _, err = run(capsys, *base, "--organisation", "Clinic", "--hours", "x" * 500)
    assert code == 2 and "hours is too long" in err and "at most 100" in err
    code, _, err = run(capsys, *base, "--organisation", "Clinic\nSecond line")
    assert code == 2 and "control characters" in err
    code, _, err = run(capsys, *base, "--organisation", "Clinic", "--phone", "9" * 20000)
    assert code == 2 and len(err) < 400


def test_contact_ids_above_a_thousand_can_be_removed(capsys, data_dir: Path) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "contacts", "remove", "100000")
    assert code == 2 and "No contact with id 100000" in err


def test_an_empty_data_dir_is_refused(capsys) -> None:
    code, _, err = run(capsys, "--data-dir", "", "content", "stats")
    assert code == 2 and "cannot be empty" in err


def test_backup_into_an_unwritable_folder_is_one_line(cli, tmp_path: Path, monkeypatch) -> None:
    import bali_desktop.services.database as database

    real_access = database.os.access
    monkeypatch.setattr(
        database.os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real_access(p, mode)
    )
    code, _, err = cli("db", "backup", str(tmp_path / "b.sqlite3"))
    assert code == 2 and "cannot be written" in err and not (tmp_path / "b.sqlite3").exists()


def test_show_says_an_official_items_title_is_ours(cli) -> None:
    code, out, _ = cli("show", "commitment:adelaide-2023-12")
    assert code == 0 and out.startswith("Activity 12: ") and "written for Bali Desktop" in out
    item = json.loads(cli("show", "commitment:adelaide-2023-12", "--json")[1])
    assert item["title_is_ours"] is True
    assert json.loads(cli("show", "member:turkiye", "--json")[1])["title_is_ours"] is False


def test_wipe_erases_walkthrough_records_only(capsys, data_dir: Path) -> None:
    from bali_desktop.services.session import Session

    lib = Session.open(data_dir)
    user = lib.user
    user.set_tick("pathway:child", "treat-as-child", "done")
    user.set_note("pathway:child", "kept")
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "wipe")
    assert code == 0
    assert user.ticks("pathway:child") == [] and user.note("pathway:child") == "kept"
    lib.close()
