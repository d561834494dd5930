"""What a phrase card looks like: the phrase in large type in its own script, the English beneath
for the officer, the translation's status always on the card, the officer's note; the languages
card as big buttons to point at; the yes / no / I don't understand answers side by side."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bali_desktop.domain import labels
from bali_desktop.gui.fonts import families
from bali_desktop.gui.phrase_words import language_name, officer_note
from bali_desktop.gui.widgets import Tile, label, set_tone
from bali_desktop.gui.words import phrase_status

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.phrases import Card, Language, PhraseSet
    from bali_desktop.gui.context import AppContext

PHRASE_SCALE = 3.2  # the phrase, read by the person across the desk
ANSWER_SCALE = 3.2
NATIVE_SCALE = 1.5  # a language's own name on the languages card
MAX_COLUMNS = 4  # of the languages card's tiles


def _widest_word(tile: Tile) -> int:
    """The width a language tile needs: its longest word in its title's and subtitle's type,
    with the tile's margins and a little room for its frame."""
    words = [(tile.title, w) for w in tile.title.text().split()]
    words += [(tile.subtitle, w) for w in tile.subtitle.text().split()]
    longest = max((lab.fontMetrics().horizontalAdvance(w) for lab, w in words), default=0)
    lay = tile.layout()
    side = lay.contentsMargins().left() + lay.contentsMargins().right() if lay is not None else 24
    return longest + side + 8


def script_font(ctx: AppContext, language: Language, scale: float, bold: bool = False) -> QFont:
    font = ctx.font(scale, bold)
    font.setFamilies(families(language.script))
    return font


def _align(lab: QLabel, language: Language) -> None:
    rtl = language.direction == "rtl"
    lab.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    lab.setAlignment(Qt.AlignmentFlag.AlignCenter)


class PhraseLabel(QLabel):
    """One phrase in one language: its script's font, right to left for Arabic, wrapped, centred."""

    def __init__(self, ctx: AppContext, text: str, language: Language, scale: float) -> None:
        super().__init__(text)
        self.language = language
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setFont(script_font(ctx, language, scale))
        self.setProperty("font_scale", scale)
        self.setProperty("script", language.script)
        self.setAccessibleName(text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMargin(6)
        _align(self, language)


class CardView(QWidget):
    """One card in one language; `language_chosen` when the person points at a language."""

    language_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("phrase_card_view", "Phrase card"))
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.page: QWidget | None = None
        self.lay = QVBoxLayout()
        # what is shown to the person, with its language (the glyph test reads them)
        self.shown: list[tuple[QLabel, Language]] = []
        self.status: QLabel | None = None
        self.grid: QGridLayout | None = None  # the languages card's tiles, in `columns` columns
        self.tiles: list[Tile] = []
        self.columns = MAX_COLUMNS
        self.room = 0  # the width the page gives the card (0: not known yet)

    def clear(self) -> None:
        """Drop the card on show (hidden at once, deleted later) and start an empty one."""
        if self.page is not None:
            self.page.hide()
            self.outer.removeWidget(self.page)
            self.page.deleteLater()
        self.page = QWidget()
        self.lay = QVBoxLayout(self.page)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(12)
        self.outer.addWidget(self.page)
        self.shown = []
        self.status = None
        self.grid = None
        self.tiles = []

    def show_card(self, phrases: PhraseSet, card: Card, language: Language) -> None:
        self.clear()
        if card.kind == "answer":
            self._answers(phrases, language)
        else:
            self._phrase(card, language)
        if card.kind == "languages":
            self._languages(phrases)
        self._officer(card, language)

    # --- the parts of a card ------------------------------------------------------------------

    def _frame(self) -> tuple[QFrame, QVBoxLayout]:
        box = QFrame()
        set_tone(box, "", panel=True)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 16, 16, 16)
        inner.setSpacing(8)
        return box, inner

    def _phrase(self, card: Card, language: Language) -> None:
        box, inner = self._frame()
        t = card.text(language.code)
        big = PhraseLabel(self.ctx, t.text, language, PHRASE_SCALE)
        self.shown.append((big, language))
        inner.addWidget(big)
        if language.code != "en":
            english = label(
                translate("phrase_card_view", "In English: {text}").format(text=card.text("en").text),
                tone="muted",
            )
            english.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(english)
        self._status(t.status_label, t.note, language, inner)
        self.lay.addWidget(box)

    def _answers(self, phrases: PhraseSet, language: Language) -> None:
        row = QHBoxLayout()
        row.setSpacing(12)
        if language.direction == "rtl":  # read from the right: "yes" first there too
            row.setDirection(QBoxLayout.Direction.RightToLeft)
        for card in phrases.answers:
            box, inner = self._frame()
            answer = PhraseLabel(self.ctx, card.text(language.code).text, language, ANSWER_SCALE)
            self.shown.append((answer, language))
            inner.addWidget(answer, 1)
            if language.code != "en":
                english = label(card.text("en").text, tone="muted")
                english.setAlignment(Qt.AlignmentFlag.AlignCenter)
                inner.addWidget(english)
            row.addWidget(box, 1)
        self.lay.addLayout(row)
        notes = [c.text(language.code).note for c in phrases.answers if c.text(language.code).note]
        first = phrases.answers[0].text(language.code)
        self._status(first.status_label, " ".join(notes), language)

    def _languages(self, phrases: PhraseSet) -> None:
        grid = QGridLayout()
        grid.setSpacing(8)
        for lang in phrases.languages:
            tile = Tile(lang.native, "" if lang.native == lang.name else language_name(lang.name))
            tile.title.setFont(script_font(self.ctx, lang, NATIVE_SCALE, bold=True))
            tile.title.setProperty("font_scale", NATIVE_SCALE)
            tile.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tile.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
            name = language_name(lang.name)
            tile.setAccessibleName(name if lang.native == lang.name else f"{name} — {lang.native}")
            tile.setProperty("language", lang.code)
            tile.clicked.connect(partial(self.language_chosen.emit, lang.code))
            self.tiles.append(tile)
            self.shown.append((tile.title, lang))
        self.grid = grid
        self.columns = 0
        self.lay.addLayout(grid)
        self.fit_columns(self.room)

    def fit_columns(self, room: int) -> None:
        """As many columns of language tiles as fit in `room` px with each tile's longest word
        whole (4 at most; at 200% text a 1366 px window has room for 3, an 800 px one for 1 or 2):
        a grid of 4 made the page wider than the window, cut at both sides."""
        self.room = room
        if self.grid is None or not self.tiles:
            return
        spacing = self.grid.horizontalSpacing()
        widest = max(_widest_word(tile) for tile in self.tiles)
        columns = (
            MAX_COLUMNS if room <= 0 else max(1, min(MAX_COLUMNS, (room + spacing) // (widest + spacing)))
        )
        if columns == self.columns:
            return
        self.columns = columns
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for n, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, n // columns, n % columns)
        for column in range(MAX_COLUMNS):  # columns of one width, whatever the names' lengths
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def _status(self, status: str, note: str, language: Language, box: QVBoxLayout | None = None) -> None:
        """The translation's status, on the card itself (never hidden: a wrong phrase can hurt)."""
        text = f"{language_name(language.name)}: {phrase_status(status)}." + (f" {note}" if note else "")
        self.status = label(text, tone="muted")
        self.status.setAccessibleName(translate("phrase_card_view", "Translation status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        (box or self.lay).addWidget(self.status)

    def _officer(self, card: Card, language: Language) -> None:
        if card.note:
            note = label(
                translate("phrase_card_view", "For you, the officer: {note}").format(
                    note=officer_note(card.note)
                ),
                tone="guidance",
            )
            note.setAccessibleName(translate("phrase_card_view", "Note for the officer"))
            self.lay.addWidget(note)
        mark = label(
            translate("labels", labels.GUIDANCE)
            + ". "
            + translate("phrase_card_view", "Phrases written for Bali Desktop."),
            tone="muted",
        )
        self.lay.addWidget(mark)
