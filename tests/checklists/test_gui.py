"""The checklists screen, offscreen: make a checklist from a pathway, edit it with the keyboard,
undo and redo, delete and bring back, then export it and read the PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bali_desktop.gui.checklists import ChecklistsPage
from bali_desktop.gui.context import AppContext
from bali_desktop.services.session import Session
from tests.pdf.conftest import pdftotext

WAIT = 20_000


@pytest.fixture
def ctx(qtbot, fresh_library):
    folder = fresh_library.db_path.parent
    fresh_library.close()  # the window's worker opens its own connection
    context = AppContext(folder)
    with qtbot.waitSignal(context.library_opened, timeout=WAIT):
        context.start()
    yield context
    context.shutdown()


@pytest.fixture
def page(qtbot, ctx) -> ChecklistsPage:
    widget = ChecklistsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _make(qtbot, page: ChecklistsPage, ref: str) -> None:
    with qtbot.waitSignal(page.checklist_opened, timeout=WAIT):
        page.ctx.make_checklist_requested.emit(ref)
    qtbot.waitUntil(lambda: page.list.count() >= 1, timeout=WAIT)


def _titles(page: ChecklistsPage) -> list[str]:
    return [i.text for i in page.doc.checklist.all_items()]


def _stored(page: ChecklistsPage):
    lib = Session.open(page.ctx.data_dir)
    try:
        return lib.checklists.list()
    finally:
        lib.close()


def test_make_edit_undo_and_export(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    """Make a checklist from a pathway, reorder with Alt+Down, rename, undo/redo, export the PDF."""
    _make(qtbot, page, "pathway:child")
    before = _titles(page)
    assert page.tree.topLevelItemCount() == len(page.doc.checklist.pause_points)

    first_item = page.tree.topLevelItem(0).child(0)
    page.tree.setCurrentItem(first_item)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(page)[:2] == [before[1], before[0]]
    assert page.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == ("item", 0, 1)

    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Child card, Terminal 2")
    assert page.doc.checklist.title == "Child card, Terminal 2"
    page.undo_action.trigger()  # the typing undoes as one step
    assert page.doc.checklist.title != "Child card, Terminal 2"
    page.undo_action.trigger()
    assert _titles(page) == before
    page.redo_action.trigger()
    page.redo_action.trigger()
    assert page.doc.checklist.title == "Child card, Terminal 2"

    # add an item and word it
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.add_item()
    page.text_edit.setText("Offer water and a seat")
    page.note_edit.setText("A calm person remembers more.")
    page.text_edit.editingFinished.emit()
    assert "Offer water and a seat" in _titles(page)

    # the edits are saved by the worker
    qtbot.waitUntil(lambda: any(s.title == "Child card, Terminal 2" for s in _stored(page)), timeout=WAIT)

    target = tmp_path / "child-card.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT) as signal:
        page.paper.setCurrentIndex(page.paper.findData("letter"))
        page.export_to(str(target))
    assert signal.args == [str(target)]
    text = " ".join(pdftotext(target).split())
    assert "Child card, Terminal 2" in text
    assert "Offer water and a seat" in text and "A calm person remembers more." in text
    assert text.index(before[1]) < text.index(before[0])  # the reordering is printed
    assert page.open_button.isEnabled()


def test_delete_and_undo_delete(qtbot, page: ChecklistsPage) -> None:
    _make(qtbot, page, "aid:smuggling-or-trafficking")
    title = page.doc.checklist.title
    page.delete_button.click()
    qtbot.waitUntil(lambda: page.undo_delete_button.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.list.count() == 0, timeout=WAIT)
    assert _stored(page) == []
    page.undo_delete_button.click()
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=WAIT)
    assert page.doc.checklist is not None and page.doc.checklist.title == title
    assert [s.title for s in _stored(page)] == [title]


def test_add_from_library_keeps_official_text(qtbot, page: ChecklistsPage) -> None:
    _make(qtbot, page, "area:adelaide-2023-1")
    count = page.doc.checklist.item_count()
    page.add_ref("commitment:adelaide-2023-15")
    qtbot.waitUntil(lambda: page.doc.checklist.item_count() == count + 1, timeout=WAIT)
    added = [i for i in page.doc.checklist.all_items() if i.source_ref == "commitment:adelaide-2023-15"]
    assert added and added[0].official and "Activity 15" in added[0].citation
    page.add_ref("role:interpreter")
    qtbot.waitUntil(lambda: "interpreter" in page.doc.checklist.contact_roles, timeout=WAIT)


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm)")
def test_preview_and_print(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    """The first page is previewed; printing paints the rendered pages (here to a PDF printer)."""
    from PySide6.QtPrintSupport import QPrinter

    _make(qtbot, page, "pathway:smuggled-migrant")
    page.refresh_preview()
    qtbot.waitUntil(
        lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(), timeout=WAIT
    )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page.print_to(printer)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 10_000, timeout=WAIT)


# --- numbering, the database guard and the font warning ------------------------------------------


def _tree_rows(page: ChecklistsPage) -> list[tuple[str, str]]:
    """(uid, row text) of every item row of the editor's tree, in order."""
    c = page.doc.checklist
    rows = []
    for p in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(p)
        for i in range(top.childCount()):
            child = top.child(i)
            _, pp_index, item_index = child.data(0, Qt.ItemDataRole.UserRole)
            rows.append((c.pause_points[pp_index].items[item_index].uid, child.text(0)))
    return rows


def test_editor_numbers_steps_as_the_sheet(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    """The tree numbers items as paper and the pathway screen do: a pathway step's decision has
    its step's number, so "Suspend any penalty…" is 23 in the editor as on the PDF."""
    import re

    _make(qtbot, page, "pathway:scam-returnee")
    c = page.doc.checklist
    numbers = c.numbers()
    assert any(i.is_decision for i in c.all_items())  # there are decisions to skip
    rows = _tree_rows(page)
    assert len(rows) == c.item_count()
    for uid, text in rows:
        assert re.match(r"^[☐◇] (\d+)\. ", text).group(1) == str(numbers[uid]), text
    suspend = [text for _, text in rows if "Suspend any penalty" in text]
    assert len(suspend) == 1 and suspend[0].startswith("☐ 23. Suspend any penalty")
    assert max(numbers.values()) == len(c.steps()) < c.item_count()

    # the PDF prints the same number before the same item
    target = tmp_path / "scam.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(target))
    text = " ".join(pdftotext(target).split())
    assert re.search(r"\b23 Suspend any penalty", text), text[:2000]

    # a decision moved away from its step is a step of its own, in the tree as on paper
    decide = next(s.decision for s in c.steps() if s.decision is not None)
    p, i = c.find(decide.uid)
    page.doc.checklist.move_item(p, i, p, len(c.pause_points[p].items) - 1)
    page.editor.fill_tree()
    numbers = page.doc.checklist.numbers()
    assert numbers[decide.uid] != numbers[decide.uid.removesuffix(".decide")]
    for uid, text in _tree_rows(page):
        assert text.split(".", 1)[0].split()[-1] == str(numbers[uid])


def test_export_never_writes_over_the_database(qtbot, fresh_library, tmp_path: Path) -> None:
    """Like the CLI, the window's export (its two halves: gathered on the database queue, laid
    out and written on the pool) refuses the database and its -wal, -shm and -journal files (an
    empty or missing -wal would otherwise be written)."""
    from bali_desktop.checklists.builders import build
    from bali_desktop.domain.errors import ExportError
    from bali_desktop.gui.pdf_tasks import PdfRequest
    from bali_desktop.services.printing import BuiltPdf, prepare_export, write_export

    def export_pdf(request: PdfRequest, target: str, session) -> BuiltPdf:  # noqa: ANN001
        return write_export(prepare_export(session, request, target))

    db = fresh_library.db_path
    request = PdfRequest(checklist=build(fresh_library.content, "pathway:child"))
    empty_wal = db.with_name(db.name + "-wal")
    if not empty_wal.exists():
        empty_wal.touch()
    for target in (db, empty_wal, db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal")):
        existed = target.exists()
        before = target.read_bytes() if existed else None
        with pytest.raises(ExportError, match="database files"):
            export_pdf(request, str(target), fresh_library)
        assert target.exists() == existed
        if existed:
            assert target.read_bytes() == before
    assert not list(db.parent.glob(".*.part"))  # no temporary file left behind
    built = export_pdf(request, str(tmp_path / "card.pdf"), fresh_library)
    assert built.path == tmp_path / "card.pdf" and built.path.read_bytes().startswith(b"%PDF")


def test_export_to_the_database_is_an_error_message(qtbot, page: ChecklistsPage) -> None:
    _make(qtbot, page, "pathway:child")
    from bali_desktop import paths

    db = page.ctx.data_dir / paths.DB_FILE
    before = db.stat().st_size
    with qtbot.waitSignal(page.ctx.error_reported, timeout=WAIT) as signal:
        page.export_to(str(db))  # made "...sqlite3.pdf", one of the database's names too
    assert "database files" in signal.args[1]
    assert db.stat().st_size == before and not db.with_name(db.name + ".pdf").exists()
    assert page.last_export is None


def test_characters_no_font_has_are_a_warning_after_export(
    qtbot, page: ChecklistsPage, tmp_path: Path
) -> None:
    """As the CLI warns on stderr, the window says (without blocking) which characters print
    as empty boxes; the PDF is still written. Text the fonts have gives no warning."""
    from bali_desktop.gui.checklists.output import FONT_WARNING_STATUS

    statuses: list[str] = []
    page.ctx.status_message.connect(statuses.append)
    _make(qtbot, page, "pathway:child")
    plain = tmp_path / "plain.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(plain))
    assert page.font_warning_box is None and FONT_WARNING_STATUS not in statuses[-1]

    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.add_item()
    page.text_edit.setText("Call the embassy: 대사관")  # Korean: no PDF font has it (Chinese prints)
    page.text_edit.editingFinished.emit()
    target = tmp_path / "chinese.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(target))
    assert target.read_bytes().startswith(b"%PDF")  # still written
    assert statuses[-1].startswith("Saved the checklist") and statuses[-1].endswith(FONT_WARNING_STATUS)
    box = page.font_warning_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "chinese.pdf" in box.text()
    assert "대" in box.informativeText() and "empty boxes" in box.informativeText()
    assert page.isEnabled()  # nothing waits on the box
    box.accept()
    qtbot.waitUntil(lambda: page.font_warning_box is None, timeout=WAIT)


def test_a_contact_no_font_can_print_is_a_warning(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    """The CLI's example: a national contact with a Korean organisation name (no PDF font has it)."""
    added = []
    page.ctx.call(
        lambda s: s.user.add_contact(
            "child-protection",
            "경찰청 (Korean National Police Agency)",
            "110",
            known_roles={"child-protection"},
        ),
        added.append,
    )
    qtbot.waitUntil(lambda: bool(added), timeout=WAIT)
    _make(qtbot, page, "pathway:child")
    assert "child-protection" in page.doc.checklist.contact_roles
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(tmp_path / "card.pdf"))
    assert page.font_warning_box is not None and "경" in page.font_warning_box.informativeText()


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm)")
def test_printing_text_no_font_has_is_a_warning_too(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from bali_desktop.gui.checklists.output import FONT_WARNING_STATUS

    _make(qtbot, page, "aid:smuggling-or-trafficking")
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.add_item()
    page.text_edit.setText("Ask in Korean: 도와드릴까요?")
    page.text_edit.editingFinished.emit()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(
        page.ctx.status_message, timeout=WAIT, check_params_cb=lambda text: text.startswith("Sent ")
    ) as signal:
        page.print_to(printer)
    assert signal.args[0].endswith(FONT_WARNING_STATUS)
    assert page.font_warning_box is not None and "도" in page.font_warning_box.informativeText()


# --- one owner of "the open checklist" (review appendix A) ---------------------------------------


def _settle(qtbot, page: ChecklistsPage) -> None:
    """Wait until every job queued so far on the database thread has answered."""
    done: list[object] = []
    page.ctx.call(_nothing, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)


def _nothing(_session) -> None:  # noqa: ANN001
    return None


def test_delete_right_after_choosing_another_checklist(qtbot, page: ChecklistsPage) -> None:
    """Choose another checklist and press Delete before it has loaded: the one chosen in the list
    is deleted, the message names it, and Undo delete brings that same one back; the editor
    never opens the deleted one."""
    _make(qtbot, page, "pathway:child")
    _make(qtbot, page, "pathway:smuggled-migrant")
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=WAIT)
    shown = page.doc.checklist
    other_row = next(n for n in range(page.list.count()) if page.list.item(n).data(256) != shown.id)
    other_id = page.list.item(other_row).data(256)
    other_title = next(s.title for s in _stored(page) if s.id == other_id)
    assert other_title != shown.title
    messages: list[str] = []
    page.ctx.status_message.connect(messages.append)
    opened: list[int] = []  # every checklist the editor shows from now on
    page.doc.loaded.connect(lambda: page.doc.checklist and opened.append(page.doc.checklist.id))

    page.list.setCurrentRow(other_row)  # its load is queued; the editor still shows `shown`
    assert page.doc.checklist.id == shown.id
    page.delete_current()  # before the load has answered

    qtbot.waitUntil(lambda: page.undo_delete_button.isVisible(), timeout=WAIT)
    _settle(qtbot, page)
    assert {s.id for s in _stored(page)} == {shown.id}  # the chosen one is gone, the shown one kept
    deleted = [m for m in messages if m.startswith("Deleted")]
    assert deleted == [f"Deleted “{other_title}”. Undo delete brings it back."]
    qtbot.waitUntil(lambda: page.doc.checklist is not None, timeout=WAIT)
    _settle(qtbot, page)
    assert page.doc.checklist.id == shown.id and other_id not in opened  # never shown once deleted
    assert [page.list.item(n).data(256) for n in range(page.list.count())] == [shown.id]

    page.undo_delete()
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=WAIT)
    _settle(qtbot, page)
    stored = {s.id: s.title for s in _stored(page)}
    assert stored == {shown.id: shown.title, other_id: other_title}  # the deleted one, with its id
    assert f"Restored “{other_title}”." in messages
    assert page.doc.checklist.id == other_id and page.doc.checklist.title == other_title
    assert page.list.currentItem().data(256) == other_id
    assert not page.undo_delete_button.isVisible()


def test_duplicate_acts_on_the_checklist_chosen_in_the_list(qtbot, page: ChecklistsPage) -> None:
    """Duplicate right after choosing another checklist copies the chosen one, as Delete does."""
    _make(qtbot, page, "pathway:child")
    _make(qtbot, page, "pathway:smuggled-migrant")
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=WAIT)
    shown = page.doc.checklist
    other_row = next(n for n in range(page.list.count()) if page.list.item(n).data(256) != shown.id)
    other_id = page.list.item(other_row).data(256)
    other_title = next(s.title for s in _stored(page) if s.id == other_id)
    page.list.setCurrentRow(other_row)
    page.duplicate_current()  # before the load has answered
    qtbot.waitUntil(lambda: page.list.count() == 3, timeout=WAIT)
    _settle(qtbot, page)
    titles = sorted(s.title for s in _stored(page))
    assert titles == sorted([shown.title, other_title, f"{other_title} (copy)"])
    assert page.doc.checklist.title == f"{other_title} (copy)"
    assert page.doc.checklist.id not in (shown.id, other_id)
    assert page.list.currentItem().data(256) == page.doc.checklist.id


# --- saving on leaving, and undo one edit at a time -----------------------------------------------


def test_edits_are_saved_when_the_user_leaves_the_checklist_or_the_screen(
    qtbot, ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the save timer out of the way, only leaving saves: choosing another checklist saves
    the one left, and `flush` (the window leaving the screen or closing) saves the open one."""
    from bali_desktop.gui.checklists import page as page_module

    monkeypatch.setattr(page_module, "SAVE_DELAY_MS", 3_600_000)  # the timer never saves here
    page = ChecklistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _make(qtbot, page, "pathway:child")
    _make(qtbot, page, "aid:smuggling-or-trafficking")
    first = page.doc.checklist.id

    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Counter card")
    _settle(qtbot, page)
    assert "Counter card" not in [s.title for s in _stored(page)]  # not saved yet
    other_row = next(n for n in range(page.list.count()) if page.list.item(n).data(256) != first)
    with qtbot.waitSignal(page.checklist_opened, timeout=WAIT):
        page.list.setCurrentRow(other_row)  # leaving the checklist saves it
    _settle(qtbot, page)
    assert {s.id: s.title for s in _stored(page)}[first] == "Counter card"

    second = page.doc.checklist.id
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Gate card")
    _settle(qtbot, page)
    assert {s.id: s.title for s in _stored(page)}[second] != "Gate card"
    page.flush()  # leaving the screen
    _settle(qtbot, page)
    assert {s.id: s.title for s in _stored(page)}[second] == "Gate card"
    assert page.list.currentItem().text().startswith("Gate card")

    # an edit made while the next checklist loads belongs to the one still shown, and is saved
    back = next(n for n in range(page.list.count()) if page.list.item(n).data(256) == first)
    with qtbot.waitSignal(page.checklist_opened, timeout=WAIT):
        page.list.setCurrentRow(back)  # the editor shows `second` until the load answers
        assert page.doc.checklist.id == second
        page.title_edit.setText("Late card")
        page.title_edit.textEdited.emit("Late card")
    assert page.doc.checklist.id == first
    _settle(qtbot, page)
    assert {s.id: s.title for s in _stored(page)}[second] == "Late card"


def test_separate_edits_undo_one_at_a_time(qtbot, page: ChecklistsPage) -> None:
    """Typing in one field undoes as one step, but two fields, or the same field again after
    another edit, or an item's action and then its note, are steps of their own."""
    _make(qtbot, page, "pathway:child")
    c = page.doc.checklist
    original, first_item = c.title, c.pause_points[0].items[0]
    purpose_edit = page.editor.view.purpose_edit
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Card A")
    purpose_edit.selectAll()
    qtbot.keyClicks(purpose_edit, "For the counter")
    page.title_edit.end(False)
    qtbot.keyClicks(page.title_edit, " B")
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.text_edit.setText("Offer water")
    page.text_edit.editingFinished.emit()
    page.note_edit.setText("A calm person remembers more.")
    page.note_edit.editingFinished.emit()
    stack = page.doc.stack
    assert [stack.text(n) for n in range(stack.count())] == [
        "Edit title",
        "Edit objective",
        "Edit title",
        "Edit item",
        "Edit item",
    ]

    def shown() -> tuple[str, str, str, str]:
        c = page.doc.checklist
        item = c.pause_points[0].items[0]
        return c.title, c.purpose, item.text, item.note

    page.undo_action.trigger()
    assert shown() == ("Card A B", "For the counter", "Offer water", first_item.note)
    page.undo_action.trigger()
    assert shown() == ("Card A B", "For the counter", first_item.text, first_item.note)
    page.undo_action.trigger()
    assert shown() == ("Card A", "For the counter", first_item.text, first_item.note)
    page.undo_action.trigger()
    assert shown() == ("Card A", c.purpose, first_item.text, first_item.note)
    page.undo_action.trigger()
    assert shown()[0] == original and not stack.canUndo()
    for _ in range(5):
        page.redo_action.trigger()
    assert shown() == ("Card A B", "For the counter", "Offer water", "A calm person remembers more.")


# --- "Add from library": a late answer to an older query is dropped -------------------------------


def test_add_from_library_drops_an_answer_to_an_older_query(qtbot, page: ChecklistsPage) -> None:
    """Two searches wait behind a slow job; the answer to the first arrives after the second
    was sent, and is never shown: only the newest query's results are."""
    import threading

    from bali_desktop.gui.checklists.dialogs import AddFromLibraryDialog

    dialog = AddFromLibraryDialog(page.ctx, page)
    qtbot.addWidget(dialog)
    dialog.show()
    shown: list[str] = []  # every result row ever put in the list
    dialog.results.model().rowsInserted.connect(
        lambda _parent, first, last: shown.extend(
            dialog.results.item(n).text() for n in range(first, last + 1)
        )
    )
    gate = threading.Event()
    page.ctx.call(lambda _s: gate.wait(WAIT / 1000))  # the database thread is busy
    for query in ("biometrics", "interpreter"):
        dialog.query.setText(query)
        qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=WAIT)  # its search is sent
    gate.set()
    _settle(qtbot, page)
    final = [dialog.results.item(n).text() for n in range(dialog.results.count())]
    assert final and any("nterpret" in text for text in final)
    assert shown == final  # the answer for "biometrics" never reached the list
