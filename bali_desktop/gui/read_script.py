"""Read-aloud of a step's script on the walk-through screen (issue 12, point 8): a button under the
words to say, shown when the step has them, that reads them through the system's voice in the
window's language (services/read_aloud.py, off the GUI thread); the result in the status bar in
the window's language, a plain sentence when the computer has no voice for it."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QPushButton

from bali_desktop.domain.phrases import Language
from bali_desktop.gui.i18n import say
from bali_desktop.gui.phrase_words import language_name
from bali_desktop.gui.translation_note import layout_holding
from bali_desktop.services import read_aloud

translate = QCoreApplication.translate


class ScriptReader(QObject):
    """The "Read aloud" button of the walk-through's script (`page.say`, `page.step`, `page.ctx`)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.button = QPushButton()
        self.button.setObjectName("read_script")
        self._words()
        self.button.clicked.connect(self.read)
        layout = layout_holding(page.say)
        if layout is not None:
            layout.insertWidget(layout.indexOf(page.say) + 1, self.button)
        self.button.setVisible(not page.say.isHidden())
        page.say.installEventFilter(self)  # shown and hidden with the script
        self.button.installEventFilter(self)  # said again in a new language

    def _words(self) -> None:
        self.button.setText(translate("read_script", "🔊 Read the words aloud"))
        self.button.setAccessibleName(translate("read_script", "Read the words to say aloud"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.page.say and kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.button.setVisible(kind == QEvent.Type.ShowToParent)
        elif watched is self.button and kind == QEvent.Type.LanguageChange:
            self._words()
        return False

    def language(self) -> Language:
        code = getattr(self.page.ctx, "language", "en")
        return read_aloud.INTERFACE_LANGUAGES.get(code, read_aloud.INTERFACE_LANGUAGES["en"])

    def read(self) -> None:
        step = self.page.step
        if step is None or not step.say:
            return
        language = self.language()
        self.button.setEnabled(False)
        name = language_name(language.name)
        self.page.ctx.show_status(translate("read_script", "Reading aloud in {name}…").format(name=name))
        self.page.ctx.compute(partial(read_aloud.speak, step.say, language), self._done, self._failed)

    def _done(self, spoken: read_aloud.Spoken) -> None:
        self.button.setEnabled(True)
        name = language_name(self.language().name)
        if spoken.ok:
            self.page.ctx.show_status(say(spoken.message, name=name))
        else:  # read_aloud's sentences speak of a card: this is a script
            self._failed(None)

    def _failed(self, _error: BaseException | None) -> None:
        self.button.setEnabled(True)
        name = language_name(self.language().name)
        self.page.ctx.show_status(
            translate(
                "read_script",
                "This computer cannot read the words aloud in {name} (it has no voice or speech engine "
                "for it): read them out yourself.",
            ).format(name=name)
        )
