"""What each screen shows, gathered in one trip to the database: plain, frozen data.

Every function takes `lang` (None: the session's language): our words in that language where
translated (`item.translation` says so), English otherwise; official text stays English."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bali_desktop.checklists import builders
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.records import Item
from bali_desktop.services import pack_views, user
from bali_desktop.services.pack_views import NationalStep
from bali_desktop.services.reading import LANGUAGES, content_languages, lang_of, list_titles
from bali_desktop.storage.pack_store import PackStore

if TYPE_CHECKING:
    from bali_desktop.services.session import Session
    from bali_desktop.storage.pack_rows import PackContactRow
    from bali_desktop.storage.user_store import ContactEntry


@dataclass(frozen=True)
class HomeData:
    pathways: list[tuple[str, str, str]]  # ref, title, purpose
    aids: list[tuple[str, str, str]]
    recent: list[tuple[str, str]]  # ref, title
    bookmarks: list[tuple[str, str]]


@dataclass(frozen=True)
class ReaderData:
    item: Item
    parent: tuple[str, str] | None = None  # ref, title
    children: list[Item] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # ref, title
    contacts: list[ContactEntry] = field(default_factory=list)  # for a role
    from_packs: list[PackContactRow] = field(default_factory=list)  # a role's, from content packs, marked
    # (code, name) of each language only a content pack brings that this item is translated into
    also_in: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MineData:
    bookmarks: list[tuple[str, str]]  # ref, title
    notes: list[tuple[str, str, str]]  # ref, title, note
    recent: list[tuple[str, str]]


@dataclass(frozen=True)
class RoleInfo:
    id: str
    title: str
    description: str
    consent_required: bool
    contacts: list[ContactEntry] = field(default_factory=list)
    from_packs: list[PackContactRow] = field(default_factory=list)  # a content pack's, shown after, marked


@dataclass(frozen=True)
class PathwayData:
    item: Item
    pathway: Pathway
    roles: list[RoleInfo]
    titles: dict[str, str]  # titles of every ref the pathway links to
    step_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # step id -> role ids it calls on
    jump_numbers: dict[str, int] = field(default_factory=dict)  # "pathway:X#step" -> that step's number
    national: dict[str, tuple[NationalStep, ...]] = field(default_factory=dict)  # content packs' steps


@dataclass(frozen=True)
class WalkData:
    pathway: PathwayData | None
    ticks: dict[str, tuple[str, datetime]]  # step id -> (status, when)


@dataclass(frozen=True)
class ContactsData:
    roles: list[tuple[str, str, bool]]  # id, title, consent required
    contacts: list[ContactEntry]
    from_packs: list[PackContactRow] = field(default_factory=list)  # a content pack's, shown marked


def home(s: Session, *, lang: str | None = None) -> HomeData:
    code = lang_of(s, lang)

    def entries(kind: str) -> list[tuple[str, str, str]]:
        return [(i.ref, i.title, i.data.get("purpose", "")) for i in s.content.items(kind, code)]

    recent, marks = s.user.recent(8), s.user.bookmarks()[:8]
    titles = list_titles(s, [*recent, *marks], lang=code)
    return HomeData(
        entries("pathway"),
        entries("aid"),
        [(r, titles[r]) for r in recent if r in titles],
        [(r, titles[r]) for r in marks if r in titles],
    )


def reader(s: Session, ref: str, *, lang: str | None = None) -> ReaderData | None:
    code = lang_of(s, lang)
    item = s.content.get(ref, code)
    if item is None:
        return None
    parent = None
    if item.parent:
        parent = (item.parent, list_titles(s, [item.parent], lang=code).get(item.parent, item.parent))
    related_refs = [r.split("#", 1)[0] for r in item.related]
    titles = list_titles(s, related_refs, lang=code)
    related = [(r, titles[r]) for r in dict.fromkeys(related_refs) if r in titles]
    contacts = s.user.contacts(item.id) if item.kind == "role" else []
    packed = pack_views.contacts(s, item.id) if item.kind == "role" else []
    return ReaderData(item, parent, s.content.children(ref, code), related, contacts, packed, also_in(s, ref))


def also_in(s: Session, ref: str) -> tuple[tuple[str, str], ...]:
    """The languages installed content packs bring (not ours: English, Bahasa Indonesia) that
    `ref` is translated into: what the reader offers as "Also in: ไทย"."""
    out = []
    for code, name in content_languages(s).items():
        if code in LANGUAGES:
            continue
        found = s.content.get(ref, code)
        if found is not None and found.translation is not None and found.translation.language == code:
            out.append((code, name))
    return tuple(out)


def mine(s: Session, *, lang: str | None = None) -> MineData:
    marks, notes, recent = s.user.bookmarks(), s.user.notes(), s.user.recent(30)
    titles = list_titles(s, [*marks, *notes, *recent], lang=lang)
    return MineData(
        [(r, titles.get(r, r)) for r in marks],
        [(r, titles.get(r, r), text) for r, text in notes.items()],
        [(r, titles[r]) for r in recent if r in titles],
    )


def pathway(s: Session, ref: str, *, lang: str | None = None) -> PathwayData | None:
    code = lang_of(s, lang)
    item = s.content.get(ref, code)
    if item is None or item.kind != "pathway":
        return None
    typed = Pathway.from_item(item)
    by_step = step_roles(typed)
    roles = []
    packed: dict[str, list[PackContactRow]] = {}
    for c in pack_views.contacts(s):  # a content pack's national contacts (issue 15)
        packed.setdefault(c.role, []).append(c)
    for role_id in dict.fromkeys([*typed.roles, *(r for ids in by_step.values() for r in ids)]):
        role = s.content.get(f"role:{role_id}", code)
        if role is not None:
            consent = bool(role.data.get("consent_required"))
            mine = s.user.contacts(role_id)
            roles.append(RoleInfo(role_id, role.title, role.text, consent, mine, packed.get(role_id, [])))
    refs = [*typed.guides, *typed.activities, *typed.related, *typed.refs_linked()]
    titles = list_titles(s, [r.split("#", 1)[0] for r in refs], lang=code)
    national = pack_views.national_steps(s, ref)  # "In <country>" beside our steps (issue 15)
    return PathwayData(item, typed, roles, titles, by_step, builders.jump_numbers(typed, s.content), national)


def step_roles(model: Pathway) -> dict[str, tuple[str, ...]]:
    """Step id -> the referral roles the step calls on (`Step.roles`), for the contacts shown under it."""
    return {s.id: s.roles for s in model.steps if s.roles}


def walk(s: Session, ref: str, *, lang: str | None = None) -> WalkData:
    return WalkData(pathway(s, ref, lang=lang), user.ticks(s, ref))


def contacts(s: Session, *, lang: str | None = None) -> ContactsData:
    roles = [
        (r.id, r.title, bool(r.data.get("consent_required")))
        for r in s.content.items("role", lang_of(s, lang))
    ]
    return ContactsData(roles, s.user.contacts(), PackStore(s.connection).contacts())


def save_contact(
    s: Session, values: user.ContactValues, replaces: int | None = None, *, lang: str | None = None
) -> ContactsData:
    user.add_contact(s, values, replaces=replaces)
    return contacts(s, lang=lang)


def remove_contact(s: Session, contact_id: int, *, lang: str | None = None) -> ContactsData:
    user.remove_contact(s, contact_id)
    return contacts(s, lang=lang)
