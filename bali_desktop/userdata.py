"""The user's own things: contacts, bookmarks, notes, recent items, walk-through ticks, settings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, delete, insert, select

from bali_desktop.db.models import Bookmark, Contact, Note, RecentItem, Setting, WalkthroughTick
from bali_desktop.errors import UsageError

RECENT_KEEP = 30
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


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class UserData:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # --- contacts -------------------------------------------------------------------------

    def contacts(self, role: str | None = None) -> list[ContactEntry]:
        query = select(Contact.id, Contact.role, Contact.organisation, Contact.phone, Contact.hours,
                       Contact.notes, Contact.country).order_by(Contact.role, Contact.id)
        if role:
            query = query.where(Contact.role == role)
        with self.engine.connect() as con:
            return [ContactEntry(*row) for row in con.execute(query)]

    def add_contact(self, role: str, organisation: str, phone: str = "", hours: str = "",
                    notes: str = "", country: str = "", *, known_roles: set[str]) -> ContactEntry:
        role, organisation, phone = role.strip(), organisation.strip(), phone.strip()
        if role not in known_roles:
            raise UsageError(f"Unknown role {role!r}. Roles: {', '.join(sorted(known_roles))}.")
        if not organisation:
            raise UsageError("A contact needs an organisation (or a person's job title).")
        if len(organisation) > 200 or len(notes) > 2000 or len(hours) > 100 or len(country) > 100:
            raise UsageError("A contact field is too long.")
        if not _PHONE.match(phone):
            raise UsageError(f"{phone!r} does not look like a phone number (digits, spaces, + - ( ) only).")
        values = {"role": role, "organisation": organisation, "phone": phone, "hours": hours.strip(),
                  "notes": notes.strip(), "country": country.strip()}
        with self.engine.begin() as con:
            new_id = con.execute(insert(Contact).values(**values)).inserted_primary_key[0]
        return ContactEntry(id=int(new_id), **values)

    def remove_contact(self, contact_id: int) -> None:
        with self.engine.begin() as con:
            if con.execute(delete(Contact).where(Contact.id == contact_id)).rowcount == 0:
                raise UsageError(f"No contact with id {contact_id}. `bali-desktop contacts list` shows ids.")

    # --- bookmarks, notes, recent ---------------------------------------------------------

    def bookmarks(self) -> list[str]:
        with self.engine.connect() as con:
            return list(con.execute(select(Bookmark.ref).order_by(Bookmark.created_at.desc())).scalars())

    def is_bookmarked(self, ref: str) -> bool:
        with self.engine.connect() as con:
            return con.execute(select(Bookmark.ref).where(Bookmark.ref == ref)).first() is not None

    def toggle_bookmark(self, ref: str) -> bool:
        """Bookmark `ref`, or remove its bookmark; returns whether it is bookmarked now."""
        with self.engine.begin() as con:
            if con.execute(delete(Bookmark).where(Bookmark.ref == ref)).rowcount:
                return False
            con.execute(insert(Bookmark).values(ref=ref, created_at=_now()))
            return True

    def note(self, ref: str) -> str:
        with self.engine.connect() as con:
            return con.execute(select(Note.text).where(Note.ref == ref)).scalar() or ""

    def notes(self) -> dict[str, str]:
        with self.engine.connect() as con:
            return dict(con.execute(select(Note.ref, Note.text).order_by(Note.updated_at.desc())).all())

    def set_note(self, ref: str, text: str) -> None:
        with self.engine.begin() as con:
            con.execute(delete(Note).where(Note.ref == ref))
            if text.strip():
                con.execute(insert(Note).values(ref=ref, text=text, updated_at=_now()))

    def touch_recent(self, ref: str) -> None:
        with self.engine.begin() as con:
            con.execute(delete(RecentItem).where(RecentItem.ref == ref))
            con.execute(insert(RecentItem).values(ref=ref, opened_at=datetime.now()))
            old = select(RecentItem.ref).order_by(RecentItem.opened_at.desc()).offset(RECENT_KEEP)
            con.execute(delete(RecentItem).where(RecentItem.ref.in_(old)))

    def recent(self, limit: int = 10) -> list[str]:
        query = select(RecentItem.ref).order_by(RecentItem.opened_at.desc()).limit(limit)
        with self.engine.connect() as con:
            return list(con.execute(query).scalars())

    # --- walk-through ticks (status and time only, never names) ----------------------------

    def ticks(self, pathway_ref: str) -> list[Tick]:
        query = (select(WalkthroughTick.step_id, WalkthroughTick.status, WalkthroughTick.at)
                 .where(WalkthroughTick.pathway_ref == pathway_ref).order_by(WalkthroughTick.at))
        with self.engine.connect() as con:
            return [Tick(*row) for row in con.execute(query)]

    def set_tick(self, pathway_ref: str, step_id: str, status: str | None) -> None:
        if status not in (None, "done", "not-applicable"):
            raise ValueError(f"bad tick status {status!r}")
        with self.engine.begin() as con:
            con.execute(delete(WalkthroughTick).where(WalkthroughTick.pathway_ref == pathway_ref,
                                                      WalkthroughTick.step_id == step_id))
            if status:
                con.execute(insert(WalkthroughTick).values(pathway_ref=pathway_ref, step_id=step_id,
                                                           status=status, at=_now()))

    def clear_ticks(self, pathway_ref: str | None = None) -> None:
        """Wipe walk-through records for one pathway, or all of them."""
        query = delete(WalkthroughTick)
        if pathway_ref:
            query = query.where(WalkthroughTick.pathway_ref == pathway_ref)
        with self.engine.begin() as con:
            con.execute(query)

    # --- settings -------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        with self.engine.connect() as con:
            value = con.execute(select(Setting.value).where(Setting.key == key)).scalar()
        return default if value is None else value

    def set_setting(self, key: str, value: str) -> None:
        with self.engine.begin() as con:
            con.execute(delete(Setting).where(Setting.key == key))
            con.execute(insert(Setting).values(key=key, value=value))
