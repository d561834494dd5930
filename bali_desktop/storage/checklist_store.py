"""Saved checklists in the user's `checklists` table: list, load, save, duplicate, delete, restore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, insert, select, update

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import UsageError
from bali_desktop.storage.schema import Checklist as ChecklistRow

MAX_TITLE = 200


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
    if not rest.isdigit():
        raise UsageError(
            f"{ref!r} is not a checklist ref; they look like checklist:12 "
            "(see `bali-desktop checklist list`)."
        )
    return int(rest)


class ChecklistStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def list(self) -> list[ChecklistSummary]:
        query = select(
            ChecklistRow.id,
            ChecklistRow.title,
            ChecklistRow.checklist_type,
            ChecklistRow.origin_ref,
            ChecklistRow.body,
            ChecklistRow.updated_at,
        ).order_by(ChecklistRow.updated_at.desc(), ChecklistRow.id.desc())
        with self.engine.connect() as con:
            rows = con.execute(query).all()
        return [
            ChecklistSummary(
                id=r[0],
                title=r[1],
                checklist_type=r[2],
                origin_ref=r[3],
                item_count=sum(len(pp.get("items", [])) for pp in (r[4] or {}).get("pause_points", [])),
                updated_at=r[5],
            )
            for r in rows
        ]

    def get(self, checklist_id: int) -> Checklist:
        query = select(
            ChecklistRow.id,
            ChecklistRow.title,
            ChecklistRow.checklist_type,
            ChecklistRow.origin_ref,
            ChecklistRow.body,
            ChecklistRow.created_at,
            ChecklistRow.updated_at,
        ).where(ChecklistRow.id == checklist_id)
        with self.engine.connect() as con:
            row = con.execute(query).first()
        if row is None:
            raise UsageError(
                f"No checklist with id {checklist_id}. `bali-desktop checklist list` shows them."
            )
        return Checklist.from_body(
            row[1], row[2], row[4], origin_ref=row[3], id=row[0], created_at=row[5], updated_at=row[6]
        )

    def save(self, checklist: Checklist) -> Checklist:
        """Insert a new checklist or update a stored one; returns it with id and times set."""
        title = checklist.title.strip() or "Untitled checklist"
        if len(title) > MAX_TITLE:
            raise UsageError(f"A checklist title is at most {MAX_TITLE} characters.")
        now = _now()
        values = {
            "title": title,
            "checklist_type": checklist.checklist_type,
            "origin_ref": checklist.origin_ref,
            "body": checklist.body(),
            "updated_at": now,
        }
        saved = checklist.copy()
        saved.title, saved.updated_at = title, now
        with self.engine.begin() as con:
            if checklist.id is not None:
                done = con.execute(
                    update(ChecklistRow).where(ChecklistRow.id == checklist.id).values(**values)
                ).rowcount
                if done:
                    return saved
            created = checklist.created_at or now
            row = {**values, "created_at": created}
            if checklist.id is not None:  # restoring a deleted one keeps its id (and its ref)
                row["id"] = checklist.id
            saved.id = int(con.execute(insert(ChecklistRow).values(**row)).inserted_primary_key[0])
            saved.created_at = created
        return saved

    def delete(self, checklist_id: int) -> Checklist:
        """Delete and return the checklist, so that the caller can offer to undo."""
        gone = self.get(checklist_id)
        with self.engine.begin() as con:
            con.execute(delete(ChecklistRow).where(ChecklistRow.id == checklist_id))
        return gone

    def restore(self, checklist: Checklist) -> Checklist:
        """Put back a deleted checklist under its old id."""
        return self.save(checklist)

    def duplicate(self, checklist_id: int) -> Checklist:
        copy = self.get(checklist_id).copy()
        copy.id, copy.created_at = None, None
        copy.title = f"{copy.title} (copy)"[:MAX_TITLE]
        return self.save(copy)
