"""Saved checklists in the user's `checklists` table: list, load, save, duplicate, delete, restore."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.storage.connection import checkpoint, from_db, to_db, transaction

MAX_TITLE = 200
# Columns as named in storage/schema.py (a test checks this list against the models).
CHECKLIST_COLUMNS = ("id", "title", "checklist_type", "origin_ref", "body", "created_at", "updated_at")
_SELECT = f"SELECT {', '.join(CHECKLIST_COLUMNS)} FROM checklists"


@dataclass(frozen=True)
class ChecklistSummary:
    id: int
    title: str
    checklist_type: str
    origin_ref: str | None
    item_count: int
    updated_at: datetime

    @property
    def ref(self) -> str:
        return f"checklist:{self.id}"


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def parse_ref(ref: str) -> int | None:
    """The id in "checklist:12", or None if `ref` is not a checklist ref."""
    kind, _, rest = ref.partition(":")
    if kind != "checklist":
        return None
    if not (rest.isascii() and rest.isdigit()) or len(rest) > 18:  # ASCII digits, in SQLite's range
        raise UsageError(
            f"{ref!r} is not a checklist ref; they look like checklist:12 "
            "(see `bali-desktop checklist list`)."
        )
    return int(rest)


def _body(text: str | None) -> dict[str, Any]:
    value = json.loads(text) if text else {}
    return value if isinstance(value, dict) else {}


class ChecklistStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.con = connection

    def list(self) -> list[ChecklistSummary]:
        rows = self.con.execute(f"{_SELECT} ORDER BY updated_at DESC, id DESC").fetchall()
        out = []
        for id_, title, ctype, origin, body, _created, updated in rows:
            items = sum(len(pp.get("items", [])) for pp in _body(body).get("pause_points", []))
            out.append(ChecklistSummary(id_, title, ctype, origin, items, from_db(updated)))
        return out

    def get(self, checklist_id: int) -> Checklist:
        row = self.con.execute(f"{_SELECT} WHERE id = ?", (checklist_id,)).fetchone()
        if row is None:
            raise UsageError(
                f"No checklist with id {checklist_id}. `bali-desktop checklist list` shows them."
            )
        id_, title, ctype, origin, body, created, updated = row
        return Checklist.from_body(
            title,
            ctype,
            _body(body),
            origin_ref=origin,
            id=id_,
            created_at=from_db(created),
            updated_at=from_db(updated),
        )

    def save(self, checklist: Checklist) -> Checklist:
        """Insert a new checklist or update a stored one; returns it with id and times set."""
        title = checklist.title.strip() or "Untitled checklist"
        if len(title) > MAX_TITLE:
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP("said", "A checklist title is at most {limit} characters."),
                    limit=MAX_TITLE,
                )
            )
        now = _now()
        body = json.dumps(checklist.body())
        saved = checklist.copy()
        saved.title, saved.updated_at = title, now
        with transaction(self.con) as con:
            if checklist.id is not None:
                done = con.execute(
                    "UPDATE checklists SET title = ?, checklist_type = ?, origin_ref = ?, body = ?, "
                    "updated_at = ? WHERE id = ?",
                    (title, checklist.checklist_type, checklist.origin_ref, body, to_db(now), checklist.id),
                ).rowcount
                if done:
                    return saved
            created = checklist.created_at or now
            # restoring a deleted one keeps its id (and its ref); a new one gets the next id
            cur = con.execute(
                f"INSERT INTO checklists ({', '.join(CHECKLIST_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    checklist.id,
                    title,
                    checklist.checklist_type,
                    checklist.origin_ref,
                    body,
                    to_db(created),
                    to_db(now),
                ),
            )
            assert cur.lastrowid is not None  # an INSERT always sets it
            saved.id, saved.created_at = cur.lastrowid, created
        return saved

    def delete(self, checklist_id: int) -> Checklist:
        """Delete and return the checklist, so that the caller can offer to undo."""
        gone = self.get(checklist_id)
        with transaction(self.con) as con:
            con.execute("DELETE FROM checklists WHERE id = ?", (checklist_id,))
        checkpoint(self.con)  # the deleted checklist is in no -wal either
        return gone

    def restore(self, checklist: Checklist) -> Checklist:
        """Put back a deleted checklist: under its old id if that is free (ids are never handed
        out twice, so it is unless the checklist was restored already), else under a new one;
        never over another checklist."""
        copy = checklist.copy()
        if copy.id is not None:
            taken = self.con.execute("SELECT 1 FROM checklists WHERE id = ?", (copy.id,)).fetchone()
            if taken:
                copy.id = None
        return self.save(copy)

    def duplicate(self, checklist_id: int) -> Checklist:
        copy = self.get(checklist_id).copy()
        copy.id, copy.created_at = None, None
        copy.title = f"{copy.title} (copy)"[:MAX_TITLE]
        return self.save(copy)
