"""Phrase cards, one at a time, in large type: for the person in front of the officer.

The first card lists every language in its own script, to point at; the language chosen there is
the one every card shows, with the English beneath and the translation's status on the card.
Previous / Next (or the arrow keys) go through the cards; the three answer cards (yes / no / I
don't understand) share one screen. "Read aloud" speaks the phrase through the system's voice on
a pool thread, and says plainly when there is no voice for the language. Esc leaves full screen,
then the cards (back where the officer came from).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from bali_desktop.gui.context import job
from bali_desktop.gui.flow_layout import wrap_row
from bali_desktop.gui.fonts import families
from bali_desktop.gui.i18n import say
from bali_desktop.gui.phrase_card_view import CardView
from bali_desktop.gui.phrase_words import card_title, language_name
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import ScrollPage, label, rescale_fonts
from bali_desktop.services import read_aloud, reading

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.domain.phrases import Card, PhraseSet
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.read_aloud import Spoken

DEFAULT_REF = "phrases:first-contact"


def steps(phrases: PhraseSet) -> list[Card]:
    """The cards in the order shown: the answer cards once, together, where the first one is."""
    out: list[Card] = []
    for card in phrases.cards:
        if card.kind != "answer" or not any(c.kind == "answer" for c in out):
            out.append(card)
    return out


class PhraseCardsPage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("phrase_cards_page", "Phrase cards"), parent)
        self.phrases: PhraseSet | None = None
        self.cards: list[Card] = []
        self.index = 0
        self.language = "en"
        self.wanted_card = ""
        self.made_fullscreen = False
        self._build()
        ctx.text_size_changed.connect(self._text_size_changed)
        self.scroll_area.viewport().installEventFilter(self)

    def _build(self) -> None:
        self.leave_button = QPushButton(translate("phrase_cards_page", "◀ Leave (Esc)"))
        self.leave_button.clicked.connect(self.leave)
        self.full_button = QPushButton(translate("phrase_cards_page", "Full screen"))
        self.full_button.setCheckable(True)
        self.full_button.setToolTip(
            translate(
                "phrase_cards_page", "Fill the screen with the card, to turn the laptop round to the person"
            )
        )
        self.full_button.toggled.connect(self.set_full_screen)
        self.choose = QComboBox()
        self.choose.setAccessibleName(translate("phrase_cards_page", "Card"))
        self.choose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choose.setMinimumContentsLength(22)
        self.choose.activated.connect(self.show_index)
        self.language_button = QPushButton(translate("phrase_cards_page", "Change language"))
        self.language_button.clicked.connect(lambda: self.show_index(0))
        # rows that wrap: at 200% text the four controls are wider than a 1366 px window's page
        self.body_layout.addLayout(
            wrap_row(self.leave_button, self.full_button, self.choose, self.language_button)
        )
        self.status = label(
            translate("phrase_cards_page", "Opening the phrase cards…"), tone="muted", selectable=False
        )
        self.body_layout.addWidget(self.status)
        self.view = CardView(self.ctx)
        self.view.language_chosen.connect(self.choose_language)
        self.body_layout.addWidget(self.view)
        self.previous_button = QPushButton(translate("phrase_cards_page", "◀ Previous card"))
        self.previous_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.speak_button = QPushButton(translate("phrase_cards_page", "Read aloud"))
        self.speak_button.setAccessibleName(translate("phrase_cards_page", "Read the card aloud"))
        self.speak_button.clicked.connect(self.read_aloud)
        self.next_button = QPushButton(translate("phrase_cards_page", "Next card ▶"))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        self.body_layout.addLayout(wrap_row(self.previous_button, self.speak_button, self.next_button))
        self.spoken = label("", tone="muted", selectable=False)
        self.spoken.setAccessibleName(translate("phrase_cards_page", "Read-aloud"))
        self.body_layout.addWidget(self.spoken)
        self.body_layout.addStretch(1)
        for keys, slot in (
            ("Right", lambda: self.show_index(self.index + 1)),
            ("Left", lambda: self.show_index(self.index - 1)),
            ("Ctrl+R", self.read_aloud),
        ):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- the screen -------------------------------------------------------------------------

    def show_location(self, loc: Location) -> None:
        self.wanted_card = loc.anchor
        ref = loc.target or DEFAULT_REF
        if self.phrases is not None and self.phrases.ref == ref:
            self._go_to_wanted()
            return
        self.ctx.call(job(reading.phrase_set, ref), self.loaded)

    def focus_target(self) -> QWidget:
        return self.next_button

    def loaded(self, phrases: PhraseSet) -> None:
        self.phrases = phrases
        self.cards = steps(phrases)
        self.choose.clear()
        answers = " / ".join(card_title(c.title) for c in phrases.answers)
        titles = [answers if c.kind == "answer" else card_title(c.title) for c in self.cards]
        self.choose.addItems([f"{n}. {title}" for n, title in enumerate(titles, 1)])
        self.status.setVisible(False)
        self._go_to_wanted()

    def _go_to_wanted(self) -> None:
        wanted = next((n for n, c in enumerate(self.cards) if c.id == self.wanted_card), None)
        self.show_index(wanted if wanted is not None else self.index)

    def choose_language(self, code: str) -> None:
        self.language = code
        self.show_index(1 if len(self.cards) > 1 else 0)

    def show_index(self, index: int) -> None:
        if self.phrases is None or not self.cards:
            return
        self.index = max(0, min(len(self.cards) - 1, index))
        card = self.cards[self.index]
        language = self.phrases.language(self.language)
        self.view.show_card(self.phrases, card, language)
        self._reflow()
        self.choose.setCurrentIndex(self.index)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.cards) - 1)
        self.language_button.setText(
            translate("phrase_cards_page", "Language: {name} (change)").format(
                name=language_name(language.name)
            )
        )
        self.spoken.setText("")

    @property
    def card(self) -> Card | None:
        return self.cards[self.index] if self.cards else None

    def shown_text(self) -> str:
        """What "Read aloud" says: the phrase in the chosen language (every answer, in turn)."""
        card = self.card
        if self.phrases is None or card is None:
            return ""
        chosen = self.phrases.answers if card.kind == "answer" else (card,)
        return " … ".join(c.text(self.language).text for c in chosen)

    # --- read aloud ---------------------------------------------------------------------------

    def read_aloud(self) -> None:
        if self.phrases is None:
            return
        language = self.phrases.language(self.language)
        self.speak_button.setEnabled(False)
        self.spoken.setText(
            translate("phrase_cards_page", "Reading aloud in {name}…").format(
                name=language_name(language.name)
            )
        )
        self.ctx.compute(
            partial(read_aloud.speak, self.shown_text(), language), self._spoken, self._speak_failed
        )

    def _spoken(self, said: Spoken) -> None:
        self.speak_button.setEnabled(True)
        message = said.message
        if self.phrases is not None:
            message = spoken_words(message, self.phrases.language(self.language).name)
        self.spoken.setText(message)
        self.ctx.show_status(message)

    def _speak_failed(self, error: BaseException) -> None:
        self._spoken(
            read_aloud.Spoken(
                False, translate("phrase_cards_page", "The card could not be read aloud: show it instead.")
            )
        )

    # --- leaving, full screen, text size ---------------------------------------------------

    def set_full_screen(self, on: bool) -> None:
        window = self.window()
        if on and not window.isFullScreen():
            self.made_fullscreen = True
            window.showFullScreen()
        elif not on and self.made_fullscreen:
            self.made_fullscreen = False
            window.showNormal()

    def flush(self) -> None:
        """Leaving the cards: the window goes back to how the officer had it."""
        if self.made_fullscreen:
            self.full_button.setChecked(False)

    def leave(self) -> None:
        window = self.window()
        go_back = getattr(window, "go_back", None)
        history = getattr(window, "history", None)
        if go_back is not None and getattr(history, "can_back", False):
            go_back()
        else:
            self.ctx.open_ref.emit("home")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() == Qt.Key.Key_Escape:
            if self.made_fullscreen:
                self.full_button.setChecked(False)
            else:
                self.leave()
            event.accept()
            return
        super().keyPressEvent(event)

    def _text_size_changed(self, _points: int) -> None:
        rescale_fonts(self, self.ctx)
        for lab, language in self.view.shown:
            font = lab.font()
            font.setFamilies(families(language.script))
            lab.setFont(font)
        self._reflow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._reflow()  # the page's width, or a scroll bar came or went
        return super().eventFilter(watched, event)

    def _reflow(self) -> None:
        """The languages card in as many columns (at most 4) as the page has room for."""
        margins = self.body_layout.contentsMargins()
        self.view.fit_columns(self.scroll_area.viewport().width() - margins.left() - margins.right())


def spoken_words(message: str, english_name: str) -> str:
    """What services.read_aloud said (a Said, in English, naming the language in English), in the
    window's language, with the language's name in it too."""
    return say(message, name=language_name(english_name))
