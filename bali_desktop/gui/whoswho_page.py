"""Who's who: members, observers, the groups and working groups, the Regional Support Office."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bali_desktop.gui.listing import ListingPage
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.words import QT_TRANSLATE_NOOP
from bali_desktop.services import reading

if TYPE_CHECKING:
    from bali_desktop.domain.records import Item


translate = QCoreApplication.translate


def _group_words(kind: str, category: str, n: int) -> str:
    return {
        ("member", "government"): translate("whoswho_page", "Members: %n governments", "", n),
        ("member", "organisation"): translate("whoswho_page", "Members: %n organisations", "", n),
        ("observer", "government"): translate("whoswho_page", "Observers: %n governments", "", n),
        ("observer", "organisation"): translate("whoswho_page", "Observers: %n organisations", "", n),
    }[(kind, category)]


class WhosWhoPage(ListingPage, ScreenMixin):
    title = QT_TRANSLATE_NOOP("listing", "Who's who")
    help_text = QT_TRANSLATE_NOOP(
        "listing",
        "The members and observers of the Bali Process as the sources list them, and the "
        "groups that do its work. Enter opens an entry.",
    )
    filter_hint = QT_TRANSLATE_NOOP("listing", "Filter by name, e.g. Viet Nam, Türkiye, working group…")
    job = staticmethod(reading.people)

    def fill(self, items: dict[str, list[Item]]) -> None:
        t = self.tree
        t.setRootIsDecorated(True)
        groups = items.get("group", [])
        top = t.add(
            translate("whoswho_page", "Groups, working groups and the Regional Support Office ({n})").format(
                n=len(groups)
            )
        )
        for g in groups:
            t.add(g.title, g.ref, top, tip=g.text[:300])
        top.setExpanded(True)
        for kind in ("member", "observer"):
            for category in ("government", "organisation"):
                entries = [i for i in items.get(kind, []) if i.data.get("category") == category]
                if not entries:
                    continue
                top = t.add(_group_words(kind, category, len(entries)))
                for i in sorted(entries, key=lambda i: i.title.casefold()):
                    t.add(i.title, i.ref, top)
                top.setExpanded(kind == "member" and category == "organisation")
