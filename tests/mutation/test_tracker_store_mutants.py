"""The tracker's rows on a real database file (storage/tracker_store.py): what is read back, what
putting an entry back replaces, the log's limit, and clearing. Written to kill the mutants that the
tracker's use-case tests let live (docs/mutation.md)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.tracker import MAX_LOG, Entry, LogEntry, Status
from bali_desktop.storage import connection, schema
from bali_desktop.storage.tracker_store import TrackerStore

A, B = "commitment:adelaide-2023-3", "commitment:adelaide-2023-12"
WHEN = datetime(2026, 11, 30, 9, 15, 0, 123456)


@pytest.fixture
def con(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A database file with the tracker's two tables as storage/schema.py defines them."""
    c = connection.connect(tmp_path / "t.sqlite3")
    for table in (schema.CommitmentStatus.__table__, schema.TrackerLogEntry.__table__):
        c.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))  # type: ignore[arg-type]
    yield c
    c.close()


def test_an_entry_put_is_read_back_whole(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    log = (LogEntry("2026-01-02", "second"), LogEntry("2026-01-01", "first"))
    e = Entry(A, Status.IN_PROGRESS, "Police", "Next", "Ev", "Note", WHEN, log)
    store.put([e])
    back = store.entry(A)
    assert back.fields() == e.fields() and back.note == "Note" and back.updated_at == WHEN
    assert [x.action for x in back.log] == ["first", "second"]  # by date
    assert store.entries() == {A: back} and store.entries([B]) == {} and store.entries([A, B]) == {A: back}
    assert store.entry(B) == Entry(B)


def test_putting_an_entry_back_replaces_its_row_and_its_log_only(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    store.put([Entry(A, Status.DONE, updated_at=WHEN, log=(LogEntry("2026-01-01", "a"),))])
    store.put([Entry(B, Status.PLANNED, updated_at=WHEN, log=(LogEntry("2026-01-01", "b"),))])
    store.put([Entry(A, Status.PLANNED, "Customs", updated_at=WHEN, log=(LogEntry("2026-02-01", "c"),))])
    a, b = store.entry(A), store.entry(B)
    assert a.status is Status.PLANNED and a.agency == "Customs" and [x.action for x in a.log] == ["c"]
    assert b.status is Status.PLANNED and [x.action for x in b.log] == ["b"]
    store.put([Entry(A)])  # nothing recorded: removed, row and log
    assert store.entries() == {B: b}
    assert con.execute("SELECT count(*) FROM tracker_log WHERE ref = ?", (A,)).fetchone()[0] == 0


def test_an_entry_with_a_log_but_no_time_gets_the_time_now(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    before = datetime.now().replace(microsecond=0)
    store.put([Entry(A, log=(LogEntry("2026-01-01", "a"),))])
    stamp = store.entry(A).updated_at
    assert stamp is not None and stamp >= before
    store.put([Entry(B, updated_at=WHEN)])  # a time and no log: kept
    assert store.entry(B).updated_at == WHEN and store.entry(B).log == ()


def test_at_most_the_latest_log_entries_are_kept(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    log = tuple(LogEntry(f"2026-01-{1 + i // 100:02d}", f"a{i}") for i in range(MAX_LOG + 3))
    store.put([Entry(A, updated_at=WHEN, log=log)])
    kept = store.entry(A).log
    assert len(kept) == MAX_LOG and kept[0].action == "a3" and kept[-1].action == f"a{MAX_LOG + 2}"


def test_adding_to_the_log_marks_the_entry_updated_and_stops_at_the_limit(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    store.add_log(A, LogEntry("2026-01-01", "first"))
    e = store.entry(A)
    assert (
        e.status is Status.NOT_STARTED
        and e.recorded
        and e.note == ""
        and [x.action for x in e.log] == ["first"]
    )
    store.put([Entry(B, Status.DONE, "Police", updated_at=WHEN)])
    store.add_log(B, LogEntry("2026-01-01", "x"))
    b = store.entry(B)
    assert b.status is Status.DONE and b.agency == "Police" and b.updated_at != WHEN and len(b.log) == 1
    con.executemany(
        "INSERT INTO tracker_log (ref, on_date, action, created_at) VALUES (?, '2026-01-01', 'x', '')",
        [(A,)] * (MAX_LOG - 2),
    )
    store.add_log(A, LogEntry("2026-01-02", "last"))  # MAX_LOG - 1 there: one more fits
    with pytest.raises(
        UsageError, match=f"^{A} has {MAX_LOG} logged actions already; that is the most kept.$"
    ):
        store.add_log(A, LogEntry("2026-01-03", "too many"))
    assert len(store.entry(A).log) == MAX_LOG


def test_a_status_this_version_does_not_know_reads_as_not_started(con: sqlite3.Connection) -> None:
    con.execute(
        "INSERT INTO commitment_status (ref, status, agency, next_step, evidence, note, updated_at) "
        "VALUES (?, 'someday', '', '', '', '', '')",
        (A,),
    )
    e = TrackerStore(con).entry(A)
    assert e == Entry(A)


def test_a_log_without_a_status_row_is_shown_as_not_started(con: sqlite3.Connection) -> None:
    con.execute(
        "INSERT INTO tracker_log (ref, on_date, action, created_at) VALUES (?, '2026-01-01', 'x', '')", (A,)
    )
    assert TrackerStore(con).entries() == {A: Entry(A, log=(LogEntry("2026-01-01", "x"),))}
    assert TrackerStore(con).entries([B]) == {}


def test_clearing_removes_every_entry_and_log_and_counts_the_entries(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    store.put([Entry(A, updated_at=WHEN, log=(LogEntry("2026-01-01", "a"),)), Entry(B, updated_at=WHEN)])
    assert store.clear() == 2
    assert store.entries() == {} and con.execute("SELECT count(*) FROM tracker_log").fetchone()[0] == 0
    assert store.clear() == 0


def test_a_failed_put_changes_nothing(con: sqlite3.Connection) -> None:
    store = TrackerStore(con)
    store.put([Entry(A, Status.DONE, updated_at=WHEN)])
    with pytest.raises(sqlite3.IntegrityError):
        store.put([Entry(B, Status.PLANNED, updated_at=WHEN), Entry(A), Entry(None, updated_at=WHEN)])  # type: ignore[arg-type]
    assert store.entries() == {A: Entry(A, Status.DONE, updated_at=WHEN)}


def test_a_logged_action_stores_the_not_started_code_for_a_new_entry(con: sqlite3.Connection) -> None:
    TrackerStore(con).add_log(A, LogEntry("2026-01-01", "first"))
    assert (
        con.execute("SELECT status FROM commitment_status WHERE ref = ?", (A,)).fetchone()[0] == "not-started"
    )
