"""Saved checklists on a small database file made from storage/schema.py's models
(storage/checklist_store.py): refs, the list and its order and counts, what a save stores and
returns (new, updated, restored), the title's limit, delete, restore under the old id or a new
one, duplicate. Written for the mutants that the session-level tests let live (docs/mutation.md)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from bali_desktop.domain.checklist import Checklist, ChecklistItem, PausePoint
from bali_desktop.domain.errors import UsageError
from bali_desktop.storage import checklist_store, connection, schema
from bali_desktop.storage.checklist_store import ChecklistStore, ChecklistSummary


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[ChecklistStore, Path]]:
    path = tmp_path / "c.sqlite3"
    c = connection.connect(path)
    for table in schema.Base.metadata.sorted_tables:
        c.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))
    yield ChecklistStore(c), path
    c.close()


@pytest.fixture
def store(db: tuple[ChecklistStore, Path]) -> ChecklistStore:
    return db[0]


def card(title: str = "Card", items: int = 1, **kw: object) -> Checklist:
    points = [PausePoint("First", "at once", [ChecklistItem(f"Do {i}") for i in range(items)])]
    return Checklist(title, "DO-CONFIRM", points, purpose="Why", origin_ref="pathway:p", **kw)  # type: ignore[arg-type]


def row(store: ChecklistStore, checklist_id: int) -> tuple[object, ...]:
    found: tuple[object, ...] = store.con.execute(
        f"SELECT {', '.join(checklist_store.CHECKLIST_COLUMNS)} FROM checklists WHERE id = ?", (checklist_id,)
    ).fetchone()
    return found


# --- refs ----------------------------------------------------------------------------------


def test_a_checklist_ref_gives_its_id() -> None:
    assert checklist_store.parse_ref("checklist:12") == 12
    assert checklist_store.parse_ref("checklist:0") == 0
    assert checklist_store.parse_ref("checklist:" + "9" * 18) == int("9" * 18)
    assert ChecklistSummary(7, "T", "READ-DO", None, 0, datetime(2026, 1, 1)).ref == "checklist:7"


@pytest.mark.parametrize("ref", ["pathway:child", "checklists:1", "Checklist:1", "", "guide:1"])
def test_another_ref_is_no_checklist(ref: str) -> None:
    assert checklist_store.parse_ref(ref) is None


@pytest.mark.parametrize(
    "ref",
    [
        "checklist",
        "checklist:",
        "checklist:x",
        "checklist:-1",
        "checklist:1 ",
        "checklist:١",
        "checklist:1:2",
    ],
)
def test_a_checklist_ref_without_ascii_digits_is_refused(ref: str) -> None:
    with pytest.raises(UsageError) as raised:
        checklist_store.parse_ref(ref)
    assert str(raised.value) == (
        f"{ref!r} is not a checklist ref; they look like checklist:12 (see `bali-desktop checklist list`)."
    )


def test_a_checklist_ref_beyond_sqlites_range_is_refused() -> None:
    with pytest.raises(UsageError, match="is not a checklist ref"):
        checklist_store.parse_ref("checklist:" + "1" * 19)


# --- save, get, list -----------------------------------------------------------------------


def test_a_new_checklist_is_stored_whole_and_returned_with_its_id_and_times(store: ChecklistStore) -> None:
    before = datetime.now().replace(microsecond=0)
    new = card(" Card ", items=2)
    saved = store.save(new)
    assert new.id is None and new.title == " Card "  # the caller's copy is left as it was
    assert saved.id is not None and saved.title == "Card"
    assert saved.created_at == saved.updated_at and saved.updated_at is not None
    assert saved.updated_at.microsecond == 0 and before <= saved.updated_at <= datetime.now()
    id_, title, ctype, origin, body, created, updated = row(store, saved.id)
    assert (id_, title, ctype, origin) == (saved.id, "Card", "DO-CONFIRM", "pathway:p")
    assert json.loads(str(body)) == new.body()
    assert connection.from_db(str(created)) == connection.from_db(str(updated)) == saved.created_at
    back = store.get(saved.id)
    assert back.body() == new.body() and back.title == "Card" and back.checklist_type == "DO-CONFIRM"
    assert (back.origin_ref, back.id, back.created_at, back.updated_at) == (
        "pathway:p",
        saved.id,
        saved.created_at,
        saved.updated_at,
    )


def test_an_updated_checklist_keeps_its_id_and_creation_time(store: ChecklistStore) -> None:
    first = store.save(card(created_at=None))
    created = datetime(2020, 5, 6, 7, 8, 9)
    store.con.execute("UPDATE checklists SET created_at = ?", (connection.to_db(created),))
    edited = store.get(first.id)  # type: ignore[arg-type]
    edited.title, edited.checklist_type, edited.origin_ref, edited.purpose = "New", "READ-DO", None, "P2"
    again = store.save(edited)
    assert again.id == first.id and again.title == "New" and again.created_at == created
    id_, title, ctype, origin, body, stored_created, _updated = row(store, first.id)  # type: ignore[arg-type]
    assert (id_, title, ctype, origin) == (first.id, "New", "READ-DO", None)
    assert json.loads(str(body))["purpose"] == "P2"
    assert connection.from_db(str(stored_created)) == created
    assert store.con.execute("SELECT count(*) FROM checklists").fetchone()[0] == 1


def test_a_saved_checklist_with_an_id_no_longer_stored_is_inserted_under_that_id(
    store: ChecklistStore,
) -> None:
    created = datetime(2021, 1, 2, 3, 4, 5)
    saved = store.save(card(id=41, created_at=created))
    assert saved.id == 41 and saved.created_at == created
    assert store.get(41).created_at == created


def test_a_blank_title_is_saved_as_untitled_and_a_long_one_refused(store: ChecklistStore) -> None:
    assert store.save(card("  ")).title == "Untitled checklist"
    longest = "x" * checklist_store.MAX_TITLE
    assert store.save(card(longest)).title == longest
    with pytest.raises(UsageError) as raised:
        store.save(card(longest + "x"))
    assert str(raised.value) == "A checklist title is at most 200 characters."
    assert checklist_store.MAX_TITLE == 200
    assert len(store.list()) == 2


def test_the_list_is_newest_first_with_item_counts(store: ChecklistStore) -> None:
    a = store.save(card("A", items=1))
    b = store.save(card("B", items=3))
    c = store.save(card("C", items=0))
    same = connection.to_db(datetime(2026, 1, 1))
    store.con.execute("UPDATE checklists SET updated_at = ? WHERE id IN (?, ?)", (same, a.id, c.id))
    store.con.execute(
        "UPDATE checklists SET updated_at = ? WHERE id = ?", (connection.to_db(datetime(2026, 2, 1)), b.id)
    )
    listed = store.list()
    assert [(s.id, s.title, s.item_count) for s in listed] == [(b.id, "B", 3), (c.id, "C", 0), (a.id, "A", 1)]
    assert listed[0] == ChecklistSummary(b.id, "B", "DO-CONFIRM", "pathway:p", 3, datetime(2026, 2, 1))  # type: ignore[arg-type]


def test_items_are_counted_over_every_pause_point(store: ChecklistStore) -> None:
    two = card(items=2)
    two.pause_points.append(
        PausePoint("Second", items=[ChecklistItem("x"), ChecklistItem("y"), ChecklistItem("z")])
    )
    store.save(two)
    assert [s.item_count for s in store.list()] == [5]


def test_a_checklist_that_is_not_there_is_refused_by_id(store: ChecklistStore) -> None:
    with pytest.raises(UsageError) as raised:
        store.get(9)
    assert str(raised.value) == "No checklist with id 9. `bali-desktop checklist list` shows them."


def test_a_stored_body_of_null_or_not_an_object_reads_empty(store: ChecklistStore) -> None:
    for body in ("", "null", "[1]", '"text"'):
        store.con.execute(
            "INSERT INTO checklists (title, checklist_type, origin_ref, body, created_at, updated_at) "
            "VALUES ('Old', 'READ-DO', NULL, ?, '2020-01-01 00:00:00', '2020-01-01 00:00:00')",
            (body,),
        )
    assert [s.item_count for s in store.list()] == [0] * 4
    assert all(store.get(s.id).pause_points == [] for s in store.list())


# --- delete, restore, duplicate ------------------------------------------------------------


def test_a_deleted_checklist_is_returned_and_gone_from_the_file_and_the_wal(
    db: tuple[ChecklistStore, Path],
) -> None:
    store, path = db
    kept = store.save(card("Kept"))
    gone = store.save(card("Gone-zzqqxx-marker"))
    store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Gone-zzqqxx-marker" in path.read_bytes()
    back = store.delete(gone.id)  # type: ignore[arg-type]
    assert back.id == gone.id and back.title == "Gone-zzqqxx-marker" and back.body() == gone.body()
    assert path.with_name(path.name + "-wal").stat().st_size == 0
    assert b"Gone-zzqqxx-marker" not in path.read_bytes()
    assert [s.id for s in store.list()] == [kept.id]


def test_a_restored_checklist_comes_back_under_its_id_whole(store: ChecklistStore) -> None:
    gone = store.delete(store.save(card("Back", items=2)).id)  # type: ignore[arg-type]
    back = store.restore(gone)
    assert back.id == gone.id and back.created_at == gone.created_at
    assert store.get(gone.id).body() == gone.body()  # type: ignore[arg-type]


def test_a_checklist_restored_twice_gets_a_new_id_and_never_replaces_another(store: ChecklistStore) -> None:
    gone = store.delete(store.save(card("Back")).id)  # type: ignore[arg-type]
    first = store.restore(gone)
    second = store.restore(gone)
    assert first.id == gone.id and second.id is not None and second.id != gone.id
    assert gone.id == first.id  # the checklist given is not changed
    assert len(store.list()) == 2


def test_a_restore_of_a_checklist_without_id_is_a_new_one(store: ChecklistStore) -> None:
    assert store.restore(card("Fresh")).id is not None


def test_a_duplicate_is_a_new_checklist_titled_copy(store: ChecklistStore) -> None:
    original = store.save(card("Orig", items=2, created_at=datetime(2020, 1, 1)))
    dup = store.duplicate(original.id)  # type: ignore[arg-type]
    assert dup.id != original.id and dup.title == "Orig (copy)"
    assert dup.created_at == dup.updated_at and dup.created_at != datetime(2020, 1, 1)
    assert store.get(dup.id).body() == store.get(original.id).body()  # type: ignore[arg-type]
    assert store.get(original.id).title == "Orig"  # type: ignore[arg-type]
    long = store.save(card("y" * checklist_store.MAX_TITLE))
    assert store.duplicate(long.id).title == "y" * checklist_store.MAX_TITLE  # type: ignore[arg-type]
