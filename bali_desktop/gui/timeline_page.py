"""Timeline: the Bali Process from 2002 to 2023, by date."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from bali_desktop.gui.listing import ListingPage
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.words import QT_TRANSLATE_NOOP
from bali_desktop.services import reading
from bali_desktop.services.reading import EventEntry

translate = QCoreApplication.translate


def pretty_date(date: str) -> str:
    months = translate(
        "timeline_page",
        "January February March April May June July August September October November December",
    ).split()
    parts = date.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = months[int(parts[1]) - 1]
        return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"
    return date


class TimelinePage(ListingPage, ScreenMixin):
    title = QT_TRANSLATE_NOOP("listing", "Timeline 2002–2023")
    help_text = QT_TRANSLATE_NOOP(
        "listing", "Events as the sources record them. Enter opens an event with its source."
    )
    columns = (QT_TRANSLATE_NOOP("listing", "Date"), QT_TRANSLATE_NOOP("listing", "Event"))
    filter_hint = QT_TRANSLATE_NOOP("listing", "Filter by year or words, e.g. 2016, ministerial, Andaman…")
    job = staticmethod(reading.events)

    def fill(self, events: list[EventEntry]) -> None:
        t = self.tree
        t.setRootIsDecorated(True)
        years: dict[str, QTreeWidgetItem] = {}
        for event in events:
            date, title, ref = event.date, event.title, event.ref
            year = date[:4]
            if year not in years:
                years[year] = t.add(year)
                years[year].setExpanded(True)
                years[year].setFirstColumnSpanned(True)
            t.add((pretty_date(date), title), ref, years[year])
        t.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
