"""What a PDF is made from: plain, frozen data, gathered beforehand from the database
(`services/printing.py`, on the database thread), so that laying it out reads nothing and can
run on any thread.

A `PrintJob` is either a checklist sheet (`sheet`) or a handout pack (`sections`); both carry
the role titles and the user's contacts for the contacts boxes, the titles of the items they
name, the content version for the footer, and the print options.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.records import Item

# A sheet's title is at most as long as a saved checklist's (storage.checklist_store.MAX_TITLE;
# tests/pdf/test_job.py checks the two agree): longer would not fit the title block.
MAX_TITLE = 200

Entry = Item | Checklist  # what a handout pack's section prints: a content item or a checklist


@dataclass(frozen=True)
class PrintOptions:
    paper: str = "a4"
    large_print: bool = False
    title: str = ""  # the pack's (or sheet's) title; defaults from the content
    workshop: str = ""  # printed on a pack's cover
    date: str = ""  # the workshop date as the trainer types it, for the cover
    printed: str = ""  # the print date; today by default
    lang: str = "en"  # the sheet's language: its fixed words (pdf/words.py) and the PDF's /Lang

    def print_date(self) -> str:
        return self.printed or date.today().isoformat()


def check_options(options: PrintOptions) -> None:
    """Refuse, before any work, options that cannot be printed (a title longer than a saved
    checklist's, which would not fit the title block)."""
    if len(options.title) > MAX_TITLE:
        raise UsageError(
            f"The title is at most {MAX_TITLE} characters; this one has "
            f"{len(options.title):,}. Give a shorter title."
        )


@dataclass(frozen=True)
class Contact:
    """One of the user's national contacts, as a contacts box prints it."""

    organisation: str
    phone: str = ""
    hours: str = ""
    notes: str = ""
    country: str = ""


@dataclass(frozen=True)
class SheetContext:
    """What a contacts box needs besides the checklist: role names and the user's national
    contacts, by role id (only the roles printed)."""

    role_titles: Mapping[str, str] = field(default_factory=dict)
    contacts: Mapping[str, tuple[Contact, ...]] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Section:
    """One section of a handout pack: its entry, and what else its pages show."""

    entry: Entry
    title: str  # as the cover names it ("Adelaide Strategy area (5): ..." for an area)
    checklist: Checklist | None = None  # a pathway: its checklist as the pack prints it
    activities: tuple[Item, ...] = ()  # a pathway: the activities it serves; an area: its own
    guides: tuple[Item, ...] = ()  # an area: the guides that serve its activities
    pathways: tuple[Item, ...] = ()  # an area: the pathways that serve its activities


@dataclass(frozen=True, eq=False)
class PrintJob:
    sheet: Checklist | None  # a checklist sheet: the checklist (a copy); None for a pack
    sections: tuple[Section, ...]  # a handout pack: its sections, in order; () for a sheet
    contacts: SheetContext
    titles: Mapping[str, str]  # titles of the items the sections name (guides, groups, members...)
    content_version: str
    options: PrintOptions = PrintOptions()
    # a counter card (the sheet cut to its critical steps): the full sheet's step numbers
    card_numbers: Mapping[str, int] | None = None
    review: bool = False  # a strategy area as a progress-review sheet (its activities, columns)

    @property
    def kind(self) -> str:
        if self.card_numbers is not None:
            return "card"
        if self.review:
            return "review"
        return "checklist" if self.sheet is not None else "handout"
