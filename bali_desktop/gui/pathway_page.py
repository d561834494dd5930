"""A referral pathway: pause points, steps, decisions that follow their branch, signs, never-do, contacts.

The data comes from `load_pathway` (a database job); each pathway is laid out by
`pathway_view.PathwayView` once and kept while the window is open.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from bali_desktop.domain.route_words import Jump, short_title
from bali_desktop.gui import focus_ring
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.pathway_view import PathwayData, PathwayView, StepFrame
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.translation_note import note_label
from bali_desktop.gui.widgets import NoteEditor, Tile, label
from bali_desktop.services import views

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext


class PathwayPage(QWidget, ScreenMixin):
    """Shows one pathway; each pathway opened keeps its own scroll area, so coming back is instant."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(translate("pathway_page", "Pathway"))
        self.views: dict[str, PathwayView] = {}
        self.areas: dict[str, QScrollArea] = {}
        self.view: PathwayView | None = None
        self.ref = ""
        self._anchor = ""
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(translate("pathway_page", "Pathway"))
        self.message = label("", selectable=False)
        self.message.setAccessibleName(translate("pathway_page", "Pathway status"))
        self.stack.addWidget(self.message)
        # after a jump from another pathway's decision: where from, and the way back (or on)
        self.origin: Jump | None = None
        self._pending: Jump | None = None
        self.back_button = Tile("")  # its words wrap: long titles, large text, 1024 px
        self.back_button.clicked.connect(self.go_back)
        self.back_button.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(20, 6, 20, 0)
        bar.addWidget(self.back_button, 1)
        lay.addLayout(bar)
        lay.addWidget(self.stack, 1)  # the steps take the height; the way-back bar what it needs

    @property
    def scroll_area(self) -> QScrollArea | None:
        """The scroll area of the pathway on show."""
        return self.areas.get(self.ref)

    def show_location(self, loc: Location) -> None:
        self._follow_jump(loc)
        self._anchor = loc.anchor
        if loc.target == self.ref and self.view is not None:
            self._go_to_anchor()
            return
        self.flush()
        self.ref = loc.target
        self.view = None
        if loc.target in self.views:
            self._install(self.views[loc.target])
            return
        self.message.setText(translate("pathway_page", "Opening the pathway…"))
        self.stack.setCurrentWidget(self.message)
        self.ctx.call(job(views.pathway, loc.target), partial(self._loaded, loc.target))

    def _loaded(self, ref: str, data: PathwayData | None) -> None:
        if ref != self.ref:
            return
        if data is None:
            self.message.setText(
                translate("pathway_page", "No pathway {ref} in this content version.").format(ref=ref)
            )
            return
        view = PathwayView(self.ctx, data)
        note = note_label(data.item)  # read in Bahasa Indonesia: our translation, and its status
        column = view.layout()
        if note is not None and isinstance(column, QBoxLayout):
            column.insertWidget(1, note)  # under the header, above the first pause point
        view.completed.connect(partial(self._completed, ref))
        view.jumped.connect(self._jumped)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a pathway is always long: a scroll bar that never comes and goes keeps the width fixed,
        # so adding a section does not make every label wrap its text again
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        area.setAccessibleName(translate("pathway_page", "Steps of {title}").format(title=data.item.title))
        area.setWidget(view)
        self.stack.addWidget(area)
        self.views[ref] = view
        self.areas[ref] = area
        self._install(view)

    def _install(self, view: PathwayView) -> None:
        self.view = view
        self.stack.setCurrentWidget(self.areas[view.data.item.ref])
        if view.note is not None:
            view.note.set_ref(view.data.item.ref)
        self._go_to_anchor()

    def _completed(self, ref: str) -> None:
        if ref == self.ref and self._anchor and self.view is not None and not self.view.current_step:
            self._go_to_anchor()  # the step named by the location was not built yet

    def _go_to_anchor(self) -> None:
        if self.view is None:
            return
        frame = self.view.mark(self._anchor)
        if frame is None:
            if not self._anchor:
                area = self.scroll_area
                if area is not None:
                    area.verticalScrollBar().setValue(0)
                self._focus_first_action()
            return
        QTimer.singleShot(0, lambda: self._reveal(frame))
        self._reveal(frame)

    def _focus_first_action(self) -> None:
        """Opened while loading (from search, say), focus was put on the stack, which shows
        nothing: once the pathway is here it goes to its first action, Walk through (review 15)."""
        focused = QApplication.focusWidget()
        if self.view is not None and self.isVisible() and focused in (self.stack, self.message, self):
            self.view.walk_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.view is not None and self.view.walk_button.hasFocus():
            focus_ring.reveal(self.view.walk_button)  # in sight: at 200% text it is below the fold

    def _reveal(self, frame: StepFrame) -> None:
        if self.view is None or frame not in self.view.frames.values():
            return
        area = self.scroll_area
        if area is None or not Shiboken.isValid(area) or not Shiboken.isValid(frame):
            return  # a later turn, after the views were built again (contacts changed): nothing to show
        area.ensureWidgetVisible(frame, 40, 120)
        if self.isVisible():
            frame.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- a jump to another pathway's step, and the way back ---------------------------------

    def _jumped(self, jump: Jump) -> None:
        self._pending = jump

    def _follow_jump(self, loc: Location) -> None:
        """The bar "From “…”, step 14 — back" while the pathway a jump opened is shown."""
        pending, self._pending = self._pending, None
        if pending is not None and (loc.target, loc.anchor) == (pending.to_ref, pending.to_step):
            self.origin = pending
        elif self.origin is not None and loc.target != self.origin.to_ref:
            self.origin = None  # somewhere else now: the way back no longer applies
        jump = self.origin
        self.back_button.setVisible(jump is not None)
        if jump is None:
            return
        where = (
            translate("pathway_page", "back to step {number}").format(number=jump.back_number)
            if jump.returns
            else translate("pathway_page", "back")
        )
        text = translate("pathway_page", "◀  From “{title}”, step {number} — {where}").format(
            title=short_title(jump.from_title), number=jump.from_number, where=where
        )
        self.back_button.title.setText(text)
        self.back_button.setMinimumHeight(self.back_button.sizeHint().height())  # clickable at once
        if (page_layout := self.layout()) is not None:
            page_layout.activate()  # laid out now, not after the next turn
        tip = (
            translate("pathway_page", "Do this step, then go back to step {number} of “{title}”.").format(
                number=jump.back_number, title=jump.from_title
            )
            if jump.returns
            else translate(
                "pathway_page", "Carry on in this pathway; this goes back to the question you answered."
            )
        )
        self.back_button.setToolTip(tip)
        self.back_button.setAccessibleName(text.lstrip("◀ "))
        self.back_button.setAccessibleDescription(tip)

    def go_back(self) -> None:
        """Back where the jump came from: the step `then` returns to, or the decision left."""
        jump = self.origin
        if jump is not None:
            self.ctx.open_ref.emit(f"{jump.from_ref}#{jump.back_step or jump.from_step}")

    def _drop(self, ref: str) -> None:
        self.views.pop(ref, None)
        area = self.areas.pop(ref, None)
        if area is not None:
            self.stack.removeWidget(area)
            area.deleteLater()

    def user_data_changed(self, what: str) -> None:
        if what == UserDataKind.CONTACTS:  # the roles section shows contacts: build the views again
            current, anchor = self.ref, self._anchor
            for ref in list(self.views):
                self._drop(ref)
            if current:
                self.ref = ""
                self.view = None
                self.show_location(_loc(current, anchor))

    @property
    def current_step(self) -> str:
        return self.view.current_step if self.view else ""

    def note_editor(self) -> NoteEditor | None:
        return self.view.note if self.view else None

    def flush(self) -> None:
        if self.view is not None and self.view.note is not None:
            self.view.note.flush()

    def focus_target(self) -> QWidget:
        if self.view is not None and self.view.current_step:
            return self.view.frames[self.view.current_step]
        return self.view.walk_button if self.view is not None else self.stack


def _loc(ref: str, anchor: str) -> Location:
    from bali_desktop.domain.locations import Location

    return Location("pathway", ref, anchor)
