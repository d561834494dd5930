"""Pathways: every referral pathway and the decision aid, one click each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from bali_desktop.gui.home_page import opening_tile
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import GUIDANCE_TEXT, ScrollPage, Tile, guidance_banner, heading, label
from bali_desktop.services import views
from bali_desktop.services.views import HomeData

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext


class PathwaysPage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("pathways_page", "Pathways"), parent)
        self.body_layout.addWidget(heading(ctx, translate("pathways_page", "Referral pathways"), 1.6))
        self.body_layout.addWidget(
            label(
                translate(
                    "pathways_page",
                    "What to do, in order, for the situations frontline officers meet: steps at each pause "
                    "point, decisions that change the route, signs to look for, what never to do and who to "
                    "refer to. Each one has a walk-through, a flow chart and a printable checklist.",
                )
            )
        )
        self.body_layout.addWidget(
            guidance_banner(
                translate("labels", GUIDANCE_TEXT)
                + ". "
                + translate(
                    "pathways_page",
                    "Written for Bali Desktop from international standards; "
                    "each pathway lists what it is based on.",
                )
            )
        )
        self.tiles: list[Tile] = []
        self._anchor = len(self.tiles)
        self.body_layout.addStretch(1)

    def show_location(self, _loc: Location) -> None:
        if not self.tiles:
            self.ctx.call(views.home, self._loaded)

    def _loaded(self, data: HomeData) -> None:
        if self.tiles:
            return
        stretch = self.body_layout.takeAt(self.body_layout.count() - 1)  # the stretch at the end
        for ref, title, purpose in [*data.pathways, *data.aids]:
            tile = opening_tile(self.ctx, ref, title, purpose, 1.15)
            self.body_layout.addWidget(tile)
            self.tiles.append(tile)
        if stretch is not None:
            self.body_layout.addItem(stretch)

    def focus_target(self) -> QWidget:
        return self.tiles[0] if self.tiles else self.scroll_area
