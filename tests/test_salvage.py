"""Damage only in what can be rebuilt (issue 11, point 4; review item 6, "corruption in content or
FTS pages"): the user's work is copied into a new database whole, newer than any backup and with
no backup at all; the shipped content is loaded again; the damaged file is moved aside unchanged;
one sentence says so. Damage in a page of the user's own tables is never "salvaged": the newest
good backup is restored instead."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services import backups, checklists, packs, user
from bali_desktop.services.session import Session
from bali_desktop.storage import backup_files
from tests.damage import scramble_root
from tests.packs import kit


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine")
    Session.open(folder).close()
    return folder / paths.DB_FILE


def _flip(db: Path, table: str) -> None:
    scramble_root(db, table)


def _work(folder: Path, pristine: Path, *, backup: bool) -> dict[str, object]:
    folder.mkdir()
    shutil.copy(pristine, folder / paths.DB_FILE)
    s = Session.open(folder)
    try:
        if backup:  # a backup older than the newest work
            user.add_contact(s, user.ContactValues(role="iom", organisation="In the backup"))
            assert backups.make(s, force=True) is not None
        for n in range(30):
            user.add_contact(s, user.ContactValues(role="iom", organisation=f"After the backup {n}"))
        gone = user.add_contact(s, user.ContactValues(role="iom", organisation="Removed"))
        user.remove_contact(s, gone.id)
        user.set_note(s, "pathway:child", "a note typed after the backup")
        user.set_tick(s, "pathway:child", "step-1", "done")
        checklists.create(s, "", "A checklist typed after the backup")
        packs.install(s, kit.signed_zip(kit.content_files(), kit.trusted_key(s)))
        return {
            "contacts": [(c.id, c.organisation) for c in user.contacts(s)],
            "note": user.note(s, "pathway:child"),
            "ticks": set(user.ticks(s, "pathway:child")),
            "checklists": [c.title for c in checklists.saved(s)],
            "packs": [p.info.id for p in packs.list_packs(s)],
            "removed_id": gone.id,
        }
    finally:
        s.close()


@pytest.mark.parametrize("table", ["content_items", "content_fts_data"])
@pytest.mark.parametrize("backup", [False, True], ids=["no-backup", "older-backup"])
def test_damage_in_the_content_keeps_every_bit_of_the_users_work(
    tmp_path: Path, pristine: Path, table: str, backup: bool
) -> None:
    folder = tmp_path / "data"
    expected = _work(folder, pristine, backup=backup)
    db = folder / paths.DB_FILE
    _flip(db, table)
    damaged = db.read_bytes()
    s = Session.open(folder)
    try:
        assert s.recovered is not None and "not in your own work" in s.recovered
        assert s.warnings == [s.recovered] and "\n" not in s.recovered and "SQL" not in s.recovered
        assert [(c.id, c.organisation) for c in user.contacts(s)] == expected["contacts"]
        assert user.note(s, "pathway:child") == expected["note"]
        assert set(user.ticks(s, "pathway:child")) == expected["ticks"]
        assert [c.title for c in checklists.saved(s)] == expected["checklists"]
        assert [p.info.id for p in packs.list_packs(s)] == expected["packs"]
        assert s.content.get("guide:testland-referral-sop") is not None  # the pack laid over again
        assert s.content.find("child").hits  # the content and its index rebuilt
        assert s.integrity() == "ok"
        new = user.add_contact(s, user.ContactValues(role="iom", organisation="New"))
        assert new.id > expected["removed_id"]  # type: ignore[operator]  # no id handed out twice
        aside = [b for b in backup_files.list_backups(folder / "backups") if b.kind == "damaged"]
        assert len(aside) == 1 and str(aside[0].path) in s.recovered
        assert aside[0].path.read_bytes() == damaged  # moved, never changed or deleted
    finally:
        s.close()


def test_damage_in_the_users_own_table_restores_the_backup_instead(tmp_path: Path, pristine: Path) -> None:
    folder = tmp_path / "data"
    _work(folder, pristine, backup=True)
    _flip(folder / paths.DB_FILE, "contacts")
    s = Session.open(folder)
    try:
        assert s.recovered is not None and "backup of" in s.recovered
        assert "not in your own work" not in s.recovered
        assert "In the backup" in [c.organisation for c in user.contacts(s)]  # the backup's rows
        assert s.integrity() == "ok"
    finally:
        s.close()
