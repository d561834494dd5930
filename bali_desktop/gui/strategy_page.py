"""Strategy: Adelaide areas and activities, the Co-Chairs' commitments, the 2017 objective, the RCF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bali_desktop.domain.naming import list_title
from bali_desktop.gui.listing import ListingPage
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.words import QT_TRANSLATE_NOOP
from bali_desktop.services import reading

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.records import Item


def _label(item: Item, lang: str) -> str:
    """The locator in the source first ("Activity 12", "Paragraph 15.3"; "Kegiatan 12" in an
    Indonesian window), then our short title."""
    return list_title(item, lang)


class StrategyPage(ListingPage, ScreenMixin):
    title = QT_TRANSLATE_NOOP("listing", "Strategy and commitments")
    help_text = QT_TRANSLATE_NOOP(
        "listing",
        "Official text, quoted word for word, each with its source and number. "
        "Enter opens an item; its citation opens the source document at the paragraph.",
    )
    filter_hint = QT_TRANSLATE_NOOP("listing", "Filter by words in a title…")
    job = staticmethod(reading.official_items)

    def fill(self, items: list[Item]) -> None:
        by_ref = {i.ref: i for i in items}
        children: dict[str, list[Item]] = {}
        for i in items:
            if i.parent:
                children.setdefault(i.parent, []).append(i)
        t = self.tree
        t.setRootIsDecorated(True)
        lang = self.ctx.language

        def add_with_children(item: Item, parent) -> None:  # noqa: ANN001
            node = t.add(_label(item, lang), item.ref, parent, tip=item.text[:300])
            for child in children.get(item.ref, []):
                add_with_children(child, node)

        adelaide = t.add(
            translate(
                "strategy_page",
                "2023 Adelaide Strategy for Cooperation: 8 areas of cooperation, 25 activities",
            )
        )
        for i in items:
            if i.kind == "area":
                node = t.add(_label(i, lang), i.ref, adelaide)
                for ref in i.related:
                    if ref in by_ref:
                        t.add(_label(by_ref[ref], lang), ref, node, tip=by_ref[ref].text[:300])
        adelaide.setExpanded(True)
        groups = (
            (
                translate("strategy_page", "2023 Co-Chairs' Statement, paragraph 15: six commitments"),
                "passage:cochairs-2023-15",
            ),
            (
                translate("strategy_page", "2017 Strategy for Cooperation: objective and its six lines"),
                "objective:strategy-2017",
            ),
            (
                translate("strategy_page", "Regional Cooperation Framework (2011): eight principles"),
                "passage:rcf-2011",
            ),
            (
                translate("strategy_page", "2016 Bali Declaration: priorities"),
                "passage:bali-declaration-2016-priorities",
            ),
        )
        shown = {i.ref for i in items if i.kind in ("area",)} | {
            r for i in items if i.kind == "area" for r in i.related
        }
        for heading, ref in groups:
            if ref not in by_ref:
                continue
            top = t.add(heading)
            add_with_children(by_ref[ref], top)
            top.setExpanded(True)
            shown.add(ref)
            shown.update(c.ref for c in children.get(ref, []))
        docs: dict[str, list[Item]] = {}
        for i in items:
            if i.ref not in shown and not i.parent and i.source:
                docs.setdefault(i.source.document_title, []).append(i)
        for title, entries in docs.items():
            top = t.add(translate("strategy_page", "Other passages: {title}").format(title=title))
            for i in entries:
                add_with_children(i, top)
