"""Installed content packs and trusted keys are the user's decisions (issue 11 with issue 15): a
rebuild after an interrupted start keeps them with the user's rows, a backup holds them and a
restore brings them back (but a key the user took off the list stays off), installing one counts
as a change for the next backup, and a wipe, which erases personal traces, leaves them alone (they
are not personal data)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.services import backups, documents, packs, user
from bali_desktop.services.session import Session
from bali_desktop.storage import backup_files
from bali_desktop.storage.user_store import ADDED_LATER, KEPT_TABLES, PACK_TABLES, USER_TABLES
from tests.packs import kit

GUIDE = "guide:testland-referral-sop"


@pytest.fixture
def library(shared_data_dir: Path, tmp_path: Path) -> Iterator[tuple[Path, dict[str, object]]]:
    """A data folder with a trusted key, an installed pack, a PDF the user added and a contact."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    s = Session.open(folder)
    try:
        key = kit.trusted_key(s)
        packs.install(s, kit.signed_zip(kit.content_files(), key))
        pdf = folder.parent / "my-own.pdf"
        pdf.write_bytes(kit.pdf_bytes("My own procedure, added by hand."))
        mine = documents.add_document(s, pdf, "My own procedure")
        user.add_contact(s, user.ContactValues(role="iom", organisation="Kept Organisation"))
        yield folder, _state(s) | {"mine": mine.ref}
    finally:
        s.close()


def _state(s: Session) -> dict[str, object]:
    return {
        "packs": [(p.info.id, p.info.version, p.info.state, p.trusted) for p in packs.list_packs(s)],
        "keys": sorted(k.fingerprint for k in packs.trusted_keys(s) if not k.shipped and not k.removed),
        "rows": {t: _count(s.connection, t) for t in PACK_TABLES},
        "contacts": [c.organisation for c in user.contacts(s)],
    }


def _count(con: sqlite3.Connection, table: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608


def test_every_pack_table_is_kept_and_restorable_from_an_older_backup() -> None:
    assert set(PACK_TABLES) <= set(KEPT_TABLES) and set(PACK_TABLES) <= set(ADDED_LATER)
    assert not set(PACK_TABLES) & set(USER_TABLES)  # not personal data: a wipe never looks at them


def test_a_rebuilt_folder_keeps_the_installed_pack_and_the_trusted_key(
    library: tuple[Path, dict[str, object]],
) -> None:
    folder, before = library
    assert before["packs"] == [("testland", "1.0.0", "active", True)] and before["keys"]
    db = folder / paths.DB_FILE
    con = sqlite3.connect(db)  # as an older version's first start cut short leaves it: no revision
    con.execute("DELETE FROM alembic_version")
    con.commit()
    con.close()
    s = Session.open(folder)
    try:
        assert list(folder.glob(f"{paths.DB_FILE}.interrupted*.bak"))  # it was rebuilt
        mine = before["mine"]
        assert _state(s) == {k: v for k, v in before.items() if k != "mine"}
        assert s.content.get(GUIDE) is not None  # the pack's items are laid over the content again
        assert isinstance(mine, str) and s.content.get(mine) is not None  # and the user's own PDF
        assert s.integrity() == "ok"
    finally:
        s.close()


def test_a_restore_brings_back_the_pack_removed_since(library: tuple[Path, dict[str, object]]) -> None:
    folder, before = library
    s = Session.open(folder)
    try:
        assert backups.make(s) is not None  # installing a pack is a change worth a backup
        packs.remove(s, "testland")
        assert packs.list_packs(s) == [] and s.content.get(GUIDE) is None
        backups.restore(s)
        after = _state(s)
        assert after == {k: v for k, v in before.items() if k != "mine"}
        assert s.content.get(GUIDE) is not None
    finally:
        s.close()


def test_installing_a_pack_alone_makes_the_next_backup(shared_data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    s = Session.open(folder)
    try:
        user.add_contact(s, user.ContactValues(role="iom", organisation="Some work"))
        assert backups.make(s) is not None
        assert backups.make(s) is None  # nothing changed
        kit.trusted_key(s)
        assert backups.make(s) is not None  # a key trusted is a change
    finally:
        s.close()


def test_a_wipe_leaves_packs_keys_and_documents_in_the_database_and_its_backups(
    library: tuple[Path, dict[str, object]],
) -> None:
    folder, before = library
    db = folder / paths.DB_FILE
    s = Session.open(folder)
    try:
        user.set_tick(s, "pathway:child", "WIPEMARK", "done")
        assert backups.make(s) is not None
        copies = {copy: _pack_rows(copy) for copy in backup_files.copies_of(db)}
        assert before["rows"] in copies.values()  # the newest backup holds the pack
        user.wipe(s)
        assert user.ticks(s, "pathway:child") == {}
        assert _state(s) == {k: v for k, v in before.items() if k != "mine"}
    finally:
        s.close()
    assert {copy: _pack_rows(copy) for copy in backup_files.copies_of(db)} == copies
    for copy in copies:
        con = sqlite3.connect(copy)
        try:
            assert _count(con, "walkthrough_ticks") == 0
        finally:
            con.close()


def _pack_rows(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        have = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: _count(con, t) for t in PACK_TABLES if t in have}
    finally:
        con.close()


def test_a_key_taken_off_the_list_stays_off_after_a_restore(library: tuple[Path, dict[str, object]]) -> None:
    folder, before = library
    s = Session.open(folder)
    try:
        assert backups.make(s) is not None  # the backup still trusts the key
        for fingerprint in before["keys"]:  # type: ignore[attr-defined]
            packs.remove_key(s, fingerprint)
        backups.restore(s)
        assert [(p.info.id, p.trusted) for p in packs.list_packs(s)] == [("testland", False)]
        removed = {k.fingerprint for k in packs.trusted_keys(s) if k.removed}
        assert set(before["keys"]) <= removed  # type: ignore[call-overload]
        assert [c.organisation for c in user.contacts(s)] == before["contacts"]  # the work is back
    finally:
        s.close()
