"""An Indonesian window says where an official item stands in Indonesian (issue 12): "Kegiatan 12",
"Bidang kerja sama (1)", "Paragraf 15.3", "Tujuan, baris 2", "…, prinsip 4" on the strategy page,
the tracker (its table, area filter, chart, editor), search results, the reader's heading and
citation and the handout pack's list. The locator is ours (domain/locator_words.py); the document's
name and the quoted text stay as published. An English window is unchanged
(tests/gui/test_official_titles.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from bali_desktop.gui import i18n
from tests.gui.test_official_titles import ACTIVITY_12, _h1, _open_reader
from tests.gui.test_window import _go, _run

ENGLISH = re.compile(
    r"\b(Activity \d|Area of cooperation|Paragraph \d|principle \d|Objective, line|Adelaide Strategy area)"
)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """The translator is process-wide: every other test runs in English."""
    yield
    i18n.install("en")


def _indonesian(open_window: Any, data_dir: Path) -> tuple[Any, Any]:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "id")
    settings.sync()
    ctx, win = open_window()
    assert i18n.current() == "id" and ctx.language == "id"
    return ctx, win


def _rows(tree: Any) -> dict[str, str]:
    from bali_desktop.gui.widgets import LOCATION_ROLE

    rows, stack = {}, [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        node = stack.pop()
        rows[node.data(0, LOCATION_ROLE) or node.text(0)] = node.text(0)
        stack.extend(node.child(i) for i in range(node.childCount()))
    return rows


def _visible(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTableWidget

    out = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    out += [b.text() for b in widget.findChildren(QAbstractButton)]
    for box in widget.findChildren(QComboBox):
        out += [box.itemText(i) for i in range(box.count())]
    for table in widget.findChildren(QTableWidget):
        out += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    return out


def test_the_strategy_page_says_its_locators_in_indonesian(
    open_window: Any, qtbot: Any, data_dir: Path
) -> None:
    ctx, win = _indonesian(open_window, data_dir)
    page = win.page("strategy")
    _go(win, qtbot, "place:strategy", lambda: page.loaded)
    rows = _rows(page.tree)
    found = [t for t in rows.values() if ENGLISH.search(t)]
    assert not found, found
    assert rows[ACTIVITY_12].startswith("Kegiatan 12: ")
    assert rows["area:adelaide-2023-1"].startswith("Bidang kerja sama (1): ")
    assert rows["commitment:cochairs-2023-15.3"].startswith("Paragraf 15.3: ")
    assert rows["principle:rcf-2011-4"].startswith("Regional Cooperation Framework, prinsip 4: ")
    assert any(t.startswith("Tujuan, baris 2: ") for t in rows.values())
    assert not [t for t in _visible(page) if ENGLISH.search(t)]


def test_the_tracker_says_its_locators_in_indonesian(open_window: Any, qtbot: Any, data_dir: Path) -> None:
    ctx, win = _indonesian(open_window, data_dir)
    page = win.page("tracker")
    _go(win, qtbot, "place:tracker", lambda: page.loaded and page.table.rowCount() == 31)
    page.select(ACTIVITY_12)
    qtbot.waitUntil(lambda: page.editor.ref == ACTIVITY_12, timeout=20_000)
    shown = _visible(page) + [page.chart.describe(), page.editor.title.text(), page.editor.citation.text()]
    found = [t for t in shown if ENGLISH.search(t)]
    assert not found, found
    cells = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert cells[0].startswith("Kegiatan 1: ") and any(c.startswith("Paragraf 15.") for c in cells)
    tips = [page.area.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(page.area.count())]
    assert any(t.startswith("Bidang kerja sama (1): ") for t in tips), tips  # the area filter's full names
    assert any(", Paragraf 15" in t for t in tips), tips[-3:]
    assert not [t for t in tips if ENGLISH.search(t)]
    assert "<b>Kegiatan 12</b>: " in page.editor.title.text()
    assert page.editor.citation.text().endswith("2023 Adelaide Strategy for Cooperation, Kegiatan 12")
    assert page.editor.official.text().startswith("“")  # the quotation as published, not translated
    assert "Kegiatan 12" in page._label(ACTIVITY_12)
    from bali_desktop.domain.tracker import STATUSES
    from bali_desktop.gui.tracker.chart import status_label

    fm = page.table.fontMetrics()  # the status column holds its longest word, uncut ("sedang berjalan")
    assert page.table.columnWidth(1) > max(fm.horizontalAdvance(status_label(s)) for s in STATUSES) + 8


def test_the_import_preview_names_activities_in_indonesian(
    open_window: Any, qtbot: Any, data_dir: Path
) -> None:
    from bali_desktop.domain.tracker import Change, Entry, ImportPlan
    from bali_desktop.gui.tracker.dialogs import ImportDialog

    ctx, win = _indonesian(open_window, data_dir)
    entry = Entry(ACTIVITY_12)
    plan = ImportPlan(
        source="b.csv",
        changes=(Change(ACTIVITY_12, "Activity 12", entry, Entry(ACTIVITY_12, agency="MFA"), False),),
    )
    dialog = ImportDialog(plan, win, lang=ctx.language)
    qtbot.addWidget(dialog)
    cell = dialog.table.item(0, 0)
    assert cell is not None and cell.text() == "Kegiatan 12"


def test_search_the_reader_and_the_handout_list_say_the_locator_in_indonesian(
    open_window: Any, qtbot: Any, data_dir: Path
) -> None:
    from bali_desktop.gui.checklists.handout import HandoutDialog
    from bali_desktop.services import checklists

    ctx, win = _indonesian(open_window, data_dir)
    win.focus_search()
    qtbot.keyClicks(win.search_box, "research emerging issues scam trafficking")
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.current_ref() != "", timeout=20_000)
    texts = {
        panel.results.item(i).data(Qt.ItemDataRole.UserRole): panel.results.item(i).text()
        for i in range(panel.results.count())
    }
    assert texts[ACTIVITY_12].startswith("Kegiatan 12: "), texts[ACTIVITY_12]
    assert not [t for t in texts.values() if ENGLISH.search(t)]

    reader = _open_reader(win, qtbot, ACTIVITY_12)
    heading, fragments = _h1(reader.browser)  # type: ignore[no-untyped-call]
    assert heading.startswith("Kegiatan 12 — ") and fragments[0] == ("Kegiatan 12 ", True)
    plain = reader.browser.toPlainText()
    assert f"{reader.data.item.source.document_title}, Kegiatan 12 (" in plain  # the citation
    assert f"“{reader.data.item.text}”" in plain  # the quotation as published
    reader = _open_reader(win, qtbot, "area:adelaide-2023-4")
    area_heading = _h1(reader.browser)[0]  # type: ignore[no-untyped-call]
    assert area_heading.startswith("Bidang kerja sama (4) — ")
    found = [line for line in reader.browser.toPlainText().splitlines() if ENGLISH.search(line)]
    quoted = [c.text for c in reader.data.children]
    assert all(any(line.strip("“”") in q for q in quoted) for line in found), found  # only in quotations

    catalogue = _run(ctx, qtbot, checklists.catalogue)  # type: ignore[no-untyped-call]
    dialog = HandoutDialog(catalogue, [], win)
    qtbot.addWidget(dialog)
    listed = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert any("Kegiatan 12: " in t for t in listed) and any(
        "Bidang Strategi Adelaide (1)" in t for t in listed
    )
    assert not [t for t in listed if ENGLISH.search(t)], [t for t in listed if ENGLISH.search(t)]
