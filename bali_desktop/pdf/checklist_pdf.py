"""The flowables of a printed checklist: the numbered steps with their tick boxes, in pause
points, then the reminder and contacts boxes (`boxes.py`): `checklist_story` is the whole sheet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
)

from bali_desktop.domain.checklist import TYPE_HELP, Checklist, Step
from bali_desktop.pdf import words
from bali_desktop.pdf.boxes import (
    SIGNS,
    case_reference_field,
    contacts_box,
    pause_point_bar,
    reminder_box,
    signs_box,
    title_block,
)
from bali_desktop.pdf.fonts import BOLD, REGULAR
from bali_desktop.pdf.job import SheetContext
from bali_desktop.pdf.styles import INK, Paragraph, Theme, esc

SAY_HEAD = "Say (our guidance, read aloud):"
# A pause point starts on a new page when less than this share of the page is left and it does
# not fit whole in what is left: it never starts in a page's last lines.
START_SHARE = 0.3


class PausePointStart(CondPageBreak):
    """Before a pause point's bar: a new page when fewer than `height` points are left and the
    whole pause point (`block`) does not fit in them."""

    def __init__(self, height: float, block: list[Flowable]) -> None:
        super().__init__(height)
        self.block = block

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if availHeight >= self.height:
            return 0, 0
        total = 0.0
        for f in self.block:
            total += f.wrap(availWidth, availHeight)[1]
            if total > availHeight:
                return super().wrap(availWidth, availHeight)
        return 0, 0


class WritingLines:
    """Ruled lines to write on, as a row of a CheckItem (it lays out like a paragraph)."""

    def __init__(self, count: int, gap: float) -> None:
        self.count, self.gap = count, gap
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.count * self.gap + 2

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        for k in range(self.count):
            ly = y + 2 + k * self.gap
            canvas.line(x, ly, x + self.width, ly)
        canvas.restoreState()


@dataclass
class _Row:
    """One line block of an item: the action, its note, its source, a decision's question or
    one of its answers. `level` 1 rows sit a small box further in (the answers of a step's
    decision); `mark` is the small box or diamond drawn before the row ("" for none)."""

    para: Any  # a Paragraph, or WritingLines
    mark: str = ""  # "" | "box" | "diamond" | "space" (room for a mark, none drawn)
    level: int = 0
    gap: float = 0.0  # space above the row
    height: float = 0.0
    width: float = 0.0
    text_h: float = 0.0  # the paragraph's own height
    off: float = 0.0  # the paragraph's drop below the top of its box


class CheckItem(Flowable):
    """A numbered step: a drawn tick box (a diamond for a decision on its own), the action, the
    note and source in small type under it, then, for a pathway step with a decision, the
    question and a small tick box for each answer, all under the one number.

    An item moves whole to the next page when it does not fit; only an item taller than a
    whole page is split, its rest continuing at the top of the next page without a number."""

    def __init__(
        self,
        number: int,
        rows: list[_Row],
        theme: Theme,
        *,
        diamond: bool = False,
        head: bool = True,
        max_height: float | None = None,
    ) -> None:
        super().__init__()
        self.number = number
        self.rows = rows
        self.theme = theme
        self.diamond = diamond
        self.head = head  # draw the tick box and number (not on a continued part)
        self.max_height = max_height  # the frame's height, when known
        self.pad = theme.item.fontSize * 0.35
        # a step after the first of its pause point: at the top of a page it opens with the
        # bar "<title> (continued)", so that the page says where it is
        self.continued: Flowable | None = None
        self.bar_h = 0.0
        self.sheet_tag = ""  # in a pack: the type and title its page's header says

    @classmethod
    def for_step(
        cls,
        number: int,
        step: Step,
        numbers: dict[str, int],
        theme: Theme,
        *,
        max_height: float | None = None,
        lang: str = "en",
        answer_boxes: bool = True,
        write_lines: bool = True,
        inline_answers: bool = False,
    ) -> CheckItem:
        t = theme
        answer = "box" if answer_boxes else ""
        item = step.item
        # a gated step's condition opens its own line of text: the two never print apart
        gate = f"<b>{esc(item.condition)}</b> " if item.condition else ""
        # (no action line when a pocket card leaves it to the question under it)
        rows = [_Row(Paragraph(gate + esc(item.text), t.item))] if gate or item.text else []
        if item.note:
            rows.append(_Row(Paragraph(esc(item.note), t.small)))
        if item.say:
            say_head = esc(words.word("say", lang))
            rows.append(_Row(Paragraph(f"<b>{say_head}</b> “{esc(item.say)}”", t.option), level=1))
        if item.citation:
            label = words.word("official_text", lang) + ": " if item.official else ""
            rows.append(_Row(Paragraph(label + esc(words.where(item.citation, lang)), t.cite)))
        if write_lines and item.write_lines:  # a step that asks for a note: room to write it
            rows.append(_Row(WritingLines(item.write_lines, t.item.leading * 1.5)))
        gap = t.item.fontSize * 0.35 * 0.5
        for k, o in enumerate(item.options):  # a decision item on its own
            rows.append(
                _Row(
                    Paragraph(_option_text(o, numbers, lang), t.option), mark="box", gap=gap if k == 0 else 0
                )
            )
        decision = step.decision
        if decision is not None:  # the step's decision, under the step and its number
            question = decision.text
            if question.lower().startswith("decide:"):
                question = question.split(":", 1)[1].strip()
            decide = esc(words.word("decide", lang))
            asked = f"<b>{decide}</b> {esc(question)}"
            mark = "diamond"
            if inline_answers:  # a pocket card: "Decide: … Yes → 6 · No → 8" under the action, no
                # diamond (nothing to tick), so that the question has the column's width
                said = "  ·  ".join(_option_text(o, numbers, lang, "pocket_go_to") for o in decision.options)
                asked, mark = f"<b>{decide}</b> {esc(question)}  {said}", ""
            rows.append(_Row(Paragraph(asked, t.option), mark=mark, gap=gap if rows else 0))
            if decision.note and not inline_answers:
                rows.append(_Row(Paragraph(esc(decision.note), t.cite), level=1))
            if not inline_answers:
                for o in decision.options:
                    rows.append(
                        _Row(Paragraph(_option_text(o, numbers, lang), t.option), mark=answer, level=1)
                    )
        return cls(number, rows, t, diamond=item.is_decision, max_height=max_height)

    def _x(self, row: _Row) -> float:
        """Where a row's text starts, from the left of the text column."""
        step = self.theme.small_box + 5
        return row.level * step + (step if row.mark else 0)

    def _box_drop(self) -> float:
        """How far the middle of the tick box (or diamond) sits below the item's top: the middle
        of its first line."""
        t = self.theme
        return self.pad + t.item.leading / 2 + (t.item.leading - t.item.fontSize) * 0.15

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        t = self.theme
        self.num_w = t.item.fontSize * 1.9
        self.indent = t.box + 5 + self.num_w
        inner = avail_width - self.indent
        for row in self.rows:
            row.width = max(inner - self._x(row), t.item.fontSize * 4)
            row.text_h = row.para.wrap(row.width, avail_height)[1]
            if row.mark in ("box", "diamond", "space"):  # a 5 mm box: its line centred on it
                sb = t.small_box
                row.off = max(0.0, (sb - row.para.style.leading) / 2)
                row.height = max(row.text_h + row.off, sb) + 3
            else:
                row.off = 0.0
                row.height = row.text_h
        self.width = avail_width
        self.height = sum(r.height + r.gap for r in self.rows) + 2 * self.pad
        if self.head:  # a 5 mm box beside one short line: it keeps clear of the next item's box,
            # which may stand above that item's top by `over`
            drop = self._box_drop()
            over = max(0.0, t.box / 2 - drop)
            self.height = max(self.height, drop + t.box / 2 + max(1.5 * self.pad, 3.0) + over)
        at_top = self.max_height is not None and avail_height >= self.max_height - 1
        self.bar_h = 0.0
        if self.continued is not None and at_top and self.head:
            self.bar_h = self.continued.wrap(avail_width, avail_height)[1] + self.pad
            self.height += self.bar_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        if self.height <= avail_height:
            return [self]
        too_tall = getattr(self, "_postponed", False) or (
            self.max_height is not None and self.height > self.max_height
        )
        if not too_tall:
            return []  # an item is not split across pages: it moves whole to the next one
        room = avail_height - 2 * self.pad
        if room < self.theme.item.leading * 3:
            return []  # split it at the top of the next page instead
        first: list[_Row] = []
        rest = list(self.rows)
        while rest:
            row = rest[0]
            need = row.gap + row.height
            if need <= room:
                first.append(rest.pop(0))
                room -= need
                continue
            parts = cast(
                "list[Paragraph]",
                row.para.split(row.width, room - row.gap - (row.off + 3 if row.mark else 0)),
            )
            if len(parts) == 2:
                first.append(_Row(parts[0], row.mark, row.level, row.gap))
                # the rest keeps its place, without a second box
                rest[0] = _Row(parts[1], "space" if row.mark else "", row.level)
            break
        if not first:
            return []
        head = CheckItem(self.number, first, self.theme, diamond=self.diamond, head=self.head)
        tail = CheckItem(
            self.number, rest, self.theme, diamond=self.diamond, head=False, max_height=self.max_height
        )
        head.sheet_tag = tail.sheet_tag = self.sheet_tag
        return [head, tail]

    def draw(self) -> None:
        c, t = self.canv, self.theme
        size = t.item.fontSize
        if self.bar_h and self.continued is not None:
            self.continued.drawOn(c, 0, self.height - self.bar_h + self.pad)
        top = self.height - self.bar_h - self.pad
        first_line_mid = top - self._box_drop() + self.pad
        c.saveState()
        c.setStrokeColor(INK)
        c.setFillColor(INK)
        b = t.box
        if self.head and self.diamond:  # a diamond says "decide", without relying on colour
            c.setLineWidth(1.1)
            _diamond(c, b / 2, first_line_mid, b * 0.62)
        elif self.head:
            c.setLineWidth(1.2)
            c.rect(0, first_line_mid - b / 2, b, b, stroke=1, fill=0)
        if self.head:
            c.setFont(BOLD, size)
            c.drawRightString(b + 5 + self.num_w - size * 0.45, top - size, f"{self.number}")
        y = top
        sb = t.small_box
        for row in self.rows:
            y -= row.gap
            x = self.indent + self._x(row)
            if row.mark in ("box", "diamond"):
                box_top = y - 1.5
                mark_x = x - sb - 5
                c.setLineWidth(0.9)
                if row.mark == "diamond":
                    _diamond(c, mark_x + sb / 2, box_top - sb / 2, sb * 0.55)
                else:
                    c.rect(mark_x, box_top - sb, sb, sb, stroke=1, fill=0)
            row.para.drawOn(c, x, y - (1.5 if row.mark else 0) - row.off - row.text_h)
            y -= row.height
        c.restoreState()


def _diamond(c: Any, cx: float, cy: float, r: float) -> None:
    path = c.beginPath()
    path.moveTo(cx, cy + r)
    path.lineTo(cx + r, cy)
    path.lineTo(cx, cy - r)
    path.lineTo(cx - r, cy)
    path.close()
    c.drawPath(path, stroke=1, fill=0)


def _option_text(option: Any, numbers: dict[str, int], lang: str = "en", go_to: str = "go_to") -> str:
    label = f"<b>{esc(option.label)}</b>"
    if option.target and option.target in numbers:
        then = " → " + esc(words.word(go_to, lang, n=numbers[option.target]))
        if option.then:
            then += f": {esc(option.then)}"
        return label + then
    if option.ref:
        return f"{label} → {esc(option.then or option.ref)}"
    return f"{label}: {esc(option.then)}" if option.then else label


def checklist_story(
    checklist: Checklist,
    ctx: SheetContext,
    theme: Theme,
    width: float,
    *,
    heading: Flowable | None = None,
    guidance_label: bool = True,
    frame_height: float | None = None,
    lang: str = "en",
) -> list[Flowable]:
    """Everything on a checklist sheet, in order. `heading` replaces the big title (a handout
    pack gives its own section heading). Steps are numbered as on the pathway screen: a
    pathway step's decision is printed under its step, with the step's number."""
    t = theme
    story: list[Flowable] = []
    if heading is not None:
        story.append(heading)
        story.append(_type_line(checklist, t, lang))
    else:
        story.append(title_block(checklist, t, width, lang=lang))
    story.append(Spacer(1, t.body.fontSize * 0.4))
    if checklist.purpose:
        story.append(Paragraph(esc(checklist.purpose), t.subtitle))
    if guidance_label and checklist.has_guidance():
        extra = (
            " " + words.word("official_note", lang) if any(i.official for i in checklist.all_items()) else ""
        )
        label = esc(words.word("guidance_label", lang))
        story.append(Paragraph(label + "." + f"<font name={REGULAR}>{esc(extra)}</font>", t.label))
        if words.word("translation_note", lang):  # our Indonesian is not yet checked
            story.append(Paragraph(esc(words.word("translation_note", lang)), t.cite))
    story += case_reference_field(checklist.case_reference_label, t, width, lang=lang)
    story.append(Spacer(1, t.body.fontSize * 0.8))
    numbers = checklist.numbers()
    number = 0
    least = t.body.fontSize * (10 if t.large else 8)
    start_room = max(least, frame_height * START_SHARE) if frame_height else least
    for pp in checklist.pause_points:
        bar = pause_point_bar(pp.title, pp.when, t, width, lang=lang)
        flow: list[Flowable] = []
        for step in pp.steps():
            number += 1
            item = CheckItem.for_step(number, step, numbers, t, max_height=frame_height, lang=lang)
            if flow:
                item.continued = pause_point_bar(pp.title, "", t, width, lang=lang, continued=True)
            if heading is not None:  # in a pack: a page pulled out still says its type and sheet
                item.sheet_tag = f"{checklist.checklist_type} · {checklist.title}"
            flow.append(item)
        if not flow:
            story += [CondPageBreak(least), bar, Paragraph(esc(words.word("no_items", lang)), t.small)]
        else:
            # a new page unless the pause point fits here whole or much of the page is left
            story.append(PausePointStart(start_room, [bar, *flow]))
            story.append(KeepTogether([bar, Spacer(1, 2), flow[0]]))
            story += flow[1:]
        story.append(Spacer(1, t.body.fontSize * 0.8))
    if checklist.based_on:  # closes the procedure it describes
        story += [
            Paragraph(
                f"<b>{esc(words.word('based_on', lang))}</b> " + esc("; ".join(checklist.based_on)) + ".",
                t.cite,
            ),
            Spacer(1, t.body.fontSize * 0.8),
        ]
    for reminder in checklist.reminders:
        if reminder.title == SIGNS and reminder.lines:  # a list to tick, under its headings
            story += [*signs_box(reminder.lines, t, width, lang=lang), Spacer(1, t.body.fontSize * 0.8)]
        elif reminder.lines:
            story += [
                KeepTogether(
                    reminder_box(words.reminder_title(reminder.title, lang), reminder.lines, t, width)
                ),
                Spacer(1, t.body.fontSize * 0.8),
            ]
    box = contacts_box(checklist.contact_roles, ctx, t, width, lang=lang)
    if box is not None:
        # Kept whole: moved to the next page rather than split (only a box taller than a page
        # runs on, its header repeated, never with a stub of a row or two).
        tall = frame_height is not None and box.wrap(width, frame_height)[1] > frame_height
        # taller than a page: it runs on, its header repeated, from a page with room for much of
        # it (a whole box that does not fit would leave a page of a spacer alone)
        story += (
            [CondPageBreak(frame_height * 0.4), box]
            if tall and frame_height
            else [Spacer(1, t.body.fontSize * 0.6), KeepTogether([box])]
        )
    return story


def _type_line(checklist: Checklist, theme: Theme, lang: str = "en") -> Paragraph:
    kind = checklist.checklist_type
    head = esc(words.word("checklist_type", lang))
    help_text = words.type_help(kind, lang) or TYPE_HELP.get(kind, "")
    return Paragraph(f"<b>{head}: {esc(kind)}</b>. {esc(help_text)}", theme.body)
