"""One referral pathway laid out for reading: pause points and their steps, decisions that follow
their branch, signs to look for, what never to do, who to refer to (with the user's contacts).

`PathwayView` is built from `PathwayData` (what `pathway_page.load_pathway` gathers on the
database thread); `PathwayPage` keeps one view per pathway opened.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from bali_desktop.domain.pathway import Option, PausePoint, Step
from bali_desktop.domain.route_words import (
    SIGNS_RULE,
    Jump,
    jump_kind,
)
from bali_desktop.gui.flow_layout import wrap_row
from bali_desktop.gui.links import LinkList
from bali_desktop.gui.national_steps import national_boxes
from bali_desktop.gui.sealed import Sealed
from bali_desktop.gui.step_phrases import step_phrases_button
from bali_desktop.gui.step_words import option_text, step_contacts, step_gate, step_say
from bali_desktop.gui.widgets import (
    GUIDANCE_TEXT,
    NoteEditor,
    Panel,
    Tile,
    button,
    esc,
    guidance_banner,
    heading,
    label,
    scaled,
)
from bali_desktop.services.views import PathwayData

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from bali_desktop.gui.context import AppContext

STEP_SCALE = 1.2  # pathways are read at arm's length


# a pause point is built a few steps per turn of the event loop: a long one never freezes the window
STEPS_PER_SECTION = 4


class StepFrame(Panel):
    """One step: its number, the action in large type, why, who to call, any decision buttons."""

    def __init__(self, step: Step, ctx: AppContext, contacts: tuple[str, str] = ("", "")) -> None:
        super().__init__("step")
        self.step = step
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a Tab stop: read and reached in order (review 20)
        self.setAccessibleName(
            translate("pathway_view", "Step {number}: {action}").format(
                number=step.number, action=step.action
            )
        )
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        number = scaled(QLabel(f"{step.number}."), ctx, STEP_SCALE, bold=True)
        number.setFixedWidth(number.fontMetrics().horizontalAdvance("88.") + 6)
        number.setProperty("width_for_text", "88.")  # widened again with the text size
        number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        lay.addWidget(number)
        col = QVBoxLayout()
        col.setSpacing(2)
        self.gate = step_gate(step)  # when the step is done, above what to do
        if self.gate is not None:
            col.addWidget(self.gate)
        # plain, non-selectable labels: Qt lays them out without a text document, several
        # times faster, and a pathway has a hundred of them
        col.addWidget(scaled(label(step.action, selectable=False), ctx, STEP_SCALE))
        if step.why:
            col.addWidget(label(step.why, tone="muted", selectable=False))
        self.say = step_say(step, ctx, 1.1)  # the words to read aloud, our guidance
        if self.say is not None:
            col.addWidget(self.say)
        self.phrases = step_phrases_button(step, ctx)
        # a step is read aloud from the walk-through ("Read the step aloud"): a button here beside the
        # phrase cards' (which wraps its words) was laid over it at 200% text (tests/gui/test_geometry)
        if self.phrases is not None:
            col.addLayout(wrap_row(self.phrases))
        self.contacts: QLabel | None = None
        if contacts[0]:  # the national contacts for the roles this step calls on
            self.contacts = label(contacts[0], rich=True, selectable=False)
            self.contacts.setAccessibleName(contacts[1])
            col.addWidget(self.contacts)
        lay.addLayout(col, 1)
        self.column = col


class PathwayView(QWidget):
    """The whole of one pathway, built once and kept while the window is open.

    Built a section at a time (the header at once, each pause point and list on the next turns
    of the event loop) so the window never freezes while a long pathway is laid out; `completed`
    is emitted when the last section is in place.
    """

    completed = Signal()
    jumped = Signal(object)  # a Jump, just before a decision opens another pathway's step

    def __init__(self, ctx: AppContext, data: PathwayData) -> None:
        super().__init__()
        self.ctx = ctx
        self.data = data
        self.model = data.pathway
        self.frames: dict[str, StepFrame] = {}
        self.decision_buttons: dict[str, list] = {}
        self.current_step = ""
        self.setAccessibleName(data.item.title)
        lay = self._column = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 20)
        lay.setSpacing(8)
        self.note: NoteEditor | None = None  # made last, with the final section
        self.complete = False
        lay.addStretch(1)  # sections go in above it as they are built
        self._sections: list[Callable[[QVBoxLayout], None]] = [
            partial(self._pause_point, n=n, pp=pp, start=start)
            for n, pp in enumerate(self.model.pause_points, 1)
            for start in range(0, max(len(pp.steps), 1), STEPS_PER_SECTION)
        ]
        self._sections += [
            self._indicators,
            self._never,
            self._roles,
            self._links,
            self._based_on,
            self._finish,
        ]
        self._section(self._header)
        QTimer.singleShot(0, self, self._build_next)

    def _section(self, build) -> None:  # noqa: ANN001
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        build(col)
        outer = self._column
        outer.insertWidget(outer.count() - 1, Sealed(box))  # the sections above are not laid out again

    def _build_next(self) -> None:
        if self._sections:
            self._section(self._sections.pop(0))
        if self._sections:
            QTimer.singleShot(0, self, self._build_next)

    def _finish(self, lay: QVBoxLayout) -> None:
        self.note = NoteEditor(self.ctx)
        lay.addWidget(self.note)
        self.note.set_ref(self.data.item.ref)
        self.complete = True
        self.completed.emit()

    # --- sections -------------------------------------------------------------------------

    def _header(self, lay: QVBoxLayout) -> None:
        lay.addWidget(label(translate("pathway_view", "Referral pathway"), tone="muted", selectable=False))
        lay.addWidget(heading(self.ctx, self.data.item.title, 1.6))
        lay.addWidget(scaled(label(self.model.purpose, selectable=False), self.ctx, STEP_SCALE))
        lay.addWidget(
            guidance_banner(
                translate("labels", GUIDANCE_TEXT)
                + ". "
                + translate(
                    "pathway_view",
                    "Written for Bali Desktop from international standards (listed at the end). "
                    "Follow your national procedures where they differ.",
                )
            )
        )
        self.walk_button = button(
            translate("pathway_view", "&Walk through, one step at a time"),
            translate("pathway_view", "Walk through"),
            translate(
                "pathway_view",
                "Show one step at a time in large type and record ticks, from the step marked (F5)",
            ),
            self.walk_through,
        )
        self.flow_button = button(
            translate("pathway_view", "F&low chart"),
            translate("pathway_view", "Flow chart"),
            translate("pathway_view", "See the pathway as a flow chart (F6)"),
            partial(self.ctx.open_ref.emit, f"flow:{self.data.item.ref}"),
        )
        self.checklist_button = button(
            translate("pathway_view", "Make a &checklist"),
            translate("pathway_view", "Make a checklist"),
            translate("pathway_view", "Build a printable checklist from this pathway (Ctrl+Shift+C)"),
            partial(self.ctx.request_checklist, self.data.item.ref),
        )
        self.add_button = button(
            translate("pathway_view", "&Add to checklist…"),
            translate("pathway_view", "Add to checklist"),
            translate(
                "pathway_view",
                "Add this pathway, as one item, to a saved checklist or a new one (Ctrl+Shift+A)",
            ),
            partial(self.ctx.request_add_to_checklist, self.data.item.ref),
        )
        # wrapping rows: side by side while they fit, one under the other with large text
        lay.addLayout(wrap_row(self.walk_button, self.flow_button))
        lay.addLayout(wrap_row(self.checklist_button, self.add_button))

    def _pause_point(
        self,
        lay: QVBoxLayout,
        n: int = 0,
        pp: PausePoint | None = None,
        start: int = 0,
    ) -> None:
        """Steps `start` to `start + STEPS_PER_SECTION` of a pause point; the first part has its heading."""
        assert pp is not None  # given by the partial made in __init__
        if start == 0:
            lay.addSpacing(6)
            lay.addWidget(heading(self.ctx, f"{n}. {pp.title}", 1.35))
            if pp.when:
                lay.addWidget(
                    label(
                        translate("pathway_view", "When: {when}").format(when=pp.when),
                        tone="muted",
                        selectable=False,
                    )
                )
        for step in pp.steps[start : start + STEPS_PER_SECTION]:
            frame = StepFrame(step, self.ctx, step_contacts(self.data, step))
            self.frames[step.id] = frame
            for box in national_boxes(getattr(self.data, "national", {}), step.id, self.ctx):
                frame.column.addWidget(box)  # "In <country>": a content pack's national step
            if step.is_decision:
                frame.column.addWidget(self._decision(step))
            lay.addWidget(frame)

    def _decision(self, step: Step) -> QFrame:
        box = Panel("decision")
        col = QVBoxLayout(box)
        col.setContentsMargins(10, 6, 10, 8)
        decide = translate("pathway_view", "Decide: {question}").format(question=step.question)
        col.addWidget(scaled(label(decide, selectable=False), self.ctx, 1.1, bold=True))
        buttons = []
        for opt in step.options:
            b = Tile(option_text(opt, self.model, self.data.titles, self.data.jump_numbers))
            b.clicked.connect(partial(self.follow_option, step, opt))
            col.addWidget(b)
            buttons.append(b)
        self.decision_buttons[step.id] = buttons
        return box

    def _list(self, lines: list[str], mark: str = "•", tone: str = "", name: str = "") -> QLabel:
        """Several lines in one label: far fewer widgets to lay out than a label per line."""
        html = "".join(f"<p style='margin:0 0 4px 0'>{mark}&nbsp;&nbsp;{esc(line)}</p>" for line in lines)
        lab = label(html, rich=True, tone=tone, selectable=False)
        lab.setAccessibleName(name or " ".join(lines)[:200])
        return lab

    def _indicators(self, lay: QVBoxLayout) -> None:
        groups = self.model.indicators
        if not groups:
            return
        lay.addSpacing(6)
        lay.addWidget(heading(self.ctx, translate("pathway_view", "Signs to look for"), 1.35))
        lay.addWidget(
            label(
                SIGNS_RULE,
                tone="muted",
                selectable=False,
            )
        )
        html = "".join(
            f"<p style='margin:6px 0 2px 0'><b>{esc(g.dimension)}</b></p>"
            + "".join(f"<p style='margin:0 0 3px 0'>•&nbsp;&nbsp;{esc(i)}</p>" for i in g.indicators)
            for g in groups
        )
        lab = label(html, rich=True, selectable=False)  # one document: cheaper than a label a line
        lab.setAccessibleName(
            translate("pathway_view", "Signs to look for: ") + "; ".join(g.dimension for g in groups)
        )
        lay.addWidget(lab)

    def _never(self, lay: QVBoxLayout) -> None:
        lay.addSpacing(6)
        lay.addWidget(heading(self.ctx, translate("pathway_view", "Never"), 1.35))
        lines = list(self.model.never_do)
        lay.addWidget(
            scaled(self._list(lines, "✗", "never", translate("pathway_view", "Never do")), self.ctx, 1.1)
        )

    def _roles(self, lay: QVBoxLayout) -> None:
        lay.addSpacing(6)
        lay.addWidget(heading(self.ctx, translate("pathway_view", "Who to refer to"), 1.35))
        missing = 0
        blocks = []
        for role in self.data.roles:
            title = role.title + (
                translate("pathway_view", "  (only with the person's consent)")
                if role.consent_required
                else ""
            )
            parts = [f"<b>{esc(title)}</b>", esc(role.description)]
            for c in role.contacts:
                fields = [c.organisation, c.phone, c.hours, c.country]
                parts.append("☎&nbsp;&nbsp;" + esc(" · ".join(f for f in fields if f)))
            if not role.contacts:
                missing += 1
                parts.append(
                    "<i>" + esc(translate("pathway_view", "No national contact entered yet.")) + "</i>"
                )
            blocks.append("<p style='margin:0 0 8px 0'>" + "<br>".join(parts) + "</p>")
        lab = label("".join(blocks), rich=True, selectable=False)
        lab.setAccessibleName(
            translate("pathway_view", "Who to refer to: ")
            + "; ".join(
                f"{r.title}: "
                + (
                    ", ".join(f"{c.organisation} {c.phone}" for c in r.contacts)
                    or translate("pathway_view", "no national contact entered yet")
                )
                for r in self.data.roles
            )
        )
        lay.addWidget(lab)
        text = (
            translate("pathway_view", "Add your national contacts")
            if missing
            else translate("pathway_view", "Edit your national contacts")
        )
        self.contacts_button = button(
            text,
            text,
            translate("pathway_view", "Open the contacts editor"),
            partial(self.ctx.open_ref.emit, "place:contacts"),
        )
        lay.addLayout(wrap_row(self.contacts_button))

    def _links(self, lay: QVBoxLayout) -> None:
        titles = self.data.titles
        for title, linked in (
            (translate("pathway_view", "Guides and tool kits"), self.model.guides),
            (translate("pathway_view", "Adelaide Strategy activities it serves"), self.model.activities),
            (translate("pathway_view", "Related"), self.model.related),
        ):
            refs = [r for r in linked if r.split("#", 1)[0] in titles]
            if not refs:
                continue
            lay.addSpacing(6)
            lay.addWidget(heading(self.ctx, title, 1.2))
            links = LinkList(title, [(r, titles[r.split("#", 1)[0]]) for r in refs])  # each a named Link
            links.activated.connect(self.ctx.open_ref.emit)
            lay.addWidget(links)

    def _based_on(self, lay: QVBoxLayout) -> None:
        lay.addSpacing(6)
        lay.addWidget(heading(self.ctx, translate("pathway_view", "What this guidance is based on"), 1.2))
        lay.addWidget(self._list(list(self.model.based_on), name=translate("pathway_view", "Based on")))

    # --- following a decision ---------------------------------------------------------------

    def walk_through(self) -> None:
        """The walk-through, from the step marked (a decision followed here) if there is one."""
        at = f"#{self.current_step}" if self.current_step else ""
        self.ctx.open_ref.emit(f"walk:{self.data.item.ref}{at}")

    def follow_option(self, step: Step, option: Option) -> None:
        """A decision button: a jump to another pathway's step says where it came from first
        (`jumped`), so that the other pathway shows "From …, step 14" and the way back."""
        if jump_kind(option) in ("stay", "return"):
            self.jumped.emit(Jump.of(self.model, step, option))
        self.follow(option.to)

    def follow(self, goto: str) -> None:
        """Go to the step `goto` names here, or open the pathway's step or the aid it names."""
        if ":" in goto:
            self.ctx.open_ref.emit(goto)
        else:
            self.ctx.open_ref.emit(f"{self.data.item.ref}#{goto}")

    def mark(self, step_id: str) -> StepFrame | None:
        if self.current_step in self.frames:
            self.frames[self.current_step].set_current(False)
        self.current_step = step_id if step_id in self.frames else ""
        frame = self.frames.get(self.current_step)
        if frame is not None:
            frame.set_current(True)
        return frame
