"""The phrase-card screen (issue 12, points 6-8): the language chosen on the languages card, the
status on every card, read-aloud off the GUI thread with a plain sentence when there is no voice,
Esc to leave; and every character of every card, in every language, has a glyph in the shipped
font the card asks for (the fonts under resources/fonts/, whatever the machine has installed)."""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QApplication

from bali_desktop import paths
from bali_desktop.domain.phrases import STATUS_LABELS
from bali_desktop.services import read_aloud

REF = "phrases:first-contact"
SHOTS = os.environ.get("BALI_PHRASE_SHOTS")  # a folder: save a screenshot of each card there


@pytest.fixture
def cards(open_window, qtbot):  # noqa: ANN001, ANN201
    ctx, win = open_window((1366, 900))
    win.open_location(REF)
    page = win.page("phrases")
    qtbot.waitUntil(lambda: page.phrases is not None, timeout=20000)
    return ctx, win, page


def _tiles(page):  # noqa: ANN001, ANN202
    from bali_desktop.gui.widgets import Tile

    return {t.property("language"): t for t in page.view.findChildren(Tile) if t.property("language")}


def test_the_languages_card_lists_every_language_in_its_own_name(cards, qtbot) -> None:  # noqa: ANN001
    _ctx, win, page = cards
    assert win.stack.currentWidget() is page
    tiles = _tiles(page)
    assert (
        len(tiles) >= 12 and tiles["km"].title.text() == "ភាសាខ្មែរ" and tiles["ar"].title.text() == "العربية"
    )
    qtbot.mouseClick(tiles["km"], Qt.MouseButton.LeftButton)
    assert page.language == "km" and page.card.id == "officer"
    phrase = page.view.shown[0][0]
    assert phrase.text() == "ខ្ញុំជាមន្ត្រី។ ខ្ញុំនឹងមិនធ្វើបាបអ្នកទេ។ ខ្ញុំចង់ជួយអ្នក។"
    assert page.view.status.text() == "Khmer: Not yet checked by a native speaker."
    assert "Khmer" in page.language_button.text()


def test_every_card_shows_its_status_and_the_answers_share_a_screen(cards) -> None:  # noqa: ANN001
    _ctx, _win, page = cards
    page.choose_language("id")
    ids = [c.id for c in page.cards]
    assert ids[-1] == "yes" and "no" not in ids and "not-understood" not in ids
    for n in range(len(page.cards)):
        page.show_index(n)
        assert STATUS_LABELS["not-checked"] in page.view.status.text()
    page.show_index(len(page.cards) - 1)
    assert [lab.text() for lab, _lang in page.view.shown] == ["Ya", "Tidak", "Saya tidak mengerti"]
    assert page.shown_text() == "Ya … Tidak … Saya tidak mengerti"
    page.choose_language("en")
    page.show_index(1)
    assert "English source text" in page.view.status.text()


def test_arabic_reads_right_to_left(cards) -> None:  # noqa: ANN001
    _ctx, _win, page = cards
    page.choose_language("ar")
    lab, lang = page.view.shown[0]
    assert lang.code == "ar" and lab.layoutDirection() == Qt.LayoutDirection.RightToLeft


# --- every script right on screen ---------------------------------------------------------------

SHIPPED = {
    "Noto Sans Thai": "NotoSansThai-Regular.ttf",
    "Noto Sans Khmer": "NotoSansKhmer-Regular.ttf",
    "Noto Sans Myanmar": "NotoSansMyanmar-Regular.ttf",
    "Noto Sans Lao": "NotoSansLao-Regular.ttf",
    "Noto Sans Bengali": "NotoSansBengali-Regular.ttf",
    "Noto Sans Arabic": "NotoSansArabic-Regular.ttf",
    "Noto Sans CJK SC Print": "NotoSansSCPrint-Regular.ttf",
    "DejaVu Sans": "DejaVuSans.ttf",
}


def test_every_character_of_every_card_has_a_glyph_in_the_shipped_fonts(cards, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontDatabase

    _ctx, _win, page = cards
    raw = {family: QRawFont(str(paths.FONTS_DIR / name), 24) for family, name in SHIPPED.items()}
    assert all(r.isValid() for r in raw.values())
    assert set(SHIPPED) <= set(QFontDatabase.families())  # registered with Qt
    missing: dict[str, set[str]] = {}
    seen_scripts = set()
    for lang in page.phrases.languages:
        page.choose_language(lang.code)
        for n in range(len(page.cards)):
            page.show_index(n)
            QApplication.processEvents()  # lay the card out, as it is painted
            for lab, shown_lang in page.view.shown:
                wanted = [f for f in lab.font().families() if f in raw]
                assert wanted, (lang.code, lab.font().families())
                seen_scripts.add(shown_lang.script)
                for ch in lab.text():
                    if ch.isspace() or unicodedata.category(ch) in ("Cf", "Zs"):
                        continue
                    if not any(raw[f].supportsCharacter(ord(ch)) for f in wanted):
                        missing.setdefault(shown_lang.code, set()).add(f"{ch} U+{ord(ch):04X}")
                image = lab.grab().toImage()
                assert not image.isNull() and image.width() > 10, (lang.code, lab.text())
                # laid out whole: the label grows as tall as its wrapped text needs (nothing clipped)
                qtbot.waitUntil(
                    lambda lab=lab: lab.height() >= lab.heightForWidth(lab.width()) - 1, timeout=3000
                )
            if (
                SHOTS
                and lang.code in ("km", "my", "bn", "ar", "zh-hans")
                and n in (0, 1, len(page.cards) - 1)
            ):
                page.grab().save(str(Path(SHOTS) / f"{lang.code}-{n}.png"))
    assert not missing, missing
    assert {
        "Khmer",
        "Myanmar",
        "Bengali",
        "Arabic",
        "Han (Simplified)",
        "Thai",
        "Lao",
        "Latin",
    } <= seen_scripts


def test_a_card_asks_for_its_scripts_font_first(cards) -> None:  # noqa: ANN001
    _ctx, _win, page = cards
    for code, family in (
        ("km", "Noto Sans Khmer"),
        ("zh-hans", "Noto Sans CJK SC Print"),
        ("bn", "Noto Sans Bengali"),
    ):
        page.choose_language(code)
        assert page.view.shown[0][0].font().families()[:2] == [family, "DejaVu Sans"]


# --- read aloud -----------------------------------------------------------------------------------


def test_read_aloud_runs_off_the_gui_thread(cards, qtbot, monkeypatch) -> None:  # noqa: ANN001
    _ctx, _win, page = cards
    heard = []

    def fake_speak(text, language):  # noqa: ANN001, ANN202
        heard.append((text, language.code, threading.current_thread() is threading.main_thread()))
        return read_aloud.Spoken(True, f"Read aloud in {language.name}.", "Indonesian")

    monkeypatch.setattr(read_aloud, "speak", fake_speak)
    page.choose_language("id")
    page.show_index(next(n for n, c in enumerate(page.cards) if c.id == "doctor"))
    qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.spoken.text() == "Read aloud in Indonesian.", timeout=20000)
    assert heard == [("Apakah Anda memerlukan dokter?", "id", False)]
    assert page.speak_button.isEnabled()


def test_no_voice_for_khmer_is_said_on_the_card(cards, qtbot, monkeypatch) -> None:  # noqa: ANN001
    _ctx, _win, page = cards
    monkeypatch.setattr(
        read_aloud, "system_voices", lambda: [read_aloud.SystemVoice("poz/id", "Indonesian", ("id",))]
    )
    page.choose_language("km")
    qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no Khmer voice" in page.spoken.text(), timeout=20000)
    assert page.spoken.text() == read_aloud.no_voice_message(page.phrases.language("km"))


# --- reaching and leaving the cards --------------------------------------------------------------


def test_esc_leaves_the_cards_for_where_the_officer_was(open_window, qtbot) -> None:  # noqa: ANN001
    _ctx, win = open_window()
    win.window_actions.phrase_cards.trigger()  # Go ▸ Phrase cards (F7)
    page = win.page("phrases")
    qtbot.waitUntil(lambda: page.phrases is not None, timeout=20000)
    assert win.stack.currentWidget() is page
    qtbot.keyClick(page.next_button, Qt.Key.Key_Escape)
    assert win.stack.currentWidget() is win.page("home")


def test_a_card_can_be_opened_by_its_id(open_window, qtbot) -> None:  # noqa: ANN001
    _ctx, win = open_window()
    win.open_location(f"{REF}#doctor")
    page = win.page("phrases")
    qtbot.waitUntil(lambda: page.phrases is not None, timeout=20000)
    assert page.card.id == "doctor"


def test_the_shipped_fonts_are_registered_after_the_first_paint(open_window, qtbot) -> None:  # noqa: ANN001
    """Contacts in Khmer or Chinese render without the cards being opened: Home registers the
    fonts once the event loop runs (off the first-paint path)."""
    from PySide6.QtGui import QFontDatabase

    from bali_desktop.gui import fonts

    QFontDatabase.removeAllApplicationFonts()
    fonts._registered.clear()
    open_window()
    qtbot.waitUntil(lambda: bool(fonts._registered), timeout=5000)
    assert set(fonts._registered) == set(fonts.font_files())
    assert set(fonts.SCRIPT_FAMILIES.values()) | {fonts.LATIN} <= set(QFontDatabase.families())


def test_arabic_answers_read_from_the_right(cards) -> None:  # noqa: ANN001
    _ctx, _win, page = cards
    page.choose_language("ar")
    page.show_index(len(page.cards) - 1)
    QApplication.processEvents()
    yes, no, _not_understood = (lab for lab, _lang in page.view.shown)
    assert (
        yes.text() == "نعم"
        and yes.mapToGlobal(yes.rect().center()).x() > no.mapToGlobal(no.rect().center()).x()
    )
    assert page.choose.currentText() == "9. Yes / No / I don't understand"


@pytest.mark.parametrize("query", ["frase", "ខ្មែរ"])
def test_search_opens_the_cards(open_window, qtbot, query: str) -> None:  # noqa: ANN001
    _ctx, win = open_window()
    win.focus_search()
    win.search_box.insert(query)  # as typed (QTest cannot type Khmer: it aborts on the key mapping)
    qtbot.waitUntil(lambda: win.search_panel.current_ref() == REF, timeout=20_000)
    qtbot.keyClick(win.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.location is not None and win.location.ref == REF, timeout=20_000)
    page = win.page("phrases")
    assert win.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.phrases is not None, timeout=20_000)


def test_the_officers_words_are_in_indonesian_in_the_indonesian_window(open_window, qtbot) -> None:  # noqa: ANN001
    """Issue 12, point 2: the list of cards, the languages' names and the officer's notes follow the
    window's language; the name in each language's own script stays as it is."""
    from bali_desktop.gui import i18n

    try:
        ctx, win = open_window((1366, 900))
        win.window_actions.languages["id"].trigger()
        win.open_location(REF)
        page = win.page("phrases")
        qtbot.waitUntil(lambda: page.phrases is not None, timeout=20000)
        items = [page.choose.itemText(i) for i in range(page.choose.count())]
        assert items[0] == "1. Anda berbicara bahasa apa?"
        assert items[-1] == "9. Ya / Tidak / Saya tidak mengerti"
        tiles = _tiles(page)
        assert tiles["ms"].subtitle.text() == "Melayu" and tiles["km"].title.text() == "ភាសាខ្មែរ"
        page.choose_language("km")
        assert page.view.status.text().startswith("Khmer: Belum diperiksa oleh penutur asli")
        page.choose_language("ms")
        assert "Melayu" in page.language_button.text()
        texts = " ".join(w.text() for w in page.view.findChildren(type(page.view.status)))
        assert "Untuk Anda, petugas: Katakan hanya" in texts and "Say only what" not in texts
    finally:
        i18n.install("en")
