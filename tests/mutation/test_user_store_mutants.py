"""The user's own rows on a small database file made from storage/schema.py's models
(storage/user_store.py): contacts and every refusal of one, bookmarks, notes, the recent list,
walk-through ticks, the wipe of traces, settings; what is read back, in which order, and that an
erased row leaves the -wal empty. Written for the mutants that the session-level tests let live
(docs/mutation.md)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy.dialects import sqlite
from sqlalchemy.schema import CreateTable

from bali_desktop.domain.errors import UsageError
from bali_desktop.storage import connection, schema, user_store
from bali_desktop.storage.user_store import ContactEntry, UserStore

ROLES = {"police", "shelter", "embassy"}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[tuple[UserStore, Path]]:
    """A database file with every table of storage/schema.py (the FTS index aside)."""
    path = tmp_path / "u.sqlite3"
    c = connection.connect(path)
    for table in schema.Base.metadata.sorted_tables:
        c.execute(str(CreateTable(table).compile(dialect=sqlite.dialect())))
    yield UserStore(c), path
    c.close()


@pytest.fixture
def store(db: tuple[UserStore, Path]) -> UserStore:
    return db[0]


def wal(path: Path) -> int:
    side = path.with_name(path.name + "-wal")
    return side.stat().st_size if side.exists() else 0


def add(store: UserStore, role: str = "police", organisation: str = "Org", **kw: str) -> ContactEntry:
    return store.add_contact(role, organisation, known_roles=ROLES, **kw)  # type: ignore[arg-type]


def refusal(store: UserStore, *args: str, **kw: object) -> str:
    with pytest.raises(UsageError) as raised:
        store.add_contact(*args, known_roles=ROLES, **kw)  # type: ignore[arg-type]
    return str(raised.value)


# --- contacts ------------------------------------------------------------------------------


def test_a_contact_is_stored_trimmed_and_read_back_whole(store: UserStore) -> None:
    made = store.add_contact(
        "  police ",
        " Bali Police ",
        " +62 361 ",
        " 24 hours ",
        " Ask for the duty officer\n",
        " Indonesia ",
        known_roles=ROLES,
    )
    notes = "Ask for the duty officer"
    want = ContactEntry(made.id, "police", "Bali Police", "+62 361", "24 hours", notes, "Indonesia")
    assert made == want
    assert store.contacts() == [want]
    assert store.contacts("police") == [want]


def test_contacts_list_by_role_then_id_and_filter_by_role(store: UserStore) -> None:
    a = add(store, "shelter", "A")
    b = add(store, "police", "B")
    c = add(store, "shelter", "C")
    d = add(store, "police", "D")
    assert [x.id for x in store.contacts()] == [b.id, d.id, a.id, c.id]
    assert [x.id for x in store.contacts("shelter")] == [a.id, c.id]
    assert [x.id for x in store.contacts("")] == [b.id, d.id, a.id, c.id]  # no role: every contact
    assert store.contacts("embassy") == []
    assert a.id < b.id < c.id < d.id


def test_a_contact_gets_defaults_for_what_is_not_given(store: UserStore) -> None:
    made = add(store)
    assert (made.phone, made.hours, made.notes, made.country) == ("", "", "", "")
    assert store.contacts() == [made]


def test_an_unknown_role_is_refused_with_the_known_ones_in_order(store: UserStore) -> None:
    said = refusal(store, " nurse ", "Org")
    assert said == "Unknown role 'nurse'. Roles: embassy, police, shelter."
    assert refusal(store, "r" * 50, "Org").startswith(f"Unknown role {'r' * 40!r}. Roles:")
    assert store.contacts() == []


def test_a_contact_needs_an_organisation(store: UserStore) -> None:
    assert refusal(store, "police", "   ") == "A contact needs an organisation (or a person's job title)."
    assert store.contacts() == []


@pytest.mark.parametrize("name", ["organisation", "phone", "hours", "country", "notes"])
def test_each_field_is_limited_at_its_length(store: UserStore, name: str) -> None:
    limit = user_store.CONTACT_LIMITS[name]
    filler = "1" if name == "phone" else "a"
    fields = {"organisation": "Org", name: filler * limit}
    made = store.add_contact("police", known_roles=ROLES, **fields)  # type: ignore[arg-type]
    assert getattr(made, name) == filler * limit
    fields[name] = filler * (limit + 1)
    said = refusal(store, "police", **fields)
    assert said == f"The contact's {name} is too long ({limit + 1} characters; at most {limit})."
    assert len(store.contacts()) == 1


def test_the_limits_of_a_contact_are_as_documented() -> None:
    assert user_store.CONTACT_LIMITS == {
        "organisation": 200,
        "phone": 40,
        "hours": 100,
        "country": 100,
        "notes": 2000,
    }


@pytest.mark.parametrize("name", ["organisation", "phone", "hours", "country", "notes"])
@pytest.mark.parametrize("bad", ["\x00", "\x01", "\x1f", "\r", "\x1b"])
def test_control_characters_are_refused_in_every_field(store: UserStore, name: str, bad: str) -> None:
    fields = {"organisation": "Org", name: f"1{bad}2"}
    said = refusal(store, "police", **fields)
    assert said == f"The contact's {name} holds control characters; type plain text."


@pytest.mark.parametrize("name", ["organisation", "hours", "country"])
@pytest.mark.parametrize("ok", ["\n", "\t"])
def test_only_the_notes_take_a_line_break_or_a_tab(store: UserStore, name: str, ok: str) -> None:
    said = refusal(store, "police", **{"organisation": "Org", name: f"a{ok}b"})
    assert said == f"The contact's {name} holds control characters; type plain text."
    made = add(store, notes=f"line one{ok}line two")
    assert made.notes == f"line one{ok}line two"


def test_a_space_and_printable_characters_are_no_control_characters(store: UserStore) -> None:
    made = add(store, organisation="A B ~ é", hours=" ! ")
    assert made.organisation == "A B ~ é"


@pytest.mark.parametrize("phone", ["+62 (361) 123-456", "112", "0361.123/4 #9*x", ""])
def test_a_phone_number_takes_digits_and_dialling_signs(store: UserStore, phone: str) -> None:
    assert add(store, phone=phone).phone == phone


@pytest.mark.parametrize("phone", ["call 112", "112a", "12;34", "1\u0662"])
def test_anything_else_is_not_a_phone_number(store: UserStore, phone: str) -> None:
    said = refusal(store, "police", "Org", phone)
    assert said == f"{phone!r} does not look like a phone number (digits, spaces, + - ( ) only)."
    assert store.contacts() == []


def test_an_edited_contact_keeps_its_id_and_every_new_field(store: UserStore) -> None:
    old = add(store, "police", "Old", phone="1", hours="h", notes="n", country="c")
    other = add(store, "shelter", "Other")
    new = store.add_contact(
        "shelter", " New ", " 2 ", " h2 ", " n2 ", " c2 ", known_roles=ROLES, replaces=old.id
    )
    assert new == ContactEntry(old.id, "shelter", "New", "2", "h2", "n2", "c2")
    assert sorted(store.contacts(), key=lambda c: c.id) == [new, other]


def test_an_edit_of_a_removed_contact_is_kept_as_a_new_one(store: UserStore) -> None:
    old = add(store, organisation="Old")
    store.remove_contact(old.id)
    new = store.add_contact("police", "New", known_roles=ROLES, replaces=old.id)
    assert new.id != old.id and new.organisation == "New"
    assert store.contacts() == [new]


def test_a_removed_contact_is_gone_from_the_file_and_the_wal(db: tuple[UserStore, Path]) -> None:
    store, path = db
    marker = "Org-zzqqxx-marker"
    kept = add(store, organisation="Kept")
    gone = add(store, organisation=marker)
    store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker.encode() in path.read_bytes()
    store.remove_contact(gone.id)
    assert wal(path) == 0
    assert marker.encode() not in path.read_bytes()
    assert store.contacts() == [kept]


def test_removing_a_contact_that_is_not_there_says_so(store: UserStore) -> None:
    kept = add(store)
    with pytest.raises(UsageError) as raised:
        store.remove_contact(kept.id + 1)
    assert str(raised.value) == f"No contact with id {kept.id + 1}. `bali-desktop contacts list` shows ids."
    assert store.contacts() == [kept]


# --- bookmarks, notes, recent --------------------------------------------------------------


def test_bookmarks_toggle_and_list_newest_first(store: UserStore) -> None:
    assert store.toggle_bookmark("pathway:a") is True
    assert store.toggle_bookmark("pathway:b") is True
    assert store.toggle_bookmark("pathway:c") is True
    assert store.bookmarks() == ["pathway:c", "pathway:b", "pathway:a"]
    assert store.toggle_bookmark("pathway:b") is False
    assert store.bookmarks() == ["pathway:c", "pathway:a"]
    assert store.is_bookmarked("pathway:a") and not store.is_bookmarked("pathway:b")
    assert store.toggle_bookmark("pathway:b") is True
    assert store.bookmarks()[0] == "pathway:b"


def test_a_bookmark_is_stored_with_the_time_it_was_made(store: UserStore) -> None:
    before = datetime.now()
    store.toggle_bookmark("pathway:a")
    (stamp,) = store.con.execute("SELECT created_at FROM bookmarks").fetchone()
    assert before <= connection.from_db(stamp) <= datetime.now()


def test_notes_are_kept_as_typed_and_listed_newest_first(store: UserStore) -> None:
    store.set_note("pathway:a", " first ")
    store.set_note("pathway:b", "second")
    store.set_note("pathway:a", " first, again\n")
    assert list(store.notes().items()) == [("pathway:a", " first, again\n"), ("pathway:b", "second")]
    assert store.note("pathway:a") == " first, again\n"
    assert store.note("pathway:c") == ""
    before = datetime.now()
    store.set_note("pathway:c", "third")
    stamp = store.con.execute("SELECT updated_at FROM notes WHERE ref = 'pathway:c'").fetchone()[0]
    assert before <= connection.from_db(stamp) <= datetime.now()


def test_an_emptied_note_is_gone_from_the_file_and_the_wal(db: tuple[UserStore, Path]) -> None:
    store, path = db
    store.set_note("pathway:a", "kept")
    store.set_note("pathway:b", "note-zzqqxx-marker")
    store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.set_note("pathway:b", " \n\t")
    assert wal(path) == 0
    assert b"note-zzqqxx-marker" not in path.read_bytes()
    assert store.notes() == {"pathway:a": "kept"}


def test_a_note_written_leaves_the_wal_to_sqlite(db: tuple[UserStore, Path]) -> None:
    """Only an erased note costs a checkpoint (and a blank note never written erases nothing)."""
    store, path = db
    store.set_note("pathway:a", "kept")
    assert wal(path) > 0
    store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.set_note("pathway:b", "  ")
    assert store.notes() == {"pathway:a": "kept"}


def test_the_recent_list_keeps_thirty_newest_first_each_once(store: UserStore) -> None:
    assert user_store.RECENT_KEEP == 30
    refs = [f"guide:{i}" for i in range(35)]
    for ref in refs:
        store.touch_recent(ref)
    store.touch_recent("guide:10")
    newest = ["guide:10", *reversed(refs[11:]), *reversed(refs[5:10])][:30]
    assert store.recent(limit=100) == newest
    assert store.con.execute("SELECT count(*) FROM recent_items").fetchone()[0] == 30
    assert store.recent() == newest[:10]
    assert store.recent(3) == newest[:3]


def test_an_item_opened_is_stored_with_the_time(store: UserStore) -> None:
    before = datetime.now()
    store.touch_recent("guide:a")
    stamp = store.con.execute("SELECT opened_at FROM recent_items").fetchone()[0]
    assert before <= connection.from_db(stamp) <= datetime.now()


# --- ticks, wipes, settings ----------------------------------------------------------------


def test_ticks_are_read_back_in_the_order_made_with_their_time(store: UserStore) -> None:
    before = datetime.now()
    store.set_tick("pathway:p", "s2", "done")
    store.set_tick("pathway:p", "s1", "not-applicable")
    store.set_tick("pathway:q", "s9", "done")
    ticks = store.ticks("pathway:p")
    assert [(t.step_id, t.status) for t in ticks] == [("s2", "done"), ("s1", "not-applicable")]
    assert all(before <= t.at <= datetime.now() for t in ticks)
    store.set_tick("pathway:p", "s2", "not-applicable")  # replaced, now the newest
    assert [(t.step_id, t.status) for t in store.ticks("pathway:p")] == [
        ("s1", "not-applicable"),
        ("s2", "not-applicable"),
    ]
    store.set_tick("pathway:p", "s1", None)
    assert [t.step_id for t in store.ticks("pathway:p")] == ["s2"]
    assert [t.step_id for t in store.ticks("pathway:q")] == ["s9"]


@pytest.mark.parametrize("status", ["", "Done", "skipped", "NOT-APPLICABLE"])
def test_a_tick_of_another_status_is_refused(store: UserStore, status: str) -> None:
    with pytest.raises(ValueError) as raised:
        store.set_tick("pathway:p", "s1", status)
    assert str(raised.value) == f"bad tick status {status!r}"
    assert store.ticks("pathway:p") == []


def test_clearing_ticks_of_one_pathway_or_all_leaves_no_wal(db: tuple[UserStore, Path]) -> None:
    store, path = db
    for p in ("pathway:p", "pathway:q", "pathway:r"):
        store.set_tick(p, "s", "done")
    store.clear_ticks("pathway:p")
    assert wal(path) == 0
    assert store.ticks("pathway:p") == [] and len(store.ticks("pathway:q")) == 1
    store.set_tick("pathway:p", "s", "done")
    store.clear_ticks("")  # no pathway: all of them
    assert [store.ticks(p) for p in ("pathway:p", "pathway:q", "pathway:r")] == [[], [], []]
    assert wal(path) == 0


def test_a_wipe_of_traces_takes_ticks_recent_and_last_place_only(db: tuple[UserStore, Path]) -> None:
    store, path = db
    store.set_tick("pathway:p", "s", "done")
    store.touch_recent("guide:a")
    store.set_setting("last_location", "pathway:p")
    store.set_setting("language", "id")
    store.toggle_bookmark("guide:a")
    store.set_note("guide:a", "n")
    store.wipe_traces()
    assert wal(path) == 0
    assert store.ticks("pathway:p") == [] and store.recent() == []
    assert store.setting("last_location", "none") == "none"
    assert store.setting("language") == "id"
    assert store.bookmarks() == ["guide:a"] and store.notes() == {"guide:a": "n"}


def test_a_setting_is_replaced_in_place(store: UserStore) -> None:
    assert store.setting("k") == ""
    store.set_setting("k", "one")
    store.set_setting("other", "x")
    store.set_setting("k", "two")
    assert store.setting("k", "d") == "two" and store.setting("other") == "x"
    assert store.con.execute("SELECT count(*) FROM settings").fetchone()[0] == 2
