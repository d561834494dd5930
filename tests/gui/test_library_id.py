"""The library's own texts in Bahasa Indonesia (issue 12, point 2): a PDF the user added, a content
pack's PDF, and a source document's description line are whole sentences of the window's language,
with no English template around their values (the stored English is for search and the command line)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from bali_desktop.gui import i18n
from bali_desktop.services import documents, packs
from bali_desktop.services.session import Session
from tests.packs import kit


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def _library(data_dir: Path, tmp_path: Path) -> str:
    """The user's own PDF and a pack's PDF in the library; returns the user's document's ref."""
    pdf = tmp_path / "Prosedur_nasional.pdf"
    pdf.write_bytes(kit.pdf_bytes("Prosedur"))
    s = Session.open(data_dir)
    try:
        added = documents.add_document(s, pdf)
        packs.install(s, kit.signed_zip(kit.content_files(), kit.trusted_key(s)))
    finally:
        s.close()
    return added.ref


def _in_indonesian(data_dir: Path) -> None:
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "id")
    settings.sync()


def _shown(win: Any, qtbot: Any, ref: str) -> str:
    win.navigate(ref)
    browser = win.page("reader").browser
    qtbot.waitUntil(lambda: win.page("reader").data is not None, timeout=10_000)
    qtbot.waitUntil(lambda: win.page("reader").data.item.ref == ref, timeout=10_000)
    return str(browser.toPlainText())


ENGLISH = ("Your own document", "added with", "File:", "Published by", "page.", "pages.", "Summary written")


def test_a_pdf_in_the_library_is_said_in_indonesian(
    open_window: Any, qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    mine = _library(data_dir, tmp_path)
    _in_indonesian(data_dir)
    _ctx, win = open_window()
    shown = _shown(win, qtbot, mine)
    assert "Dokumen Anda sendiri" in shown and "Berkas: Prosedur_nasional.pdf, 1 halaman." in shown, shown
    assert "Ringkasan yang ditulis" not in shown, shown  # not a summary of ours: the user's own file
    pack = _shown(win, qtbot, "document:pdf.testland.testland-sop")
    assert "Dokumen dari paket isi, diterbitkan oleh Testland National Focal Point" in pack, pack
    assert "The national standard operating procedure, as a PDF." in pack  # the pack's own words
    for english in ENGLISH:
        assert english not in shown and english not in pack, (english, shown, pack)


def test_a_pdf_in_the_library_reads_in_english_with_its_plural(
    open_window: Any, qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    mine = _library(data_dir, tmp_path)
    _ctx, win = open_window()
    shown = _shown(win, qtbot, mine)
    assert "Your own document, added with Add document; not Bali Process text." in shown, shown
    assert "File: Prosedur_nasional.pdf, 1 page." in shown, shown


def test_a_source_documents_description_line_is_one_indonesian_sentence(
    open_window: Any, qtbot: Any, data_dir: Path
) -> None:
    _in_indonesian(data_dir)
    _ctx, win = open_window()
    win.navigate("place:sources")
    about = win.page("sources").about
    qtbot.waitUntil(lambda: bool(about.text()), timeout=10_000)
    qtbot.waitUntil(lambda: "Disahkan oleh para Menteri" in about.text(), timeout=10_000)  # our words
    assert "(Uraian ini dari kami; teks di bawah adalah sumbernya.)" in about.text(), about.text()
    for english in ("This description", "date not stated", "Endorsed by Ministers", "areas of cooperation"):
        assert english not in about.text(), about.text()
    assert about.text().startswith(
        "The Bali Process, Eighth Ministerial Conference, 2023-02-10. "
    )  # the source's


def test_a_source_documents_description_stays_english_in_english(open_window: Any, qtbot: Any) -> None:
    _ctx, win = open_window()
    win.navigate("place:sources")
    about = win.page("sources").about
    qtbot.waitUntil(lambda: "Endorsed by Ministers" in about.text(), timeout=10_000)
    qtbot.wait(300)  # the translated item is asked for too: in English there is none
    assert "Disahkan" not in about.text() and "(This description is ours;" in about.text()
