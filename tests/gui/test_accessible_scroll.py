"""A scroll area's accessible children stay put while its scroll bars come and go (gui/accessible.py).

Qt's own interface for a QScrollArea or QGraphicsView counts a scroll bar only while it shows and
does not check the index it is asked for, so a screen reader that asked the child count and then
a child by index just after a scroll bar hid made Qt read past its list and crash (the AT-SPI
segfault in QAccessibleCache::idForObject, tests/gui/test_atspi_bus.py). With ours the count does
not change, every index below it answers with a live child, and one past it answers nothing.
Offscreen, from Qt's accessibility tree in this process: a failure here is an assertion, not a
crash, because the count is checked before any index is asked."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QGraphicsScene,
    QGraphicsView,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from bali_desktop.gui import accessible


def _children_answer(area: QAbstractScrollArea, face: QAccessibleInterface, count: int) -> None:
    """Every child counted answers, and none past them: asked only once the count is every child
    widget's (Qt's own interface, which counts only the bars on show, would crash at `count`)."""
    widgets = [w for w in area.children() if isinstance(w, QWidget) and not w.isWindow()]
    assert count == len(widgets), f"{type(area).__name__} counts {count} of its {len(widgets)} children"
    for i in range(count):
        child = face.child(i)
        assert child is not None and child.isValid() and child.object() is not None, i
    assert face.child(count) is None
    assert face.child(-1) is None


def test_a_scroll_areas_children_do_not_change_when_its_scroll_bar_hides(qtbot) -> None:  # noqa: ANN001
    accessible.install()
    area = QScrollArea()
    qtbot.addWidget(area)
    content = QWidget()
    content.setFixedSize(150, 2000)
    area.setWidget(content)
    area.resize(200, 200)
    area.show()
    qtbot.waitExposed(area)
    qtbot.waitUntil(area.verticalScrollBar().isVisible)
    face = QAccessible.queryAccessibleInterface(area)
    assert face.role() == QAccessible.Role.Client  # as Qt's own
    count = face.childCount()
    assert count >= 2  # the viewport and the vertical bar's container at least
    _children_answer(area, face, count)

    content.setFixedSize(150, 20)  # no need to scroll: the bar hides
    qtbot.waitUntil(lambda: not area.verticalScrollBar().isVisible())
    assert face.childCount() == count, "a child went when the scroll bar hid: an index asked may crash Qt"
    _children_answer(area, face, count)

    area.hide()  # its page hidden: nothing shows, the children are still there to ask
    assert face.childCount() == count
    _children_answer(area, face, count)


def test_a_graphics_view_too_and_text_views_keep_qts_own(qtbot) -> None:  # noqa: ANN001
    accessible.install()
    big, small = (
        QGraphicsScene(0, 0, 3000, 3000),
        QGraphicsScene(0, 0, 10, 10),
    )  # kept: a view does not own its scene
    view = QGraphicsView(big)
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show()
    qtbot.waitUntil(view.verticalScrollBar().isVisible)
    face = QAccessible.queryAccessibleInterface(view)
    count = face.childCount()
    view.setScene(small)
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible())
    assert face.childCount() == count
    _children_answer(view, face, count)

    text = QTextEdit("words")
    qtbot.addWidget(text)
    said = QAccessible.queryAccessibleInterface(text)
    assert said.textInterface() is not None  # Qt's text interface, not replaced by ours
    assert said.role() == QAccessible.Role.EditableText


def test_every_scroll_area_in_the_window_has_steady_children(open_window, qtbot) -> None:  # noqa: ANN001
    """Through a journey's screens, each scroll area answers for every child it counted on the
    screen before (what the reader on the bus asks), and counts the same."""
    ctx, win = open_window()
    seen: dict[int, tuple[QAbstractScrollArea, object, int]] = {}

    def read() -> None:
        for area in win.findChildren(QAbstractScrollArea):
            if isinstance(area, accessible._OWN_INTERFACE):
                continue
            face = QAccessible.queryAccessibleInterface(area)
            key = id(area)
            if key in seen:
                assert face.childCount() == seen[key][2], type(area).__name__
            else:
                seen[key] = (area, face, face.childCount())
            _children_answer(area, face, face.childCount())

    read()
    page = win.page("pathway")
    win.open_location("pathway:child")
    qtbot.waitUntil(lambda: page.view is not None and page.view.complete, timeout=20_000)
    qtbot.wait(300)
    read()
    win.open_location("flow:pathway:child")  # a QGraphicsView
    qtbot.wait(300)
    read()
    win.open_location("home")  # the pathway and the flow chart hidden: their scroll bars with them
    QApplication.processEvents()
    read()
    kinds = {type(area).__name__ for area, _face, _n in seen.values()}
    assert {"QScrollArea", "FlowChartView"} <= kinds, kinds
