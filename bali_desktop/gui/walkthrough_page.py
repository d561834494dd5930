"""Walk-through: one step at a time in large type; Done, Not applicable, Back; ticks and times only.

For an officer under pressure: an answer is chosen only on purpose (1, 2, 3… or a click; then
Done records and follows it); the end focuses "Show all steps", never Clear; Clear asks first
(No is the default) and Undo takes it back until the officer leaves or ticks again.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from bali_desktop.domain.pathway import Option, Pathway, Step
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.pathway_view import option_text, step_contacts
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.widgets import Panel, ScrollPage, Tile, button, confirm, label, row, scaled
from bali_desktop.services import user, views
from bali_desktop.services.views import PathwayData, WalkData

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext

DONE, NOT_APPLICABLE = "done", "not-applicable"
ANSWER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}  # 1..9 choose an answer
DONE_TEXT, UNANSWERED_TEXT = "✓ &Done", "✓ Done\n(answer first)"  # two lines: fits large text


class WalkthroughPage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Walk-through", parent)
        self.ref = ""
        self.model: Pathway | None = None
        self.data: PathwayData | None = None
        self.ticks: dict[str, tuple[str, Any]] = {}
        self.index = 0
        self.trail: list[int] = []
        self.chosen: Option | None = None  # the answer chosen at the decision shown, not yet recorded
        self.cleared: tuple[str, dict[str, tuple[str, Any]]] | None = None  # a clear Undo can take back
        self._anchor = ""
        b = self.body_layout
        self.title = scaled(label("", selectable=False), ctx, 1.15, bold=True)
        self.title.setAccessibleName("Pathway")
        b.addWidget(self.title)
        never = "Walk-through. Only ticks and times are recorded: never write names here."
        b.addWidget(label(never, tone="muted", selectable=False))
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
        self.contacts = scaled(label("", rich=True, selectable=False), ctx, 1.15)  # who to call
        self.question = scaled(label(""), ctx, 1.5, bold=True)
        self.question.setAccessibleName("Decision")
        self.question.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the focus reads the question first
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(8)
        self.hint = scaled(label("", tone="muted", selectable=False), ctx, 1.15)
        self.hint.setAccessibleName("Answer")
        self.state = scaled(label("", tone="done", selectable=False), ctx, 1.15)
        self.state.setAccessibleName("Recorded")
        for w in (self.action, self.why, self.contacts, self.question):
            card.addWidget(w)
        card.addLayout(self.options_box)
        for w in (self.hint, self.state):
            card.addWidget(w)
        b.addWidget(self.card)
        self.back_button = scaled(
            button("◀ &Back", "Back to the previous step", "Alt+B", self.back), ctx, 1.2
        )
        self.done_button = scaled(
            button(DONE_TEXT, "Done", "Record this step as done (Alt+D)", self.done), ctx, 1.3, bold=True
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
        actions = row(self.back_button)
        actions.addWidget(self.na_button)
        actions.addWidget(self.done_button)
        b.addLayout(actions)
        self.summary = label("", tone="muted", selectable=False)
        self.summary.setAccessibleName("Summary")
        b.addWidget(self.summary)
        self.steps_button = button(
            "Show all steps (F4)", "Show all steps", "Back to the whole pathway", self._all_steps
        )
        # no mnemonic and no shortcut: erasing is never one key away (Alt+C makes a checklist)
        self.clear_button = button(
            "Clear all ticks for this pathway…",
            "Clear all ticks",
            "Wipe the ticks and times recorded for this pathway (asks first; can be undone)",
            self.ask_clear,
        )
        self.undo_button = button(
            "Undo clear", "Undo clear", "Bring back the ticks just cleared", self.undo_clear
        )
        self.undo_button.hide()
        self.restart_button = button("Start again from step 1", "Start again from step 1", slot=self.restart)
        b.addLayout(row(self.steps_button, self.restart_button))  # two rows: they fit at 22 pt
        b.addLayout(row(self.clear_button, self.undo_button))
        b.addStretch(1)
        self.option_buttons: list[Tile] = []
        self.setTabOrder(self.done_button, self.na_button)
        self.setTabOrder(self.na_button, self.back_button)

    # --- loading --------------------------------------------------------------------------

    def show_location(self, loc: Location) -> None:
        self._anchor = loc.anchor
        if loc.target == self.ref and self.model is not None:
            self._start(self.model)
            return
        self._commit_clear()
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
        self.data = data.pathway
        self.model = model = data.pathway.pathway
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
            b.hide()  # at once: deleteLater waits for the event loop
            b.deleteLater()
        self.option_buttons = []
        self.chosen = None
        steps = self.model.steps if self.model else []
        step = self.step
        self.back_button.setEnabled(bool(self.trail) or self.index > 0)
        for w in (self.done_button, self.na_button):
            w.setVisible(step is not None)  # nothing left to record at the end
        if step is None:
            self.contacts.hide()
            self.progress.setText(f"All {len(steps)} steps seen")
            self.action.setText("You have reached the end of this pathway.")
            self.action.setAccessibleName("End of the pathway")
            self.why.setText("Check the summary below. Clear the ticks when the case is handed over.")
            self.why.show()
            self.question.hide()
            self.hint.hide()
            self._render_status()
            return
        self.progress.setText(f"Step {step.number} of {len(steps)}  ·  {step.pause_title}")
        self.action.setText(step.action)
        self.action.setAccessibleName(f"Step {step.number}: {step.action}")
        self.why.setText(step.why)
        self.why.setVisible(bool(step.why))
        html, name = step_contacts(self.data, step) if self.data is not None else ("", "")
        self.contacts.setText(html)
        self.contacts.setAccessibleName(name or "Contacts")
        self.contacts.setVisible(bool(html))
        self.question.setVisible(step.is_decision)
        self.question.setText(f"Decide: {step.question}" if step.is_decision else "")
        self.question.setAccessibleName(
            f"Decision: {step.question} Press 1 to {len(step.options)} to choose an answer."
            if step.is_decision
            else "Decision"
        )
        model = self.model
        assert model is not None  # there is a step
        for n, opt in enumerate(step.options, 1):
            b = Tile(f"{n}   {option_text(opt, model, self.data.titles if self.data else {})}")
            b.setCheckable(True)
            b.setProperty("answer", b.title.text())
            scaled(b.title, self.ctx, 1.3)
            b.clicked.connect(partial(self.pick, opt))
            self.options_box.addWidget(b)
            self.option_buttons.append(b)
        if self.option_buttons:
            self.setTabOrder(self.question, self.option_buttons[0])
            self.setTabOrder(self.option_buttons[-1], self.done_button)
        self._show_choice()
        self._render_status()

    def _show_choice(self) -> None:
        """At a decision: which answer is chosen (none at first), and Done only once one is."""
        step = self.step
        if step is None or not step.is_decision:
            self.hint.hide()
            self._set_done(step is not None, DONE_TEXT)
            return
        for opt, b in zip(step.options, self.option_buttons, strict=True):
            chosen = opt == self.chosen
            b.setChecked(chosen)
            b.title.setText(b.property("answer") + ("   ◀ your answer" if chosen else ""))
            b.title.setFont(self.ctx.font(1.3, bold=chosen))
            b.setAccessibleName(("Chosen: " if chosen else "") + b.property("answer"))
        if self.chosen is None:
            self.hint.setText(f"No answer chosen yet. Press 1 to {len(step.options)}, or click one.")
            self._set_done(False, UNANSWERED_TEXT)
        else:
            self.hint.setText(f"Your answer: {self.chosen.label}. Press Done (Enter) to record it and go on.")
            self._set_done(True, DONE_TEXT)
        self.hint.show()

    def _set_done(self, enabled: bool, text: str) -> None:
        self.done_button.setEnabled(enabled)
        self.done_button.setText(text)
        self.done_button.setAccessibleName(text.replace("&", "").lstrip("✓ ").replace("\n", " "))

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
        said = {
            DONE: f"✓ Recorded as done at {when}.",
            NOT_APPLICABLE: f"Recorded as not applicable at {when}.",
        }
        self.state.setText(said.get(status, ""))
        self.state.setVisible(bool(self.state.text()))
        self.undo_button.setVisible(self.cleared is not None and self.cleared[0] == self.ref)

    def _focus_main(self) -> None:
        if self.isVisible():
            self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_target(self) -> QWidget:
        """Done, the question at a decision (never an answer), "Show all steps" at the end."""
        step = self.step
        if step is None:
            return self.steps_button
        return self.question if step.is_decision else self.done_button

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        at = ANSWER_KEYS.get(Qt.Key(event.key()))
        step = self.step
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if at is not None and plain and step is not None and at < len(step.options):
            self.pick(step.options[at])
            return
        super().keyPressEvent(event)

    # --- recording ------------------------------------------------------------------------

    def pick(self, option: Option) -> None:
        """Choose an answer (a click or its number key); Done records it."""
        self.chosen = option
        self._show_choice()
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self) -> None:
        step = self.step
        if step is not None and step.is_decision:
            if self.chosen is not None:
                self.choose(self.chosen)
            return
        self.record(DONE)

    def record(self, status: str) -> None:
        step = self.step
        if step is None:
            return
        self._tick(step, status)
        self._go(self.index + 1)

    def choose(self, option: Option) -> None:
        """A decision answered: record the step as done, then follow the branch."""
        step = self.step
        if step is None:
            return
        self._tick(step, DONE)
        if option.is_ref:
            kind = option.goto.split(":", 1)[0]
            self.ctx.open_ref.emit(f"walk:{option.goto}" if kind == "pathway" else option.goto)
            return
        target = self.model.step(option.goto) if self.model is not None else None
        self._go(target.number - 1 if target else self.index + 1)

    def _tick(self, step: Step, status: str) -> None:
        self._commit_clear()  # a new tick after a clear: the clear stands, then the tick
        self.ctx.call(job(user.set_tick, self.ref, step.id, status), partial(self._ticked, self.ref))

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

    # --- clearing, asked first and undoable ---------------------------------------------------

    def ask_clear(self) -> None:
        if not self.ticks:
            self.ctx.show_status("No ticks recorded for this pathway.")
            return
        title = self.model.title if self.model else self.ref
        if not confirm(
            self,
            "Clear all ticks?",
            f"Clear the {len(self.ticks)} ticks and times recorded for “{title}”?\n\n"
            "Do this only when the case has been handed over. You can undo it until you "
            "leave the walk-through.",
            yes="Clear the ticks",
            no="Keep them",
        ):
            return
        self.cleared = (self.ref, self.ticks)
        self.ticks = {}
        self._render_status()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ctx.show_status("Ticks and times for this pathway were cleared. Undo clear brings them back.")

    def undo_clear(self) -> None:
        if self.cleared is None or self.cleared[0] != self.ref:
            return
        self.ticks = self.cleared[1]
        self.cleared = None
        self._render_status()
        self._focus_main()
        self.ctx.show_status("The ticks and times are back.")

    def _commit_clear(self) -> None:
        """The clear stands from now on: wipe the stored ticks (leaving, or ticking again)."""
        if self.cleared is None:
            return
        ref, self.cleared = self.cleared[0], None
        self.undo_button.hide()
        self.ctx.call(job(user.wipe_ticks, ref), partial(self._ticked, ref))

    flush = _commit_clear  # leaving the screen or closing the window

    def _ticked(self, ref: str, ticks: dict[str, tuple[str, Any]]) -> None:
        if ref == self.ref and (self.cleared is None or self.cleared[0] != ref):
            self.ticks = ticks
            self._render_status()
        self.ctx.user_data_changed.emit(UserDataKind.TICKS.value)

    def _all_steps(self) -> None:
        step = self.step
        self.ctx.open_ref.emit(self.ref + (f"#{step.id}" if step else ""))
