"""An installed content pack in the window beyond the pathway's own box: the walk-through shows
"In <country>" on the step card of the step it belongs to (and not on the others); the contacts
under a step, and on a role's own page, list the user's own first, then the pack's, marked as from
the pack; in Bahasa Indonesia a search finds a pack's Indonesian words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from bali_desktop.services import packs, user
from bali_desktop.services.session import Session
from tests.packs import kit

WAIT = 15000


def _install(data_dir: Path) -> None:
    s = Session.open(data_dir)
    try:
        packs.install(s, kit.signed_zip(kit.content_files(), kit.trusted_key(s)))
        user.add_contact(s, user.ContactValues("anti-trafficking-police", "My own police desk", "+1 555"))
    finally:
        s.close()


def test_the_walk_through_shows_the_national_step_and_the_packs_contacts(
    open_window, qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    _install(data_dir)
    ctx, win = open_window()
    walk = win.page("walk")
    win.open_location(f"walk:{kit.PATHWAY}#{kit.STEP}")
    qtbot.waitUntil(lambda: walk.model is not None and walk.step is not None, timeout=WAIT)
    assert walk.step.id == kit.STEP
    box = walk.national_label
    assert box.isVisible()
    assert (
        f"In {kit.COUNTRY}" in box.text()
        and "National procedure, from the content pack testland" in box.text()
    )
    assert "national referral hotline" in box.text()
    assert box.accessibleName().startswith(f"In {kit.COUNTRY}.")
    win.grab().save(str(tmp_path / "walk-national.png"))  # to look at

    win.open_location(f"walk:{kit.PATHWAY}#ask-about-danger")  # a step the pack adds nothing to
    qtbot.waitUntil(lambda: walk.step is not None and walk.step.id == "ask-about-danger", timeout=WAIT)
    assert not box.isVisible()
    contacts = walk.contacts.text()
    assert "My own police desk" in contacts and "Testland Anti-Trafficking Unit" in contacts
    assert contacts.index("My own police desk") < contacts.index("Testland Anti-Trafficking Unit")
    assert "(from the content pack testland)" in contacts
    assert "from the content pack testland" in walk.contacts.accessibleName()


def test_the_pathway_screen_lists_the_packs_contacts_under_the_step(
    open_window, qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    _install(data_dir)
    ctx, win = open_window()
    win.open_location(f"{kit.PATHWAY}#ask-about-danger")

    def under_step() -> list[str]:
        return [
            lab.text()
            for lab in win.findChildren(QLabel)
            if "Testland Anti-Trafficking Unit" in lab.text() and lab.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(under_step()), timeout=WAIT)
    text = under_step()[0]
    assert "(from the content pack testland)" in text
    assert text.index("My own police desk") < text.index("Testland Anti-Trafficking Unit")
    win.grab().save(str(tmp_path / "pathway-contacts.png"))

    win.open_location("role:shelter")  # the role's own page lists the pack's contacts too, marked
    reader = win.page("reader")
    qtbot.waitUntil(lambda: "Testland Safe House" in reader.browser.toPlainText(), timeout=WAIT)
    shown = reader.browser.toPlainText()
    assert "National contacts from content packs" in shown
    assert "(from the content pack testland)" in shown
    win.grab().save(str(tmp_path / "role-contacts.png"))


def test_the_window_in_indonesian_finds_and_shows_a_packs_indonesian_words(
    open_window, qtbot, data_dir: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from bali_desktop.gui import language_menu

    word = "rumahsinggahtestland"
    roles = (
        "language: id\nstatus: reviewed\nreviewed_by: Test Reviewer\nitems:\n  role:shelter:\n"
        f"    title: Rumah aman Testland\n    description: Tempat tinggal aman {word} (data uji).\n"
    )
    files = {n: b for n, b in kit.content_files().items() if n != "translations.yaml"}
    s = Session.open(data_dir)
    try:
        packs.install(
            s, kit.signed_zip({**files, "translations/id/roles.yaml": roles.encode()}, kit.trusted_key(s))
        )
    finally:
        s.close()
    ctx, win = open_window()
    language_menu.choose(win.window_actions, "id")
    win.activateWindow()
    qtbot.keyClick(win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(win.search_box.hasFocus, timeout=WAIT)
    qtbot.keyClicks(win.search_box, word)
    panel = win.search_panel
    qtbot.waitUntil(lambda: panel.query == word and panel.current_ref() != "", timeout=WAIT)
    assert panel.current_ref() == "role:shelter"
    win.grab().save(str(tmp_path / "search-id.png"))
    win.open_location("role:shelter")
    reader = win.page("reader")
    qtbot.waitUntil(lambda: "Rumah aman Testland" in reader.browser.toPlainText(), timeout=WAIT)
    shown = reader.browser.toPlainText()
    assert word in shown and "Test Reviewer" in shown  # the pack's words, with who checked them
    win.grab().save(str(tmp_path / "reader-id.png"))
