"""The user's own things through the services, called directly (the window calls these; the
mutation run leaves the window's tests out)."""

from __future__ import annotations

import pytest

from bali_desktop.domain.errors import UsageError
from bali_desktop.services import user
from bali_desktop.services.session import Session
from bali_desktop.services.user import ContactValues


def test_bookmarks_toggle_on_and_off(fresh: Session) -> None:
    assert not user.is_bookmarked(fresh, "pathway:child")
    assert user.toggle_bookmark(fresh, "pathway:child") is True
    assert user.is_bookmarked(fresh, "pathway:child")
    assert user.toggle_bookmark(fresh, "pathway:child") is False
    assert not user.is_bookmarked(fresh, "pathway:child")


def test_only_items_that_exist_are_remembered_as_recent(fresh: Session) -> None:
    user.touch_recent(fresh, "pathway:child")
    user.touch_recent(fresh, "pathway:no-such-thing")
    assert fresh.user.recent() == ["pathway:child"]


def test_a_note_is_kept_and_a_blank_one_deletes_it(fresh: Session) -> None:
    assert user.note(fresh, "pathway:child") == ""
    user.set_note(fresh, "pathway:child", "Ask for a guardian")
    assert user.note(fresh, "pathway:child") == "Ask for a guardian"
    user.set_note(fresh, "pathway:child", "  ")
    assert user.note(fresh, "pathway:child") == ""
    assert fresh.user.notes() == {}


def test_settings_are_saved_and_read_by_key(fresh: Session) -> None:
    user.save_settings(fresh, {"zz-a": "1", "zz-b": "two"})
    assert user.settings(fresh, ["zz-a", "zz-b", "zz-none"]) == {"zz-a": "1", "zz-b": "two", "zz-none": ""}


def test_contacts_are_added_listed_by_role_replaced_and_removed(fresh: Session) -> None:
    assert "health" in user.role_ids(fresh)
    clinic = user.add_contact(fresh, ContactValues("health", "Clinic", phone="+62 361 1"))
    police = user.add_contact(fresh, ContactValues("anti-trafficking-police", "Unit 3"))
    assert [c.organisation for c in user.contacts(fresh, "health")] == ["Clinic"]
    assert {c.id for c in user.contacts(fresh)} == {clinic.id, police.id}
    edited = user.add_contact(fresh, ContactValues("health", "Clinic North", hours="24h"), replaces=clinic.id)
    assert [(c.id, c.organisation, c.hours) for c in user.contacts(fresh, "health")] == [
        (edited.id, "Clinic North", "24h")
    ]
    user.remove_contact(fresh, police.id)
    assert [c.id for c in user.contacts(fresh)] == [edited.id]


def test_a_contact_for_an_unknown_role_is_refused(fresh: Session) -> None:
    with pytest.raises(UsageError, match="Unknown role"):
        user.add_contact(fresh, ContactValues("no-such-role", "Somebody"))
    assert user.contacts(fresh) == []


def test_ticks_are_set_read_and_wiped_per_pathway(fresh: Session) -> None:
    after = user.set_tick(fresh, "pathway:child", "a", "done")
    assert set(after) == {"a"} and after["a"][0] == "done"
    user.set_tick(fresh, "pathway:child", "b", "not-applicable")
    user.set_tick(fresh, "pathway:smuggled-migrant", "c", "done")
    assert {k: v[0] for k, v in user.ticks(fresh, "pathway:child").items()} == {
        "a": "done",
        "b": "not-applicable",
    }
    assert user.set_tick(fresh, "pathway:child", "a", None).keys() == {"b"}
    assert user.wipe_ticks(fresh, "pathway:child") == {}
    assert user.ticks(fresh, "pathway:child") == {}
    assert set(user.ticks(fresh, "pathway:smuggled-migrant")) == {"c"}
    user.wipe_ticks(fresh)
    assert user.ticks(fresh, "pathway:smuggled-migrant") == {}
