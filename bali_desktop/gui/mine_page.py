"""Notes & bookmarks: the user's bookmarks, notes and recently opened items; wiping walk-through ticks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.result_words import wiped_text
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import LinkTree, ScrollPage, button, confirm, heading, label, row
from bali_desktop.services import user, views
from bali_desktop.services.views import MineData

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext


class MinePage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("mine_page", "Notes & bookmarks"), parent)
        b = self.body_layout
        b.addWidget(heading(ctx, translate("mine_page", "Your notes, bookmarks and recent items"), 1.5))
        b.addWidget(
            label(
                translate(
                    "mine_page",
                    "Kept on this computer, apart from the shipped content: a content update "
                    "never removes them. Enter opens an item.",
                ),
                tone="muted",
            )
        )
        self.bookmarks = LinkTree(ctx, translate("mine_page", "Bookmarks"))
        self.notes = LinkTree(
            ctx,
            translate("mine_page", "Notes"),
            (translate("mine_page", "Item"), translate("mine_page", "Note")),
        )
        self.recent = LinkTree(ctx, translate("mine_page", "Recent items"))
        top = QHBoxLayout()
        for title, tree in (
            (translate("mine_page", "Bookmarks (Ctrl+D)"), self.bookmarks),
            (translate("mine_page", "Recent"), self.recent),
        ):
            col = QVBoxLayout()
            col.addWidget(heading(ctx, title, 1.15))
            tree.setMinimumHeight(180)
            col.addWidget(tree)
            top.addLayout(col, 1)
        b.addLayout(top)
        b.addWidget(heading(ctx, translate("mine_page", "Notes (Ctrl+E on an item)"), 1.15))
        self.notes.setMinimumHeight(160)
        b.addWidget(self.notes)
        b.addWidget(heading(ctx, translate("mine_page", "Walk-through records"), 1.15))
        b.addWidget(
            label(
                translate(
                    "mine_page",
                    "Walk-throughs record only ticks and times. Wipe them all at the end of a "
                    "shift or before handing the computer on.",
                ),
                tone="muted",
            )
        )
        # no mnemonic: erasing is never one key away (Alt+W walks through a pathway); it asks first
        self.wipe_button = button(
            translate("mine_page", "Wipe all walk-through ticks…"),
            translate("mine_page", "Wipe all walk-through ticks"),
            translate("mine_page", "Erase the ticks and times of every pathway (asks first; can be undone)"),
            self.ask_wipe,
        )
        self.undo_button = button(
            translate("mine_page", "Undo wipe"),
            translate("mine_page", "Undo wipe"),
            translate("mine_page", "Keep the walk-through ticks after all"),
            self.undo_wipe,
        )
        self.undo_button.hide()
        self.wiping = False  # wiped on screen; done in the database when the user leaves (Undo until then)
        b.addLayout(row(self.wipe_button, self.undo_button))
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
            (self.bookmarks, translate("mine_page", "No bookmarks yet.")),
            (self.notes, translate("mine_page", "No notes yet.")),
            (self.recent, translate("mine_page", "Nothing opened yet.")),
        ):
            if tree.topLevelItemCount() == 0:
                tree.add(empty, header=False).setDisabled(True)
        self.notes.setColumnWidth(0, max(200, self.notes.width() // 3))

    def ask_wipe(self) -> None:
        if not confirm(
            self,
            translate("mine_page", "Wipe all walk-through ticks?"),
            translate(
                "mine_page",
                "Erase the ticks and times recorded in the walk-throughs of every pathway?\n\n"
                "Do this at the end of a shift or before handing the computer on. You can undo it "
                "until you leave this screen. Notes, bookmarks, contacts and checklists stay.",
            ),
            yes=translate("mine_page", "Wipe all ticks"),
            no=translate("mine_page", "Keep them"),
        ):
            return
        self.wiping = True
        self.undo_button.show()
        self.undo_button.setFocus()
        self.ctx.show_status(
            translate(
                "mine_page",
                "All walk-through ticks will be wiped when you leave this screen. Undo wipe keeps them.",
            )
        )

    def undo_wipe(self) -> None:
        self.wiping = False
        self.undo_button.hide()
        self.wipe_button.setFocus()
        self.ctx.show_status(translate("mine_page", "The walk-through ticks are kept."))

    def flush(self) -> None:
        """Leaving the screen or closing the window: a wipe not undone is done now."""
        if self.wiping:
            self.wiping = False
            self.undo_button.hide()
            self.ctx.call(job(user.wipe), self._wiped)

    def _wiped(self, result: user.Wiped) -> None:
        """Say what the wipe erased (and what it did to the backups); every screen showing
        ticks or recent items reads them again."""
        self.ctx.show_status(wiped_text(result))  # in the window's language
        self.ctx.user_data_changed.emit(UserDataKind.TICKS.value)
        self.ctx.user_data_changed.emit(UserDataKind.RECENT.value)  # the wipe erases those too

    def focus_target(self) -> QWidget:
        return self.bookmarks
