"""Guides: the catalogue of Bali Process guides, policy guides and tool kits."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from bali_desktop.gui.listing import ListingPage
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.words import QT_TRANSLATE_NOOP
from bali_desktop.services import reading
from bali_desktop.services.reading import GuideEntry


class GuidesPage(ListingPage, ScreenMixin):
    title = QT_TRANSLATE_NOOP("listing", "Guides and tool kits")
    help_text = QT_TRANSLATE_NOOP(
        "listing",
        "What each guide is, who made it, for whom, and its key points in our words. "
        "{guidance}: summaries written for Bali Desktop. Enter opens a guide.",
    )
    columns = (
        QT_TRANSLATE_NOOP("listing", "Title"),
        QT_TRANSLATE_NOOP("listing", "Year"),
        QT_TRANSLATE_NOOP("listing", "Produced by"),
    )
    filter_hint = QT_TRANSLATE_NOOP("listing", "Filter guides by words in the title or producer…")
    job = staticmethod(reading.guides)

    def fill(self, guides: list[GuideEntry]) -> None:
        for g in guides:
            self.tree.add((g.title, g.year, g.producer), g.ref, tip=g.purpose)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(2, 260)
