"""The user's own things: contacts, bookmarks, notes, recent items, walk-through ticks, settings.

Plain sqlite3 on the session's connection (see storage/connection.py). Each change is its own
transaction: all of it or none of it.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.storage.connection import checkpoint, from_db, to_db, transaction

RECENT_KEEP = 30
# Columns as named in storage/schema.py (a test checks every list here against the models).
CONTACT_COLUMNS = ("id", "role", "organisation", "phone", "hours", "notes", "country")
BOOKMARK_COLUMNS = ("ref", "created_at")
NOTE_COLUMNS = ("ref", "text", "updated_at")
RECENT_COLUMNS = ("ref", "opened_at")
TICK_COLUMNS = ("pathway_ref", "step_id", "status", "at")
SETTING_COLUMNS = ("key", "value")
USER_TABLES = (
    "bookmarks",
    "notes",
    "recent_items",
    "contacts",
    "checklists",
    "walkthrough_ticks",
    "commitment_status",
    "tracker_log",
    "settings",
)
# The content packs the user installed (with the PDFs they added) and the publisher keys they
# trusted or took off the list (storage/pack_store.py): not personal data, so a wipe leaves them,
# but the user's decisions and nothing a content reload can rebuild, so a rebuild of an
# interrupted start keeps them (storage/migrate.py), and backups hold them with the user's work.
PACK_TABLES = (
    "packs",
    "pack_items",
    "pack_contacts",
    "pack_steps",
    "pack_translations",
    "document_files",
    "trusted_keys",
)
KEPT_TABLES = USER_TABLES + PACK_TABLES  # every row a rebuild copies over
# The kept tables a database of the first revision already has (a backup of an older schema
# lacks the later ones until it is migrated after a restore).
ADDED_LATER = ("tracker_log", *PACK_TABLES)  # 0004, 0005
FIRST_USER_TABLES = tuple(t for t in USER_TABLES if t not in ADDED_LATER)
CONTACT_LIMITS = {"organisation": 200, "phone": 40, "hours": 100, "country": 100, "notes": 2000}
_PHONE = re.compile(r"^[0-9+()\-./ #*x]{0,40}$")


@dataclass(frozen=True)
class ContactEntry:
    id: int
    role: str
    organisation: str
    phone: str = ""
    hours: str = ""
    notes: str = ""
    country: str = ""


@dataclass(frozen=True)
class Tick:
    step_id: str
    status: str
    at: datetime


def _now() -> str:
    return to_db(datetime.now())


class UserStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.con = connection

    def _write(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.con)

    def _rows(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, params).fetchall()

    # --- contacts -------------------------------------------------------------------------

    def contacts(self, role: str | None = None) -> list[ContactEntry]:
        sql = f"SELECT {', '.join(CONTACT_COLUMNS)} FROM contacts"
        rows = (
            self._rows(f"{sql} WHERE role = ? ORDER BY role, id", role)
            if role
            else self._rows(f"{sql} ORDER BY role, id")
        )
        return [ContactEntry(*row) for row in rows]

    def add_contact(
        self,
        role: str,
        organisation: str,
        phone: str = "",
        hours: str = "",
        notes: str = "",
        country: str = "",
        *,
        known_roles: set[str],
        replaces: int | None = None,
    ) -> ContactEntry:
        """A new contact, or (`replaces`) the edited one under its own id, in one transaction;
        if that one was removed meanwhile, the edit is kept as a new contact."""
        role, organisation, phone = role.strip(), organisation.strip(), phone.strip()
        if role not in known_roles:
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP("said", "Unknown role {role}. Roles: {roles}."),
                    role=repr(role[:40]),
                    roles=", ".join(sorted(known_roles)),
                )
            )
        if not organisation:
            raise UsageError(
                QT_TRANSLATE_NOOP("said", "A contact needs an organisation (or a person's job title).")
            )
        fields = {
            "organisation": organisation,
            "phone": phone,
            "hours": hours,
            "country": country,
            "notes": notes,
        }
        for name, value in fields.items():
            if len(value) > CONTACT_LIMITS[name]:
                raise UsageError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said", "The contact's {name} is too long ({length} characters; at most {limit})."
                        ),
                        name=name,
                        length=len(value),
                        limit=CONTACT_LIMITS[name],
                    )
                )
            allowed = "\n\t" if name == "notes" else ""
            if any(ord(c) < 32 and c not in allowed for c in value):
                raise UsageError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said", "The contact's {name} holds control characters; type plain text."
                        ),
                        name=name,
                    )
                )
        if not _PHONE.match(phone):
            raise UsageError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "{phone} does not look like a phone number (digits, spaces, + - ( ) only)."
                    ),
                    phone=repr(phone[:40]),
                )
            )
        values = {
            "role": role,
            "organisation": organisation,
            "phone": phone,
            "hours": hours.strip(),
            "notes": notes.strip(),
            "country": country.strip(),
        }
        with self._write() as con:
            if replaces is not None:
                updated = con.execute(
                    "UPDATE contacts SET role = :role, organisation = :organisation, phone = :phone, "
                    "hours = :hours, notes = :notes, country = :country WHERE id = :id",
                    {**values, "id": replaces},
                ).rowcount
                if updated:
                    return ContactEntry(id=replaces, **values)
            cur = con.execute(
                "INSERT INTO contacts (role, organisation, phone, hours, notes, country) "
                "VALUES (:role, :organisation, :phone, :hours, :notes, :country)",
                values,
            )
        assert cur.lastrowid is not None  # an INSERT always sets it
        return ContactEntry(id=cur.lastrowid, **values)

    def remove_contact(self, contact_id: int) -> None:
        with self._write() as con:
            if con.execute("DELETE FROM contacts WHERE id = ?", (contact_id,)).rowcount == 0:
                raise UsageError(f"No contact with id {contact_id}. `bali-desktop contacts list` shows ids.")
        checkpoint(self.con)  # the removed contact is in no -wal either

    # --- bookmarks, notes, recent ---------------------------------------------------------

    def bookmarks(self) -> list[str]:
        return [r[0] for r in self._rows("SELECT ref FROM bookmarks ORDER BY created_at DESC")]

    def is_bookmarked(self, ref: str) -> bool:
        return bool(self._rows("SELECT 1 FROM bookmarks WHERE ref = ?", ref))

    def toggle_bookmark(self, ref: str) -> bool:
        """Bookmark `ref`, or remove its bookmark; returns whether it is bookmarked now."""
        with self._write() as con:
            if con.execute("DELETE FROM bookmarks WHERE ref = ?", (ref,)).rowcount:
                return False
            con.execute("INSERT INTO bookmarks (ref, created_at) VALUES (?, ?)", (ref, _now()))
            return True

    def note(self, ref: str) -> str:
        rows = self._rows("SELECT text FROM notes WHERE ref = ?", ref)
        return rows[0][0] if rows else ""

    def notes(self) -> dict[str, str]:
        return dict(self._rows("SELECT ref, text FROM notes ORDER BY updated_at DESC"))

    def set_note(self, ref: str, text: str) -> None:
        with self._write() as con:
            deleted = con.execute("DELETE FROM notes WHERE ref = ?", (ref,)).rowcount
            keep = bool(text.strip())
            if keep:
                con.execute("INSERT INTO notes (ref, text, updated_at) VALUES (?, ?, ?)", (ref, text, _now()))
        if deleted and not keep:
            checkpoint(self.con)  # a deleted note is in no -wal either

    def touch_recent(self, ref: str) -> None:
        with self._write() as con:
            con.execute("DELETE FROM recent_items WHERE ref = ?", (ref,))
            con.execute("INSERT INTO recent_items (ref, opened_at) VALUES (?, ?)", (ref, _now()))
            con.execute(
                "DELETE FROM recent_items WHERE ref IN (SELECT ref FROM recent_items "
                "ORDER BY opened_at DESC LIMIT -1 OFFSET ?)",
                (RECENT_KEEP,),
            )

    def recent(self, limit: int = 10) -> list[str]:
        return [
            r[0] for r in self._rows("SELECT ref FROM recent_items ORDER BY opened_at DESC LIMIT ?", limit)
        ]

    # --- walk-through ticks (status and time only, never names) ----------------------------

    def ticks(self, pathway_ref: str) -> list[Tick]:
        rows = self._rows(
            "SELECT step_id, status, at FROM walkthrough_ticks WHERE pathway_ref = ? ORDER BY at", pathway_ref
        )
        return [Tick(step, status, from_db(at)) for step, status, at in rows]

    def set_tick(self, pathway_ref: str, step_id: str, status: str | None) -> None:
        if status not in (None, "done", "not-applicable"):
            raise ValueError(f"bad tick status {status!r}")
        with self._write() as con:
            con.execute(
                "DELETE FROM walkthrough_ticks WHERE pathway_ref = ? AND step_id = ?", (pathway_ref, step_id)
            )
            if status:
                con.execute(
                    "INSERT INTO walkthrough_ticks (pathway_ref, step_id, status, at) VALUES (?, ?, ?, ?)",
                    (pathway_ref, step_id, status, _now()),
                )

    def clear_ticks(self, pathway_ref: str | None = None) -> None:
        """Wipe walk-through records for one pathway, or all of them."""
        with self._write() as con:
            if pathway_ref:
                con.execute("DELETE FROM walkthrough_ticks WHERE pathway_ref = ?", (pathway_ref,))
            else:
                con.execute("DELETE FROM walkthrough_ticks")
        checkpoint(self.con)  # the wiped ticks are in no -wal either

    def wipe_traces(self) -> None:
        """With every tick: the recent items and the last place, which tell which screening
        happened and when."""
        with self._write() as con:
            con.execute("DELETE FROM walkthrough_ticks")
            con.execute("DELETE FROM recent_items")
            con.execute("DELETE FROM settings WHERE key = 'last_location'")
        checkpoint(self.con)

    # --- settings -------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", key)
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self._write() as con:
            con.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )


UserData = UserStore  # the name before the storage layer (kept until the last caller moves)
