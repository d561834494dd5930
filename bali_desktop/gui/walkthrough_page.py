"""Walk-through: one step at a time in large type; Done, Not applicable, Back; ticks and times only.

For an officer under pressure: an answer is chosen only on purpose (1, 2, 3… or a click; then
Done records and follows it); the end focuses "Show all steps", never Clear; Clear asks first
(No is the default) and Undo takes it back until the officer leaves or ticks again (walk_clear).

It walks the route (walk_route): a step the facts set by the answers so far gate off is passed
over, a step that closes the route ends the walk, and a jump to another pathway's step shows
"From “…”, step 14 — back" there and comes back where `then` says.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bali_desktop.domain.pathway import Option, Pathway, Step
from bali_desktop.domain.route_words import Jump, jump_kind
from bali_desktop.gui import read_script, step_phrases, translation_note, walk_answers, walk_clear, walk_words
from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.flow_layout import wrap_row
from bali_desktop.gui.screen import ScreenMixin
from bali_desktop.gui.step_words import option_text
from bali_desktop.gui.walk_route import (
    WalkRoute,
    next_index,
    origin_text,
    passed_over,
    passed_text,
)
from bali_desktop.gui.walk_saves import announce, changed_elsewhere, pending_saves, render_status, shown, tick
from bali_desktop.gui.widgets import Panel, ScrollPage, Tile, button, label, scaled
from bali_desktop.services import user, views
from bali_desktop.services.views import PathwayData, WalkData

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.context import AppContext

DONE, NOT_APPLICABLE = "done", "not-applicable"
ANSWER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 10)}  # 1..9 choose an answer


class WalkthroughPage(ScrollPage, ScreenMixin):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, translate("walkthrough_page", "Walk-through"), parent)
        self.ref = ""
        self.model: Pathway | None = None
        self.data: PathwayData | None = None
        self.ticks: dict[str, tuple[str, Any]] = {}
        self.index = 0
        self.trail: list[tuple[int, frozenset[str]]] = []  # (step index, facts then) for Back
        self.chosen: Option | None = None  # the answer chosen at the decision shown, not yet recorded
        self.route = WalkRoute()
        self.passed: list[Step] = []  # the steps the last move passed over (their gates)
        self.cleared: walk_clear.Cleared | None = None  # what Undo clear brings back
        self.pending = pending_saves(self)  # ticks the database has not said it saved
        self._aid: tuple[str, str, int] | None = None  # (ref, anchor, index) left to look at the aid
        self._anchor = ""
        b = self.body_layout
        # after a jump from another pathway's decision: where from, and the way back
        self.origin_button = Tile("")  # its words wrap: long titles, large text, 1024 px
        scaled(self.origin_button.title, ctx, 1.1)
        self.origin_button.clicked.connect(self.go_back)
        self.origin_button.hide()
        b.addWidget(self.origin_button)
        self.title = scaled(label("", selectable=False), ctx, 1.15, bold=True)
        self.title.setAccessibleName(translate("walkthrough_page", "Pathway"))
        b.addWidget(self.title)
        never = translate(
            "walkthrough_page", "Walk-through. Only ticks and times are recorded: never write names here."
        )
        self.never = label(never, tone="muted", selectable=False)
        b.addWidget(self.never)
        self.progress = scaled(label("", tone="muted", selectable=False), ctx, 1.1)
        self.progress.setAccessibleName(translate("walkthrough_page", "Progress"))
        b.addWidget(self.progress)
        self.card = Panel("card")
        card = QVBoxLayout(self.card)
        card.setContentsMargins(20, 16, 20, 16)
        card.setSpacing(12)
        self.passed_note = self._label(translate("walkthrough_page", "Steps passed over"), "muted", 1.1)
        self.gate = self._label(translate("walkthrough_page", "Condition"), "warning", 1.15)  # "Only if …"
        self.action = self._label(translate("walkthrough_page", "Step"), "", 2.0, selectable=True)
        self.why = self._label(translate("walkthrough_page", "Why"), "muted", 1.25, selectable=True)
        self.say = self._label(translate("walkthrough_page", "Say"), "guidance", 1.3, rich=True)  # guidance
        self.contacts = self._label(translate("walkthrough_page", "Contacts"), "", 1.15, rich=True)  # to call
        self.question = self._label(
            translate("walkthrough_page", "Decision"), "", 1.5, selectable=True, bold=True
        )
        self.question.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the focus reads the question first
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(8)
        self.hint = self._label(translate("walkthrough_page", "Answer"), "muted", 1.15)
        self.state = self._label(translate("walkthrough_page", "Recorded"), "done", 1.15)
        for w in (self.passed_note, self.gate, self.action, self.why, self.say, self.contacts, self.question):
            card.addWidget(w)
        card.addLayout(self.options_box)
        for w in (self.hint, self.state):
            card.addWidget(w)
        b.addWidget(self.card)
        self.back_button = scaled(
            button(
                translate("walkthrough_page", "◀ &Back"),
                translate("walkthrough_page", "Back to the previous step"),
                "Alt+B",
                self.back,
            ),
            ctx,
            1.2,
        )
        self.done_button = scaled(
            button(
                translate("walk_answers", walk_answers.DONE_TEXT),
                translate("walkthrough_page", "Done"),
                translate("walkthrough_page", "Record this step as done (Alt+D)"),
                self.done,
            ),
            ctx,
            1.3,
            bold=True,
        )
        self.na_button = scaled(
            button(
                translate("walkthrough_page", "&Not applicable"),
                translate("walkthrough_page", "Not applicable"),
                translate("walkthrough_page", "Record this step as not applicable (Alt+N)"),
                partial(self.record, NOT_APPLICABLE),
            ),
            ctx,
            1.2,
        )
        for btn in (self.back_button, self.done_button, self.na_button):
            btn.setMinimumHeight(btn.sizeHint().height() + 12)
        b.addLayout(wrap_row(self.back_button, self.na_button, self.done_button))  # wraps at 200% text
        self.summary = label("", tone="muted", selectable=False)
        self.summary.setAccessibleName(translate("walkthrough_page", "Summary"))
        b.addWidget(self.summary)
        self.steps_button = button(
            translate("walkthrough_page", "Show all steps (F4)"),
            translate("walkthrough_page", "Show all steps"),
            translate("walkthrough_page", "Back to the whole pathway"),
            self._all_steps,
        )
        self.restart_button = button(
            translate("walkthrough_page", "Start again from step 1"),
            translate("walkthrough_page", "Start again from step 1"),
            slot=self.restart,
        )
        self.clear_button, self.undo_button = walk_clear.buttons(self)
        b.addLayout(wrap_row(self.steps_button, self.restart_button))
        b.addLayout(wrap_row(self.clear_button, self.undo_button))
        b.addStretch(1)
        self.option_buttons: list[Tile] = []
        self.setTabOrder(self.done_button, self.na_button)
        self.setTabOrder(self.na_button, self.back_button)
        self.script_reader = read_script.ScriptReader(self)  # "Read the words aloud" under the script

    def _label(
        self,
        name: str,
        tone: str,
        size: float,
        *,
        bold: bool = False,
        rich: bool = False,
        selectable: bool = False,
    ) -> QLabel:
        lab = scaled(label("", tone=tone, rich=rich, selectable=selectable), self.ctx, size, bold=bold)
        lab.setAccessibleName(name)
        return lab

    # --- loading --------------------------------------------------------------------------

    def show_location(self, loc: Location) -> None:
        self._anchor = loc.anchor
        jumped = self.route.arrive(loc.target, loc.anchor)
        aid, self._aid = self._aid, None
        if loc.target == self.ref and self.model is not None:
            if not jumped and aid is not None and aid[:2] == (loc.target, loc.anchor):
                self.index = aid[2]  # back from the aid: the same question, to answer now
                self._render()
                self._focus_main()
                return
            self._start(self.model)
            return
        walk_clear.commit_clear(self)
        self.ref = loc.target
        self.model = None
        self.title.setText(translate("walkthrough_page", "Opening…"))
        self.ctx.call(job(views.walk, loc.target), partial(self._loaded, loc.target, jumped))

    def _loaded(self, ref: str, jumped: bool, data: WalkData) -> None:
        if ref != self.ref:
            return
        if data.pathway is None:
            self.title.setText(
                translate("walkthrough_page", "No pathway {ref} in this content version.").format(ref=ref)
            )
            return
        self.data = data.pathway
        self.model = model = data.pathway.pathway
        self.ticks = shown(self, ref, data.ticks)
        if not data.ticks and not jumped:
            self.route.forget(ref)  # nothing recorded: a new case, nothing known about it yet
        self.title.setText(model.title)
        translation_note.show_under(self.title, data.pathway.item)  # read in Indonesian: says so
        self._start(model)

    def _index_of(self, step_id: str) -> int | None:
        steps = self.model.steps if self.model else []
        return next((i for i, s in enumerate(steps) if s.id == step_id), None)

    def _start(self, model: Pathway) -> None:
        steps = model.steps
        self.trail = []
        at = self._index_of(self._anchor) if self._anchor else None
        if at is None:  # carry on where the ticks stop
            at = next((i for i, s in enumerate(steps) if s.id not in self.ticks), len(steps))
        facts = self.route.facts_of(model)
        self.index = next_index(model, at, facts)  # the gates pass over steps not for this case
        self.passed = passed_over(model, at, self.index, facts)
        if self.route.returns_after(self.ref) and at != self.index:
            self._come_back()  # the one step of a jump there and back is not for this case
            return
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
        self.back_button.setEnabled(bool(self.trail) or self.index > 0 or self.route.origin is not None)
        for w in (self.done_button, self.na_button):
            w.setVisible(step is not None)  # nothing left to record at the end
        self._render_route(step)
        step_phrases.show_on_walk(self, step)  # the phrase cards, on a step that needs them
        if step is None:
            for lab in (self.contacts, self.gate, self.say):
                lab.hide()
            walk_words.end_words(self, steps)
            self.why.show()
            self.question.hide()
            self.hint.hide()
            self._render_status()
            return
        walk_words.step_words(self, step, steps)
        model = self.model
        assert model is not None  # there is a step
        for n, opt in enumerate(step.options, 1):
            titles, numbers = (self.data.titles, self.data.jump_numbers) if self.data else ({}, {})
            b = Tile(f"{n}   {option_text(opt, model, titles, numbers)}")
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
        walk_answers.show_choice(self)

    def _render_route(self, step: Step | None) -> None:
        """Where a jump came from (and the way back), and the steps just passed over."""
        jump = self.route.origin if self.route.origin and self.route.origin.to_ref == self.ref else None
        self.origin_button.setVisible(jump is not None)
        if jump is not None:
            self.origin_button.title.setText(origin_text(jump))
            self.origin_button.setAccessibleName(origin_text(jump).lstrip("◀ "))
        self.passed_note.setText(passed_text(self.passed, self._facts()))
        self.passed_note.setVisible(bool(self.passed))

    def _render_status(self) -> None:
        """The recorded tick of the shown step, and the counts (after every tick)."""
        render_status(self)

    def _facts(self) -> frozenset[str]:
        return self.route.facts_of(self.model) if self.model else frozenset()

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
        if self.route.returns_after(self.ref):
            self._come_back()  # the one step of a jump there and back: back where `then` says
            return
        if step.exit and status == DONE:
            self._go(len(self.model.steps) if self.model else 0)  # the step closes the route
            return
        self._go(self.index + 1)

    def choose(self, option: Option) -> None:
        """A decision answered: record the step as done, learn what the answer sets, follow it."""
        step, model = self.step, self.model
        if step is None or model is None:
            return
        kind = jump_kind(option)
        if kind == "aid":  # look it up, then answer here: nothing recorded yet
            self._aid = (self.ref, self._anchor, self.index)
            self.ctx.open_ref.emit(option.target_ref)
            return
        self._tick(step, DONE)
        facts = self.route.facts_of(model)
        self.route.learn(self.ref, option.sets)
        if kind in ("stay", "return"):
            self.route.jump(Jump.of(model, step, option, facts))
            self.ctx.open_ref.emit(f"walk:{option.to}")
            return
        if option.is_ref:
            self.ctx.open_ref.emit(option.to)
            return
        target = self._index_of(option.to)
        self._go(target if target is not None else self.index + 1, facts)

    def _tick(self, step: Step, status: str) -> None:
        walk_clear.commit_clear(self)  # a new tick after a clear: the clear stands, then the tick
        tick(self, step, status)  # kept until saved; a failed one goes again with it

    def _go(self, index: int, facts_before: frozenset[str] | None = None) -> None:
        """On to the step at `index`, or the first after it that the gates let through."""
        model = self.model
        facts = self.route.facts_of(model) if model else frozenset()
        self.trail.append((self.index, facts if facts_before is None else facts_before))
        self.index = next_index(model, index, facts) if model else index
        self.passed = passed_over(model, index, self.index, facts) if model else []
        self._render()
        self._focus_main()

    def back(self) -> None:
        """The step before (taking back what its answer set), or, at the step a jump opened,
        back to the question answered in the other pathway."""
        self.passed = []
        if self.trail:
            self.index, facts = self.trail.pop()
            if self.model is not None:
                self.route.facts[self.ref] = facts - set(self.model.assumes)
        elif self.route.origin is not None and self.route.origin.to_ref == self.ref:
            self.go_back()
            return
        elif self.index > 0:
            self.index -= 1
        self._render()
        self._focus_main()

    def go_back(self) -> None:
        """Back to the question answered in the pathway the jump came from."""
        location = self.route.undo_jump()
        if location:
            self.ctx.open_ref.emit(location)

    def _come_back(self) -> None:
        """After the one step of a jump there and back: on to the step `then: return:` names."""
        location = self.route.come_back(self._facts())
        if location:
            self.ctx.open_ref.emit(location)

    def restart(self) -> None:
        self._go(0)

    def user_data_changed(self, what: str) -> None:
        """Ticks changed (here, or wiped on Notes & bookmarks): read them again."""
        changed_elsewhere(self, what)  # a wipe there: the unsaved ticks go too
        if what == UserDataKind.TICKS and self.ref and self.model is not None:
            self.ctx.call(job(user.ticks, self.ref), partial(walk_clear.reread, self, self.ref))

    def flush(self) -> None:
        """Leaving the screen or closing the window: a clear not undone stands; the ticks that
        failed to save are sent again."""
        walk_clear.commit_clear(self)
        self.pending.retry()

    @property
    def unsaved(self) -> bool:
        """Ticks (or a clear) the database has not yet said it saved."""
        return self.pending.unsaved

    def _ticked(self, ref: str, ticks: dict[str, tuple[str, Any]]) -> None:
        if ref == self.ref and (self.cleared is None or self.cleared[0] != ref):
            self.ticks = shown(self, ref, ticks)
            self._render_status()
        announce(self)

    def _all_steps(self) -> None:
        step = self.step
        self.ctx.open_ref.emit(self.ref + (f"#{step.id}" if step else ""))
