"""Editing a contact is one transaction (issue 11): the edit is saved under the contact's own id,
all of it or nothing; a failed edit leaves the contact as it was and no copy beside it, and the
window's retry of the same edit saves it once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop.domain.errors import BaliError
from bali_desktop.services import user
from bali_desktop.services.session import Session
from bali_desktop.services.user import ContactValues


@pytest.fixture
def s(tmp_path: Path, shared_data_dir: Path) -> Iterator[Session]:
    import shutil

    from bali_desktop import paths

    shutil.copy(shared_data_dir / paths.DB_FILE, tmp_path / paths.DB_FILE)
    opened = Session.open(tmp_path)
    yield opened
    opened.close()


def _rows(s: Session) -> list[tuple[int, str, str]]:
    return [(c.id, c.organisation, c.phone) for c in user.contacts(s)]


def test_an_edit_keeps_the_id_and_a_retry_saves_it_once(s: Session) -> None:
    first = user.add_contact(s, ContactValues("iom", "IOM office", phone="+62 1"))
    other = user.add_contact(s, ContactValues("iom", "Other"))
    edit = ContactValues("iom", "IOM office Denpasar", phone="+62 2")
    edited = user.add_contact(s, edit, replaces=first.id)
    assert edited.id == first.id
    assert user.add_contact(s, edit, replaces=first.id).id == first.id  # sent again after a failure
    assert _rows(s) == [(first.id, "IOM office Denpasar", "+62 2"), (other.id, "Other", "")]


def test_an_edit_that_fails_changes_nothing_and_adds_no_copy(s: Session) -> None:
    first = user.add_contact(s, ContactValues("iom", "IOM office", phone="+62 1"))
    before = _rows(s)
    for event in ("UPDATE", "DELETE"):  # whatever the edit does to the old row fails
        s.connection.execute(
            f"CREATE TEMP TRIGGER fail_{event.lower()} BEFORE {event} ON contacts "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )
    with pytest.raises((BaliError, sqlite3.Error)):
        user.add_contact(s, ContactValues("iom", "IOM office Denpasar"), replaces=first.id)
    assert _rows(s) == before


def test_the_edit_of_a_contact_removed_meanwhile_is_kept_as_a_new_one(s: Session) -> None:
    first = user.add_contact(s, ContactValues("iom", "IOM office"))
    user.remove_contact(s, first.id)  # from the command line, while the window had it open
    kept = user.add_contact(s, ContactValues("iom", "IOM office, edited"), replaces=first.id)
    assert kept.id != first.id and _rows(s) == [(kept.id, "IOM office, edited", "")]
