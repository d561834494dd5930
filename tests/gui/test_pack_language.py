"""The reader offers a language only a content pack brings ("Also in: ไทย") for an item the pack
translates: pressed, the item is shown in it with its review status, the window stays English;
pressed again, or another item opened, the window's language is back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from bali_desktop.services import packs
from bali_desktop.services.session import Session
from tests.packs.test_pack_languages import thai_pack

WAIT = 20000


def test_the_reader_shows_an_item_in_a_packs_language(
    open_window, qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    s = Session.open(data_dir)
    try:
        packs.install(s, thai_pack(s))
    finally:
        s.close()
    ctx, win = open_window()
    win.open_location("role:shelter")
    reader = win.page("reader")
    qtbot.waitUntil(lambda: bool(reader.also_buttons), timeout=WAIT)
    english = reader.browser.toPlainText()
    assert "บ้านพักปลอดภัย" not in english and not reader.language_note.isVisible()
    (thai,) = reader.also_buttons
    assert thai.text() == "Also in: ไทย" and not thai.isChecked()

    qtbot.mouseClick(thai, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "บ้านพักปลอดภัย" in reader.browser.toPlainText(), timeout=WAIT)
    assert "ที่พักที่ปลอดภัยสำหรับผู้เสียหาย" in reader.browser.toPlainText()
    assert reader.also_buttons[0].isChecked()
    assert "Translation: not yet checked by a native speaker." in reader.browser.toPlainText()  # its status
    assert not reader.language_note.isVisible()  # said once: the role's own text says it
    assert "Guidance — not official Bali Process text" in reader.browser.toPlainText()
    win.grab().save(str(tmp_path / "reader-th.png"))

    qtbot.mouseClick(reader.also_buttons[0], Qt.MouseButton.LeftButton)  # back to the window's language
    qtbot.waitUntil(lambda: "บ้านพักปลอดภัย" not in reader.browser.toPlainText(), timeout=WAIT)
    assert not reader.also_buttons[0].isChecked() and not reader.language_note.isVisible()

    qtbot.mouseClick(reader.also_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "บ้านพักปลอดภัย" in reader.browser.toPlainText(), timeout=WAIT)
    win.open_location("role:anti-trafficking-police")  # not translated: no offer, English
    qtbot.waitUntil(
        lambda: reader.ref == "role:anti-trafficking-police" and reader.data is not None, timeout=WAIT
    )
    qtbot.waitUntil(lambda: not reader.also_buttons, timeout=WAIT)
    assert reader.content_language is None and not reader.language_note.isVisible()

    win.open_location("guide:testland-referral-sop")  # the pack's own guide, translated into Thai
    qtbot.waitUntil(
        lambda: reader.ref == "guide:testland-referral-sop" and bool(reader.also_buttons), timeout=WAIT
    )
    qtbot.mouseClick(reader.also_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "วิธีส่งต่อผู้เสียหาย" in reader.browser.toPlainText(), timeout=WAIT)
    assert reader.language_note.isVisible()
    assert (
        "Checked by a native speaker" in reader.language_note.text()
        or "checked by a native speaker" in reader.language_note.text()
    )
    win.grab().save(str(tmp_path / "guide-th.png"))
