"""Database jobs of the checklists screen: module-level functions the worker runs, so that no
job ever holds a widget. Each returns plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bali_desktop.checklists.builders import Template
    from bali_desktop.domain.checklist import Checklist, ChecklistItem
    from bali_desktop.storage.checklist_store import ChecklistSummary


@dataclass(frozen=True)
class Catalogue:
    """What the screen offers: templates, referral roles, guides (for packs)."""

    templates: list[Template]
    roles: list[tuple[str, str]]  # (id, title)
    guides: list[tuple[str, str]]  # (ref, title)


def _store(lib):  # noqa: ANN001, ANN202
    from bali_desktop.storage.checklist_store import ChecklistStore

    return ChecklistStore(lib.engine)


def job_list(lib, _user) -> list[ChecklistSummary]:  # noqa: ANN001
    return _store(lib).list()


def job_catalogue(lib, _user) -> Catalogue:  # noqa: ANN001
    from bali_desktop.checklists.builders import templates

    return Catalogue(
        templates(lib),
        [(i.id, i.title) for i in lib.items("role")],
        [(i.ref, i.title) for i in lib.items("guide")],
    )


def job_load(checklist_id: int, lib, _user) -> Checklist:  # noqa: ANN001
    return _store(lib).get(checklist_id)


def job_create(ref: str, title: str, lib, _user) -> Checklist:  # noqa: ANN001
    """A new saved checklist: from a template or item ref, or empty when `ref` is ""."""
    from bali_desktop.checklists.builders import build, empty

    checklist = build(lib, ref) if ref else empty(title or "New checklist")
    return _store(lib).save(checklist)


def job_save(checklist: Checklist, lib, _user) -> Checklist:  # noqa: ANN001
    return _store(lib).save(checklist)


def job_duplicate(checklist_id: int, lib, _user) -> Checklist:  # noqa: ANN001
    return _store(lib).duplicate(checklist_id)


def job_delete(checklist_id: int, lib, _user) -> Checklist:  # noqa: ANN001
    """Delete a saved checklist; it comes back as plain data, for Undo delete to hand back."""
    return _store(lib).delete(checklist_id)


def job_restore(checklist: Checklist, lib, _user) -> Checklist:  # noqa: ANN001
    """Put back a deleted checklist (as `job_delete` returned it) under its old id."""
    return _store(lib).restore(checklist)


def job_item_for(ref: str, lib, _user) -> tuple[ChecklistItem, str | None]:  # noqa: ANN001
    """The checklist item for a content ref, and the role it adds to the contacts box."""
    from bali_desktop.checklists.builders import item_for, resolve

    item = resolve(lib, ref)
    return item_for(item, lib), (item.id if item.kind == "role" else None)


def job_add_question(ref: str, lib, _user) -> tuple[str, list[ChecklistSummary]]:  # noqa: ANN001
    """What "Add to checklist…" asks about: the item's title and the saved checklists."""
    from bali_desktop.checklists.builders import resolve

    return resolve(lib, ref).title, _store(lib).list()


def job_create_with_item(ref: str, title: str, lib, _user) -> Checklist:  # noqa: ANN001
    """ "Add to checklist…" into a new checklist: one item standing for `ref` (even a pathway or
    an area, which "Make a checklist" would expand), titled `title` or after the item."""
    from bali_desktop.checklists.builders import add_item, empty, resolve
    from bali_desktop.storage.checklist_store import MAX_TITLE

    item = resolve(lib, ref)
    checklist = empty((title.strip() or item.title)[:MAX_TITLE])
    checklist.origin_ref = item.ref
    add_item(checklist, item, lib)
    return _store(lib).save(checklist)


def job_load_with_item(
    checklist_id: int,
    ref: str,
    lib,
    _user,  # noqa: ANN001
) -> tuple[Checklist, tuple[ChecklistItem, str | None]]:
    """A saved checklist and the item for `ref`, in one trip: the editor opens the one and adds
    the other as an undoable edit."""
    return job_load(checklist_id, lib, _user), job_item_for(ref, lib, _user)


def job_search(query: str, lib, _user) -> list[tuple[str, str, str]]:  # noqa: ANN001
    from bali_desktop.domain.naming import list_hits

    if not query.strip():
        return []
    return [(h.ref, h.kind, h.title) for h in list_hits(lib, lib.search(query, limit=30))]
