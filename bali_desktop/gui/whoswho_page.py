"""Who's who: members, observers, the groups and working groups, the Regional Support Office."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bali_desktop.gui.listing import ListingPage
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.services import reading

if TYPE_CHECKING:
    from bali_desktop.domain.records import Item


class WhosWhoPage(ListingPage, ScreenMixin):
    title = "Who's who"
    help_text = (
        "The members and observers of the Bali Process as the sources list them, and the "
        "groups that do its work. Enter opens an entry."
    )
    filter_hint = "Filter by name, e.g. Viet Nam, Türkiye, working group…"
    job = staticmethod(reading.people)

    def fill(self, items: dict[str, list[Item]]) -> None:
        t = self.tree
        t.setRootIsDecorated(True)
        groups = items.get("group", [])
        top = t.add(f"Groups, working groups and the Regional Support Office ({len(groups)})")
        for g in groups:
            t.add(g.title, g.ref, top, tip=g.text[:300])
        top.setExpanded(True)
        for kind, name in (("member", "Members"), ("observer", "Observers")):
            for category, what in (("government", "governments"), ("organisation", "organisations")):
                entries = [i for i in items.get(kind, []) if i.data.get("category") == category]
                if not entries:
                    continue
                top = t.add(f"{name}: {len(entries)} {what}")
                for i in sorted(entries, key=lambda i: i.title.casefold()):
                    t.add(i.title, i.ref, top)
                top.setExpanded(kind == "member" and category == "organisation")
