"""Sources: read a source document, scrolled to a cited paragraph and with that paragraph highlighted."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QComboBox, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from bali_desktop.gui import theme
from bali_desktop.gui.context import job
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import heading, label, row
from bali_desktop.services import reading
from bali_desktop.services.reading import DocumentText

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.domain.records import DocumentInfo, Item, Paragraph
    from bali_desktop.gui.context import AppContext


class SourcesPage(QWidget, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("sources_page", "Sources"))
        self.doc_id = ""
        self.highlighted: int | None = None
        self._blocks: dict[int, int] = {}  # paragraph number -> block number
        self._wanted: tuple[str, int | None] | None = None
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(translate("sources_page", "Source document"))
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(30)
        self.chooser.activated.connect(self._chosen)
        self.about = label("", tone="muted")
        self.about.setAccessibleName(translate("sources_page", "About this document"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("sources_page", "Document text"))
        self.browser.setOpenLinks(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        title = heading(ctx, translate("sources_page", "Source documents"), 1.4)
        lay.addWidget(title)
        lab = label(translate("sources_page", "Document:"), selectable=False)
        lab.setBuddy(self.chooser)
        chooser_row = row(lab, self.chooser, stretch=False)
        chooser_row.setStretch(1, 1)
        lay.addLayout(chooser_row)
        lay.addWidget(self.about)
        lay.addWidget(self.browser, 1)
        ctx.theme_changed.connect(self._retheme)  # a bound method: not called once the page is gone
        ctx.call(reading.documents, self._documents_loaded)

    def _retheme(self, _theme: str) -> None:
        self._highlight(self.highlighted, scroll=False)

    def _documents_loaded(self, docs: list[DocumentInfo]) -> None:
        self.chooser.clear()
        for d in docs:
            self.chooser.addItem(d.title, d.id)
        if not self.doc_id and docs and self._wanted is None:
            self._wanted = (docs[0].id, None)
            self._load(docs[0].id)
        self._sync_chooser()

    def _sync_chooser(self) -> None:
        index = self.chooser.findData(self.doc_id or (self._wanted[0] if self._wanted else ""))
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        doc_id = self.chooser.itemData(index)
        if doc_id and doc_id != self.doc_id:
            self.ctx.open_ref.emit(f"document:{doc_id}")

    def show_location(self, loc: Location) -> None:
        if loc.screen == "place":
            if self.doc_id or self._wanted:
                return
            if self.chooser.count():
                self._wanted = (self.chooser.itemData(0), None)
                self._load(self._wanted[0])
            return
        paragraph = int(loc.anchor) if loc.anchor.isdigit() else None
        self._wanted = (loc.target, paragraph)
        if loc.target == self.doc_id:
            self._highlight(paragraph)
        else:
            self._load(loc.target)
        self._sync_chooser()

    def _load(self, doc_id: str) -> None:
        self.browser.setPlainText(translate("sources_page", "Opening the document…"))
        self.ctx.call(job(reading.document, doc_id), partial(self._loaded, doc_id))

    def _loaded(self, doc_id: str, text: DocumentText) -> None:
        if self._wanted is None or self._wanted[0] != doc_id:
            return
        self.doc_id = doc_id
        if text.info is None:
            self.browser.setPlainText(
                translate("sources_page", "No source document {id} in this content version.").format(
                    id=repr(doc_id)
                )
            )
            self.about.setText("")
            return
        self._say_about(text.info, text.info.description)
        # our description in the window's language: the first line of the document's item, translated
        self.ctx.call(job(reading.get, f"document:{doc_id}"), partial(self._described, doc_id, text.info))
        self._fill(text.paragraphs)
        self._sync_chooser()
        self._highlight(self._wanted[1])

    def _described(self, doc_id: str, info: DocumentInfo, item: Item | None) -> None:
        if doc_id != self.doc_id or item is None or item.translation is None:
            return
        first = item.text.split("\n", 1)[0].strip()
        if first:
            self._say_about(info, first)

    def _say_about(self, info: DocumentInfo, description: str) -> None:
        about = (
            translate(
                "sources_page",
                "{publisher}, {date}. {description}  "
                "(This description is ours; the text below is the source.)",
            )
            if info.date
            else translate(
                "sources_page",
                "{publisher}, date not stated. {description}  "
                "(This description is ours; the text below is the source.)",
            )
        )
        self.about.setText(about.format(publisher=info.publisher, date=info.date, description=description))

    def _fill(self, paragraphs: list[Paragraph]) -> None:
        """Build the document block by block, so each paragraph's block is known for highlighting."""
        doc = QTextDocument(self.browser)
        doc.setDefaultFont(self.browser.font())
        cursor = QTextCursor(doc)
        number_format = QTextCharFormat()
        number_format.setForeground(QColor(theme.colors(self.ctx.theme)["muted"]))
        plain = QTextCharFormat()
        block_format = QTextBlockFormat()
        block_format.setBottomMargin(8)
        self._blocks = {}
        for n, p in enumerate(paragraphs):
            if n:
                cursor.insertBlock(block_format)
            else:
                cursor.setBlockFormat(block_format)
            self._blocks[p.number] = cursor.block().blockNumber()
            cursor.insertText(f"¶{p.number}  ", number_format)
            cursor.insertText(p.text, plain)
        self.browser.setDocument(doc)

    def _highlight(self, paragraph: int | None, scroll: bool = True) -> None:
        self.highlighted = paragraph if paragraph in self._blocks else None
        if self.highlighted is None:
            self.browser.setExtraSelections([])
            if scroll:
                self.browser.verticalScrollBar().setValue(0)
            return
        block = self.browser.document().findBlockByNumber(self._blocks[self.highlighted])
        selection = QTextEdit.ExtraSelection()
        c = theme.colors(self.ctx.theme)
        selection.format.setBackground(QColor(c["mark_bg"]))
        if self.ctx.theme == "high-contrast":
            selection.format.setForeground(QColor("#000000"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        self.browser.setExtraSelections([selection])
        self.browser.setTextCursor(QTextCursor(block))
        if scroll:
            self._scroll_to_highlight()
            QTimer.singleShot(0, self._scroll_to_highlight)  # again once the page has its real width

    def _scroll_to_highlight(self) -> None:
        if self.highlighted is None:
            return
        block = self.browser.document().findBlockByNumber(self._blocks[self.highlighted])
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(max(0, int(top) - 24))

    def paragraph_visible(self, paragraph: int) -> bool:
        """Whether a paragraph's first line is inside the visible part of the text."""
        block = self.browser.document().findBlockByNumber(self._blocks[paragraph])
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        offset = self.browser.verticalScrollBar().value()
        return offset <= top < offset + self.browser.viewport().height()

    def focus_target(self) -> QWidget:
        return self.browser
