"""Search result rows (gui/result_rows.py): the snippet's matched words in bold, each row as tall
as its laid-out text at every width and text size, the first screen laid out before the results
are painted and the rest just after, and painting lays out nothing again."""

from __future__ import annotations

import pytest

from bali_desktop.domain.records import MARK_END, MARK_START
from bali_desktop.gui import result_rows
from bali_desktop.gui.result_rows import ROW_ROLE, RowLayout, RowText, row_text


def test_a_snippet_becomes_plain_text_with_its_matched_stretches() -> None:
    row = row_text("  Child\n alone ", f"a {MARK_START}child{MARK_END}\n is {MARK_START}alone{MARK_END}.")
    assert row.title == "Child alone"
    assert row.snippet == "a child is alone."
    assert [row.snippet[s : s + n] for s, n in row.marks] == ["child", "alone"]
    # an end without a start, an empty match and a start never ended mark nothing
    odd = row_text("T", f"x{MARK_END} {MARK_START}{MARK_END}y {MARK_START}z")
    assert odd.snippet == "x y z" and odd.marks == ()
    assert row_text("T", "").snippet == "" and row_text("T", "").marks == ()
    html = row_text("T", f"a <b>x</b> & {MARK_START}child{MARK_END}")  # drawn as text, never markup
    assert html.snippet == "a <b>x</b> & child" and html.marks == ((13, 5),)


def test_a_row_is_as_tall_as_its_text(qapp) -> None:  # noqa: ANN001
    font = qapp.font()
    row = row_text("Victim of trafficking", "words " * 60)
    wide, narrow = RowLayout(row, font, 900), RowLayout(row, font, 200)
    assert narrow.height > wide.height  # the snippet wraps onto more lines
    title_only = RowLayout(RowText("Victim of trafficking", "", ()), font, 900)
    assert title_only.snippet is None and title_only.height < wide.height
    big = qapp.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    assert RowLayout(row, big, 900).height > wide.height
    bold = RowLayout(row_text("T", f"a {MARK_START}b{MARK_END}"), font, 900)
    assert bold.snippet is not None and [(f.start, f.length) for f in bold.snippet.formats()] == [(2, 1)]


def _settled(panel, qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: panel._fitter.pending() == 0, timeout=5000)
    panel.results.viewport().grab()
    qtbot.waitUntil(lambda: not panel._delegate.misfit.isActive(), timeout=5000)
    qtbot.wait(20)


def _mismatched(panel) -> list[int]:  # noqa: ANN001
    """Rows whose height on screen is not their laid-out text's."""
    lv, delegate = panel.results, panel._delegate
    return [
        i
        for i in range(lv.count())
        if isinstance(lv.item(i).data(ROW_ROLE), RowText)
        and lv.visualItemRect(lv.item(i)).height() != delegate.layout(lv.item(i).data(ROW_ROLE)).height
    ]


def _search(win, qtbot, text: str):  # noqa: ANN001, ANN202
    panel = win.search_panel
    with qtbot.waitSignal(panel.finished, timeout=20_000):
        win.search_box.setText(text)
    return panel


@pytest.fixture
def made(monkeypatch):  # noqa: ANN001, ANN201
    """The rows laid out, in order, from now on."""
    laid: list[str] = []
    real = result_rows.RowLayout.__init__

    def counting(self, row, font, width):  # noqa: ANN001, ANN202
        laid.append(row.title)
        real(self, row, font, width)

    monkeypatch.setattr(result_rows.RowLayout, "__init__", counting)
    return laid


def test_only_the_first_screen_is_laid_out_before_painting(open_window, qtbot, made) -> None:  # noqa: ANN001
    _ctx, win = open_window()
    at_once: list[tuple[int, int]] = []  # rows laid out and left when the results are shown
    win.search_panel.finished.connect(
        lambda _n: at_once.append((len(made), win.search_panel._fitter.pending()))
    )
    panel = _search(win, qtbot, "trafficking")
    rows = [i for i in range(panel.results.count()) if panel.results.item(i).data(ROW_ROLE)]
    assert len(rows) >= 30
    first, left = at_once[0]
    room = panel.results.viewport().height()
    shown = [i for i in rows if panel.results.visualItemRect(panel.results.item(i)).top() < room]
    assert len(shown) <= first <= len(shown) + 1  # the rows on screen (and the one just below)
    assert left == len(rows) - first  # the rest on an estimate, for now
    _settled(panel, qtbot)
    assert len(made) == len(rows) and not _mismatched(panel)


def test_painting_the_results_lays_out_no_row_again(open_window, qtbot, made) -> None:  # noqa: ANN001
    _ctx, win = open_window()
    panel = _search(win, qtbot, "child alone")
    _settled(panel, qtbot)
    before = len(made)
    panel.results.viewport().grab()
    panel.results.verticalScrollBar().setValue(panel.results.verticalScrollBar().maximum())
    panel.results.viewport().grab()
    assert len(made) == before, f"{len(made) - before} rows laid out again to be painted"


def test_a_scroll_bar_coming_lays_out_no_row_again(open_window, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    _ctx, win = open_window()
    panel = _search(win, qtbot, "child alone")
    widths = []
    for policy in (Qt.ScrollBarPolicy.ScrollBarAlwaysOn, Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
        panel.results.setVerticalScrollBarPolicy(policy)
        qtbot.wait(10)
        widths.append(result_rows.text_width(panel.results))
    assert widths[0] == widths[1]


def test_rows_fit_their_text_again_at_another_width_and_text_size(open_window, qtbot) -> None:  # noqa: ANN001
    _ctx, win = open_window()
    panel = _search(win, qtbot, "trafficking")
    _settled(panel, qtbot)
    assert not _mismatched(panel)
    lv = panel.results
    row = next(lv.item(i) for i in range(lv.count()) if lv.item(i).data(ROW_ROLE))
    wide = lv.visualItemRect(row).height()
    win.resize(820, 600)
    _settled(panel, qtbot)
    assert not _mismatched(panel)
    font = panel.results.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    lv.setFont(font)
    _settled(panel, qtbot)
    assert not _mismatched(panel)
    assert lv.visualItemRect(row).height() > wide
