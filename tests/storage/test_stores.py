"""The storage layer's promises, each shown on a real database file: reloads replace the
full-text index, wiped rows are overwritten, failed writes change nothing, notes and the recent
list stay tidy, connections stay on their thread, and every column the SQL names exists."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.errors import UsageError
from bali_desktop.services.session import Session
from bali_desktop.storage import checklist_store, connection, content_store, user_store
from bali_desktop.storage.connection import FTS_TABLE, apply_pragmas, transaction


@pytest.fixture
def session(shared_data_dir: Path, tmp_path: Path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    s = Session.open(folder)
    yield s
    s.close()


def test_a_content_reload_replaces_the_full_text_index(session: Session, tmp_path: Path) -> None:
    """Search never finds an item by words it no longer holds, nor lists an item twice."""
    items = sum(session.content.stats().values())
    assert session.content.fts_rows() == items
    assert session.reload_content()
    assert session.content.fts_rows() == items
    changed = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, changed)
    guides = changed / "guides.yaml"
    text = guides.read_text(encoding="utf-8")
    assert "Screening and Referral" in text
    guides.write_text(text.replace("Screening and Referral", "Zyxwv Qwerty"), encoding="utf-8")
    assert session.reload_content(changed, paths.SOURCES_DIR)
    assert session.content.search("zyxwv")
    assert session.reload_content()
    assert session.content.search("zyxwv") == []
    assert session.content.fts_rows() == items


def test_every_connection_overwrites_deleted_rows(session: Session, tmp_path: Path) -> None:
    """A wipe really erases: secure_delete is switched on by the app, whatever SQLite's build
    default (Debian's is on; others are off)."""
    raw = sqlite3.connect(tmp_path / "x.sqlite3")
    raw.execute("PRAGMA secure_delete=OFF")
    assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 0
    apply_pragmas(raw)
    assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
    raw.close()
    assert session.connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert session.connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert session.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_wiped_ticks_leave_no_trace_in_the_file(session: Session) -> None:
    marker = "step-zzqqxx-marker"
    session.user.set_tick("pathway:child", marker, "done")
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker.encode() in session.db_path.read_bytes()
    session.user.clear_ticks(None)
    session.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert marker.encode() not in session.db_path.read_bytes()
    assert session.user.ticks("pathway:child") == []


def test_a_failed_write_changes_nothing(session: Session) -> None:
    """Everything inside one transaction is undone when any part of it fails."""
    before = session.user.bookmarks()
    with pytest.raises(RuntimeError), transaction(session.connection) as con:
        con.execute("INSERT INTO bookmarks (ref, created_at) VALUES ('pathway:child', '2026-01-01 00:00:00')")
        raise RuntimeError("power cut")
    assert session.user.bookmarks() == before
    assert not session.connection.in_transaction
    with pytest.raises(UsageError):
        session.user.remove_contact(999_999)
    assert not session.connection.in_transaction


def test_an_emptied_note_is_deleted(session: Session) -> None:
    session.user.set_note("pathway:child", "Ask for a female interviewer")
    assert session.user.notes() == {"pathway:child": "Ask for a female interviewer"}
    session.user.set_note("pathway:child", "   \n")
    assert session.user.notes() == {}
    assert session.connection.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_the_recent_list_keeps_only_the_newest(session: Session) -> None:
    every = [i.ref for kind in ("commitment", "guide") for i in session.content.items(kind)]
    refs = every[: user_store.RECENT_KEEP + 5]
    assert len(refs) == user_store.RECENT_KEEP + 5
    for ref in refs:
        session.user.touch_recent(ref)
    rows = session.connection.execute("SELECT count(*) FROM recent_items").fetchone()[0]
    assert rows == user_store.RECENT_KEEP
    assert session.user.recent(limit=1000) == list(reversed(refs))[: user_store.RECENT_KEEP]


def test_a_connection_stays_on_its_thread(session: Session) -> None:
    """SQLite's same-thread check is on: a connection used off its thread fails loudly."""
    errors: list[BaseException] = []

    def elsewhere() -> None:
        try:
            session.content.get("pathway:child")
        except BaseException as e:  # noqa: BLE001 - carried back to the test
            errors.append(e)

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()
    assert errors and isinstance(errors[0], sqlite3.ProgrammingError)


def test_every_column_the_sql_names_is_in_the_schema() -> None:
    """The models in storage/schema.py are the one definition of the schema (Alembic's
    autogenerate source); the column lists the stores' SQL uses must agree with them."""
    from bali_desktop.storage import pack_rows, schema

    tables = {t.name: {c.name for c in t.columns} for t in schema.Base.metadata.sorted_tables}
    used = {
        "content_items": content_store.ITEM_COLUMNS,
        "source_documents": content_store.DOCUMENT_COLUMNS,
        "source_paragraphs": content_store.PARAGRAPH_COLUMNS,
        "contacts": user_store.CONTACT_COLUMNS,
        "bookmarks": user_store.BOOKMARK_COLUMNS,
        "notes": user_store.NOTE_COLUMNS,
        "recent_items": user_store.RECENT_COLUMNS,
        "walkthrough_ticks": user_store.TICK_COLUMNS,
        "settings": user_store.SETTING_COLUMNS,
        "checklists": checklist_store.CHECKLIST_COLUMNS,
    }
    for table, columns in used.items():
        assert set(columns) == tables[table], table
    packs = set(pack_rows.ALL_PACK_TABLES)  # content packs' tables (tests/packs/test_pack_tables.py)
    assert set(user_store.USER_TABLES) | set(content_store.CONTENT_TABLES) | {"meta"} | packs == set(tables)
    assert FTS_TABLE == schema.FTS_TABLE


def test_a_note_never_written_is_empty(session: Session) -> None:
    assert session.user.note("pathway:child") == ""
    session.user.set_note("pathway:child", "Call the guardian")
    assert session.user.note("pathway:child") == "Call the guardian"
    assert session.user.note("pathway:smuggled-migrant") == ""


def test_the_recent_list_shows_ten_by_default(session: Session) -> None:
    refs = [i.ref for i in session.content.items("commitment")][:12]
    for ref in refs:
        session.user.touch_recent(ref)
    assert session.user.recent() == list(reversed(refs))[:10]


def test_opening_an_item_again_moves_it_to_the_top_once(session: Session) -> None:
    session.user.touch_recent("pathway:child")
    session.user.touch_recent("guide:policy-guide-criminalizing-smuggling")
    session.user.touch_recent("pathway:child")
    assert session.user.recent(limit=5)[0] == "pathway:child"
    assert session.user.recent(limit=5).count("pathway:child") == 1


def test_a_bookmark_is_known_by_its_ref(session: Session) -> None:
    assert not session.user.is_bookmarked("pathway:child")
    assert session.user.toggle_bookmark("pathway:child")
    assert session.user.is_bookmarked("pathway:child")
    assert not session.user.is_bookmarked("pathway:smuggled-migrant")


def test_a_step_can_be_ticked_done_or_not_applicable(session: Session) -> None:
    session.user.set_tick("pathway:child", "a", "done")
    session.user.set_tick("pathway:child", "b", "not-applicable")
    assert {(t.step_id, t.status) for t in session.user.ticks("pathway:child")} == {
        ("a", "done"),
        ("b", "not-applicable"),
    }
    with pytest.raises(ValueError, match="bad tick status"):
        session.user.set_tick("pathway:child", "c", "NOT-APPLICABLE")


def test_the_list_of_checklists_counts_items_even_in_old_bodies(session: Session) -> None:
    """A row whose body has no pause points (or no body at all) lists with no items."""
    with transaction(session.connection) as con:
        for body in ("{}", "", "[1, 2]", '{"pause_points": [{"title": "P"}, {"items": [{}, {}]}]}'):
            con.execute(
                "INSERT INTO checklists (title, checklist_type, origin_ref, body, created_at, updated_at) "
                "VALUES ('Old', 'READ-DO', NULL, ?, '2020-01-01 00:00:00', '2020-01-01 00:00:00')",
                (body,),
            )
    assert sorted(s.item_count for s in session.checklists.list()) == [0, 0, 0, 2]


def test_a_deleted_checklist_is_gone_and_comes_back_whole(session: Session) -> None:
    from bali_desktop.checklists.builders import build

    saved = session.checklists.save(build(session.content, "pathway:child"))
    gone = session.checklists.delete(saved.id)
    assert gone.body() == saved.body()
    assert session.checklists.list() == []
    with pytest.raises(UsageError):
        session.checklists.get(saved.id)


def test_a_checklist_body_that_is_not_an_object_loads_empty(session: Session) -> None:
    with transaction(session.connection) as con:
        cur = con.execute(
            "INSERT INTO checklists (title, checklist_type, origin_ref, body, created_at, updated_at) "
            "VALUES ('Odd', 'READ-DO', NULL, '[1, 2]', '2020-01-01 00:00:00', '2020-01-01 00:00:00')"
        )
    odd = session.checklists.get(cur.lastrowid)
    assert odd.title == "Odd" and odd.pause_points == []
    assert odd.updated_at == datetime(2020, 1, 1)


def test_times_are_read_with_or_without_fractions_of_a_second() -> None:
    moment = datetime(2026, 12, 1, 21, 5, 7, 123456)
    assert connection.from_db(connection.to_db(moment)) == moment
    assert connection.from_db("2026-12-01 21:05:07") == datetime(2026, 12, 1, 21, 5, 7)


def test_a_saved_checklist_says_when_as_stored(session: Session) -> None:
    from bali_desktop.checklists.builders import empty

    saved = session.checklists.save(empty("Card"))
    assert saved.updated_at is not None and saved.updated_at.microsecond == 0
    assert session.checklists.get(saved.id).updated_at == saved.updated_at == saved.created_at


def test_checklist_titles_are_trimmed_named_and_limited(session: Session) -> None:
    from bali_desktop.checklists.builders import empty

    blank = session.checklists.save(empty("Card"))
    blank.title = "   "
    assert session.checklists.save(blank).title == "Untitled checklist"
    assert session.checklists.get(blank.id).title == "Untitled checklist"
    longest = "x" * checklist_store.MAX_TITLE
    assert session.checklists.save(empty(longest)).title == longest
    with pytest.raises(UsageError) as raised:
        session.checklists.save(empty(longest + "x"))
    assert str(raised.value) == f"A checklist title is at most {checklist_store.MAX_TITLE} characters."


def test_wiping_one_pathways_ticks_keeps_the_others(session: Session) -> None:
    session.user.set_tick("pathway:child", "a", "done")
    session.user.set_tick("pathway:smuggled-migrant", "b", "done")
    session.user.clear_ticks("pathway:child")
    assert session.user.ticks("pathway:child") == []
    assert [t.step_id for t in session.user.ticks("pathway:smuggled-migrant")] == ["b"]


def test_a_setting_reads_back_or_gives_its_default(session: Session) -> None:
    assert session.user.setting("zz-missing") == ""
    assert session.user.setting("zz-missing", "fallback") == "fallback"
    session.user.set_setting("zz-key", "one")
    session.user.set_setting("zz-key", "two")
    assert session.user.setting("zz-key", "fallback") == "two"
    rows = session.connection.execute("SELECT count(*) FROM settings WHERE key = 'zz-key'").fetchone()[0]
    assert rows == 1
