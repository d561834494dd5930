"""The commitment tracker's rows: `commitment_status` (one per activity) and `tracker_log` (its
dated actions). All its SQL. Every change is one transaction; putting a whole entry back (undo,
an import) replaces its row and its log together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.domain.tracker import MAX_LOG, Entry, LogEntry, Status
from bali_desktop.storage.connection import from_db, to_db, transaction

# Columns as named in storage/schema.py (a test checks them against the models).
STATUS_COLUMNS = ("ref", "status", "agency", "next_step", "evidence", "note", "updated_at")
LOG_COLUMNS = ("id", "ref", "on_date", "action", "created_at")


def _status(code: str) -> Status:
    try:
        return Status(code)
    except ValueError:  # a code this version does not know (typed by hand, or a newer app)
        return Status.NOT_STARTED


class TrackerStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.con = connection

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.con)

    def entries(self, refs: Iterable[str] | None = None) -> dict[str, Entry]:
        """Every recorded entry (or those of `refs`), with its log by date."""
        wanted = None if refs is None else set(refs)
        logs: dict[str, list[LogEntry]] = {}
        for ref, on_date, action in self.con.execute(
            "SELECT ref, on_date, action FROM tracker_log ORDER BY ref, on_date, id"
        ):
            if wanted is None or ref in wanted:
                logs.setdefault(ref, []).append(LogEntry(on_date, action))
        out: dict[str, Entry] = {}
        for ref, status, agency, next_step, evidence, note, updated_at in self.con.execute(
            f"SELECT {', '.join(STATUS_COLUMNS)} FROM commitment_status ORDER BY ref"
        ):
            if wanted is None or ref in wanted:
                stamp = from_db(updated_at) if updated_at else None
                out[ref] = Entry(
                    ref, _status(status), agency or "", next_step or "", evidence or "", note or "",
                    stamp, tuple(logs.pop(ref, ())),
                )  # fmt: skip
        for ref, log in logs.items():  # a log without a status row: shown as not started
            out[ref] = Entry(ref, log=tuple(log))
        return out

    def entry(self, ref: str) -> Entry:
        return self.entries([ref]).get(ref, Entry(ref))

    def put(self, entries: Iterable[Entry]) -> None:
        """Replace each entry's row and log with the given ones, all in one transaction (an entry
        with nothing recorded, `updated_at` None and no log, is removed)."""
        with self._write() as con:
            for e in entries:
                self._put(con, e)

    def _put(self, con: sqlite3.Connection, e: Entry) -> None:
        con.execute("DELETE FROM tracker_log WHERE ref = ?", (e.ref,))
        if e.updated_at is None and not e.log:
            con.execute("DELETE FROM commitment_status WHERE ref = ?", (e.ref,))
            return
        stamp = e.updated_at or datetime.now()
        con.execute(
            f"INSERT OR REPLACE INTO commitment_status ({', '.join(STATUS_COLUMNS)}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (e.ref, e.status.value, e.agency, e.next_step, e.evidence, e.note, to_db(stamp)),
        )
        now = to_db(datetime.now())
        con.executemany(
            "INSERT INTO tracker_log (ref, on_date, action, created_at) VALUES (?, ?, ?, ?)",
            [(e.ref, x.on_date, x.action, now) for x in e.log[-MAX_LOG:]],
        )

    def add_log(self, ref: str, item: LogEntry) -> None:
        """Add one dated action (and mark the entry updated)."""
        with self._write() as con:
            count = con.execute("SELECT count(*) FROM tracker_log WHERE ref = ?", (ref,)).fetchone()[0]
            if count >= MAX_LOG:
                raise UsageError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said", "{ref} has {limit} logged actions already; that is the most kept."
                        ),
                        ref=ref,
                        limit=MAX_LOG,
                    )
                )
            now = to_db(datetime.now())
            con.execute(
                "INSERT INTO tracker_log (ref, on_date, action, created_at) VALUES (?, ?, ?, ?)",
                (ref, item.on_date, item.action, now),
            )
            con.execute(
                "INSERT INTO commitment_status (ref, status, note, updated_at) VALUES (?, ?, '', ?) "
                "ON CONFLICT (ref) DO UPDATE SET updated_at = excluded.updated_at",
                (ref, "not-started", now),
            )

    def clear(self) -> int:
        """Remove every entry and its log; how many entries there were."""
        with self._write() as con:
            n = con.execute("SELECT count(*) FROM commitment_status").fetchone()[0]
            con.execute("DELETE FROM tracker_log")
            con.execute("DELETE FROM commitment_status")
        return int(n)
