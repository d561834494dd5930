"""The checklists screen, offscreen: make a checklist from a pathway, edit it with the keyboard,
undo and redo, delete and bring back, then export it and read the PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from bali_desktop.gui.checklists_page import ChecklistsPage  # noqa: E402
from bali_desktop.gui.context import AppContext  # noqa: E402
from bali_desktop.storage.checklist_store import ChecklistStore  # noqa: E402
from bali_desktop.storage.library import Library  # noqa: E402
from tests.pdf.conftest import pdftotext  # noqa: E402

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
    lib = Library.open(page.ctx.data_dir)
    try:
        return ChecklistStore(lib.engine).list()
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
    its step's number, so "Suspend any penalty…" is 17 in the editor as on the PDF."""
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
    assert len(suspend) == 1 and suspend[0].startswith("☐ 17. Suspend any penalty")
    assert max(numbers.values()) == len(c.steps()) < c.item_count()

    # the PDF prints the same number before the same item
    target = tmp_path / "scam.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(target))
    text = " ".join(pdftotext(target).split())
    assert re.search(r"\b17 Suspend any penalty", text), text[:2000]

    # a decision moved away from its step is a step of its own, in the tree as on paper
    decide = next(s.decision for s in c.steps() if s.decision is not None)
    p, i = c.find(decide.uid)
    page.doc.checklist.move_item(p, i, p, len(c.pause_points[p].items) - 1)
    page._fill_tree()
    numbers = page.doc.checklist.numbers()
    assert numbers[decide.uid] != numbers[decide.uid.removesuffix(".decide")]
    for uid, text in _tree_rows(page):
        assert text.split(".", 1)[0].split()[-1] == str(numbers[uid])


def test_export_never_writes_over_the_database(qtbot, fresh_library, tmp_path: Path) -> None:
    """Like the CLI, the window's export job refuses the database and its -wal, -shm and
    -journal files (an empty or missing -wal would otherwise be written)."""
    from bali_desktop.checklists.builders import build
    from bali_desktop.domain.errors import ExportError
    from bali_desktop.gui.pdf_tasks import PdfRequest, export_pdf

    db = fresh_library.db_path
    request = PdfRequest(checklist=build(fresh_library, "pathway:child"))
    empty_wal = db.with_name(db.name + "-wal")
    if not empty_wal.exists():
        empty_wal.touch()
    for target in (db, empty_wal, db.with_name(db.name + "-shm"), db.with_name(db.name + "-journal")):
        existed = target.exists()
        before = target.read_bytes() if existed else None
        with pytest.raises(ExportError, match="database files"):
            export_pdf(request, str(target), fresh_library, None)
        assert target.exists() == existed
        if existed:
            assert target.read_bytes() == before
    assert not list(db.parent.glob(".*.part"))  # no temporary file left behind
    built = export_pdf(request, str(tmp_path / "card.pdf"), fresh_library, None)
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
    from bali_desktop.gui.checklists_page import FONT_WARNING_STATUS

    statuses: list[str] = []
    page.ctx.status_message.connect(statuses.append)
    _make(qtbot, page, "pathway:child")
    plain = tmp_path / "plain.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(plain))
    assert page.font_warning_box is None and FONT_WARNING_STATUS not in statuses[-1]

    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.add_item()
    page.text_edit.setText("Call the embassy: 中国大使馆")
    page.text_edit.editingFinished.emit()
    target = tmp_path / "chinese.pdf"
    with qtbot.waitSignal(page.exported, timeout=WAIT):
        page.export_to(str(target))
    assert target.read_bytes().startswith(b"%PDF")  # still written
    assert statuses[-1].startswith("Saved the checklist") and statuses[-1].endswith(FONT_WARNING_STATUS)
    box = page.font_warning_box
    assert box is not None and box.isVisible() and not box.isModal()
    assert "chinese.pdf" in box.text()
    assert "中" in box.informativeText() and "empty boxes" in box.informativeText()
    assert page.isEnabled()  # nothing waits on the box
    box.accept()
    qtbot.waitUntil(lambda: page.font_warning_box is None, timeout=WAIT)


def test_a_contact_no_font_can_print_is_a_warning(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    """The CLI's example: a national contact with a Chinese organisation name."""
    added = []
    page.ctx.run(
        lambda _lib, user: user.add_contact(
            "child-protection",
            "中华人民共和国公安部 (Ministry of Public Security)",
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
    assert page.font_warning_box is not None and "中" in page.font_warning_box.informativeText()


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs poppler-utils (pdftoppm)")
def test_printing_text_no_font_has_is_a_warning_too(qtbot, page: ChecklistsPage, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from bali_desktop.gui.checklists_page import FONT_WARNING_STATUS

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
