"""The reader: any item that is not a pathway, as rich text with its citation, links and a note."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from bali_desktop.gui import theme
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.item_html import ReaderData, reader_html
from bali_desktop.gui.reader_links import BrowserLinks
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.translation_note import note_text
from bali_desktop.gui.widgets import NoteEditor, button, esc, label, row
from bali_desktop.services import views

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext


class ReaderPage(QWidget, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ref = ""
        self.data: ReaderData | None = None
        self.content_language: str | None = (
            None  # a pack's language chosen with "Also in: …"; None: the window's
        )
        self.setAccessibleName(translate("reader_page", "Reader"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("reader_page", "Item text"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        # Tab/Shift+Tab reach each link and Enter follows it (Qt's LinksAccessibleByKeyboard, said
        # here so that no later change drops it); each link is told to a screen reader as a Link
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links = BrowserLinks(self.browser)
        self.checklist_button = button(
            translate("reader_page", "Make a &checklist from this aid"),
            translate("reader_page", "Make a checklist"),
            translate("reader_page", "Build a printable checklist from this decision aid"),
            self._make_checklist,
        )
        self.checklist_button.hide()
        self.add_button = button(
            translate("reader_page", "&Add to checklist…"),
            translate("reader_page", "Add to checklist"),
            translate(
                "reader_page",
                "Add this item, with its source, to a saved checklist or a new one (Ctrl+Shift+A)",
            ),
            self._add_to_checklist,
        )
        self.add_button.setEnabled(False)
        self.pdf_button = button(  # a document a content pack carries, or one the user added
            translate("reader_page", "&Open the PDF"),
            translate("reader_page", "Open the PDF"),
            translate("reader_page", "Open this document in your PDF viewer"),
            self._open_pdf,
        )
        self.pdf_button.hide()
        self.also_row = QHBoxLayout()  # "Also in: ไทย": a language a content pack translates the item into
        self.also_row.setContentsMargins(0, 0, 0, 0)
        self.also_buttons: list[QPushButton] = []
        self.language_note = label("", tone="muted", selectable=False)
        self.language_note.setObjectName("translation_note")
        self.language_note.setAccessibleName(translate("translation_note", "Translation status"))
        self.language_note.hide()
        self.note = NoteEditor(ctx)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addLayout(self.also_row)
        lay.addWidget(self.language_note)
        lay.addWidget(self.browser, 1)
        lay.addLayout(row(self.checklist_button, self.add_button, self.pdf_button))
        lay.addWidget(self.note)
        ctx.theme_changed.connect(self._retheme)  # a bound method: not called once the page is gone
        self.setTabOrder(self.browser, self.checklist_button)
        self.setTabOrder(self.checklist_button, self.add_button)
        self.setTabOrder(self.add_button, self.note.edit)

    def show_location(self, loc: Location) -> None:
        if loc.ref != self.ref:
            self.content_language = None  # another item opens in the window's language
        self.ref = loc.ref
        self.browser.setHtml(
            "<p>" + esc(translate("reader_page", "Opening {ref}…").format(ref=loc.ref)) + "</p>"
        )
        self._load()
        self.note.set_ref(loc.ref)
        self.checklist_button.setVisible(loc.ref.startswith("aid:"))
        self.add_button.setEnabled(False)  # until the item is known to exist

    def user_data_changed(self, what: str) -> None:
        if what == UserDataKind.CONTACTS and self.ref.startswith("role:"):
            self._load()

    def _load(self) -> None:
        self.ctx.call(
            job(views.reader, self.ref, lang=self.content_language), partial(self._loaded, self.ref)
        )

    def _loaded(self, ref: str, data: ReaderData | None) -> None:
        if ref != self.ref:
            return
        self.data = data
        self._offer_languages(data)
        self.add_button.setEnabled(data is not None)
        self.pdf_button.setVisible(data is not None and bool(data.item.data.get("pdf")))
        if data is None:
            self.language_note.hide()
            self.browser.setHtml(
                "<h1>"
                + esc(translate("reader_page", "Not found"))
                + "</h1><p>"
                + esc(translate("reader_page", "No item {ref} in this content version.").format(ref=ref))
                + "</p>"
            )
            return
        self._render(keep_scroll=False)
        self._say_status()

    def _offer_languages(self, data: ReaderData | None) -> None:
        """One checkable "Also in: ไทย" button a language a content pack translates this item into,
        and the translation's status while the item is shown in one."""
        for old in self.also_buttons:
            self.also_row.removeWidget(old)
            old.deleteLater()
        self.also_buttons = []
        while self.also_row.count():  # the stretch
            self.also_row.takeAt(0)
        offered = data.also_in if data is not None else ()
        for code, name in offered:
            b = button(
                translate("reader_page", "Also in: {language}").format(language=name),
                translate("reader_page", "Also in {language}").format(language=name),
                translate(
                    "reader_page",
                    "Show this item in {language}, as an installed content pack translates it "
                    "(the window stays in its own language); press again for the window's language",
                ).format(language=name),
                partial(self._choose_language, code),
            )
            b.setCheckable(True)
            b.setChecked(code == self.content_language)
            self.also_buttons.append(b)
            self.also_row.addWidget(b)
        if offered:
            self.also_row.addStretch(1)

    def _say_status(self) -> None:
        """The translation's status above the page while it is shown in a pack's language, unless
        the page already says it (a role's description ends with it)."""
        item = self.data.item if self.data is not None else None
        t = item.translation if item is not None else None
        status = note_text(item) if item is not None and self.content_language else ""
        if t is not None and t.status_label(t.language).lower() in self.browser.toPlainText().lower():
            status = ""
        self.language_note.setText(status)
        self.language_note.setVisible(bool(status))

    def _choose_language(self, code: str) -> None:
        self.content_language = None if self.content_language == code else code
        self._load()

    def _retheme(self, _theme: str) -> None:
        self._render(keep_scroll=True)

    def _render(self, keep_scroll: bool) -> None:
        if self.data is not None:
            scroll = self.browser.verticalScrollBar().value() if keep_scroll else 0
            self.browser.setHtml(reader_html(self.data, theme.colors(self.ctx.theme)))
            self.browser.verticalScrollBar().setValue(scroll)

    def _link(self, url: QUrl) -> None:
        self.ctx.open_ref.emit(url.toString())

    def _open_pdf(self) -> None:
        from bali_desktop.gui.pack_dialog import open_document

        open_document(self.ctx, self.ref)

    def _make_checklist(self) -> None:
        self.ctx.request_checklist(self.ref)

    def _add_to_checklist(self) -> None:
        if self.data is not None:
            self.ctx.request_add_to_checklist(self.ref)

    def flush(self) -> None:
        self.note.flush()

    def focus_target(self) -> QWidget:
        return self.browser

    def note_editor(self) -> NoteEditor:
        return self.note

    def link_hrefs(self) -> list[str]:
        """Every link on the page (for tests and for screen-reader checks)."""
        import re

        return re.findall(r'href="([^"]+)"', self.browser.toHtml())
