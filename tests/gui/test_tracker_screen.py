"""The tracker screen (issue 16): a focal point records status for activities in the window, filters,
undoes and redoes, opens the official text, merges a second agency's CSV with a conflict settled
on screen, and saves the progress report; every write goes through the database thread."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from PySide6.QtCore import Qt

from bali_desktop.domain.tracker import ReportOptions, Status
from tests.gui.test_window import _go, _run

WAIT = 20_000
ACT12 = "commitment:adelaide-2023-12"
SHOTS = os.environ.get("BALI_TRACKER_SHOTS")  # a folder: the test saves its screenshots there


def _page(win, qtbot):  # noqa: ANN001, ANN202
    page = win.page("tracker")
    _go(win, qtbot, "place:tracker", lambda: page.loaded and page.table.rowCount() == 31)
    return page


def _entries(ctx, qtbot):  # noqa: ANN001, ANN202
    from bali_desktop.storage.tracker_store import TrackerStore

    return _run(ctx, qtbot, lambda s: TrackerStore(s.connection).entries())


def _record(page, qtbot, ref: str, status: Status, agency: str) -> None:  # noqa: ANN001
    page.select(ref)
    qtbot.waitUntil(lambda: page.editor.ref == ref, timeout=WAIT)
    page.editor.status.setCurrentIndex(list(Status).index(status))
    page.editor.agency.setText(agency)
    page.editor.agency.textEdited.emit(agency)
    before = len(page.undo_steps)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.undo_steps) == before + 1 and page.busy == 0, timeout=WAIT)


def test_record_filter_undo_redo_and_official_text(open_window, qtbot) -> None:  # noqa: ANN001
    ctx, win = open_window()
    page = _page(win, qtbot)
    refs = [r.item.ref for r in page.rows]
    assert len(refs) == 31 and ACT12 in refs and "commitment:cochairs-2023-15.6" in refs
    plan = [Status.DONE, Status.IN_PROGRESS, Status.PLANNED, Status.NOT_APPLICABLE] * 3
    for ref, status in zip(refs[:12], plan, strict=True):
        _record(page, qtbot, ref, status, "National Police" if status is Status.DONE else "Ministry X")
    stored = _entries(ctx, qtbot)
    assert len(stored) == 12 and stored[refs[0]].status is Status.DONE
    assert sum(g.counts[list(Status).index(Status.DONE)] for g in page.chart.groups) == 3

    # filters: status, agency, area (by a click on the chart's bar too)
    page.status.setCurrentIndex(1 + list(Status).index(Status.DONE))
    assert page.table.rowCount() == 3
    page.status.setCurrentIndex(0)
    page.agency.setText("police")
    assert page.table.rowCount() == 3
    page.agency.setText("")
    page.area.setCurrentIndex(page.area.findData("area:adelaide-2023-4"))
    assert {r.item.ref for r in page.shown} == {f"commitment:adelaide-2023-{n}" for n in (11, 12, 13, 14)}
    page.area.setCurrentIndex(0)

    # typed, then another activity chosen: saved first, never lost
    page.select(ACT12)
    qtbot.waitUntil(lambda: page.editor.ref == ACT12, timeout=WAIT)
    page.editor.next_step.setPlainText("Send the SOP to the RSO")
    page.select(refs[0])
    qtbot.waitUntil(lambda: page.busy == 0 and bool(_entries(ctx, qtbot)[ACT12].next_step), timeout=WAIT)

    # a logged action, then Undo and Redo
    page.select(ACT12)
    qtbot.waitUntil(lambda: page.editor.ref == ACT12, timeout=WAIT)
    page.editor.action.setText("Drafting the national SOP")
    qtbot.mouseClick(page.editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.busy == 0 and bool(_entries(ctx, qtbot)[ACT12].log), timeout=WAIT)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.busy == 0 and not _entries(ctx, qtbot)[ACT12].log, timeout=WAIT)
    assert page.editor.log.count() == 0
    qtbot.mouseClick(page.redo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.busy == 0 and bool(_entries(ctx, qtbot)[ACT12].log), timeout=WAIT)
    assert page.editor.log.count() == 1

    # the official text is on the editor and one click opens it in the reader
    assert "online scam operations" in page.editor.official.text()
    assert "Activity 12" in page.editor.citation.text()
    if SHOTS:
        win.resize(1366, 768)
        page.area.setCurrentIndex(0)
        qtbot.wait(200)
        win.grab().save(str(Path(SHOTS) / "tracker-screen.png"))
    qtbot.mouseClick(page.editor.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.location is not None and win.location.ref == ACT12, timeout=WAIT)


def test_merge_a_second_agencys_csv_with_a_conflict_settled_on_screen(open_window, qtbot, tmp_path) -> None:  # noqa: ANN001
    from bali_desktop.services import tracker

    ctx, win = open_window()
    page = _page(win, qtbot)
    _record(page, qtbot, ACT12, Status.IN_PROGRESS, "Ministry X")
    _record(page, qtbot, "commitment:adelaide-2023-3", Status.PLANNED, "National Police")
    exported = tmp_path / "ours.csv"
    page.files.export_to(str(exported))
    qtbot.waitUntil(lambda: exported.exists(), timeout=WAIT)
    rows = list(csv.DictReader(exported.open(encoding="utf-8-sig")))
    for r in rows:  # the second agency: one conflict, one new activity, one new log line
        if r["ref"] == ACT12:
            r["status"], r["lead agency"] = "done", "Ministry Y"
            r["log"] = "2026-11-02: Study published"
        if r["ref"] == "commitment:adelaide-2023-5":
            r["status"], r["lead agency"] = "planned", "Coast Guard"
    theirs = tmp_path / "theirs.csv"
    with theirs.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    page.files.start_import(str(theirs))
    qtbot.waitUntil(lambda: page.files.import_dialog is not None, timeout=WAIT)
    dialog = page.files.import_dialog
    assert set(dialog.choices) == {ACT12}  # the one conflict asks; the new activity does not
    dialog.choose(ACT12, take_theirs=True)
    dialog.accept()
    qtbot.waitUntil(
        lambda: page.busy == 0 and "commitment:adelaide-2023-5" in _entries(ctx, qtbot), timeout=WAIT
    )
    stored = _entries(ctx, qtbot)
    assert stored[ACT12].agency == "Ministry Y" and stored[ACT12].status is Status.DONE
    assert [x.action for x in stored[ACT12].log] == ["Study published"]
    assert stored["commitment:adelaide-2023-3"].agency == "National Police"  # untouched
    # the whole import is one Undo
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.busy == 0 and _entries(ctx, qtbot)[ACT12].agency == "Ministry X", timeout=WAIT
    )
    assert "commitment:adelaide-2023-5" not in _entries(ctx, qtbot)

    # a file with a bad row: refused whole, nothing changed
    bad = tmp_path / "bad.csv"
    bad.write_text(exported.read_text(encoding="utf-8-sig") + "not-a-ref,x,x,x,x,x,x,x\r\n", encoding="utf-8")
    page.files.start_import(str(bad))
    qtbot.waitUntil(lambda: "not imported" in page.last_message, timeout=WAIT)
    assert _entries(ctx, qtbot)[ACT12].agency == "Ministry X"

    # the report, gathered on the database thread and laid out on the pool
    pdf = tmp_path / "report.pdf"
    page.files.write_report(ReportOptions("Thailand", "SOM", "12 March 2027", "en"), str(pdf))
    qtbot.waitUntil(lambda: "Saved the progress report" in page.last_message, timeout=WAIT)
    assert pdf.read_bytes().startswith(b"%PDF-")
    page.files.choose_report()  # the cover's details are remembered for the next report
    qtbot.waitUntil(lambda: page.files.report_dialog is not None, timeout=WAIT)
    assert page.files.report_dialog.options().country == "Thailand"
    page.files.report_dialog.reject()
    assert tracker  # the same door as the command line


def test_a_save_that_fails_on_a_full_disk_is_sent_again(open_window, qtbot, monkeypatch) -> None:  # noqa: ANN001
    import sqlite3

    from bali_desktop.storage.tracker_store import TrackerStore

    disk = {"full": True}
    real = TrackerStore.put

    def put(self, entries):  # noqa: ANN001, ANN202
        if disk["full"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, entries)

    monkeypatch.setattr(TrackerStore, "put", put)
    monkeypatch.setattr("bali_desktop.gui.context.AppContext.report_error", lambda self, e: None)
    ctx, win = open_window()
    page = _page(win, qtbot)
    page.select(ACT12)
    qtbot.waitUntil(lambda: page.editor.ref == ACT12, timeout=WAIT)
    page.editor.agency.setText("Typed on a full disk")
    page.editor.agency.textEdited.emit("Typed on a full disk")
    page.select("commitment:adelaide-2023-3")  # saved on leaving the activity: it fails
    qtbot.waitUntil(lambda: page.busy == 0 and bool(page.retry), timeout=WAIT)
    assert "Not saved yet" in page.last_message and page.unsaved()
    disk["full"] = False
    page.flush()  # leaving the screen or closing the window sends it again
    qtbot.waitUntil(lambda: page.busy == 0 and not page.retry, timeout=WAIT)
    assert _entries(ctx, qtbot)[ACT12].agency == "Typed on a full disk"
