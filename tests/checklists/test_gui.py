"""The checklists screen, offscreen: make a checklist from a pathway, edit it with the keyboard,
undo and redo, delete and bring back, then export it and read the PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from bali_desktop.checklists import ChecklistStore  # noqa: E402
from bali_desktop.gui.checklists_page import ChecklistsPage  # noqa: E402
from bali_desktop.gui.context import AppContext  # noqa: E402
from bali_desktop.library import Library  # noqa: E402
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
    qtbot.waitUntil(lambda: page.preview.pixmap() is not None and not page.preview.pixmap().isNull(),
                    timeout=WAIT)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    page.print_to(printer)
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 10_000, timeout=WAIT)
