"""A screen that is a heading, a line of help, an optional filter box and a list or tree of items."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QTreeWidgetItemIterator, QWidget

from bali_desktop.gui import targets
from bali_desktop.gui.flow_layout import keep_rows, scrolling_body
from bali_desktop.gui.search_box import name_clear_button
from bali_desktop.gui.widgets import GUIDANCE_TEXT, LinkTree, heading, label

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.session import Session


class ListingPage(QWidget):
    """Loads once through `job`, then `fill(result)` builds `self.tree`."""

    title = ""
    help_text = ""
    columns: tuple[str, ...] = ("",)
    filter_hint = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = translate("listing", self.title)
        self.setAccessibleName(title)
        self.loaded = False
        self.tree = LinkTree(ctx, title, tuple(translate("listing", c) if c else c for c in self.columns))
        lay = scrolling_body(self)  # large text in a small window: the page scrolls
        keep_rows(self.tree, 8)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.addWidget(heading(ctx, title, 1.5))
        if self.help_text:
            help_text = translate("listing", self.help_text).format(
                guidance=translate("labels", GUIDANCE_TEXT)
            )
            lay.addWidget(label(help_text, tone="muted"))
        self.filter: QLineEdit | None = None
        if self.filter_hint:
            self.filter = QLineEdit()
            self.filter.setAccessibleName(translate("listing", "Filter {what}").format(what=title.lower()))
            self.filter.setPlaceholderText(translate("listing", self.filter_hint))
            self.filter.setClearButtonEnabled(True)
            targets.enlarge(self.filter)
            name_clear_button(self.filter, translate("listing", "Clear the filter"))
            self.filter.textChanged.connect(self._filter)
            lay.addWidget(self.filter)
        lay.addWidget(self.tree, 1)

    # a services function wrapped in staticmethod: job(session) -> plain data; it runs on the
    # database thread and never sees the widget
    job: Callable[[Session], Any]

    def fill(self, result: Any) -> None:
        raise NotImplementedError

    def show_location(self, _loc: Location) -> None:
        if not self.loaded:
            self.ctx.call(self.job, self._loaded)

    def _loaded(self, result: Any) -> None:
        self.loaded = True
        self.tree.clear()
        self.fill(result)
        first = self.tree.topLevelItem(0)
        if first is not None and self.tree.currentItem() is None:
            self.tree.setCurrentItem(first)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            haystack = " ".join(item.text(c) for c in range(self.tree.columnCount())).casefold()
            if item.childCount() == 0:
                item.setHidden(not all(w in haystack for w in words))
            it += 1
        it = QTreeWidgetItemIterator(self.tree)
        while it.value():
            item = it.value()
            if item.childCount():
                children = (item.child(i) for i in range(item.childCount()))
                visible = any(child is not None and not child.isHidden() for child in children)
                item.setHidden(not visible and bool(words))
                if words:
                    item.setExpanded(True)
            it += 1

    def focus_target(self) -> QWidget:
        return self.tree
