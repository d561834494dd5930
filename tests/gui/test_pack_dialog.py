"""File ▸ "Install content pack…": who published it, the fingerprint, the version and what changes are
shown before anything is applied; a refused pack is said in one sentence with nothing changed; once
installed, the pathway shows "In <country>" at its step. File ▸ "Add document…" adds a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bali_desktop.gui.context import job
from bali_desktop.packs import keys
from bali_desktop.services import packs
from bali_desktop.services.session import Session
from tests.packs import kit


def _file_action(win, text: str):  # noqa: ANN001, ANN202
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == text)


def test_install_a_pack_from_the_file_menu(
    open_window, qtbot, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    pub = tmp_path / "testland.pub"
    pub.write_text(keys.PublicKey(keys.public_of(key), "Testland National Focal Point").line() + "\n")
    good = tmp_path / "testland.zip"
    good.write_bytes(kit.signed_zip(kit.content_files(), key))
    forged = tmp_path / "forged.zip"
    forged.write_bytes(kit.signed_zip(kit.content_files(), Ed25519PrivateKey.generate()))
    ctx, win = open_window()

    chosen = [str(forged)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen[0], ""))
    _file_action(win, "Install content &pack…").trigger()
    dialog = win.window_actions.pack_dialog
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "unknown publisher" in dialog.details.text(), timeout=10000)
    assert not dialog.install_button.isEnabled()

    # trust the publisher from the dialog: the fingerprint is shown and asked about first
    chosen[0] = str(pub)
    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "key_question", None) is not None, timeout=10000)
    assert keys.fingerprint(keys.public_of(key)) in dialog.key_question.text()
    dialog.key_question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.details.text().startswith("Trusted"), timeout=10000)

    chosen[0] = str(good)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.install_button.isEnabled(), timeout=10000)
    shown = dialog.details.text()
    fingerprint = keys.fingerprint(keys.public_of(key))
    for words in ("Testland National Focal Point", fingerprint, "version 1.0.0", "National contacts: 2",
                  "National steps in pathways: 1", "Items: 3 added"):  # fmt: skip
        assert words in shown
    dialog.grab().save(str(tmp_path / "pack-dialog.png"))  # to look at
    other = Session.open(data_dir)
    assert packs.list_packs(other) == []  # nothing applied before Install
    other.close()
    qtbot.mouseClick(dialog.install_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(getattr(win.window_actions, "pack_result", None)), timeout=10000)
    assert "Installed testland 1.0.0" in win.window_actions.pack_result.text()

    win.open_location(kit.PATHWAY)
    qtbot.waitUntil(lambda: bool(_national(win)), timeout=10000)
    texts = _national(win)
    assert any(f"In {kit.COUNTRY}" in t and "National procedure" in t for t in texts)
    win.grab().save(str(tmp_path / "pathway.png"))

    # the pack's contacts among the contacts, marked, and not edited or removed there
    win.open_location("place:contacts")
    page = win.page("contacts")

    def pack_rows() -> list:  # noqa: ANN401
        tree = page.tree
        tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        return [
            t.child(j) for t in tops for j in range(t.childCount()) if "content pack" in t.child(j).text(0)
        ]

    qtbot.waitUntil(lambda: len(pack_rows()) == 2, timeout=10000)
    assert any("Testland Safe House (from the content pack testland)" == r.text(0) for r in pack_rows())
    page.tree.setCurrentItem(pack_rows()[0])
    assert page._selected_contact() is None
    win.grab().save(str(tmp_path / "contacts.png"))


def _national(win) -> list[str]:  # noqa: ANN001
    from PySide6.QtWidgets import QFrame

    return [b.accessibleName() for b in win.findChildren(QFrame, "national-step")]


def test_add_a_document_from_the_file_menu(open_window, qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    pdf = tmp_path / "Border SOP.pdf"
    pdf.write_bytes(kit.pdf_bytes("Border procedure wordfromthepdf."))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(pdf), ""))
    ctx, win = open_window()
    statuses: list[str] = []
    ctx.status_message.connect(statuses.append)
    _file_action(win, "Add &document…").trigger()
    qtbot.waitUntil(lambda: any("Added" in t for t in statuses), timeout=10000)
    assert any("Border SOP" in t for t in statuses)
    found: list[str] = []
    ctx.call(
        job(lambda s: [h.ref for h in s.content.find("wordfromthepdf", correct=False).hits]), found.extend
    )
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    win.open_location(found[0])
    reader = win.page("reader")
    qtbot.waitUntil(lambda: reader.pdf_button.isVisible(), timeout=5000)
    qtbot.mouseClick(reader.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).read_bytes() == pdf.read_bytes()
