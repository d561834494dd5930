"""The window's search (issue 13): the best match first and on Enter, a corrected typo said with a
"search instead" link, and an empty result that offers where to go."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bali_desktop.gui.search import BEST_MATCH, EXACT_LINK
from bali_desktop.services import reading

REF = Qt.ItemDataRole.UserRole


def rows(panel) -> list[tuple[str, str]]:  # noqa: ANN001
    out = []
    for i in range(panel.results.count()):
        item = panel.results.item(i)
        out.append((item.data(REF) or "", item.text()))
    return out


def typed(win, qtbot, text: str):  # noqa: ANN001, ANN201
    win.focus_search()
    qtbot.keyClicks(win.search_box, text)
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.query == text and panel.result is not None, timeout=20_000)
    return panel


def test_the_best_match_is_first_and_enter_opens_it(open_window, qtbot) -> None:
    _ctx, win = open_window()
    panel = typed(win, qtbot, "difference between smuggling and trafficking")
    shown = rows(panel)
    assert shown[0] == ("", BEST_MATCH)
    assert shown[1][0] == "aid:smuggling-or-trafficking"
    assert panel.current_ref() == "aid:smuggling-or-trafficking"
    assert [r for r, _ in shown].count("aid:smuggling-or-trafficking") == 1  # not again in its group
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: win.location is not None and win.location.ref == "aid:smuggling-or-trafficking",
        timeout=20_000,
    )


def test_a_corrected_typo_is_said_with_a_link_to_search_as_typed(open_window, qtbot) -> None:
    _ctx, win = open_window()
    panel = typed(win, qtbot, "trafiking")
    assert panel.result.corrected == "trafficking"
    assert not panel.correction.isHidden()
    assert "Showing results for <b>trafficking</b>" in panel.correction.text()
    assert "search instead for" in panel.correction.text() and "trafiking" in panel.correction.text()
    assert panel.current_ref()
    panel.correction.linkActivated.emit(EXACT_LINK)
    qtbot.waitUntil(lambda: panel.result is not None and panel.result.corrected is None, timeout=20_000)
    assert panel.result.hits == ()
    assert panel.correction.isHidden()


def test_nothing_found_offers_the_commonest_situations_and_the_phrase_cards(open_window, qtbot) -> None:
    _ctx, win = open_window()
    panel = typed(win, qtbot, "zzqxvw")
    refs = [r for r, _ in rows(panel) if r]
    assert refs[:6] == [f"pathway:{p}" for p in reading.COMMON_SITUATIONS]
    assert "phrases:first-contact" in refs
    assert "Nothing found" in panel.status.text()
    assert panel.current_ref() == ""  # Enter opens nothing the officer did not choose
    qtbot.keyClick(win.search_box, Qt.Key.Key_Down)
    assert panel.current_ref() == "pathway:victim-of-trafficking"


def test_a_result_row_is_laid_out_once_for_its_size_and_its_painting(open_window, qtbot) -> None:
    """Rich-text layout is most of what showing results costs: the row laid out to measure it is
    the one painted, and new results start afresh."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    _ctx, win = open_window()
    panel = typed(win, qtbot, "child alone")
    delegate = panel.results.itemDelegate()
    row = next(i for i in range(panel.results.count()) if panel.results.item(i).data(REF))
    index = panel.results.model().index(row, 0)
    made: list[object] = []
    real = delegate._document

    def counting(option, html, width):  # noqa: ANN001, ANN202
        doc = real(option, html, width)
        made.append(doc)
        return doc

    delegate._document = counting
    option = QStyleOptionViewItem()
    panel.results.initViewItemOption(option)
    option.rect = panel.results.visualRect(index)
    size = delegate.sizeHint(option, index)
    option.rect.setWidth(size.width())
    image = QImage(size.width(), size.height(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    assert len(made) >= 2 and all(doc is made[0] for doc in made)  # measured, then painted: one layout
    delegate.forget()
    assert delegate.sizeHint(option, index) == size
    assert made[-1] is not made[0]


def test_painting_the_results_lays_out_no_row_again(open_window, qtbot) -> None:
    """The view measures every row before it paints: painting the list lays out nothing new (each
    row's text is laid out in the same width to measure it and to paint it), and that width is the
    same with and without a scroll bar, so a scroll bar coming with the results does not lay out
    every row again."""
    _ctx, win = open_window()
    win.resize(1366, 768)
    panel = typed(win, qtbot, "child alone")
    delegate = panel.results.itemDelegate()
    panel.results.viewport().grab()  # laid out and painted once
    made: list[object] = []
    real = delegate._document

    def counting(option, html, width):  # noqa: ANN001, ANN202
        before = len(delegate._laid_out)
        doc = real(option, html, width)
        if len(delegate._laid_out) > before:
            made.append(html)
        return doc

    delegate._document = counting
    panel.results.viewport().grab()
    assert not made, f"{len(made)} rows laid out again to be painted"
    widths = []
    for policy in (Qt.ScrollBarPolicy.ScrollBarAlwaysOn, Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
        panel.results.setVerticalScrollBarPolicy(policy)
        qtbot.wait(10)
        widths.append(delegate._width(panel.results))
    panel.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    assert widths[0] == widths[1]


def test_the_results_are_painted(open_window, qtbot) -> None:
    """The results list draws its rows (with batched layout it once showed a blank white list
    under "26 results for …", and nothing else noticed)."""
    _ctx, win = open_window()
    win.resize(1366, 768)
    panel = typed(win, qtbot, "child alone")
    painted: list[int] = []
    delegate = panel.results.itemDelegate()
    real = delegate.paint

    def counting(painter, option, index):  # noqa: ANN001, ANN202
        painted.append(index.row())
        return real(painter, option, index)

    delegate.paint = counting
    image = panel.results.viewport().grab().toImage()
    assert len(painted) >= 5 and 0 in painted and 1 in painted  # the heading and the best match
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, min(200, image.height()), 3)
    }
    assert len(colours) > 2  # text on the white, not a blank list
