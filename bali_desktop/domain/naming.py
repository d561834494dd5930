"""How official items are named on screen: by their locator in the source, our short title after it.

The official kinds (Adelaide areas and activities, the Co-Chairs' commitments, the 2017 objective,
the RCF principles, passages) carry a `title` written for Bali Desktop; the source has none for
most of them. So the locator ("Activity 12", "Paragraph 15.3") comes first, and where an official
item is a page heading our title is marked as ours. Plain functions, no widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bali_desktop.domain.kinds import OFFICIAL_KINDS

if TYPE_CHECKING:
    from bali_desktop.domain.records import Item, SearchHit

SHORT_TITLE_NOTE = "Short title written for Bali Desktop; the quotation below is the official text."


def locator(item: Item) -> str:
    """Where an official item stands in its source ("Activity 12"); "" for anything else."""
    if not item.official or item.source is None:
        return ""
    return item.source.locator.strip()


def citation(item: Item) -> str:
    """Where an item's words come from: "2023 Adelaide Strategy for Cooperation, Activity 12";
    "" for an item with no source."""
    if not item.source:
        return ""
    return f"{item.source.document_title}, {item.source.locator}"


def title_after_locator(item: Item) -> str:
    """Our short title without the locator, when the title already starts with it
    ("Regional Cooperation Framework: arrangements …" gives "arrangements …")."""
    where, title = locator(item), item.title
    if where and title.startswith(where):
        rest = title[len(where) :]
        if not rest or rest[:1] in ":—–-" or rest[:2] in (" —", " –", " -"):
            return rest.lstrip(" :—–-")
    return title


def list_title(item: Item) -> str:
    """The name of an item in a list: "Activity 12: Research on emerging issues…" when official."""
    where = locator(item)
    if not where:
        return item.title
    ours = title_after_locator(item)
    return f"{where}: {ours}" if ours else where


def _is_official_kind(ref: str) -> bool:
    return ref.split(":", 1)[0] in OFFICIAL_KINDS


def list_titles(lib, refs: list[str]) -> dict[str, str]:  # noqa: ANN001 - runs on the worker
    """`lib.titles(refs)`, with the locator before the title of every official item."""
    titles = lib.titles(refs)
    for ref in titles:
        if _is_official_kind(ref):
            item = lib.get(ref)
            if item is not None:
                titles[ref] = list_title(item)
    return titles


def list_hits(lib, hits: list[SearchHit]) -> list[SearchHit]:  # noqa: ANN001 - runs on the worker
    """Search hits with the locator before the title of every official item."""
    from dataclasses import replace

    out = []
    for hit in hits:
        if _is_official_kind(hit.ref):
            item = lib.get(hit.ref)
            if item is not None:
                hit = replace(hit, title=list_title(item))
        out.append(hit)
    return out
