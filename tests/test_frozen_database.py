"""Frozen databases of earlier schema revisions open with every user row intact.

Each tests/fixtures/db/<revision>.sqlite3 was made by tools/make_db_fixture.py at the commit where
that revision was the head, with user rows in every user table; <revision>.expected.json beside it
holds those rows as the code of the time read them back. Each test copies a fixture, opens it the
way the app does (which upgrades it to today's head and reloads the shipped content), and checks
one kind of row, field by field. A new migration is exercised by every older fixture; add a new
fixture (run the tool) whenever a revision becomes the head.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bali_desktop import paths
from bali_desktop.services.session import Session
from bali_desktop.storage.migrate import current_revision
from bali_desktop.storage.revision import HEAD

FIXTURES = Path(__file__).parent / "fixtures" / "db"
FROZEN = sorted(FIXTURES.glob("*.sqlite3"))


# --- the one place that knows how the app opens a database and reads it ----------------------


@contextmanager
def open_app_database(data_dir: Path) -> Iterator[Session]:
    """The app's normal open path (create or upgrade, reload the shipped content), with the
    session's stores: `.content`, `.user`, `.checklists`."""
    session = Session.open(data_dir)
    try:
        yield session
    finally:
        session.close()


def commitment_statuses(opened: Session) -> list[dict[str, str]]:
    """No reader exists yet (the tracker comes later): read the table itself until one does."""
    rows = opened.connection.execute(
        "SELECT ref, status, note, updated_at FROM commitment_status ORDER BY ref"
    )
    return [dict(zip(("ref", "status", "note", "updated_at"), r, strict=True)) for r in rows]


# ----------------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """Dataclasses, datetimes, tuples and dicts as JSON-ready data (as tools/make_db_fixture.py)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def _revision_in(db_file: Path) -> str:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.fixture(params=FROZEN, ids=[p.name for p in FROZEN])
def frozen(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Session, dict[str, Any], Path]]:
    """A copy of one frozen file in a fresh data folder, opened by the app; and what it held."""
    source: Path = request.param
    expected = json.loads(source.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert _revision_in(source) == expected["revision"] == source.stem
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(source, data_dir / paths.DB_FILE)
    with open_app_database(data_dir) as opened:
        yield opened, expected, data_dir


def test_fixtures_exist_for_the_head_revision() -> None:
    """Every head revision leaves a frozen file behind (tools/make_db_fixture.py), so the next
    migration has one to upgrade."""
    assert FROZEN, f"no frozen databases in {FIXTURES}"
    assert HEAD in {p.stem for p in FROZEN}, f"run tools/make_db_fixture.py: no {HEAD}.sqlite3 yet"
    for db_file in FROZEN:
        assert db_file.with_suffix(".expected.json").exists(), f"{db_file.name} has no .expected.json"
        assert not db_file.with_name(db_file.name + "-wal").exists()


def test_the_file_is_upgraded_to_head_with_a_backup_of_an_older_one(frozen) -> None:
    opened, expected, data_dir = frozen
    assert current_revision(data_dir / paths.DB_FILE) == HEAD
    backup = data_dir / f"{paths.DB_FILE}.before-{HEAD}.bak"
    assert backup.exists() == (expected["revision"] != HEAD)
    assert opened.integrity() == "ok"


def test_the_shipped_content_is_loaded_and_searchable(frozen) -> None:
    opened, _, _ = frozen
    assert opened.content.content_version not in ("", "unknown")
    assert opened.content.get("pathway:child") is not None
    assert opened.content.stats()["pathway"] > 0
    hits = opened.content.search("child")
    assert "pathway:child" in [h.ref for h in hits]
    assert opened.content.search("smuggling", kind="commitment")


def test_bookmarks_survive(frozen) -> None:
    opened, expected, _ = frozen
    assert opened.user.bookmarks() == expected["bookmarks"]  # newest first, as they were made
    for ref in expected["bookmarks"]:
        assert opened.user.is_bookmarked(ref), ref


def test_notes_survive(frozen) -> None:
    opened, expected, _ = frozen
    assert opened.user.notes() == expected["notes"]
    assert list(opened.user.notes()) == list(expected["notes"])  # most recently edited first
    for ref, text in expected["notes"].items():
        assert opened.user.note(ref) == text, ref


def test_recent_items_survive(frozen) -> None:
    opened, expected, _ = frozen
    assert opened.user.recent(limit=100) == expected["recent"]


def test_contacts_survive(frozen) -> None:
    opened, expected, _ = frozen
    contacts = [plain(c) for c in opened.user.contacts()]
    assert len(contacts) == len(expected["contacts"])
    for got, want in zip(contacts, expected["contacts"], strict=True):
        assert got == want  # id, role, organisation, phone, hours, notes, country


def test_walkthrough_ticks_survive(frozen) -> None:
    opened, expected, _ = frozen
    for pathway_ref, ticks in expected["ticks"].items():
        assert [plain(t) for t in opened.user.ticks(pathway_ref)] == ticks, pathway_ref


def test_settings_survive(frozen) -> None:
    opened, expected, _ = frozen
    for key, value in expected["settings"].items():
        assert opened.user.setting(key, default="<missing>") == value, key


def test_commitment_status_survives(frozen) -> None:
    opened, expected, _ = frozen
    assert commitment_statuses(opened) == expected["commitment_status"]


def test_tracker_survives(frozen) -> None:
    """From 0004: the tracker's columns and its dated log (older files have neither to check)."""
    opened, expected, _ = frozen
    for table, fields in (
        ("commitment_status", ("ref", "status", "agency", "next_step", "evidence", "updated_at")),
        ("tracker_log", ("id", "ref", "on_date", "action", "created_at")),
    ):
        key = "tracker" if table == "commitment_status" else table
        if key in expected:
            rows = opened.connection.execute(f"SELECT {', '.join(fields)} FROM {table} ORDER BY 1")
            assert [dict(zip(fields, r, strict=True)) for r in rows] == expected[key]


def test_checklist_list_survives(frozen) -> None:
    opened, expected, _ = frozen
    summaries = [plain(s) for s in opened.checklists.list()]
    assert len(summaries) == len(expected["checklist_summaries"])
    for got, want in zip(summaries, expected["checklist_summaries"], strict=True):
        assert got == want  # id, title, type, origin, item count, updated_at; newest first


def _as_frozen(got: dict[str, Any], want: dict[str, Any]) -> dict[str, Any]:
    """An item without the fields the model gained after the file was frozen (a pathway step's
    printed condition and say script, 2026-12), which must read as their defaults."""
    newer = {k: v for k, v in got.items() if k not in want}
    assert all(v in ("", [], None, False) for v in newer.values()), newer
    return {k: v for k, v in got.items() if k in want}


def test_saved_checklists_survive_field_by_field(frozen) -> None:
    opened, expected, _ = frozen
    for want in expected["checklists"]:
        got = plain(opened.checklists.get(want["id"]))
        for got_pp, want_pp in zip(got["pause_points"], want["pause_points"], strict=False):
            items, wanted = got_pp["items"], want_pp["items"]
            if len(items) == len(wanted):  # else the comparisons below fail, as they should
                got_pp["items"] = [_as_frozen(g, w) for g, w in zip(items, wanted, strict=True)]
        for field in want.keys() - {"pause_points"}:
            assert got[field] == want[field], (want["id"], field)
        assert len(got["pause_points"]) == len(want["pause_points"]), want["id"]
        for got_pp, want_pp in zip(got["pause_points"], want["pause_points"], strict=True):
            assert {k: v for k, v in got_pp.items() if k != "items"} == {
                k: v for k, v in want_pp.items() if k != "items"
            }
            assert got_pp["items"] == want_pp["items"], (want["id"], want_pp["title"])
        assert got == want


def test_the_edited_pathway_checklist_keeps_its_edit(frozen) -> None:
    """The checklist made from pathway:child with its first item reworded: the new words, no
    longer official, and the decision items with their options, as they were saved."""
    opened, expected, _ = frozen
    (want,) = [c for c in expected["checklists"] if c["origin_ref"] == "pathway:child"]
    got = opened.checklists.get(want["id"])
    first = got.pause_points[0].items[0]
    assert first.text == want["pause_points"][0]["items"][0]["text"]
    assert first.text.endswith("(our port: call first)")
    assert first.note == "Edited."
    assert first.official is False
    decisions = [i for pp in got.pause_points for i in pp.items if i.options]
    assert decisions and all(o.label for d in decisions for o in d.options)
    assert "child-protection" in got.contact_roles
