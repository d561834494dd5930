"""The user's own things: bookmarks, notes, recent items, settings, contacts, walk-through ticks.

Each function is one use-case and one transaction (or a read). Refs are plain strings: content
may change under them, so a bookmark of an item that has gone is kept but not listed.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bali_desktop.services.session import Session
    from bali_desktop.storage.user_store import ContactEntry


@dataclass(frozen=True)
class ContactValues:
    """A contact as the user typed it (validated by the store)."""

    role: str
    organisation: str
    phone: str = ""
    hours: str = ""
    notes: str = ""
    country: str = ""


# --- bookmarks, notes, recent ----------------------------------------------------------------


def is_bookmarked(s: Session, ref: str) -> bool:
    return s.user.is_bookmarked(ref)


def toggle_bookmark(s: Session, ref: str) -> bool:
    """Bookmark `ref`, or remove its bookmark; whether it is bookmarked now."""
    return s.user.toggle_bookmark(ref)


def touch_recent(s: Session, ref: str) -> None:
    """Remember that `ref` was opened (only refs of items that exist; not while the library is
    open for reading only, a full disk: moving about must not fail)."""
    if s.read_only is None and s.content.get(ref) is not None:
        s.user.touch_recent(ref)


def note(s: Session, ref: str) -> str:
    return s.user.note(ref)


def set_note(s: Session, ref: str, text: str) -> None:
    """Keep the note for `ref`; an empty or blank note deletes it."""
    s.user.set_note(ref, text)


# --- settings --------------------------------------------------------------------------------


def settings(s: Session, keys: tuple[str, ...] | list[str]) -> dict[str, str]:
    return {key: s.user.setting(key) for key in keys}


def save_settings(s: Session, values: dict[str, str]) -> None:
    """Keep the window's settings (skipped while the library is open for reading only)."""
    if s.read_only is not None:
        return
    for key, value in values.items():
        s.user.set_setting(key, value)


# --- contacts --------------------------------------------------------------------------------


def role_ids(s: Session) -> set[str]:
    return {r.id for r in s.content.items("role")}


def contacts(s: Session, role: str | None = None) -> list[ContactEntry]:
    return s.user.contacts(role)


def add_contact(s: Session, values: ContactValues, *, replaces: int | None = None) -> ContactEntry:
    """Add a contact (checked against the roles pathways refer to), or save the edit of the one
    `replaces` names, under its id: one transaction either way."""
    return s.user.add_contact(
        values.role,
        values.organisation,
        values.phone,
        values.hours,
        values.notes,
        values.country,
        known_roles=role_ids(s),
        replaces=replaces,
    )


def remove_contact(s: Session, contact_id: int) -> None:
    s.user.remove_contact(contact_id)


# --- walk-through ticks (status and time only, never names) ----------------------------------


def ticks(s: Session, pathway_ref: str) -> dict[str, tuple[str, datetime]]:
    """Step id -> (status, when) for one pathway's walk-through."""
    return {t.step_id: (t.status, t.at) for t in s.user.ticks(pathway_ref)}


def set_tick(
    s: Session, pathway_ref: str, step_id: str, status: str | None
) -> dict[str, tuple[str, datetime]]:
    """Mark a step "done" or "not-applicable", or clear it (None); the pathway's ticks after."""
    s.user.set_tick(pathway_ref, step_id, status)
    return ticks(s, pathway_ref)


def wipe_ticks(s: Session, pathway_ref: str | None = None) -> dict[str, tuple[str, datetime]]:
    """Erase the walk-through records of one pathway, or of every pathway (`None`: the whole
    wipe, see `wipe`)."""
    if pathway_ref is None:
        wipe(s)
    else:
        s.user.clear_ticks(pathway_ref)
    return {}


@dataclass(frozen=True)
class Wiped:
    backups: int  # copies cleaned of the same records (and kept)
    removed: int  # copies that could not be cleaned (damaged), so deleted
    logs: int  # log files erased

    @property
    def message(self) -> str:
        said = "Erased every walk-through record (ticks and times), the recent items and the last place"
        if self.backups or self.removed:
            said += f"; the same were erased from the {self.backups} backups, which are kept"
        if self.removed:
            said += f", and {self.removed} damaged copies that could not be cleaned were deleted"
        if self.logs:
            said += "; the log files were erased"
        return said + ". Your notes, contacts and checklists stay."


def wipe(s: Session) -> Wiped:
    """Erase every walk-through record, the recent items and the last place (which say which
    screening happened and when) from the database, its -wal and every backup; erase the logs."""
    from bali_desktop.services import logs
    from bali_desktop.storage import backup_files

    s.user.wipe_traces()
    cleaned = removed = 0
    for copy in backup_files.copies_of(s.db_path):
        if backup_files.wipe_copy(copy):
            cleaned += 1
            continue
        for path in (copy, *(copy.with_name(copy.name + x) for x in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                path.unlink()
        removed += not copy.exists()
    return Wiped(cleaned, removed, logs.erase(s.db_path.parent))
