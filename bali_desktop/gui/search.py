"""Search as you type: a debounced query on the worker, stale answers dropped, results by kind."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMenu, QVBoxLayout, QWidget

from bali_desktop.gui.context import job
from bali_desktop.gui.result_rows import ROW_ROLE, ResultDelegate, RowFitter, row_text
from bali_desktop.gui.search_box import SearchBox
from bali_desktop.gui.widgets import esc, label
from bali_desktop.gui.words import QT_TRANSLATE_NOOP, kind_name
from bali_desktop.services import reading

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.records import SearchHit
    from bali_desktop.domain.search import SearchResult
    from bali_desktop.gui.context import AppContext

DEBOUNCE_MS = 150
SEARCHING_AFTER_MS = 120  # say “Searching…” when an answer takes longer than this
RESULT_LIMIT = 40
REF_ROLE = Qt.ItemDataRole.UserRole


LEADING_KINDS = ("pathway", "aid")  # what an officer opens the product for: always on top
BEST_MATCH = QT_TRANSLATE_NOOP("search", "Best match")
EXACT_LINK = "exact"  # the "search instead for …" link


def group_hits(hits: list[SearchHit]) -> list[tuple[str, list[SearchHit]]]:
    """Hits grouped by kind, ranked order kept within a group. Pathways and the decision aid lead;
    the other groups follow in the order of their best hit."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:  # dicts keep insertion order: groups by their best hit
        groups.setdefault(hit.kind, []).append(hit)
    lead = [(k, groups.pop(k)) for k in LEADING_KINDS if k in groups]
    return [*lead, *groups.items()]


class SearchPanel(QWidget):
    """The results of what is typed in the search box, grouped by kind."""

    activated = Signal()  # the panel should be on screen (the user is typing)
    dismissed = Signal()  # the box was cleared: show what was there before
    finished = Signal(int)  # results shown for a query (how many); tests wait on it

    def __init__(self, ctx: AppContext, box: SearchBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.box = box
        self.query = ""
        self._seq = 0
        self._open_when_done = False
        self._last_run = 0.0
        self._exact = ""  # the query to search for exactly as typed (no correction), once asked
        self.result: SearchResult | None = None
        self.status = label("", tone="muted", selectable=False)
        self.status.setAccessibleName(translate("search", "Search status"))
        self.results = QListWidget()
        self.results.setAccessibleName(translate("search", "Search results"))
        self._delegate = ResultDelegate(self.results)
        self.results.setItemDelegate(self._delegate)
        self._fitter = RowFitter(self.results, self._delegate)
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # not LayoutMode.Batched: with it, new results were never painted here (an empty white list;
        # tests/gui/test_search_best_first.py paints them); the rows of the first screen are laid
        # out before painting, the rest just after (gui/result_rows.py)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        # right click or the Menu key: open, or add to a checklist (also Ctrl+Shift+A, a window
        # action that adds the chosen result while the results are on screen)
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.results.customContextMenuRequested.connect(self._context_menu)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addWidget(
            label(
                translate("search", "Results while you type. ↑ ↓ to choose, Enter to open, Esc to clear."),
                tone="muted",
                selectable=False,
            )
        )
        lay.addWidget(self.status)
        # "Showing results for trafficking — search instead for trafiking": a word was corrected
        self.correction = label("", rich=True, selectable=False)
        self.correction.setAccessibleName(translate("search", "Spelling correction"))
        self.correction.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.correction.linkActivated.connect(self._search_as_typed)
        self.correction.hide()
        lay.addWidget(self.correction)
        lay.addWidget(self.results, 1)
        self._searching = QTimer(self, singleShot=True, interval=SEARCHING_AFTER_MS)
        self._searching.timeout.connect(lambda: self.status.setText(translate("search", "Searching…")))
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self._run)
        box.textChanged.connect(self._typed)
        box.moved.connect(self.choose)
        box.accepted.connect(self.open_current)
        box.cleared.connect(self._cleared)
        box.focused.connect(self._refocused)

    # --- typing ---------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._open_when_done = False
        if not text.strip():
            self._timer.stop()
            self._searching.stop()
            self._seq += 1  # an answer still on its way is now stale
            self.query = ""
            self.result = None
            self._fitter.stop()
            self.results.clear()
            self.status.setText("")
            self.correction.hide()
            self.dismissed.emit()
            return
        self.activated.emit()
        # leading and trailing edge: the first key after a pause searches at once, keys typed
        # quickly after it are gathered into one search 150 ms after the last of them
        now = time.monotonic()
        if self._timer.isActive() or now - self._last_run < DEBOUNCE_MS / 1000:
            self._timer.start()
        else:
            self._run()

    def _cleared(self) -> None:
        self._typed("")

    def _refocused(self) -> None:
        if self.box.text().strip():
            self.activated.emit()

    def _run(self) -> None:
        query = self.box.text().strip()
        if not query:
            return
        self._last_run = time.monotonic()
        self._seq += 1
        self._searching.start()  # "Searching…" only if the answer is slow: no re-layout meanwhile
        exact = query == self._exact
        self.ctx.call(
            job(reading.find, query, limit=RESULT_LIMIT, exact=exact, listed=True),
            partial(self._show, self._seq, query),
        )

    def _search_as_typed(self, _link: str = EXACT_LINK) -> None:
        """The "search instead for …" link: the same words, exactly as typed."""
        self._exact = self.box.text().strip()
        self._run()

    def _show(self, seq: int, query: str, result: SearchResult) -> None:
        if seq != self._seq:
            return  # typed on since: this answer is stale
        self._searching.stop()
        self.query = query
        self.result = result
        hits = list(result.hits)
        self.results.setUpdatesEnabled(False)
        self._fitter.stop()
        self.results.clear()
        self._delegate.forget()
        if hits:  # the single best match first (what Enter opens), then the rest by kind
            self._add_group(translate("search", BEST_MATCH), hits[:1])
            for kind, group in group_hits(hits[1:]):
                self._add_group(f"{kind_name(kind, plural=True)} ({len(group)})", group)
        else:  # never a dead end: the commonest situations and the phrase cards
            situations = [h for h in result.instead if h.kind == "pathway"]
            if situations:
                self._add_group(translate("search", "The commonest situations"), situations)
            cards = [h for h in result.instead if h.kind != "pathway"]
            if cards:
                self._add_group(translate("search", "Phrase cards: before an interpreter arrives"), cards)
        self._fitter.fit()
        self.results.setUpdatesEnabled(True)
        self._show_correction(result)
        if hits:
            found = len(hits)  # a plain name: lupdate reads no call in a count
            said = (
                translate("search", "1 result for “{query}”. Enter opens the best match.")
                if found == 1
                else translate("search", "%n results for “{query}”. Enter opens the best match.", "", found)
            )
            self.status.setText(said.format(query=result.showing))
            self.choose(1, reset=True)
        else:
            self.status.setText(
                translate(
                    "search",
                    "Nothing found for “{query}”. Try fewer or other words, for "
                    "example “child”, “asylum”, “scam”, or open one of these (↓ to choose).",
                ).format(query=result.showing)
            )
        self.finished.emit(len(hits))
        if self._open_when_done:
            self._open_when_done = False
            self.open_current()

    def _show_correction(self, result: SearchResult) -> None:
        if not result.corrected:
            self.correction.hide()
            return
        self.correction.setText(
            translate("search", "Showing results for {corrected} — search instead for {query}").format(
                corrected=f"<b>{esc(result.corrected)}</b>",
                query=f"<a href='{EXACT_LINK}'>{esc(result.query.strip())}</a>",
            )
        )
        self.correction.setAccessibleDescription(
            translate(
                "search", "Showing results for {corrected}. Activate the link to search instead for {query}."
            ).format(corrected=result.corrected, query=result.query.strip())
        )
        self.correction.show()

    def _add_group(self, title: str, group: list[SearchHit]) -> None:
        header = QListWidgetItem(title)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.results.addItem(header)
        for hit in group:
            row = row_text(hit.title, hit.snippet)
            item = QListWidgetItem(f"{row.title}. {row.snippet}")
            item.setData(REF_ROLE, hit.ref)
            item.setData(ROW_ROLE, row)
            self.results.addItem(item)

    # --- choosing -------------------------------------------------------------------------

    def _result_rows(self) -> list[int]:
        return [i for i in range(self.results.count()) if self.results.item(i).data(REF_ROLE)]

    def choose(self, step: int, reset: bool = False) -> None:
        """Choose the result `step` rows on (back when negative), or the first one on `reset`."""
        rows = self._result_rows()
        if not rows:
            return
        current = self.results.currentRow()
        if reset or current not in rows:
            target = rows[0]
        else:
            pos = max(0, min(len(rows) - 1, rows.index(current) + step))
            target = rows[pos]
        self.results.setCurrentRow(target)
        if not reset:  # new results start at the top: no need to lay out every row to scroll
            self.results.scrollToItem(self.results.item(target))

    def current_ref(self) -> str:
        item = self.results.currentItem()
        return item.data(REF_ROLE) if item is not None and item.data(REF_ROLE) else ""

    def open_current(self) -> None:
        pending = self._timer.isActive() or self.query != self.box.text().strip()
        if pending:  # Enter pressed before the answer for what is typed came: wait for it
            if self._timer.isActive():
                self._timer.stop()
                self._run()
            self._open_when_done = True
            return
        ref = self.current_ref()
        if ref:
            self.ctx.open_ref.emit(ref)

    def result_menu(self, item: QListWidgetItem | None) -> QMenu | None:
        """The context menu of a result row (None for a group heading)."""
        ref = item.data(REF_ROLE) if item is not None else None
        if not ref:
            return None
        menu = QMenu(self.results)
        menu.setAccessibleName(translate("search", "Search result"))
        menu.addAction(translate("search", "&Open"), partial(self.ctx.open_ref.emit, ref))
        # the shortcut belongs to the window's action; here it is only shown (a second action
        # with the same keys would make both ambiguous)
        menu.addAction(
            translate("search", "&Add to checklist…\tCtrl+Shift+A"),
            partial(self.ctx.request_add_to_checklist, ref),
        )
        return menu

    def _context_menu(self, pos) -> None:  # noqa: ANN001
        item = self.results.itemAt(pos)
        if item is None or not item.data(REF_ROLE):  # the Menu key, or a heading: the chosen row
            item = self.results.currentItem()
            if item is None:
                return
            pos = self.results.visualItemRect(item).center()
        self.results.setCurrentItem(item)
        menu = self.result_menu(item)
        if menu is not None:
            menu.exec(self.results.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _open_item(self, item: QListWidgetItem) -> None:
        ref = item.data(REF_ROLE)
        if ref:
            self.ctx.open_ref.emit(ref)
