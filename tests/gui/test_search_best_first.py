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
