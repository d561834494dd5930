"""Walk-through: one step at a time in large type; Done, Not applicable, Back; ticks and times only."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from bali_desktop.domain.pathway import Option, Pathway, Step
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.pathway_view import option_text
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import Panel, ScrollPage, Tile, button, label, row, scaled
from bali_desktop.services import user, views
from bali_desktop.services.views import WalkData

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext

DONE, NOT_APPLICABLE = "done", "not-applicable"


class WalkthroughPage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Walk-through", parent)
        self.ref = ""
        self.model: Pathway | None = None
        self.titles: dict[str, str] = {}
        self.ticks: dict[str, tuple[str, Any]] = {}
        self.index = 0
        self.trail: list[int] = []
        self._anchor = ""
        b = self.body_layout
        self.title = scaled(label("", selectable=False), ctx, 1.15, bold=True)
        self.title.setAccessibleName("Pathway")
        b.addWidget(self.title)
        b.addWidget(
            label(
                "Walk-through. Only ticks and times are recorded: never write names here.",
                tone="muted",
                selectable=False,
            )
        )
        self.progress = scaled(label("", tone="muted", selectable=False), ctx, 1.1)
        self.progress.setAccessibleName("Progress")
        b.addWidget(self.progress)
        self.card = Panel("card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(20, 16, 20, 16)
        card.setSpacing(12)
        self.action = scaled(label(""), ctx, 2.0)
        self.action.setAccessibleName("Step")
        self.why = scaled(label("", tone="muted"), ctx, 1.25)
        self.why.setAccessibleName("Why")
        self.question = scaled(label(""), ctx, 1.5, bold=True)
        self.question.setAccessibleName("Decision")
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(8)
        self.state = scaled(label("", tone="done", selectable=False), ctx, 1.15)
        self.state.setAccessibleName("Recorded")
        for w in (self.action, self.why, self.question):
            card.addWidget(w)
        card.addLayout(self.options_box)
        card.addWidget(self.state)
        b.addWidget(self.card)
        self.back_button = scaled(
            button("◀ &Back", "Back to the previous step", "Alt+B", self.back), ctx, 1.2
        )
        self.done_button = scaled(
            button("✓ &Done", "Done", "Record this step as done (Alt+D)", partial(self.record, DONE)),
            ctx,
            1.3,
            bold=True,
        )
        self.na_button = scaled(
            button(
                "&Not applicable",
                "Not applicable",
                "Record this step as not applicable (Alt+N)",
                partial(self.record, NOT_APPLICABLE),
            ),
            ctx,
            1.2,
        )
        for btn in (self.back_button, self.done_button, self.na_button):
            btn.setMinimumHeight(btn.sizeHint().height() + 12)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.na_button)
        actions.addWidget(self.done_button)
        b.addLayout(actions)
        self.summary = label("", tone="muted", selectable=False)
        self.summary.setAccessibleName("Summary")
        b.addWidget(self.summary)
        self.steps_button = button(
            "Show all steps (F4)", "Show all steps", "Back to the whole pathway", self._all_steps
        )
        self.clear_button = button(
            "&Clear all ticks for this pathway",
            "Clear all ticks",
            "Wipe the ticks and times recorded for this pathway",
            self.clear,
        )
        self.restart_button = button("Start again from step 1", "Start again from step 1", slot=self.restart)
        b.addLayout(row(self.steps_button, self.restart_button, self.clear_button))
        b.addStretch(1)
        self.option_buttons: list = []
        self.setTabOrder(self.done_button, self.na_button)
        self.setTabOrder(self.na_button, self.back_button)

    # --- loading --------------------------------------------------------------------------

    def show_location(self, loc: Location) -> None:
        self._anchor = loc.anchor
        if loc.target == self.ref and self.model is not None:
            self._start(self.model)
            return
        self.ref = loc.target
        self.model = None
        self.title.setText("Opening…")
        self.ctx.call(job(views.walk, loc.target), partial(self._loaded, loc.target))

    def _loaded(self, ref: str, data: WalkData) -> None:
        if ref != self.ref:
            return
        if data.pathway is None:
            self.title.setText(f"No pathway {ref} in this content version.")
            return
        self.model = model = data.pathway.pathway
        self.titles = data.pathway.titles
        self.ticks = data.ticks
        self.title.setText(model.title)
        self._start(model)

    def _start(self, model: Pathway) -> None:
        steps = model.steps
        self.trail = []
        target = model.step(self._anchor) if self._anchor else None
        if target is not None:
            self.index = target.number - 1
        else:  # carry on where the ticks stop
            self.index = next((i for i, s in enumerate(steps) if s.id not in self.ticks), len(steps))
        self._render()
        self._focus_main()

    # --- showing one step -----------------------------------------------------------------

    @property
    def step(self) -> Step | None:
        if self.model is None or not 0 <= self.index < len(self.model.steps):
            return None
        return self.model.steps[self.index]

    def _render(self) -> None:
        for b in self.option_buttons:
            self.options_box.removeWidget(b)
            b.deleteLater()
        self.option_buttons = []
        steps = self.model.steps if self.model else []
        step = self.step
        self.back_button.setEnabled(bool(self.trail) or self.index > 0)
        if step is None:
            self.progress.setText(f"All {len(steps)} steps seen")
            self.action.setText("You have reached the end of this pathway.")
            self.action.setAccessibleName("End of the pathway")
            self.why.setText("Check the summary below. Clear the ticks when the case is handed over.")
            self.why.show()
            self.question.hide()
            self.done_button.setEnabled(False)
            self.na_button.setEnabled(False)
            self._render_status()
            return
        self.progress.setText(f"Step {step.number} of {len(steps)}  ·  {step.pause_title}")
        self.action.setText(step.action)
        self.action.setAccessibleName(f"Step {step.number}: {step.action}")
        self.why.setText(step.why)
        self.why.setVisible(bool(step.why))
        self.question.setVisible(step.is_decision)
        self.question.setText(f"Decide: {step.question}" if step.is_decision else "")
        self.done_button.setEnabled(not step.is_decision)
        self.na_button.setEnabled(True)
        model = self.model
        assert model is not None  # there is a step
        for opt in step.options:
            b = Tile(option_text(opt, model, self.titles))
            scaled(b.title, self.ctx, 1.3)
            b.clicked.connect(partial(self.choose, opt))
            self.options_box.addWidget(b)
            self.option_buttons.append(b)
        if self.option_buttons:
            self.setTabOrder(self.option_buttons[-1], self.na_button)
        self._render_status()

    def _render_status(self) -> None:
        """The recorded tick of the shown step, and the counts (after every tick)."""
        steps = self.model.steps if self.model else []
        done = sum(1 for s in steps if self.ticks.get(s.id, ("",))[0] == DONE)
        na = sum(1 for s in steps if self.ticks.get(s.id, ("",))[0] == NOT_APPLICABLE)
        self.summary.setText(
            f"{done} done, {na} not applicable, {len(steps) - done - na} still open of {len(steps)} steps."
        )
        step = self.step
        status, at = self.ticks.get(step.id, ("", None)) if step else ("", None)
        when = at.strftime("%H:%M") if at is not None else ""
        self.state.setText(
            {
                DONE: f"✓ Recorded as done at {when}.",
                NOT_APPLICABLE: f"Recorded as not applicable at {when}.",
            }.get(status, "")
        )
        self.state.setVisible(bool(self.state.text()))

    def _focus_main(self) -> None:
        if not self.isVisible():
            return
        target = self.option_buttons[0] if self.option_buttons else self.done_button
        if not target.isEnabled():
            target = self.clear_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- recording ------------------------------------------------------------------------

    def record(self, status: str) -> None:
        step = self.step
        if step is None:
            return
        self.ctx.call(job(user.set_tick, self.ref, step.id, status), partial(self._ticked, self.ref))
        self._go(self.index + 1)

    def choose(self, option: Option) -> None:
        """A decision answered: record the step as done, then follow the branch."""
        step = self.step
        if step is None:
            return
        self.ctx.call(job(user.set_tick, self.ref, step.id, DONE), partial(self._ticked, self.ref))
        if option.is_ref:
            kind = option.goto.split(":", 1)[0]
            self.ctx.open_ref.emit(f"walk:{option.goto}" if kind == "pathway" else option.goto)
            return
        target = self.model.step(option.goto) if self.model is not None else None
        self._go(target.number - 1 if target else self.index + 1)

    def _go(self, index: int) -> None:
        self.trail.append(self.index)
        self.index = index
        self._render()
        self._focus_main()

    def back(self) -> None:
        if self.trail:
            self.index = self.trail.pop()
        elif self.index > 0:
            self.index -= 1
        self._render()
        self._focus_main()

    def restart(self) -> None:
        self._go(0)

    def clear(self) -> None:
        self.ctx.call(job(user.wipe_ticks, self.ref), partial(self._cleared, self.ref))

    def _cleared(self, ref: str, ticks: dict[str, tuple[str, Any]]) -> None:
        self._ticked(ref, ticks)
        self.ctx.show_status("Ticks and times for this pathway were cleared.")

    def _ticked(self, ref: str, ticks: dict[str, tuple[str, Any]]) -> None:
        if ref == self.ref:
            self.ticks = ticks
            self._render_status()
        self.ctx.user_data_changed.emit(UserDataKind.TICKS.value)

    def _all_steps(self) -> None:
        step = self.step
        self.ctx.open_ref.emit(self.ref + (f"#{step.id}" if step else ""))

    def focus_target(self) -> QWidget:
        if self.option_buttons:
            return self.option_buttons[0]
        return self.done_button if self.done_button.isEnabled() else self.clear_button
