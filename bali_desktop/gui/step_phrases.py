"""The phrase cards reached from the steps that need them (issue 12, point 6).

A step's `phrases` link ("phrases:first-contact", or "…#language" for one card) gives it a
button, on the pathway screen and in the walk-through, that opens the cards there.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from bali_desktop.gui.widgets import row, scaled
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.pathway import Step
    from bali_desktop.gui.context import AppContext


class WalkPage(Protocol):
    """What of the walk-through page (gui/walkthrough_page.py) the button needs."""

    @property
    def ctx(self) -> AppContext: ...

    @property
    def card(self) -> QWidget: ...  # the panel of the step shown; its layout is a column

    @property
    def question(self) -> QWidget: ...  # the decision's question, in that column


PHRASES_BUTTON = QT_TRANSLATE_NOOP("step_phrases", "Phrase cards (point at your language)")
WALK_BUTTON = "walk-phrase-cards"  # the object name of the walk-through's button
PHRASES_TIP = QT_TRANSLATE_NOOP(
    "step_phrases", "Open the phrase cards, to show a person who does not share your language (F7)"
)


def phrases_button(ctx: AppContext, slot) -> QPushButton:  # noqa: ANN001
    from bali_desktop.gui.wrap_button import WrapButton

    text = translate("step_phrases", PHRASES_BUTTON)
    tip = translate("step_phrases", PHRASES_TIP)
    b = WrapButton(text)  # its words wrap in a narrow window with large text, never cut
    b.setAccessibleName(text)
    b.setToolTip(tip)
    b.setAccessibleDescription(tip)
    b.clicked.connect(slot)
    return b


def step_phrases_button(step: Step, ctx: AppContext) -> QPushButton | None:
    """The pathway screen: a button opening the cards `step` names, or None for a step without."""
    if not step.phrases:
        return None
    b = phrases_button(ctx, partial(ctx.open_ref.emit, step.phrases))
    b.setProperty("phrases", step.phrases)
    return b


def walk_button(page: WalkPage) -> QPushButton | None:
    """The walk-through's phrase-cards button (None before its first step is shown)."""
    return page.card.findChild(QPushButton, WALK_BUTTON)


def show_on_walk(page: WalkPage, step: Step | None) -> None:
    """The walk-through: the button above the decision, shown only on a step that needs the cards
    (made the first time, in the walk-through's card, just before its question)."""
    b = walk_button(page)
    if b is None:
        b = scaled(phrases_button(page.ctx, partial(_open_shown, page)), page.ctx, 1.15)
        b.setObjectName(WALK_BUTTON)
        lay = page.card.layout()
        assert isinstance(lay, QVBoxLayout)
        lay.insertLayout(lay.indexOf(page.question), row(b))
    link = step.phrases if step is not None else ""
    b.setProperty("phrases", link)
    b.setVisible(bool(link))


def _open_shown(page: WalkPage) -> None:
    b = walk_button(page)
    if b is not None and b.property("phrases"):
        page.ctx.open_ref.emit(b.property("phrases"))
