"""Read-aloud of a step (issue 12, point 8): through the system's voice in the window's language
(services/read_aloud.py, off the GUI thread); the result in the status bar in the window's
language, a plain sentence when the computer has no voice for it.

- the walk-through: "Read the step aloud" under the step's action reads the action, and "Read the
  words aloud" under the script (shown when the step has one) reads the script;
- step_reader: a step's "Read aloud" (its action, then its script); not on the pathway screen now
  (a button per step there was laid over the phrase cards' at 200% text, gui/pathway_view.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QPushButton, QWidget

from bali_desktop.domain.pathway import Step
from bali_desktop.domain.phrases import Language
from bali_desktop.gui.i18n import say
from bali_desktop.gui.phrase_words import language_name
from bali_desktop.gui.translation_note import layout_holding
from bali_desktop.services import read_aloud

translate = QCoreApplication.translate


def step_words(step: Step | None) -> str:
    """What reading a step aloud says: its action, then its script (the words to say)."""
    if step is None:
        return ""
    return "\n".join(part for part in (step.action, step.say) if part and part.strip())


class Aloud(QObject):
    """Reads `text_of()` aloud when `button` is clicked; the button waits while it speaks."""

    def __init__(self, ctx: Any, button: QPushButton, text_of: Callable[[], str]) -> None:
        super().__init__(button)
        self.ctx = ctx
        self.button = button
        self.text_of = text_of
        button.clicked.connect(self.read)

    def language(self) -> Language:
        code = getattr(self.ctx, "language", "en")
        return read_aloud.INTERFACE_LANGUAGES.get(code, read_aloud.INTERFACE_LANGUAGES["en"])

    def read(self) -> None:
        text = self.text_of()
        if not text.strip():
            return
        language = self.language()
        self.button.setEnabled(False)
        name = language_name(language.name)
        self.ctx.show_status(translate("read_script", "Reading aloud in {name}…").format(name=name))
        self.ctx.compute(partial(read_aloud.speak, text, language), self._done, self._failed)

    def _done(self, spoken: read_aloud.Spoken) -> None:
        self.button.setEnabled(True)
        name = language_name(self.language().name)
        if spoken.ok:
            self.ctx.show_status(say(spoken.message, name=name))
        else:  # read_aloud's sentences speak of a card: these are a step's words
            self._failed(None)

    def _failed(self, _error: BaseException | None) -> None:
        self.button.setEnabled(True)
        name = language_name(self.language().name)
        self.ctx.show_status(
            translate(
                "read_script",
                "This computer cannot read the words aloud in {name} (it has no voice or speech engine "
                "for it): read them out yourself.",
            ).format(name=name)
        )


class ScriptReader(QObject):
    """The walk-through's read-aloud buttons (`page.action`, `page.say`, `page.step`, `page.ctx`):
    "Read the step aloud" under the action, "Read the words aloud" under the script."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.step_button = QPushButton()
        self.step_button.setObjectName("read_step")
        self.button = QPushButton()
        self.button.setObjectName("read_script")
        self._words()
        self.step_aloud = Aloud(page.ctx, self.step_button, lambda: page.step.action if page.step else "")
        self.aloud = Aloud(page.ctx, self.button, lambda: page.step.say if page.step else "")
        for under, btn in ((page.action, self.step_button), (page.say, self.button)):
            layout = layout_holding(under)
            if layout is not None:
                layout.insertWidget(layout.indexOf(under) + 1, btn)
            btn.setVisible(not under.isHidden())
            under.installEventFilter(self)  # shown and hidden with its text
        self.button.installEventFilter(self)  # said again in a new language

    def _words(self) -> None:
        self.step_button.setText(translate("read_script", "Read the step &aloud"))
        self.step_button.setAccessibleName(translate("read_script", "Read the step aloud"))
        self.button.setText(translate("read_script", "Read the words aloud"))
        self.button.setAccessibleName(translate("read_script", "Read the words to say aloud"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        shown = {self.page.say: self.button, self.page.action: self.step_button}
        if watched in shown and kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            shown[watched].setVisible(kind == QEvent.Type.ShowToParent)
        elif watched is self.button and kind == QEvent.Type.LanguageChange:
            self._words()
        return False

    def language(self) -> Language:
        return self.aloud.language()

    def read(self) -> None:
        self.aloud.read()


def step_reader(step: Step, ctx: Any, parent: QWidget) -> QPushButton:
    """The pathway screen's "Read aloud" button of one step: its action, then its script."""
    btn = QPushButton(translate("read_script", "Read aloud"), parent)
    btn.setObjectName("read_step")
    btn.setAccessibleName(translate("read_script", "Read step {number} aloud").format(number=step.number))
    btn.setToolTip(translate("read_script", "Read the step aloud, and the words to say if it has them"))
    Aloud(ctx, btn, partial(step_words, step))
    return btn
