"""The tracker's rules one by one (domain/tracker.py and domain/tracker_csv.py): written to kill the
mutants that the tracker's use-case tests let live (docs/mutation.md). Pure data, no database."""

from __future__ import annotations

from datetime import datetime

import pytest

from bali_desktop.domain import tracker_csv as tc
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.tracker import (
    MAX_LOG,
    STATUS_WORDS,
    Change,
    Entry,
    Filter,
    GroupCount,
    ImportPlan,
    LogEntry,
    Row,
    Status,
    Tracked,
    check_text,
    counts,
    merge_logs,
    parse_date,
    parse_status,
    short_label,
)

A, B = "commitment:a-1", "commitment:a-2"


def tracked(ref: str = A, group: str = "area:1", title: str = "Area (1): One") -> Tracked:
    return Tracked(ref, ref[-1], f"Activity {ref[-1]}", "Short", "Official text.", "Doc, p. 1", group, title)


KNOWN = {A: tracked(A), B: tracked(B)}
WHEN = datetime(2026, 11, 30, 9, 15, 0)


# --- statuses, dates, text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("belum dimulai", Status.NOT_STARTED),
        ("  Direncanakan ", Status.PLANNED),
        ("selesai", Status.DONE),
        ("tidak berlaku", Status.NOT_APPLICABLE),
        ("not__started", Status.NOT_STARTED),
        ("NOT - APPLICABLE", Status.NOT_APPLICABLE),
    ],
)
def test_every_status_parses_in_both_languages_and_any_separator(text: str, status: Status) -> None:
    assert parse_status(text) is status


def test_a_refused_status_is_shown_trimmed_or_as_empty() -> None:
    with pytest.raises(UsageError, match=r"^'finished' is not a status; use one of \"not started\""):
        parse_status("  finished  ")
    with pytest.raises(UsageError, match=r"^'\(empty\)' is not a status"):
        parse_status("   ")
    with pytest.raises(UsageError) as long:
        parse_status("x" * 100)
    assert str(long.value).startswith(repr("x" * 40) + " is not")


def test_a_date_is_trimmed_and_a_bad_one_quoted() -> None:
    assert parse_date(" 2026-01-05\n") == "2026-01-05"
    with pytest.raises(
        UsageError, match=r"^'2026-13-01' is not a date; write it as YYYY-MM-DD, e\.g\. 2026-11-30\.$"
    ):
        parse_date("2026-13-01")
    with pytest.raises(UsageError, match="is not a date"):
        parse_date("x2026-01-05")
    with pytest.raises(UsageError, match="is not a date"):
        parse_date("2026-01-05x")


@pytest.mark.parametrize(
    ("name", "limit"),
    [("agency", 200), ("next_step", 1000), ("evidence", 4000), ("action", 1000), ("note", 2000)],
)
def test_each_text_may_be_as_long_as_its_limit_and_no_longer(name: str, limit: int) -> None:
    assert check_text(name, "  " + "a" * limit + "  ") == "a" * limit
    with pytest.raises(UsageError) as e:
        check_text(name, "a" * (limit + 1))
    words = name.replace("_", " ")
    assert str(e.value) == f"The {words} is too long ({limit + 1} characters; at most {limit})."


def test_line_breaks_are_kept_only_where_text_runs_over_lines() -> None:
    for name in ("evidence", "next_step", "note"):
        assert check_text(name, "one\ntwo\tthree") == "one\ntwo\tthree"
    for name in ("agency", "action"):
        with pytest.raises(UsageError, match=f"^The {name} holds control characters; type plain text.$"):
            check_text(name, "one\ntwo")
        with pytest.raises(UsageError, match="control characters"):
            check_text(name, "one\ttwo")


@pytest.mark.parametrize("ch", ["\x00", "\x1f", "\x7f", "\x80", "\x9f", "\x0b"])
def test_control_characters_are_refused_everywhere(ch: str) -> None:
    for name in ("evidence", "agency"):
        with pytest.raises(UsageError, match="control characters"):
            check_text(name, f"a{ch}b")


@pytest.mark.parametrize("ch", [" ", "\xa0", "é", "~"])
def test_plain_characters_next_to_the_control_ranges_are_kept(ch: str) -> None:
    assert check_text("agency", f"a{ch}b") == f"a{ch}b"


# --- entries, filters, logs -------------------------------------------------------------------------


def test_a_log_entry_is_the_same_whatever_its_spaces_and_case() -> None:
    assert LogEntry("2026-01-01", " Workshop   HELD ").key == ("2026-01-01", "workshop held")
    assert LogEntry("2026-01-01", "a").key != LogEntry("2026-01-02", "a").key


def test_an_entry_knows_whether_anything_was_recorded_and_its_latest_action() -> None:
    assert not Entry(A).recorded and Entry(A).latest is None
    log = (LogEntry("2026-01-01", "first"), LogEntry("2026-02-01", "second"))
    e = Entry(A, Status.DONE, "Police", "Next", "Evidence", "note", WHEN, log)
    assert e.recorded and e.latest == log[1]
    assert e.fields() == ("done", "Police", "Next", "Evidence")
    assert e.same_values(Entry(B, Status.DONE, "Police", "Next", "Evidence", "other note"))
    for other in (
        Entry(A, Status.PLANNED, "Police", "Next", "Evidence"),
        Entry(A, Status.DONE, "Customs", "Next", "Evidence"),
        Entry(A, Status.DONE, "Police", "Later", "Evidence"),
        Entry(A, Status.DONE, "Police", "Next", "Other"),
    ):
        assert not e.same_values(other)


def test_a_filter_keeps_by_group_status_and_part_of_the_agency() -> None:
    row = Row(tracked(A, group="area:4"), Entry(A, Status.IN_PROGRESS, "National Police"))
    assert Filter().keeps(row)
    assert Filter(group="area:4", status=Status.IN_PROGRESS, agency="POLICE").keeps(row)
    assert not Filter(group="area:5").keeps(row)
    assert not Filter(status=Status.DONE).keeps(row)
    assert not Filter(agency="customs").keeps(row)


def test_merged_logs_keep_the_first_wording_the_day_order_and_the_latest_500() -> None:
    same_day = [LogEntry("2026-01-01", "b"), LogEntry("2026-01-01", "a")]
    assert merge_logs(same_day) == tuple(same_day)  # within a day, the order given
    assert merge_logs([LogEntry("2026-01-01", "Held")], [LogEntry("2026-01-01", "held")])[0].action == "Held"
    many = [LogEntry(f"2026-01-{d:02d}", f"action {i}") for i in range(MAX_LOG + 5) for d in [1 + i % 28]]
    merged = merge_logs(many)
    assert len(merged) == MAX_LOG
    assert merged == tuple(sorted(many, key=lambda e: e.on_date))[-MAX_LOG:]
    assert merge_logs() == ()


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Area (4): Irregular Migration", "(4) Irregular Migration"),
        ("Area 4: Irregular Migration", "Area 4: Irregular Migration"),
        ("Bali Process, Co-Chairs' Statement, paragraph 15", "Co-Chairs' Statement, paragraph 15"),
        ("Short", "Short"),
    ],
)
def test_a_groups_short_label(title: str, label: str) -> None:
    assert short_label(title) == label


def test_a_long_short_label_is_cut_with_an_ellipsis_at_the_limit() -> None:
    title = "Area (4): " + "Irregular Migration and Border Management Together"
    cut = short_label(title)
    assert len(cut) <= 34 and cut.endswith("…") and cut.startswith("(4) Irregular")
    assert short_label(title, limit=12) == "(4) Irregul…"
    assert short_label("Area (4): abcdefghi", limit=13) == "(4) abcdefghi"
    assert short_label("Area (4): abcdef ghi", limit=12) == "(4) abcdef…"  # the space before … goes


def test_counts_are_per_group_in_order_of_first_appearance() -> None:
    rows = [
        Row(tracked(A, "area:2", "Two"), Entry(A, Status.DONE)),
        Row(tracked(B, "area:1", "One"), Entry(B, Status.PLANNED)),
        Row(tracked("commitment:a-3", "area:2", "Two"), Entry("commitment:a-3", Status.DONE)),
        Row(tracked("commitment:a-4", "area:2", "Two"), Entry("commitment:a-4")),
    ]
    assert counts(rows) == [
        GroupCount("area:2", "Two", (1, 0, 0, 2, 0)),
        GroupCount("area:1", "One", (0, 1, 0, 0, 0)),
    ]
    assert counts(rows)[0].total == 3
    assert counts([]) == []


def test_a_change_merged_either_way_keeps_my_note_and_both_logs() -> None:
    early, late = datetime(2026, 1, 1), datetime(2026, 2, 1)
    mine = Entry(A, Status.PLANNED, "Police", "n1", "e1", "my note", early, (LogEntry("2026-01-01", "mine"),))
    theirs = Entry(
        A, Status.DONE, "Customs", "n2", "e2", "their note", late, (LogEntry("2026-01-02", "theirs"),)
    )
    change = Change(A, "Activity 1", mine, theirs, True)
    took = change.merged(True)
    assert took.fields() == theirs.fields() and took.note == "my note" and took.updated_at == late
    assert [e.action for e in took.log] == ["mine", "theirs"] and took.ref == A
    kept = change.merged(False)
    assert kept.fields() == mine.fields() and kept.note == "my note" and kept.updated_at == early
    unstamped = Change(A, "Activity 1", Entry(A), theirs, False)
    assert unstamped.merged(False).updated_at == late  # nothing recorded here: the file's time
    assert Change(A, "Activity 1", mine, Entry(A), False).merged(True).updated_at == early


def test_an_import_plan_lists_its_conflicts_and_is_ok_without_errors() -> None:
    one = Change(A, "Activity 1", Entry(A), Entry(A), True)
    two = Change(B, "Activity 2", Entry(B), Entry(B), False)
    plan = ImportPlan((one, two))
    assert plan.conflicts == (one,) and plan.ok
    assert not ImportPlan(errors=("row 2: bad",)).ok


# --- the CSV --------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_is_guarded_and_unguarded(cell: str) -> None:
    assert tc.guard(cell) == "'" + cell
    assert tc.unguard(tc.guard(cell)) == cell


@pytest.mark.parametrize("cell", ["", "plain", "'quoted", "1-2", "a=b"])
def test_a_plain_cell_is_left_as_it_is(cell: str) -> None:
    assert tc.guard(cell) == cell
    assert tc.unguard(cell) == cell


def test_the_csv_has_a_bom_a_header_and_one_guarded_row_per_activity() -> None:
    log = (LogEntry("2026-01-01", "Workshop"), LogEntry("2026-02-01", "SOP"))
    rows = [
        Row(tracked(A), Entry(A, Status.IN_PROGRESS, "=Police", "Next", "Ev", "n", WHEN, log)),
        Row(tracked(B), Entry(B)),
    ]
    text = tc.to_csv(rows)
    assert text.startswith("\ufeffref,activity,status,lead agency,next step,evidence,last updated,log\r\n")
    lines = text.removeprefix("\ufeff").split("\r\n")
    assert lines[1] == (
        f"{A},Activity 1: Short,in progress,'=Police,Next,Ev,2026-11-30 09:15:00,"
        '"2026-01-01: Workshop\n2026-02-01: SOP"'
    )
    assert lines[2] == f"{B},Activity 2: Short,not started,,,,,"
    assert lines[3] == "" and len(lines) == 4


def test_a_csv_written_is_read_back_unchanged() -> None:
    log = (LogEntry("2026-01-01", "Workshop"),)
    theirs = Entry(A, Status.DONE, "-Police", "Next\nline", "Ev", "", WHEN, log)
    plan = tc.plan_import(tc.to_csv([Row(tracked(A), theirs)]), KNOWN, {}, source="t.csv")
    assert plan.ok and plan.unchanged == 0 and plan.source == "t.csv"
    (change,) = plan.changes
    assert change.theirs == theirs and change.label == "Activity 1" and change.new_log == log
    assert not change.conflict and change.mine == Entry(A)


def header(*extra: str) -> str:
    return ",".join(tc.HEADER) + "\n" + "\n".join(extra)


def plan(text: str, here: dict[str, Entry] | None = None) -> ImportPlan:
    return tc.plan_import(text, KNOWN, here or {}, source="f.csv")


def test_the_last_updated_cell_takes_a_time_a_t_or_a_day_and_refuses_the_rest() -> None:
    for cell, when in (
        ("2026-11-30 09:15", datetime(2026, 11, 30, 9, 15)),
        ("2026-11-30T09:15:00", datetime(2026, 11, 30, 9, 15)),
        (" 2026-11-30 ", datetime(2026, 11, 30)),
    ):
        (change,) = plan(header(f"{A},,done,,,,{cell},")).changes
        assert change.theirs.updated_at == when
    (change,) = plan(header(f"{A},,done,,,,  ,")).changes
    assert change.theirs.updated_at is None
    bad = plan(header(f"{A},,done,,,,soon,"))
    assert bad.errors == (
        "row 2 (Activity 1): the last updated 'soon' is not a date and time (YYYY-MM-DD HH:MM)",
    )


def test_log_lines_take_a_colon_a_dash_or_nothing_after_the_date() -> None:
    cell = '"2026-01-03: c\n\n2026-01-01 - a\r\n2026-01-02 b\n2026-01-04 – d"'
    (change,) = plan(header(f"{A},,done,,,,,{cell}")).changes
    assert [(e.on_date, e.action) for e in change.theirs.log] == [
        ("2026-01-01", "a"), ("2026-01-02", "b"), ("2026-01-03", "c"), ("2026-01-04", "d"),
    ]  # fmt: skip
    bad = plan(header(f'{A},,done,,,,,"2026-01-01: ok\nno date here"'))
    assert bad.errors == (
        "row 2 (Activity 1): the log line 'no date here' does not start with a date "
        "(YYYY-MM-DD: what was done)",
    )
    assert (
        plan(header(f"{A},,done,,,,,2026-02-30: x"))
        .errors[0]
        .endswith("is not a date; write it as YYYY-MM-DD, e.g. 2026-11-30.")
    )


def test_a_blank_status_is_not_started_and_a_row_that_says_nothing_changes_nothing() -> None:
    here = {A: Entry(A, Status.DONE, "Police", updated_at=WHEN)}
    quiet = plan(header(f"{A},,,,,,,", f"{B},,not started,,,,,"), here)
    assert quiet.ok and quiet.changes == () and quiet.unchanged == 2
    (change,) = plan(header(f"{A},,,Customs,,,,")).changes
    assert change.theirs.status is Status.NOT_STARTED and change.theirs.agency == "Customs"
    for cells in (f"{A},,,,Next,,,", f"{A},,,,,Ev,,", f"{A},,,,,,,2026-01-01: x", f"{A},,planned,,,,,"):
        assert len(plan(header(cells)).changes) == 1, cells


def test_the_same_values_with_a_new_log_line_merge_without_a_question() -> None:
    here = {A: Entry(A, Status.DONE, updated_at=WHEN, log=(LogEntry("2026-01-01", "a"),))}
    (change,) = plan(header(f'{A},,done,,,,,"2026-01-01: A\n2026-01-02: b"'), here).changes
    assert not change.conflict and [e.action for e in change.new_log] == ["b"]
    same = plan(header(f"{A},,done,,,,,2026-01-01: a"), here)
    assert same.changes == () and same.unchanged == 1


def test_a_conflict_needs_both_sides_recorded_with_different_values() -> None:
    row = header(f"{A},,done,Customs,,,,")
    assert plan(row, {A: Entry(A, Status.PLANNED, updated_at=WHEN)}).changes[0].conflict
    assert not plan(row, {A: Entry(A, Status.PLANNED)}).changes[0].conflict  # nothing recorded here
    said_nothing = Entry(A, updated_at=WHEN)  # recorded, then put back to nothing
    assert not plan(row, {A: said_nothing}).changes[0].conflict


def test_every_bad_row_is_named_and_the_whole_file_refused() -> None:
    text = header(
        f"{A},,done,,,,,",
        "commitment:nope,,done,,,,,",
        ",,done,,,,,",
        f"{A},,planned,,,,,",
        f"{B},,finished,,,,,",
        f"{B},,done,,,,,,extra",
        ",,,,,,,",
    )
    assert plan(text).errors == (
        "row 3: 'commitment:nope' is not a tracked activity or commitment",
        "row 4: '(no ref)' is not a tracked activity or commitment",
        f"row 5: {A} is on row 2 already",
        f"row 6 (Activity 2): 'finished' is not a status; use one of {STATUS_WORDS}.",
        "row 7: it has 9 cells, more than the header's 8",
    )
    assert plan(text).changes == () and plan(text).unchanged == 0


def test_a_long_unknown_ref_is_cut_to_one_line() -> None:
    ref = "x  y\tz" + "w" * 100
    (error,) = plan(header(f'"{ref}",,done,,,,,')).errors
    assert error == f"row 2: {('x y z' + 'w' * 100)[:60]!r} is not a tracked activity or commitment"


def test_at_most_twenty_bad_rows_are_listed_and_the_rest_counted() -> None:
    rows = [f"commitment:bad-{i},,done,,,,," for i in range(25)]
    errors = plan(header(*rows)).errors
    assert len(errors) == 21 and errors[-1] == "… and 5 more bad rows"
    assert errors[19].startswith("row 21: 'commitment:bad-19'")
    twenty = plan(header(*rows[:20])).errors
    assert len(twenty) == 20 and not twenty[-1].startswith("…")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "f.csv: the file is empty"),
        ("\ufeff", "f.csv: the file is empty"),
        ("ref,status\x00\n", "f.csv: the file is not a CSV text file (it holds NUL bytes)"),
        ("ref,activity\n", "f.csv: its first row has no 'status' column: is it a tracker CSV"),
        ("name,activity\n", "f.csv: its first row has no 'ref' or 'status' column"),
        ('ref,status\n"a' + "b" * 200_000 + '"', "f.csv: the file is not readable CSV ("),
    ],
)
def test_a_file_that_is_no_tracker_csv_is_refused_in_one_message(text: str, message: str) -> None:
    (error,) = plan(text).errors
    assert error.startswith(message)


def test_the_first_row_names_what_it_should_be() -> None:
    (error,) = plan("ref\n").errors
    assert error.endswith("The first row should be: " + ", ".join(tc.HEADER))
    (unnamed,) = tc.plan_import("", KNOWN, {}).errors
    assert unnamed == "The file: the file is empty"


def test_a_header_is_read_in_any_case_and_with_spaces_and_semicolons_from_excel() -> None:
    (change,) = plan(f" REF ; Status ;Lead Agency\n{A};done;Police").changes
    assert change.theirs.status is Status.DONE and change.theirs.agency == "Police"
    (comma,) = plan(f"ref,status,lead agency\n{A},done,Police; Customs").changes
    assert comma.theirs.agency == "Police; Customs"


def test_at_most_a_thousand_rows() -> None:
    ok = plan(header(*[",,,,,,,"] * tc.MAX_ROWS))
    assert ok.ok
    (error,) = plan(header(*[",,,,,,,"] * (tc.MAX_ROWS + 1))).errors
    assert error.startswith("f.csv: it has 1001 rows; a tracker CSV has one per activity (at most 1000)")


def test_a_guarded_cell_comes_back_without_its_apostrophe_but_a_quoted_word_keeps_it() -> None:
    (change,) = plan(header(f"{A},,done,'=Police,'quoted,,,")).changes
    assert change.theirs.agency == "=Police" and change.theirs.next_step == "'quoted"


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("Area (4): One: Two", "(4) One: Two"),  # the first ": " ends the head
        ("Area (x) (4): One", "(4) One"),  # the last "(" holds the number
        ("Area (IX): One", "(IX) One"),  # only the ")" is taken off the number
    ],
)
def test_a_short_label_takes_the_number_from_the_head(title: str, label: str) -> None:
    assert short_label(title) == label


def test_a_short_label_without_an_area_number_is_its_last_two_parts() -> None:
    assert short_label("A, B, C, D") == "C, D"


def test_a_long_bad_date_is_quoted_by_its_first_forty_characters() -> None:
    with pytest.raises(UsageError) as e:
        parse_date("9" * 100)
    assert str(e.value).startswith(repr("9" * 40) + " is not a date")


def test_control_characters_in_the_next_step_are_said_in_words() -> None:
    with pytest.raises(UsageError) as e:
        check_text("next_step", "a\x00b")
    assert str(e.value) == "The next step holds control characters; type plain text."


def test_a_row_shorter_than_the_header_says_nothing_about_the_missing_cells() -> None:
    short = plan(header(f"{A}"))
    assert short.ok and short.changes == () and short.unchanged == 1


def test_the_last_updated_time_is_written_to_the_second() -> None:
    e = Entry(A, Status.DONE, updated_at=datetime(2026, 11, 30, 9, 15, 7, 654321))
    assert ",2026-11-30 09:15:07," in tc.to_csv([Row(tracked(A), e)])


def test_long_bad_cells_are_quoted_by_their_first_characters() -> None:
    (stamp,) = plan(header(f"{A},,done,,,,{'9' * 50},")).errors
    assert f"the last updated {'9' * 30!r} is not" in stamp
    (line,) = plan(header(f"{A},,done,,,,,{'w' * 50}")).errors
    assert f"the log line {'w' * 40!r} does not start" in line


def test_a_header_with_commas_is_read_by_commas_even_with_a_semicolon_in_it() -> None:
    (change,) = plan(f"ref,status,lead agency;x\n{A},done,Police").changes
    assert change.theirs.status is Status.DONE


def test_rows_after_a_blank_row_or_a_row_with_too_many_cells_are_still_read() -> None:
    (change,) = plan(header(",,,,,,,", f"{A},,done,,,,,")).changes
    assert change.ref == A
    assert plan(header(f"{A},,done,,,,,,extra", "commitment:nope,,done,,,,,")).errors == (
        "row 2: it has 9 cells, more than the header's 8",
        "row 3: 'commitment:nope' is not a tracked activity or commitment",
    )


def test_a_refused_file_keeps_its_name_in_the_plan() -> None:
    assert plan("").source == "f.csv"


def test_twenty_one_bad_rows_list_twenty_and_count_the_one_more() -> None:
    bad = plan(header(*[f"commitment:bad-{i},,done,,,,," for i in range(21)]))
    assert bad.errors[-1] == "… and 1 more bad rows" and len(bad.errors) == 21
    assert bad.source == "f.csv"
    good = plan(header(f"{A},,done,,,,,"))
    assert good.errors == () and good.source == "f.csv"


def test_a_row_too_short_to_reach_the_ref_column_has_no_ref() -> None:
    assert plan("status,ref\ndone").errors == ("row 2: '(no ref)' is not a tracked activity or commitment",)
