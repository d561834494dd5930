"""What each screen is given (services/views.py), called directly on a session of its own rather than
through the window: home, the reader, "Mine", the pathway screen and its walk-through, contacts, and
the languages only a content pack brings. Written to kill the mutants the window's tests alone would
catch (docs/mutation.md)."""

from __future__ import annotations

import dataclasses

import pytest

from bali_desktop.checklists import builders
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.records import Item, ItemTranslation
from bali_desktop.services import reading, user, views
from bali_desktop.services.session import Session
from bali_desktop.services.user import ContactValues


def test_home_lists_pathways_and_aids_with_their_purpose(fresh: Session) -> None:
    home = views.home(fresh)
    assert home.pathways == [
        (i.ref, i.title, i.data.get("purpose", "")) for i in fresh.content.items("pathway")
    ]
    assert home.aids == [(i.ref, i.title, i.data.get("purpose", "")) for i in fresh.content.items("aid")]
    assert all(purpose for _, _, purpose in home.pathways)
    assert home.recent == [] and home.bookmarks == []
    in_id = views.home(fresh, lang="id")
    assert (
        [t for _, t, _ in in_id.pathways]
        == [reading.item(fresh, r, lang="id").title for r, _, _ in home.pathways]
        != [t for _, t, _ in home.pathways]
    )


def test_home_shows_the_last_eight_recent_and_bookmarked_items_that_exist(fresh: Session) -> None:
    refs = [i.ref for i in fresh.content.items("guide")][:10]
    for ref in refs:
        user.touch_recent(fresh, ref)
        user.toggle_bookmark(fresh, ref)
    home = views.home(fresh)
    assert [r for r, _ in home.recent] == fresh.user.recent(8)
    assert len(home.recent) == 8
    assert dict(home.recent) == {r: fresh.content.require(r).title for r in fresh.user.recent(8)}
    assert [r for r, _ in home.bookmarks] == fresh.user.bookmarks()[:8]
    assert len(home.bookmarks) == 8


def test_home_titles_an_official_bookmark_by_its_locator(fresh: Session) -> None:
    user.toggle_bookmark(fresh, "commitment:adelaide-2023-16")
    user.toggle_bookmark(fresh, "guide:gone")
    assert views.home(fresh).bookmarks == [
        ("commitment:adelaide-2023-16", "Activity 16: Responsible use of biometrics")
    ]


def test_the_reader_gives_the_item_its_parent_children_and_related(fresh: Session) -> None:
    assert views.reader(fresh, "guide:gone") is None
    data = views.reader(fresh, "commitment:adelaide-2023-16")
    assert data is not None
    found = fresh.content.require("commitment:adelaide-2023-16")
    assert data.item == found
    assert data.parent == (found.parent, reading.list_titles(fresh, [found.parent])[found.parent])
    area = views.reader(fresh, "area:adelaide-2023-5")
    assert area is not None and area.parent is None
    assert [c.ref for c in area.children] == [c.ref for c in fresh.content.children("area:adelaide-2023-5")]
    assert area.children
    guide = views.reader(fresh, "guide:policy-guide-criminalizing-smuggling")
    assert guide is not None
    related = guide.item.related
    titles = reading.list_titles(fresh, list(related))
    assert guide.related == [(r, titles[r]) for r in dict.fromkeys(related) if r in titles]
    assert ("commitment:adelaide-2023-1", titles["commitment:adelaide-2023-1"]) in guide.related
    assert titles["commitment:adelaide-2023-1"].startswith("Activity 1: ")
    assert guide.contacts == [] and guide.from_packs == [] and guide.also_in == ()


def test_the_reader_titles_related_steps_by_their_pathway_once(
    fresh: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = fresh.content.require("guide:policy-guide-criminalizing-smuggling")
    linked = dataclasses.replace(
        found, related=("pathway:child#notify-child-protection", "pathway:child", "guide:gone")
    )
    real_get = fresh.content.get
    monkeypatch.setattr(
        fresh.content, "get", lambda ref, lang=None: linked if ref == found.ref else real_get(ref, lang)
    )
    data = views.reader(fresh, found.ref)
    assert data is not None
    assert data.related == [("pathway:child", fresh.content.require("pathway:child").title)]


def test_the_reader_of_a_role_lists_its_contacts(fresh: Session) -> None:
    clinic = user.add_contact(fresh, ContactValues("health", "Clinic"))
    user.add_contact(fresh, ContactValues("iom", "IOM office"))
    data = views.reader(fresh, "role:health")
    assert data is not None and data.contacts == [clinic]
    assert views.reader(fresh, "role:iom").contacts[0].organisation == "IOM office"


def test_the_reader_in_indonesian(fresh: Session) -> None:
    data = views.reader(fresh, "pathway:child", lang="id")
    assert data is not None and data.item.translation is not None
    assert data.item.title == reading.item(fresh, "pathway:child", lang="id").title
    commitment = views.reader(fresh, "commitment:adelaide-2023-16", lang="id")
    assert commitment is not None and commitment.parent is not None
    assert (
        commitment.parent[1]
        == reading.list_titles(fresh, [commitment.item.parent], lang="id")[commitment.item.parent]
    )


def thai(found: Item) -> Item:
    return dataclasses.replace(found, title="ไทย " + found.title, translation=ItemTranslation("th", "draft"))


def test_also_in_names_the_pack_languages_an_item_is_translated_into(
    fresh: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fresh.content, "languages", lambda: ["en", "id", "th", "ms", "xq"])
    real_get = fresh.content.get

    def get(ref: str, lang: str | None = None) -> Item | None:
        found = real_get(ref, "en" if lang in ("th", "ms", "xq") else lang)
        if found is None or ref != "pathway:child":
            return found
        if lang == "th":
            return thai(found)
        if lang == "ms":  # not translated: English, said as such
            return found
        if lang == "xq":  # a translation, but into another language
            return dataclasses.replace(found, translation=ItemTranslation("id", "draft"))
        return found

    monkeypatch.setattr(fresh.content, "get", get)
    assert views.also_in(fresh, "pathway:child") == (("th", "ไทย"),)
    assert views.also_in(fresh, "guide:gone") == ()
    assert views.also_in(fresh, "pathway:smuggled-migrant") == ()
    data = views.reader(fresh, "pathway:child")
    assert data is not None and data.also_in == (("th", "ไทย"),)


def test_mine_lists_bookmarks_and_notes_even_of_items_gone_and_recent_that_exist(fresh: Session) -> None:
    user.toggle_bookmark(fresh, "commitment:adelaide-2023-16")
    user.toggle_bookmark(fresh, "guide:gone")
    user.set_note(fresh, "pathway:child", "Ask for a guardian")
    user.set_note(fresh, "guide:gone", "Old note")
    for i in fresh.content.items("event")[:32]:
        user.touch_recent(fresh, i.ref)
    mine = views.mine(fresh)
    assert sorted(mine.bookmarks) == sorted(
        [
            ("commitment:adelaide-2023-16", "Activity 16: Responsible use of biometrics"),
            ("guide:gone", "guide:gone"),
        ]
    )
    child = fresh.content.require("pathway:child").title
    assert sorted(mine.notes) == sorted(
        [("pathway:child", child, "Ask for a guardian"), ("guide:gone", "guide:gone", "Old note")]
    )
    assert [r for r, _ in mine.recent] == fresh.user.recent(30) and len(mine.recent) == 30
    assert all(t == fresh.content.require(r).title for r, t in mine.recent)
    in_id = {r: t for r, t, _ in views.mine(fresh, lang="id").notes}
    assert in_id["pathway:child"] == reading.item(fresh, "pathway:child", lang="id").title != child


def test_the_pathway_screen_gathers_roles_titles_and_numbers(fresh: Session) -> None:
    assert views.pathway(fresh, "pathway:gone") is None
    assert views.pathway(fresh, "guide:policy-guide-criminalizing-smuggling") is None
    clinic = user.add_contact(fresh, ContactValues("anti-trafficking-police", "Unit 3"))
    data = views.pathway(fresh, "pathway:victim-of-trafficking")
    assert data is not None
    found = fresh.content.require("pathway:victim-of-trafficking")
    typed = Pathway.from_item(found)
    assert data.item == found and data.pathway == typed
    assert [r.id for r in data.roles] == list(typed.roles)
    police = data.roles[0]
    role = fresh.content.require("role:anti-trafficking-police")
    assert (police.id, police.title, police.description, police.consent_required) == (
        "anti-trafficking-police",
        role.title,
        role.text,
        False,
    )
    assert police.contacts == [clinic] and police.from_packs == []
    assert all(r.contacts == [] for r in data.roles[1:])
    refs = [*typed.guides, *typed.activities, *typed.related, *typed.refs_linked()]
    assert data.titles == reading.list_titles(fresh, [r.split("#", 1)[0] for r in refs])
    assert "pathway:child" in data.titles and typed.guides[0] in data.titles
    assert data.step_roles == {s.id: s.roles for s in typed.steps if s.roles}
    assert data.step_roles and all(data.step_roles.values())
    assert data.jump_numbers == builders.jump_numbers(typed, fresh.content) != {}
    assert data.national == {}


def test_a_role_that_needs_consent_says_so(fresh: Session) -> None:
    for p in fresh.content.items("pathway"):
        data = views.pathway(fresh, p.ref)
        assert data is not None
        for r in data.roles:
            assert r.consent_required is bool(
                fresh.content.require(f"role:{r.id}").data.get("consent_required")
            )
    contacts = views.contacts(fresh)
    assert ("consular", fresh.content.require("role:consular").title, True) in contacts.roles
    assert ("health", fresh.content.require("role:health").title, False) in contacts.roles


def test_the_pathway_screen_in_indonesian(fresh: Session) -> None:
    data = views.pathway(fresh, "pathway:child", lang="id")
    assert data is not None and data.item.translation is not None
    assert data.roles[0].title == reading.item(fresh, f"role:{data.roles[0].id}", lang="id").title
    assert data.titles == reading.list_titles(
        fresh,
        [
            r.split("#", 1)[0]
            for r in [
                *data.pathway.guides,
                *data.pathway.activities,
                *data.pathway.related,
                *data.pathway.refs_linked(),
            ]
        ],
        lang="id",
    )


def test_step_roles_leave_out_steps_that_call_no_one() -> None:
    typed = Pathway.from_data(
        "pathway:p",
        {
            "pause_points": [
                {
                    "id": "pp",
                    "title": "P",
                    "steps": [
                        {"id": "a", "action": "A.", "roles": ["unhcr", "iom"]},
                        {"id": "b", "action": "B."},
                    ],
                }
            ]
        },
    )
    assert views.step_roles(typed) == {"a": ("unhcr", "iom")}


def test_the_walk_through_is_the_pathway_and_its_ticks(fresh: Session) -> None:
    user.set_tick(fresh, "pathway:child", "a", "done")
    walk = views.walk(fresh, "pathway:child")
    assert walk.pathway == views.pathway(fresh, "pathway:child")
    assert {k: v[0] for k, v in walk.ticks.items()} == {"a": "done"}
    assert views.walk(fresh, "pathway:child", lang="id").pathway.item.translation is not None


def test_contacts_are_saved_and_removed_and_the_screen_given_back(fresh: Session) -> None:
    empty = views.contacts(fresh)
    assert empty.roles == [
        (r.id, r.title, bool(r.data.get("consent_required"))) for r in fresh.content.items("role")
    ]
    assert empty.contacts == [] and empty.from_packs == []
    saved = views.save_contact(fresh, ContactValues("health", "Clinic", phone="1"))
    (clinic,) = saved.contacts
    assert (clinic.role, clinic.organisation, clinic.phone) == ("health", "Clinic", "1")
    edited = views.save_contact(fresh, ContactValues("health", "Clinic North"), clinic.id)
    assert [(c.id, c.organisation) for c in edited.contacts] == [(clinic.id, "Clinic North")]
    assert views.remove_contact(fresh, clinic.id).contacts == []
    in_id = views.save_contact(fresh, ContactValues("iom", "IOM"), lang="id")
    iom = next(r for r in in_id.roles if r[0] == "iom")
    assert iom[1] == reading.item(fresh, "role:iom", lang="id").title
    assert views.remove_contact(fresh, in_id.contacts[0].id, lang="id").roles == in_id.roles
