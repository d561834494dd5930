"""Freeze a database of today's schema revision, with user rows in it, for later migrations to upgrade.

    .venv/bin/python tools/make_db_fixture.py

writes tests/fixtures/db/<HEAD>.sqlite3 and <HEAD>.expected.json (the user rows it holds, read
back by the code that wrote them). tests/test_frozen_database.py opens every such file with the
app's normal open path and checks that every user row is still there, field by field.

Run it once per schema revision, at the commit that makes that revision the head, and commit both
files. It refuses to overwrite: a frozen file is never rebuilt by later code (that would hide the
very change it guards against). Keep its calls in step with the storage API, so that it runs
when the next revision becomes the head; `--out /tmp/x` tries it without touching the fixtures.
0001.sqlite3 was made by the tool's first version, on the API of its day (Library.open, UserData
on its connection, ChecklistStore on a SQLAlchemy engine), from a clean export of commit ff8a662
(`git archive ff8a662 | tar -x -C /tmp/snap`, the tool copied in and run there with `--out`
pointing at tests/fixtures/db of the checkout).

The file is built by the app's own code (Session.open, its user and checklist stores, and the checklist
builders) under a fixed clock, so every stored time is known. The content tables are then emptied
and the stored content digest replaced by a marker, so that the file is small and any open reloads
the shipped content (as it does whenever the digest differs); the WAL is checkpointed and the
journal mode set to DELETE, so the fixture is one self-contained file.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bali_desktop import paths  # noqa: E402
from bali_desktop.checklists import builders  # noqa: E402
from bali_desktop.domain.checklist import ChecklistItem, PausePoint, edited_item  # noqa: E402
from bali_desktop.services.session import Session  # noqa: E402
from bali_desktop.storage import checklist_store, user_store  # noqa: E402
from bali_desktop.storage.connection import to_db  # noqa: E402
from bali_desktop.storage.revision import HEAD  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "db"
CONTENT_TABLES = (
    "content_fts",
    "content_fts_terms",
    "content_items",
    "source_paragraphs",
    "source_documents",
)
DIGEST_MARKER = "emptied-by-tools/make_db_fixture.py"  # never a real digest: an open reloads content
START = datetime(2026, 12, 1, 9, 0, 0, 250_000)
TRACKER_FIELDS = ("ref", "status", "agency", "next_step", "evidence", "updated_at")  # from 0004
TRACKER_LOG_FIELDS = ("id", "ref", "on_date", "action", "created_at")  # from 0004


def _clock() -> Iterator[datetime]:
    """A fixed clock: 67.5 seconds on at every reading, so every row's time is distinct and known."""
    moment = START
    while True:
        yield moment
        moment += timedelta(seconds=67, microseconds=500_000)


def plain(value: Any) -> Any:
    """Dataclasses, datetimes, tuples and dicts as JSON-ready data (the test does the same)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def add_user_rows(lib: Session) -> None:
    """One or more rows in every user table, through the app's own writers."""
    user = lib.user
    roles = {i.id for i in lib.content.items("role")}

    for ref in ("pathway:child", "commitment:adelaide-2023-12", "aid:smuggling-or-trafficking"):
        user.toggle_bookmark(ref)
    user.toggle_bookmark("area:adelaide-2023-1")
    user.toggle_bookmark("area:adelaide-2023-1")  # bookmarked and removed again: not stored

    user.set_note("commitment:adelaide-2023-12", "Ask the RSO for the scam study")
    user.set_note("pathway:child", "Interpreter list: ask the shift lead.\nSecond line, Thai: ล่ามภาษาไทย")
    user.set_note("role:health", "")  # an empty note is not kept

    for ref in (
        "pathway:child",
        "guide:policy-guide-identifying-victims",
        "pathway:child",
        "area:adelaide-2023-5",
    ):
        user.touch_recent(ref)

    user.add_contact(
        "child-protection",
        "Child protection duty officer",
        "+66 2 000 0000",
        "24 hours",
        "Ask for the duty officer.\nSpeaks Thai and English.",
        "Thailand",
        known_roles=roles,
    )
    user.add_contact("interpreter", "Port interpreter pool (ล่าม)", "1234 #5", known_roles=roles)

    user.set_tick("pathway:child", "treat-as-child", "done")
    user.set_tick("pathway:child", "ask-urgent-needs", "not-applicable")
    user.set_tick("pathway:child", "move-to-safe-place", "done")
    user.set_tick("pathway:child", "move-to-safe-place", None)  # unticked again: not stored

    for key, value in (
        ("theme", "dark"),
        ("text_size", "14"),
        ("last_location", "pathway:child#ask-who-with"),
    ):
        user.set_setting(key, value)

    # No code reads or writes commitment_status at 0001 (the tracker comes later): one row by hand,
    # in the stored time format, so a later migration of that table has a row to keep.
    lib.connection.execute(  # autocommit: one statement, one transaction
        "INSERT INTO commitment_status (ref, status, note, updated_at) VALUES (?, ?, ?, ?)",
        ("commitment:adelaide-2023-12", "in-progress", "Draft law with the ministry", user_store._now()),
    )
    # From 0004 the tracker's own columns and its dated log (by hand, in the stored formats, so the
    # fixture does not depend on the tracker store's API of the day).
    lib.connection.execute(
        "UPDATE commitment_status SET agency = ?, next_step = ?, evidence = ? WHERE ref = ?",
        (
            "Ministry of Foreign Affairs (Kementerian Luar Negeri)",
            "Send the draft to the RSO",
            "Draft SOP v2\nhttps://example.org/sop",
            "commitment:adelaide-2023-12",
        ),
    )
    log = (("2026-11-03", "First meeting of the working group"), ("2026-11-20", "Draft SOP v2"))
    for on_date, action in log:
        lib.connection.execute(
            "INSERT INTO tracker_log (ref, on_date, action, created_at) VALUES (?, ?, ?, ?)",
            ("commitment:adelaide-2023-12", on_date, action, user_store._now()),
        )

    store = lib.checklists
    child = builders.build(lib.content, "pathway:child")
    first = child.pause_points[0].items[0]
    child.replace_item(0, 0, edited_item(first, text=f"{first.text} (our port: call first)", note="Edited."))
    builders.add_item(
        child, lib.content.require("commitment:adelaide-2023-12"), lib.content
    )  # official, quoted
    builders.add_item(
        child, lib.content.require("role:child-protection"), lib.content
    )  # joins the contacts box
    child.title = "Children at the port"
    store.save(child)

    area = builders.build(lib.content, "area:adelaide-2023-5")  # DO-CONFIRM, official activities
    store.save(area)

    own = builders.empty("My own list", "DO-CONFIRM")
    own.pause_points[0].items.append(ChecklistItem(text="Check the boat manifest", note="Why: counts."))
    own.insert_pause_point(1, PausePoint(title="After the interview", when="when the interview ends"))
    own.add_item(ChecklistItem(text="File the report"), 1)
    own.purpose = "A list made from nothing"
    saved = store.save(own)
    saved.title = "My own list, renamed"
    store.save(saved)  # an update: created_at stays, updated_at moves

    kept = store.save(builders.empty("Kept, its copy deleted"))
    copy = store.duplicate(kept.id or 0)
    store.delete(copy.id or 0)


def expected_rows(lib: Session) -> dict[str, Any]:
    """What the file holds, read back by the code that wrote it."""
    user = lib.user
    store = lib.checklists
    tick_pathways = sorted(
        {r[0] for r in lib.connection.execute("SELECT pathway_ref FROM walkthrough_ticks")}
    )
    keys = [r[0] for r in lib.connection.execute("SELECT key FROM settings ORDER BY key")]
    summaries = store.list()
    statuses = lib.connection.execute(
        "SELECT ref, status, note, updated_at FROM commitment_status ORDER BY ref"
    )
    return {
        "revision": HEAD,
        "content_version": lib.content_version,
        "bookmarks": user.bookmarks(),
        "notes": user.notes(),
        "recent": user.recent(limit=100),
        "contacts": plain(user.contacts()),
        "ticks": {ref: plain(user.ticks(ref)) for ref in tick_pathways},
        "settings": {key: user.setting(key) for key in keys},
        "checklist_summaries": plain(summaries),
        "checklists": [plain(store.get(s.id)) for s in summaries],
        "commitment_status": [
            dict(zip(("ref", "status", "note", "updated_at"), r, strict=True)) for r in statuses
        ],
        "tracker": [
            dict(zip(TRACKER_FIELDS, r, strict=True))
            for r in lib.connection.execute(
                f"SELECT {', '.join(TRACKER_FIELDS)} FROM commitment_status ORDER BY ref"
            )
        ],
        "tracker_log": [
            dict(zip(TRACKER_LOG_FIELDS, r, strict=True))
            for r in lib.connection.execute(
                f"SELECT {', '.join(TRACKER_LOG_FIELDS)} FROM tracker_log ORDER BY id"
            )
        ],
    }


def check(expected: dict[str, Any]) -> None:
    """The rows are the ones meant (so a fixture is never frozen with a writer's bug in it)."""
    assert expected["bookmarks"] == [
        "aid:smuggling-or-trafficking",
        "commitment:adelaide-2023-12",
        "pathway:child",
    ]
    assert set(expected["notes"]) == {"commitment:adelaide-2023-12", "pathway:child"}
    assert expected["recent"] == [
        "area:adelaide-2023-5",
        "pathway:child",
        "guide:policy-guide-identifying-victims",
    ]
    assert [c["role"] for c in expected["contacts"]] == ["child-protection", "interpreter"]
    assert [t["step_id"] for t in expected["ticks"]["pathway:child"]] == [
        "treat-as-child",
        "ask-urgent-needs",
    ]
    assert set(expected["settings"]) == {"theme", "text_size", "last_location"}
    titles = {c["title"] for c in expected["checklists"]}
    assert (
        len(titles) == 4
        and {"Children at the port", "My own list, renamed", "Kept, its copy deleted"} < titles
    )
    for table in (
        "bookmarks",
        "notes",
        "recent",
        "contacts",
        "ticks",
        "settings",
        "checklists",
        "commitment_status",
        "tracker",
        "tracker_log",
    ):
        assert expected[table], f"no rows in {table}"


def freeze(db_path: Path, target: Path) -> None:
    """Empty the content tables, mark the digest stale, checkpoint, and copy out one file."""
    con = sqlite3.connect(db_path, isolation_level=None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("BEGIN")
        for table in CONTENT_TABLES:
            con.execute(f"DELETE FROM {table}")
        con.execute("INSERT INTO content_fts (content_fts) VALUES ('optimize')")  # drop the tombstones
        con.execute("UPDATE meta SET value = ? WHERE key = 'content_digest'", (DIGEST_MARKER,))
        con.execute("COMMIT")
        con.execute("VACUUM")
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert con.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    for sidecar in ("-wal", "-shm"):
        assert not db_path.with_name(db_path.name + sidecar).exists(), f"{sidecar} left beside the file"
    shutil.copyfile(db_path, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FIXTURES, help="folder for the fixture files")
    args = parser.parse_args(argv)
    target = args.out / f"{HEAD}.sqlite3"
    expected_file = args.out / f"{HEAD}.expected.json"
    if target.exists() or expected_file.exists():
        print(f"{target} exists: a frozen fixture is never rebuilt. Delete it first if you must.")
        return 1

    clock = _clock()
    user_store._now = lambda: to_db(next(clock))  # type: ignore[attr-defined]
    checklist_store._now = lambda: next(clock).replace(microsecond=0)  # type: ignore[attr-defined]

    with tempfile.TemporaryDirectory() as tmp:
        lib = Session.open(Path(tmp))
        try:
            add_user_rows(lib)
            expected = expected_rows(lib)
        finally:
            lib.close()
        check(expected)
        args.out.mkdir(parents=True, exist_ok=True)
        freeze(Path(tmp) / paths.DB_FILE, target)
    expected_file.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {target} ({target.stat().st_size} bytes) and {expected_file.name}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
