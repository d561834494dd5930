"""A sealed section keeps the height its contents need, and adding a section below does not make Qt
lay out the labels of the sections above it again (what made each section of a long pathway slower
to add than the last)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from bali_desktop.gui.sealed import Sealed


class CountingLabel(QLabel):
    asked = 0

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        CountingLabel.asked += 1
        return super().heightForWidth(width)


def section(text: str, labels: int = 3) -> tuple[QWidget, list[QLabel]]:
    box = QWidget()
    col = QVBoxLayout(box)
    made = []
    for _ in range(labels):
        lab = CountingLabel(text)
        lab.setWordWrap(True)
        col.addWidget(lab)
        made.append(lab)
    return box, made


def page(qtbot) -> tuple[QScrollArea, QVBoxLayout]:  # noqa: ANN001
    area = QScrollArea()
    area.setWidgetResizable(True)
    view = QWidget()
    column = QVBoxLayout(view)
    column.addStretch(1)
    area.setWidget(view)
    area.resize(600, 400)
    qtbot.addWidget(area)
    area.show()
    return area, column


def settle(qtbot) -> None:  # noqa: ANN001
    qtbot.wait(30)


def test_sealed_section_fits_its_contents_and_its_width(qtbot) -> None:  # noqa: ANN001
    area, column = page(qtbot)
    box, labels = section("word " * 40, labels=1)
    sealed = Sealed(box)
    column.insertWidget(0, sealed)
    settle(qtbot)
    short = sealed.height()
    assert short == box.height() >= labels[0].height() > 0
    labels[0].setText("word " * 200)  # the section's own contents change
    settle(qtbot)
    assert sealed.height() > short
    assert box.height() == sealed.height()
    tall = sealed.height()
    area.resize(300, 400)  # the width changes: the text wraps again
    settle(qtbot)
    assert sealed.height() > tall
    assert box.width() == sealed.width()


def asked_when_adding_a_fourth_section(qtbot, seal: bool) -> int:  # noqa: ANN001
    _area, column = page(qtbot)

    def add() -> None:
        box = section("word " * 30)[0]
        column.insertWidget(column.count() - 1, Sealed(box) if seal else box)
        settle(qtbot)

    for _ in range(3):
        add()
    CountingLabel.asked = 0
    add()
    return CountingLabel.asked


def test_adding_a_section_does_not_lay_out_the_ones_above_again(qtbot) -> None:  # noqa: ANN001
    sealed = asked_when_adding_a_fourth_section(qtbot, seal=True)
    plain = asked_when_adding_a_fourth_section(qtbot, seal=False)
    assert sealed > 0  # the new section's own labels are laid out
    # unsealed, the nine labels above are asked for their height again as well
    assert plain >= 2 * sealed, (plain, sealed)
