"""The tracker's table of activities and commitments: a row each, its words wrapped onto more lines
in a narrow column, never cut with "…" (issue 17 point 6)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from bali_desktop.gui.flow_layout import keep_rows

translate = QCoreApplication.translate
WIDTHS = (240, 110, 160, 200)  # the columns at 100% text; the last, Next step, takes the rest


def activity_table() -> QTableWidget:
    table = QTableWidget(0, 5)
    table.setAccessibleName(translate("tracker", "Activities and commitments"))
    table.setHorizontalHeaderLabels(
        [
            translate("tracker", "Activity"),
            translate("tracker", "Status"),
            translate("tracker", "Lead agency"),
            translate("tracker", "Latest action"),
            translate("tracker", "Next step"),
        ]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    keep_rows(table, 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableWidget, statuses: Sequence[str]) -> None:
    """The status column as wide as its longest status ("sedang berjalan" in Indonesian), the
    others at least as wide as their longest word: a cell's words wrap, none is cut."""
    fm = table.fontMetrics()
    status_w = max([fm.horizontalAdvance(s) + 16 for s in statuses] + [WIDTHS[1]])
    for col, width in enumerate((WIDTHS[0], status_w, *WIDTHS[2:])):
        cells = (table.item(n, col) for n in range(table.rowCount()))
        words = [fm.horizontalAdvance(w) + 16 for c in cells if c is not None for w in c.text().split()]
        table.setColumnWidth(col, max([width, *words]))
