"""The user's checklists: templates, make from content, save, duplicate, delete and undo, add items.

Every function returns plain data; a deleted checklist comes back whole, so that "Undo delete"
hands it back to `restore` (nothing is kept on the database thread between the two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bali_desktop.checklists import builders
from bali_desktop.checklists.builders import Template
from bali_desktop.domain.checklist import Checklist, ChecklistItem
from bali_desktop.domain.naming import list_title, locator
from bali_desktop.domain.records import SearchHit
from bali_desktop.services.reading import search_listed
from bali_desktop.storage.checklist_store import MAX_TITLE, ChecklistSummary, parse_ref

if TYPE_CHECKING:
    from bali_desktop.services.session import Session

__all__ = ["MAX_TITLE", "Catalogue", "ChecklistSummary", "ItemForChecklist", "parse_ref"]


@dataclass(frozen=True)
class Catalogue:
    """What the checklists screen offers: templates, referral roles, guides (for packs)."""

    templates: list[Template]
    roles: list[tuple[str, str]]  # (id, title)
    guides: list[tuple[str, str]]  # (ref, title)
    members: list[tuple[str, str]] = field(default_factory=list)  # (ref, title), for a handout pack
    activities: list[tuple[str, str]] = field(default_factory=list)  # single strategy activities


@dataclass(frozen=True)
class ItemForChecklist:
    """The checklist item that stands for a content ref, and the role it adds to the contacts box."""

    item: ChecklistItem
    role: str | None


def templates(s: Session) -> list[Template]:
    return builders.templates(s.content)


def catalogue(s: Session) -> Catalogue:
    return Catalogue(
        builders.templates(s.content),
        [(i.id, i.title) for i in s.content.items("role")],
        [(i.ref, i.title) for i in s.content.items("guide")],
        [(i.ref, i.title) for i in s.content.items("member")],
        [(i.ref, list_title(i)) for i in s.content.items("commitment") if locator(i).startswith("Activity")],
    )


def build(s: Session, ref: str) -> Checklist:
    """The template for `ref` (pathway, aid, area); for any other item a one-item checklist. Not saved."""
    return builders.build(s.content, ref)


def saved(s: Session) -> list[ChecklistSummary]:
    return s.checklists.list()


def load(s: Session, checklist_id: int) -> Checklist:
    return s.checklists.get(checklist_id)


def create(s: Session, ref: str = "", title: str = "", checklist_type: str = "READ-DO") -> Checklist:
    """A new saved checklist: from a template or item ref, or empty (of `checklist_type`) when
    `ref` is ""."""
    checklist = (
        builders.build(s.content, ref) if ref else builders.empty(title or "New checklist", checklist_type)
    )
    checklist.title = distinct_title(checklist.title, [c.title for c in s.checklists.list()])
    return s.checklists.save(checklist)


def distinct_title(title: str, taken: list[str]) -> str:
    """`title`, or "title (2)", "title (3)" … when a saved checklist already has it: "Make a
    checklist" twice on one pathway makes two checklists a user can tell apart (window review 17)."""
    names = set(taken)
    if title not in names:
        return title
    n = 2
    while True:
        suffix = f" ({n})"
        candidate = title[: MAX_TITLE - len(suffix)] + suffix
        if candidate not in names:
            return candidate
        n += 1


def save(s: Session, checklist: Checklist) -> Checklist:
    return s.checklists.save(checklist)


def duplicate(s: Session, checklist_id: int) -> Checklist:
    return s.checklists.duplicate(checklist_id)


def delete(s: Session, checklist_id: int) -> Checklist:
    """Delete it and return it whole, for "Undo delete"."""
    return s.checklists.delete(checklist_id)


def restore(s: Session, checklist: Checklist) -> Checklist:
    """Put back a checklist that `delete` returned."""
    return s.checklists.restore(checklist)


def item_for(s: Session, ref: str) -> ItemForChecklist:
    item = builders.resolve(s.content, ref)
    return ItemForChecklist(builders.item_for(item, s.content), item.id if item.kind == "role" else None)


def add(s: Session, checklist_id: int, ref: str) -> Checklist:
    """Add the item for `ref` at the end of a saved checklist, and save it."""
    checklist = s.checklists.get(checklist_id)
    builders.add_item(checklist, builders.resolve(s.content, ref), s.content)
    return s.checklists.save(checklist)


def add_question(s: Session, ref: str) -> tuple[str, list[ChecklistSummary]]:
    """What "Add to checklist…" asks about: the item's title and the saved checklists."""
    return builders.resolve(s.content, ref).title, s.checklists.list()


def create_with_item(s: Session, ref: str, title: str = "") -> Checklist:
    """ "Add to checklist…" into a new checklist: one item standing for `ref` (even a pathway or
    an area, which "Make a checklist" would expand), titled `title` or after the item."""
    item = builders.resolve(s.content, ref)
    checklist = builders.empty((title.strip() or item.title)[:MAX_TITLE])
    checklist.origin_ref = item.ref
    builders.add_item(checklist, item, s.content)
    return s.checklists.save(checklist)


def load_with_item(s: Session, checklist_id: int, ref: str) -> tuple[Checklist, ItemForChecklist]:
    """A saved checklist and the item for `ref`, in one trip: the editor opens the one and adds
    the other as an undoable edit."""
    return load(s, checklist_id), item_for(s, ref)


def find_items(s: Session, query: str, limit: int = 30) -> list[SearchHit]:
    """What "Add from library" lists for a query (nothing for a blank one)."""
    return search_listed(s, query, limit=limit) if query.strip() else []
