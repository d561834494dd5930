"""Ids are never handed out twice (AUTOINCREMENT, migration 0002), and "Undo delete" never
lands on newer work: the review's delete → new → undo sequence keeps both checklists."""

from __future__ import annotations

import shutil
from pathlib import Path

from bali_desktop import paths
from bali_desktop.checklists import builders
from bali_desktop.services import checklists
from bali_desktop.services.session import Session

FROZEN_0001 = Path(__file__).parent / "fixtures" / "db" / "0001.sqlite3"


def test_undo_delete_after_a_new_checklist_keeps_both(tmp_path: Path) -> None:
    s = Session.open(tmp_path)
    try:
        s.checklists.save(builders.empty("First"))
        old = s.checklists.save(builders.empty("Old checklist (deleted, then undone)"))
        assert old.id is not None
        gone = checklists.delete(s, old.id)
        new = s.checklists.save(builders.empty("NEW WORK typed after the delete"))
        assert new.id != old.id  # the deleted newest id is not handed out again
        back = checklists.restore(s, gone)
        assert back.id == old.id  # free, so the old ref checklist:N still means it
        titles = {c.id: c.title for c in s.checklists.list()}
        assert titles[new.id] == "NEW WORK typed after the delete"
        assert titles[old.id] == "Old checklist (deleted, then undone)"
    finally:
        s.close()


def test_restore_never_writes_over_a_checklist_that_holds_the_id(tmp_path: Path) -> None:
    s = Session.open(tmp_path)
    try:
        kept = s.checklists.save(builders.empty("Kept"))
        assert kept.id is not None
        gone = checklists.delete(s, kept.id)
        first = checklists.restore(s, gone)
        second = checklists.restore(s, gone)  # the same undo twice (or an id taken before 0002)
        assert first.id == kept.id and second.id != kept.id
        assert [c.title for c in s.checklists.list()].count("Kept") == 2
    finally:
        s.close()


def test_contact_ids_are_not_reused(tmp_path: Path) -> None:
    s = Session.open(tmp_path)
    try:
        roles = {"iom", "interpreter"}
        s.user.add_contact("iom", "One", known_roles=roles)
        last = s.user.add_contact("iom", "Two", known_roles=roles)
        s.user.remove_contact(last.id)
        again = s.user.add_contact("interpreter", "Three", known_roles=roles)
        assert again.id > last.id
    finally:
        s.close()


def test_an_upgraded_0001_file_does_not_reuse_ids_either(tmp_path: Path) -> None:
    shutil.copyfile(FROZEN_0001, tmp_path / paths.DB_FILE)
    s = Session.open(tmp_path)
    try:
        newest = max(c.id for c in s.checklists.list())
        checklists.delete(s, newest)
        assert s.checklists.save(builders.empty("After the upgrade")).id == newest + 1
    finally:
        s.close()
