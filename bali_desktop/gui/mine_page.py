"""Notes & bookmarks: the user's bookmarks, notes and recently opened items; wiping walk-through ticks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import LinkTree, ScrollPage, button, heading, label, row
from bali_desktop.services import user, views
from bali_desktop.services.views import MineData

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext


class MinePage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Notes & bookmarks", parent)
        b = self.body_layout
        b.addWidget(heading(ctx, "Your notes, bookmarks and recent items", 1.5))
        b.addWidget(
            label(
                "Kept on this computer, apart from the shipped content: a content update "
                "never removes them. Enter opens an item.",
                tone="muted",
            )
        )
        self.bookmarks = LinkTree(ctx, "Bookmarks")
        self.notes = LinkTree(ctx, "Notes", ("Item", "Note"))
        self.recent = LinkTree(ctx, "Recent items")
        top = QHBoxLayout()
        for title, tree in (("Bookmarks (Ctrl+D)", self.bookmarks), ("Recent", self.recent)):
            col = QVBoxLayout()
            col.addWidget(heading(ctx, title, 1.15))
            tree.setMinimumHeight(180)
            col.addWidget(tree)
            top.addLayout(col, 1)
        b.addLayout(top)
        b.addWidget(heading(ctx, "Notes (Ctrl+E on an item)", 1.15))
        self.notes.setMinimumHeight(160)
        b.addWidget(self.notes)
        b.addWidget(heading(ctx, "Walk-through records", 1.15))
        b.addWidget(
            label(
                "Walk-throughs record only ticks and times. Wipe them all at the end of a "
                "shift or before handing the computer on.",
                tone="muted",
            )
        )
        self.wipe_button = button(
            "&Wipe all walk-through ticks", "Wipe all walk-through ticks", slot=self.wipe
        )
        b.addLayout(row(self.wipe_button))
        b.addStretch(1)

    def show_location(self, _loc: Location) -> None:
        self.ctx.call(views.mine, self._loaded)

    def user_data_changed(self, what: str) -> None:
        if what in (UserDataKind.BOOKMARKS, UserDataKind.NOTES, UserDataKind.RECENT) and self.isVisible():
            self.ctx.call(views.mine, self._loaded)

    def _loaded(self, data: MineData) -> None:
        for tree in (self.bookmarks, self.notes, self.recent):
            tree.clear()
        for ref, title in data.bookmarks:
            self.bookmarks.add(title, ref)
        for ref, title, note in data.notes:
            self.notes.add((title, " ".join(note.split())[:200]), ref, tip=note)
        for ref, title in data.recent:
            self.recent.add(title, ref)
        for tree, empty in (
            (self.bookmarks, "No bookmarks yet."),
            (self.notes, "No notes yet."),
            (self.recent, "Nothing opened yet."),
        ):
            if tree.topLevelItemCount() == 0:
                tree.add(empty, header=False).setDisabled(True)
        self.notes.setColumnWidth(0, max(200, self.notes.width() // 3))

    def wipe(self) -> None:
        self.ctx.call(job(user.wipe_ticks), self._wiped)

    def _wiped(self, _result: object) -> None:
        self.ctx.show_status("All walk-through ticks wiped.")
        self.ctx.user_data_changed.emit(UserDataKind.TICKS.value)

    def focus_target(self) -> QWidget:
        return self.bookmarks
