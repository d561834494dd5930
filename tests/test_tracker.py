"""The commitment tracker (issue 16): statuses in words, the 31 tracked items, set and log, undo by
putting back, CSV export and import (bad rows refuse the whole file; conflicts are never settled
silently; logs merged by date), and the tracker kept through a content reload and a restore."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain import tracker_csv
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.tracker import Entry, Filter, LogEntry, Status, merge_logs, parse_date, parse_status
from bali_desktop.services import backups, tracker
from bali_desktop.services.session import Session
from bali_desktop.storage.tracker_store import LOG_COLUMNS, STATUS_COLUMNS, TrackerStore
from bali_desktop.storage.user_store import USER_TABLES

ACT12 = "commitment:adelaide-2023-12"
ACT3 = "commitment:adelaide-2023-3"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pristine-tracker")
    Session.open(folder).close()
    return folder / paths.DB_FILE


@pytest.fixture
def s(tmp_path: Path, pristine: Path) -> Iterator[Session]:
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(pristine, d / paths.DB_FILE)
    session = Session.open(d)
    yield session
    session.close()


def entries(s: Session) -> dict[str, Entry]:
    return TrackerStore(s.connection).entries()


# --- the domain ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("in progress", Status.IN_PROGRESS),
        ("in-progress", Status.IN_PROGRESS),
        ("  In_Progress ", Status.IN_PROGRESS),
        ("not started", Status.NOT_STARTED),
        ("planned", Status.PLANNED),
        ("DONE", Status.DONE),
        ("not applicable", Status.NOT_APPLICABLE),
        ("sedang berjalan", Status.IN_PROGRESS),
    ],
)
def test_statuses_parse_from_words_or_codes(text: str, status: Status) -> None:
    assert parse_status(text) is status
    assert status.words == status.value.replace("-", " ")


@pytest.mark.parametrize("text", ["", "finished", "in progres", "progress"])
def test_a_word_that_is_no_status_is_refused_with_the_words(text: str) -> None:
    with pytest.raises(UsageError, match='"not started", "planned", "in progress", "done", "not applicable"'):
        parse_status(text)


def test_dates_are_real_days() -> None:
    assert parse_date("2026-02-28") == "2026-02-28"
    for bad in ("2026-02-30", "28/02/2026", "2026-2-3", "yesterday"):
        with pytest.raises(UsageError, match="YYYY-MM-DD"):
            parse_date(bad)


def test_logs_merge_by_date_each_entry_once() -> None:
    a = [LogEntry("2026-03-01", "Workshop held"), LogEntry("2026-05-01", "SOP drafted")]
    b = [LogEntry("2026-04-01", "Budget agreed"), LogEntry("2026-03-01", "workshop  held")]
    merged = merge_logs(a, b)
    assert [e.action for e in merged] == ["Workshop held", "Budget agreed", "SOP drafted"]


# --- the tracked items and the use-cases --------------------------------------------------------


def test_the_25_activities_and_the_six_commitments_are_tracked(s: Session) -> None:
    items = tracker.tracked(s)
    assert len(items) == 31
    assert [t.number for t in items[:25]] == [str(n) for n in range(1, 26)]
    assert [t.number for t in items[25:]] == [f"15.{n}" for n in range(1, 7)]
    act12 = next(t for t in items if t.ref == ACT12)
    official = s.content.require(ACT12)
    assert act12.text == official.text and act12.locator == "Activity 12"
    assert act12.citation == "2023 Adelaide Strategy for Cooperation, Activity 12"
    assert act12.group == "area:adelaide-2023-4"
    assert tracker.resolve(s, "12").ref == ACT12 and tracker.resolve(s, "15.3").ref.endswith("15.3")
    with pytest.raises(UsageError, match="not a tracked activity"):
        tracker.resolve(s, "commitment:nope")


def test_set_log_and_put_back(s: Session) -> None:
    edit = tracker.set_entry(
        s,
        ACT12,
        status=Status.IN_PROGRESS,
        agency="Ministry X",
        action="Drafting the SOP",
        on_date="2026-11-02",
    )
    assert not edit.before.recorded and edit.after.recorded
    got = entries(s)[ACT12]
    assert (got.status, got.agency, got.log) == (
        Status.IN_PROGRESS,
        "Ministry X",
        (LogEntry("2026-11-02", "Drafting the SOP"),),
    )
    second = tracker.set_entry(
        s, ACT12, next_step="Send to the RSO", evidence="SOP v1\nhttps://x.example/sop"
    )
    assert entries(s)[ACT12].agency == "Ministry X"  # what was not given is left as it was
    tracker.put_back(s, [second.before])  # undo
    assert entries(s)[ACT12].next_step == ""
    tracker.put_back(s, [edit.before])  # undo the first: nothing recorded any more
    assert ACT12 not in entries(s)
    with pytest.raises(UsageError, match="too long"):
        tracker.set_entry(s, ACT12, agency="x" * 201)
    with pytest.raises(UsageError, match="control characters"):
        tracker.set_entry(s, ACT12, agency="Ministry\x1b[2J")
    assert ACT12 not in entries(s)  # a refused change changes nothing


def test_filter_by_area_status_and_agency(s: Session) -> None:
    tracker.set_entry(s, ACT12, status=Status.DONE, agency="Ministry of Foreign Affairs")
    tracker.set_entry(s, ACT3, status=Status.DONE, agency="National Police")
    area4 = tracker.group_ref(s, "4")
    assert [r.item.ref for r in tracker.view(s, Filter(group=area4, status=Status.DONE)).rows] == [ACT12]
    assert [r.item.ref for r in tracker.view(s, Filter(agency="police")).rows] == [ACT3]
    v = tracker.view(s)
    assert (
        v.total == 31
        and len(v.groups) == 9
        and v.agencies == ("Ministry of Foreign Affairs", "National Police")
    )
    assert sum(g.total for g in v.groups) == 31


# --- CSV ----------------------------------------------------------------------------------------


def _export(s: Session, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "t.csv"
    assert tracker.export_csv(s, path) == 31
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads it as UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def _write(path: Path, rows: list[dict[str, str]], extra: list[list[str]] = ()) -> Path:  # type: ignore[assignment]
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(tracker_csv.HEADER)
        for r in rows:
            w.writerow([r[h] for h in tracker_csv.HEADER])
        w.writerows(extra)
    return path


def test_export_is_one_row_per_activity_with_a_header(s: Session, tmp_path: Path) -> None:
    tracker.set_entry(s, ACT12, status=Status.IN_PROGRESS, agency="Kementerian Luar Negeri (Türkiye desk)")
    rows = _export(s, tmp_path)
    assert len(rows) == 31 and len({r["ref"] for r in rows}) == 31
    row = next(r for r in rows if r["ref"] == ACT12)
    assert row["status"] == "in progress" and row["lead agency"] == "Kementerian Luar Negeri (Türkiye desk)"
    with pytest.raises(UsageError, match=r"\.csv"):
        tracker.export_csv(s, tmp_path / "t.txt")


def test_a_file_with_bad_rows_is_refused_whole_with_one_message_per_row(s: Session, tmp_path: Path) -> None:
    rows = _export(s, tmp_path)
    for r in rows:
        if r["ref"] == ACT12:
            r["status"], r["lead agency"] = "done", "Ministry X"  # a good change, never applied
        if r["ref"] == ACT3:
            r["status"] = "finished"
        if r["ref"] == "commitment:adelaide-2023-4":
            r["log"] = "sometime: a meeting"
    bad = _write(tmp_path / "bad.csv", rows, [["not-a-ref"] + ["x"] * 7, [ACT12] + [""] * 7])
    plan = tracker.plan_import(s, bad)
    assert not plan.ok
    text = "\n".join(plan.errors)
    assert "row 4 (Activity 3): 'finished' is not a status" in text
    assert "row 5 (Activity 4)" in text and "does not start with a date" in text
    assert "row 33: 'not-a-ref' is not a tracked activity or commitment" in text
    assert f"row 34: {ACT12} is on row 13 already" in text
    with pytest.raises(UsageError, match="bad rows"):
        tracker.apply_import(s, plan)
    assert entries(s) == {}  # nothing half-applied


def test_a_conflict_is_never_settled_silently_and_logs_merge_by_date(s: Session, tmp_path: Path) -> None:
    tracker.set_entry(
        s, ACT12, status=Status.IN_PROGRESS, agency="Ministry X", action="Scoping", on_date="2026-10-01"
    )
    tracker.set_entry(s, ACT3, status=Status.PLANNED, agency="National Police")
    rows = _export(s, tmp_path)
    for r in rows:
        if r["ref"] == ACT12:  # changed in both: a conflict
            r["status"], r["lead agency"] = "done", "Ministry Y"
            r["log"] += "\n2026-11-15: Study published\n2026-09-01: Terms of reference"
        if r["ref"] == "commitment:adelaide-2023-7":  # new here: taken
            r["status"], r["lead agency"] = "planned", "Labour Ministry"
    theirs = _write(tmp_path / "theirs.csv", rows)
    plan = tracker.plan_import(s, theirs)
    assert plan.ok and [c.ref for c in plan.conflicts] == [ACT12]
    assert {c.ref for c in plan.changes} == {ACT12, "commitment:adelaide-2023-7"} and plan.unchanged == 29

    result = tracker.apply_import(s, plan)  # no choice made: ours is kept, the log still merged
    got = entries(s)
    assert (got[ACT12].status, got[ACT12].agency) == (Status.IN_PROGRESS, "Ministry X")
    assert [x.on_date for x in got[ACT12].log] == ["2026-09-01", "2026-10-01", "2026-11-15"]
    assert got["commitment:adelaide-2023-7"].agency == "Labour Ministry"
    assert (result.taken, result.kept, result.logged) == (1, 1, 2)
    tracker.put_back(s, result.before)  # the whole import undone at once
    assert entries(s)[ACT12].log == (LogEntry("2026-10-01", "Scoping"),)
    assert "commitment:adelaide-2023-7" not in entries(s)

    plan = tracker.plan_import(s, theirs)
    tracker.apply_import(s, plan, take_theirs={ACT12})  # the user chose the file's values
    assert (entries(s)[ACT12].status, entries(s)[ACT12].agency) == (Status.DONE, "Ministry Y")
    assert tracker.plan_import(s, theirs).changes == ()  # importing it again changes nothing


def test_an_import_refuses_when_the_tracker_changed_since_the_preview(s: Session, tmp_path: Path) -> None:
    rows = _export(s, tmp_path)
    next(r for r in rows if r["ref"] == ACT12)["status"] = "done"
    plan = tracker.plan_import(s, _write(tmp_path / "x.csv", rows))
    tracker.set_entry(s, ACT12, agency="Typed meanwhile")
    with pytest.raises(UsageError, match="changed since the preview"):
        tracker.apply_import(s, plan)
    assert entries(s)[ACT12].agency == "Typed meanwhile"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"a,b\r\n1,2\r\n", "no 'ref' or 'status' column"),
        ("ref,status\r\n".encode("utf-16"), "UTF-8"),
        (b"ref,status\x00\r\n", "NUL"),
    ],
)
def test_files_that_are_no_tracker_csv(s: Session, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_bytes(content)
    try:
        plan = tracker.plan_import(s, path)
    except UsageError as e:
        assert message in str(e)
    else:
        assert not plan.ok and message in plan.errors[0]


def test_a_row_typed_in_a_spreadsheet_without_time_is_taken(s: Session, tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    path.write_text(
        "ref,status,lead agency\r\n12,,\r\ncommitment:adelaide-2023-12,in-progress,Ministry Z\r\n"
    )
    plan = tracker.plan_import(s, path)
    assert not plan.ok and "row 2: '12' is not a tracked" in plan.errors[0]
    path.write_text("ref,status,lead agency\r\ncommitment:adelaide-2023-12,in-progress,Ministry Z\r\n")
    tracker.apply_import(s, tracker.plan_import(s, path))
    assert entries(s)[ACT12].agency == "Ministry Z" and entries(s)[ACT12].updated_at is not None


# --- user data: never touched by content, backed up and restored ----------------------------------


def test_the_tracker_tables_are_user_tables_and_match_the_models() -> None:
    from bali_desktop.storage.schema import Base

    assert {"commitment_status", "tracker_log"} <= set(USER_TABLES)
    assert set(STATUS_COLUMNS) <= set(Base.metadata.tables["commitment_status"].columns.keys())
    assert set(LOG_COLUMNS) == set(Base.metadata.tables["tracker_log"].columns.keys())


def test_the_tracker_survives_a_content_reload(s: Session) -> None:
    tracker.set_entry(s, ACT12, status=Status.DONE, agency="Ministry X", action="Done", on_date="2026-01-02")
    before = entries(s)
    assert s.reload_content(strict=True, backup=False)
    assert entries(s) == before
    assert tracker.view(s).rows[11].entry == before[ACT12]


def test_the_tracker_is_backed_up_and_restored(s: Session) -> None:
    tracker.set_entry(
        s, ACT12, status=Status.DONE, agency="Kept in the backup", action="Done", on_date="2026-01-02"
    )
    made = backups.make(s, now=datetime(2026, 1, 5, 18, 0, 0))
    assert made is not None
    tracker.set_entry(s, ACT12, agency="After the backup")
    tracker.set_entry(s, ACT3, status=Status.PLANNED)
    backups.restore(s, made)
    got = entries(s)
    assert got[ACT12].agency == "Kept in the backup" and got[ACT12].log[0].action == "Done"
    assert ACT3 not in got


def test_cells_a_spreadsheet_would_run_are_kept_as_text_and_come_back(s: Session, tmp_path: Path) -> None:
    tracker.set_entry(s, ACT12, status=Status.PLANNED, agency='=HYPERLINK("x")', next_step="- meet the RSO")
    rows = _export(s, tmp_path)
    row = next(r for r in rows if r["ref"] == ACT12)
    assert row["lead agency"] == '\'=HYPERLINK("x")' and row["next step"] == "'- meet the RSO"
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    shutil.copy(s.db_path, fresh / paths.DB_FILE)
    other = Session.open(fresh)
    try:
        tracker.put_back(other, [Entry(ACT12)])  # nothing recorded there
        tracker.apply_import(other, tracker.plan_import(other, tmp_path / "t.csv"))
        assert entries(other)[ACT12].agency == '=HYPERLINK("x")'
        assert entries(other)[ACT12].next_step == "- meet the RSO"
    finally:
        other.close()


def test_a_file_saved_by_excel_with_semicolons_is_read(s: Session, tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text(
        "\ufeffref;status;lead agency\r\ncommitment:adelaide-2023-12;done;Ministry, Home Affairs\r\n"
    )
    tracker.apply_import(s, tracker.plan_import(s, path))
    assert entries(s)[ACT12].agency == "Ministry, Home Affairs"


def test_cells_of_several_lines_from_a_windows_spreadsheet_are_read(s: Session, tmp_path: Path) -> None:
    """Excel on Windows ends the lines inside a cell with CR LF: kept as lines, not refused as
    control characters; a lone CR in a one-line cell is still refused."""
    path = tmp_path / "windows.csv"
    path.write_bytes(
        b"\xef\xbb\xbfref,status,lead agency,evidence,next step,log\r\n"
        b'commitment:adelaide-2023-12,done,Ministry Z,"Report A\r\nReport B",'
        b'"Meet\r\nthen write","2026-03-01: first talk\r\n2026-04-02: second talk"\r\n'
    )
    tracker.apply_import(s, tracker.plan_import(s, path))
    entry = entries(s)[ACT12]
    assert entry.evidence == "Report A\nReport B" and entry.next_step == "Meet\nthen write"
    assert [e.action for e in entry.log] == ["first talk", "second talk"]
    path.write_bytes(b'ref,status,lead agency\r\ncommitment:adelaide-2023-12,done,"Ministry\rZ"\r\n')
    plan = tracker.plan_import(s, path)
    assert not plan.ok and "control characters" in plan.errors[0]


def test_the_tracker_survives_a_content_update(tmp_path: Path, pristine: Path) -> None:
    """A new content version (a changed activity text, a bumped manifest) replaces the content tables
    on the next open; the tracker is as it was, and shows the new official text."""
    d = tmp_path / "data"
    d.mkdir()
    shutil.copy(pristine, d / paths.DB_FILE)
    s = Session.open(d)
    try:
        tracker.set_entry(
            s, ACT12, status=Status.DONE, agency="Ministry X", action="Done", on_date="2026-01-02"
        )
        before = entries(s)
        old_version = s.content_version
    finally:
        s.close()
    content = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, content)
    manifest = content / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace(old_version, old_version + ".1"), encoding="utf-8")
    s = Session.open(d, content_dir=content)
    try:
        assert s.content_reloaded and s.content_version == old_version + ".1"
        assert entries(s) == before
        assert next(r for r in tracker.rows(s) if r.item.ref == ACT12).entry == before[ACT12]
    finally:
        s.close()


def test_the_report_lays_out_the_longest_entries(s: Session) -> None:
    """Every field at its limit on every activity: the report still lays out (no row taller than a page)."""
    from bali_desktop.domain.tracker import LIMITS, ReportOptions

    for t in tracker.tracked(s):
        tracker.put_back(
            s,
            [
                Entry(
                    t.ref,
                    Status.IN_PROGRESS,
                    "A" * LIMITS["agency"],
                    "next " * (LIMITS["next_step"] // 5),
                    "evidence " * (LIMITS["evidence"] // 9),
                    "",
                    datetime(2026, 1, 2),
                    tuple(LogEntry(f"2026-01-{n:02d}", "y" * LIMITS["action"]) for n in range(1, 4)),
                )  # fmt: skip
            ],
        )
    data, pages = tracker.render_report(tracker.report_job(s, ReportOptions("C" * 200, "M" * 200, "D" * 200)))
    assert data.startswith(b"%PDF-") and pages > 20
