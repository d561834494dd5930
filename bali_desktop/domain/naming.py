"""How official items are named on screen: by their locator in the source, our short title after it.

The official kinds (Adelaide areas and activities, the Co-Chairs' commitments, the 2017 objective,
the RCF principles, passages) carry a `title` written for Bali Desktop; the source has none for
most of them. So the locator ("Activity 12", "Paragraph 15.3") comes first, and where an official
item is a page heading our title is marked as ours. Each function takes the reader's language
(`lang`, "en" by default): an Indonesian window says the locator in Indonesian ("Kegiatan 12";
domain/locator_words.py), the document's name and the quoted text stay as published. Plain
functions, no widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bali_desktop.domain.locator_words import where as _where

if TYPE_CHECKING:
    from bali_desktop.domain.records import Item

SHORT_TITLE_NOTE = "Short title written for Bali Desktop; the quotation below is the official text."


def locator(item: Item, lang: str | None = "en") -> str:
    """Where an official item stands in its source ("Activity 12", "Kegiatan 12" in "id"); "" for
    anything else."""
    if not item.official or item.source is None:
        return ""
    return _where(item.source.locator.strip(), lang)


def citation(item: Item, lang: str | None = "en") -> str:
    """Where an item's words come from: "2023 Adelaide Strategy for Cooperation, Activity 12"
    (", Kegiatan 12" in "id"); "" for an item with no source."""
    if not item.source:
        return ""
    return f"{item.source.document_title}, {_where(item.source.locator, lang)}"


def title_after_locator(item: Item) -> str:
    """Our short title without the locator, when the title already starts with it
    ("Regional Cooperation Framework: arrangements …" gives "arrangements …")."""
    where, title = locator(item), item.title
    if where and title.startswith(where):
        rest = title[len(where) :]
        if not rest or rest[:1] in ":—–-" or rest[:2] in (" —", " –", " -"):
            return rest.lstrip(" :—–-")
    return title


def list_title(item: Item, lang: str | None = "en") -> str:
    """The name of an item in a list: "Activity 12: Research on emerging issues…" when official
    ("Kegiatan 12: …" in "id")."""
    where = locator(item, lang)
    if not where:
        return item.title
    ours = title_after_locator(item)
    return f"{where}: {ours}" if ours else where
