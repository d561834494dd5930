"""A pathway's flow chart as vector graphics: one drawing per pause point, steps as numbered
boxes, a step with a decision as a pointed box (its action, then its question) with the answers
on the arrows. Numbers are the pathway screen's: one per step. Black line work only."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.utils import simpleSplit

from bali_desktop.domain.checklist import Checklist, ChecklistItem, PausePoint, Step, when_words
from bali_desktop.pdf import words
from bali_desktop.pdf.fonts import BOLD, REGULAR
from bali_desktop.pdf.styles import INK

_WHITE = None  # shapes are never filled with colour: outline only


@dataclass
class _Canvas:
    """Primitives laid out top-down (y grows downwards), flipped into a Drawing at the end."""

    width: float
    items: list[tuple[Any, ...]] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, font: str, size: float, anchor: str = "start") -> None:
        self.items.append(("text", x, y, s, font, size, anchor))

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.8) -> None:
        self.items.append(("line", x1, y1, x2, y2, w))

    def poly(self, points: list[float], w: float = 0.9, fill: bool = False) -> None:
        self.items.append(("poly", points, w, fill))

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.9, r: float = 0) -> None:
        self.items.append(("rect", x, y, w, h, lw, r))

    def arrow_down(self, x: float, y1: float, y2: float, head: float = 3.2) -> None:
        self.line(x, y1, x, y2 - head)
        self.poly([x - head * 0.8, y2 - head, x + head * 0.8, y2 - head, x, y2], fill=True)

    def arrow_right(self, x1: float, y: float, x2: float, head: float = 3.2) -> None:
        self.line(x1, y, x2 - head, y)
        self.poly([x2 - head, y - head * 0.8, x2 - head, y + head * 0.8, x2, y], fill=True)

    def drawing(self, height: float) -> Drawing:
        d = Drawing(self.width, height)
        for it in self.items:
            kind = it[0]
            if kind == "text":
                _, x, y, s, font, size, anchor = it
                d.add(
                    String(x, height - y, s, fontName=font, fontSize=size, fillColor=INK, textAnchor=anchor)
                )
            elif kind == "line":
                _, x1, y1, x2, y2, w = it
                d.add(Line(x1, height - y1, x2, height - y2, strokeColor=INK, strokeWidth=w))
            elif kind == "poly":
                _, pts, w, fill = it
                flipped = [v if i % 2 == 0 else height - v for i, v in enumerate(pts)]
                d.add(Polygon(flipped, strokeColor=INK, strokeWidth=w, fillColor=INK if fill else _WHITE))
            elif kind == "rect":
                _, x, y, w, h, lw, r = it
                style: dict[str, Any] = {"strokeColor": INK, "strokeWidth": lw, "fillColor": _WHITE}
                d.add(Rect(x, height - y - h, w, h, rx=r, ry=r, **style))  # stubs lack Unpack on **kw
        return d


def pause_point_chart(
    checklist: Checklist,
    index: int,
    width: float,
    font_size: float = 7.0,
    max_height: float | None = None,
    *,
    lang: str = "en",
) -> Drawing:
    """The flow chart of one pause point, shrinking the type if it would not fit `max_height`."""
    size = font_size
    while True:
        canvas, height = _layout(checklist, index, width, size, lang=lang)
        if max_height is None or height <= max_height or size <= 4.5:
            break
        size -= 0.5
    drawing = canvas.drawing(height)
    if max_height is not None and height > max_height:  # last resort: scale the whole drawing
        k = max_height / height
        drawing.scale(k, k)
        drawing.width, drawing.height = width * k, max_height
    return drawing


def _layout(
    checklist: Checklist, index: int, width: float, fs: float, *, lang: str = "en"
) -> tuple[_Canvas, float]:
    pp: PausePoint = checklist.pause_points[index]
    numbers = checklist.numbers()
    all_steps = checklist.steps()
    lead = fs * 1.22
    cv = _Canvas(width)
    main_w = width * 0.64
    cx = main_w / 2
    side_x = main_w + 10
    side_w = width - side_x
    pad = fs * 0.55

    # Pause point title and when.
    y = 0.0
    for ln in simpleSplit(pp.title, BOLD, fs * 1.45, width):
        y += fs * 1.45 * 1.2
        cv.text(0, y - fs * 0.3, ln, BOLD, fs * 1.45)
    when = when_words(pp.when)
    if when:
        for ln in simpleSplit(f"{words.word('when', lang).capitalize()}: {when}", REGULAR, fs, width):
            y += lead
            cv.text(0, y - fs * 0.25, ln, REGULAR, fs)
    y += lead * 0.8

    order = {s.item.uid: k for k, s in enumerate(all_steps)}
    for step in pp.steps():
        item = step.item
        num = numbers[item.uid]
        k = order[item.uid]
        next_uid = all_steps[k + 1].item.uid if k + 1 < len(all_steps) else None
        decision = step.decision if step.decision is not None else (item if item.is_decision else None)
        if decision is not None:
            shape_bottom, node_bottom = _decision(
                cv, step, num, y, main_w, side_x, side_w, fs, lead, pad, next_uid, numbers, lang
            )
        else:
            shape_bottom = node_bottom = _step(cv, item, num, y, main_w, fs, lead, pad)
        # An arrow below every node (to the next one, or to the "Next" box), carrying the
        # answers that lead straight on.
        label_lines = [
            ln
            for lbl in _down_labels(decision, next_uid)
            for ln in simpleSplit(lbl, REGULAR, fs * 0.9, main_w / 2 - 6)
        ]
        label_h = len(label_lines) * fs * 1.1 + 4 if label_lines else 0
        y = max(node_bottom + fs * 1.2, shape_bottom + max(fs * 1.7, label_h + fs * 0.6))
        cv.arrow_down(cx, shape_bottom, y)
        ty = shape_bottom + fs * 0.95 + 1
        for ln in label_lines:
            cv.text(cx + 4, ty, ln, REGULAR, fs * 0.9)
            ty += fs * 1.1

    # Where to go next.
    nxt = (
        words.word("chart_next", lang, title=checklist.pause_points[index + 1].title)
        if index + 1 < len(checklist.pause_points)
        else words.word("chart_end", lang)
    )
    lines = simpleSplit(nxt, BOLD, fs, main_w - 2 * pad)
    h = len(lines) * lead + pad * 1.4
    cv.rect(0, y, main_w, h, lw=1.6, r=h / 2 if len(lines) == 1 else fs)
    ty = y + pad * 0.7 + fs
    for ln in lines:
        cv.text(cx, ty, ln, BOLD, fs, anchor="middle")
        ty += lead
    y += h + 2
    return cv, y


def _step(
    cv: _Canvas, item: ChecklistItem, num: int, y: float, main_w: float, fs: float, lead: float, pad: float
) -> float:
    num_w = fs * 1.9
    lines = _gated(item, fs, main_w - 2 * pad - num_w)
    h = len(lines) * lead + pad * 1.4
    cv.rect(0, y, main_w, h, lw=0.9)
    cv.text(pad, y + pad * 0.7 + fs, str(num), BOLD, fs)
    ty = y + pad * 0.7 + fs
    for ln, font in lines:
        cv.text(pad + num_w, ty, ln, font, fs)
        ty += lead
    return y + h


def _gated(item: ChecklistItem, fs: float, width: float) -> list[tuple[str, str]]:
    """A step's lines: its condition in bold first ("Skip if …"), never apart from its action."""
    lines = [(ln, BOLD) for ln in simpleSplit(item.condition, BOLD, fs, width)] if item.condition else []
    return lines + [(ln, REGULAR) for ln in simpleSplit(item.text, REGULAR, fs, width)]


def _question(item: ChecklistItem) -> str:
    text = item.text
    return text.split(":", 1)[1].strip() if text.lower().startswith("decide:") else text


def _down_labels(decision: ChecklistItem | None, next_uid: str | None) -> list[str]:
    if decision is None:
        return []
    return [o.label for o in decision.options if next_uid and o.target == next_uid]


def _decision(
    cv: _Canvas,
    step: Step,
    num: int,
    y: float,
    main_w: float,
    side_x: float,
    side_w: float,
    fs: float,
    lead: float,
    pad: float,
    next_uid: str | None,
    numbers: dict[str, int],
    lang: str = "en",
) -> tuple[float, float]:
    """A pointed box: the step's action, then its question in bold (a decision item on its
    own has only the question); the answers that do not lead straight on leave to the side."""
    item = step.decision if step.decision is not None else step.item
    tip = fs * 1.6  # how far the pointed ends reach
    num_w = fs * 1.9
    text_w = main_w - 2 * tip - num_w
    lines = _gated(step.item, fs, text_w) if step.decision is not None else []
    lines += [(ln, BOLD) for ln in simpleSplit(_question(item), BOLD, fs, text_w)]
    h = len(lines) * lead + pad * 1.6
    side = [o for o in item.options if not (next_uid and o.target == next_uid)]
    side_blocks = []
    for o in side:
        if o.target and o.target in numbers:
            where = words.word("chart_go_to", lang, n=numbers[o.target])
        elif o.ref:
            where = o.then or o.ref
        else:
            where = o.then
        text = f"{o.label} → {where}" if where else o.label
        side_blocks.append(simpleSplit(text, REGULAR, fs * 0.9, side_w))
    top, mid = y, y + h / 2
    cv.poly([tip, top, main_w - tip, top, main_w, mid, main_w - tip, top + h, tip, top + h, 0, mid], w=1.3)
    cv.text(tip + 1, top + pad * 0.8 + fs, str(num), BOLD, fs)
    ty = top + pad * 0.8 + fs
    for ln, font in lines:
        cv.text(tip + num_w, ty, ln, font, fs)
        ty += lead
    # Side branches leave from the right-hand point: the first straight out, the others
    # stacked below it on an elbow.
    by = mid - fs * 0.8
    for k, block in enumerate(side_blocks):
        anchor_y = by + fs * 0.8
        if k == 0:
            cv.arrow_right(main_w, mid, side_x - 1)
        else:
            elbow = main_w + 4
            cv.line(elbow, mid, elbow, anchor_y)
            cv.arrow_right(elbow, anchor_y, side_x - 1)
        ty = anchor_y + fs * 0.35
        for ln in block:
            cv.text(side_x + 1, ty, ln, REGULAR, fs * 0.9)
            ty += fs * 1.1
        by += len(block) * fs * 1.1 + 3
    return top + h, max(top + h, by)
