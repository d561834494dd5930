"""Home: the six pathways one click away, the decision aid, recent items and bookmarks."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from bali_desktop.gui.context import UserDataKind
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import LinkTree, ScrollPage, Tile, heading, label

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.session import Session
    from bali_desktop.services.views import HomeData


def _home(session: Session) -> HomeData:
    """`views.home`, imported on the database thread when it first runs: the home page is built
    before the window's first paint, and the services' imports need not be on that path."""
    from bali_desktop.services import views

    return views.home(session)


def opening_tile(ctx: AppContext, ref: str, title: str, purpose: str, scale: float) -> Tile:
    """A big button with a bold title and a line of purpose that opens `ref`."""
    tile = Tile(title, purpose)
    tile.title.setFont(ctx.font(scale, bold=True))
    tile.title.setProperty("font_scale", scale)  # rescaled with the text size
    tile.clicked.connect(partial(ctx.open_ref.emit, ref))
    return tile


class HomePage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("home_page", "Home"), parent)
        self.body_layout.addWidget(heading(ctx, translate("home_page", "What is in front of you?"), 1.7))
        self.body_layout.addWidget(
            label(
                translate(
                    "home_page",
                    "Pick the situation to see what to do, in order. Or press Ctrl+K and type two words.",
                ),
                selectable=False,
            )
        )
        self.status = label(translate("home_page", "Opening the library…"), tone="muted", selectable=False)
        self.status.setAccessibleName(translate("home_page", "Library status"))
        self.body_layout.addWidget(self.status)
        self.tiles = QGridLayout()
        self.tiles.setSpacing(10)
        self.body_layout.addLayout(self.tiles)
        self.aid_row = QVBoxLayout()
        self.body_layout.addLayout(self.aid_row)
        lists = QHBoxLayout()
        lists.setSpacing(16)
        self.recent = LinkTree(ctx, translate("home_page", "Recent items"))
        self.bookmarks = LinkTree(ctx, translate("home_page", "Bookmarks"))
        for title, tree in (
            (translate("home_page", "Recent"), self.recent),
            (translate("home_page", "Bookmarks"), self.bookmarks),
        ):
            col = QVBoxLayout()
            col.addWidget(heading(ctx, title, 1.15))
            tree.setMinimumHeight(110)
            tree.setMaximumHeight(170)
            col.addWidget(tree)
            lists.addLayout(col, 1)
        self.body_layout.addLayout(lists)
        self.body_layout.addStretch(1)
        self.pathway_tiles: list[Tile] = []
        self._grid: list[Tile] = []
        self._columns = 0  # of the grid of tiles: 2, or 1 when they would be squeezed
        self._built = False
        self._stale = False  # the lists changed while the page was hidden
        ctx.worker.open_failed.connect(self._failed)

    def show_location(self, _loc: Location) -> None:
        self.ctx.call(_home, self._loaded)

    def user_data_changed(self, what: str) -> None:
        """Bookmarks or recent items changed, or a wipe erased them (it says TICKS and RECENT):
        read the lists again now, or when the page is next on show."""
        if what not in (UserDataKind.BOOKMARKS, UserDataKind.RECENT, UserDataKind.TICKS):
            return
        if self.isVisible():
            self.ctx.call(_home, self._loaded)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown again without show_location (the search results closed over it): if the lists
        changed meanwhile, read them again."""
        super().showEvent(event)
        if self._stale and self.ctx.ready:
            self.ctx.call(_home, self._loaded)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(
            translate("home_page", "The library could not be opened: {error}").format(error=error)
        )

    def _loaded(self, data: HomeData) -> None:
        self._stale = False
        self.status.setVisible(not data.pathways)
        self.status.setText(translate("home_page", "No pathways are installed.") if not data.pathways else "")
        if not self._built:
            self._build_tiles(data)
        for tree, entries, empty in (
            (self.recent, data.recent, translate("home_page", "Nothing opened yet.")),
            (
                self.bookmarks,
                data.bookmarks,
                translate("home_page", "No bookmarks yet: press Ctrl+D on any item."),
            ),
        ):
            tree.clear()
            for ref, title in entries:
                tree.add(title, ref)
            if not entries:
                tree.add(empty, header=False).setDisabled(True)

    def _build_tiles(self, data: HomeData) -> None:
        self._built = True
        for ref, title, purpose in data.pathways:
            tile = opening_tile(self.ctx, ref, title, purpose, 1.1)
            self.pathway_tiles.append(tile)
        self._grid = list(self.pathway_tiles)  # in the grid; the aids go in a row below
        self._reflow()
        for ref, title, purpose in data.aids:
            tile = opening_tile(self.ctx, ref, title, purpose, 1.1)
            self.aid_row.addWidget(tile)
            self.pathway_tiles.append(tile)
        # the tiles came after the lists were made: put them first in the Tab order
        chain = [self.scroll_area, *self.pathway_tiles, self.recent, self.bookmarks]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Two columns of tiles when each gets about 26 characters of its title's type, else one
        (large text in a small window: a tile is never squeezed until its words are cut)."""
        pathways = self._grid
        if not pathways:
            return
        em = pathways[0].title.fontMetrics().averageCharWidth()
        margins = self.body_layout.contentsMargins()
        room = self.scroll_area.viewport().width() - margins.left() - margins.right()
        columns = 2 if room >= 2 * 26 * em + self.tiles.horizontalSpacing() + 48 else 1
        if columns == self._columns:
            return
        self._columns = columns
        for n, tile in enumerate(pathways):
            self.tiles.removeWidget(tile)
            self.tiles.addWidget(tile, n // columns, n % columns)

    def focus_target(self) -> QWidget:
        return self.pathway_tiles[0] if self.pathway_tiles else self.scroll_area
