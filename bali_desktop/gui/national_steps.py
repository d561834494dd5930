"""A country's own procedure beside our pathway step: "In <country>", marked as the national
procedure and as coming from a content pack (services/pack_views.py): on the pathway screen as a
box under our step, on the walk-through's step card as a few lines after the contacts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from bali_desktop.gui.widgets import Panel, esc, label, scaled

if TYPE_CHECKING:
    from bali_desktop.domain.pathway import Step
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.pack_views import NationalStep

translate = QCoreApplication.translate


def national_box(step: NationalStep, ctx: AppContext) -> QFrame:
    """One national step: the country as its heading, what to do, why, the words to say."""
    box = Panel("card")
    box.setObjectName("national-step")
    col = QVBoxLayout(box)
    col.setContentsMargins(10, 6, 10, 8)
    col.setSpacing(2)
    head = translate("national_steps", "In {country}").format(country=step.country)
    mark = translate("national_steps", "National procedure, from the content pack {pack}").format(
        pack=step.pack_id
    )
    col.addWidget(scaled(label(head, selectable=False), ctx, 1.1, bold=True))
    col.addWidget(label(mark, tone="muted", selectable=False))
    col.addWidget(label(step.action, selectable=False))
    if step.why:
        col.addWidget(label(step.why, tone="muted", selectable=False))
    if step.say:
        col.addWidget(
            label(translate("national_steps", "Say: {words}").format(words=step.say), selectable=False)
        )
    box.setAccessibleName(f"{head}. {mark}. {step.action}")
    return box


def national_boxes(
    national: dict[str, tuple[NationalStep, ...]], step_id: str, ctx: AppContext
) -> list[QFrame]:
    return [national_box(n, ctx) for n in national.get(step_id, ())]


def walk_html(steps: tuple[NationalStep, ...]) -> tuple[str, str]:
    """The national steps beside the step the walk-through shows: (rich text, accessible name)."""
    blocks, names = [], []
    for step in steps:
        head = translate("national_steps", "In {country}").format(country=step.country)
        mark = translate("national_steps", "National procedure, from the content pack {pack}").format(
            pack=step.pack_id
        )
        parts = [f"<b>{esc(head)}</b> <small>({esc(mark)})</small>", esc(step.action)]
        if step.why:
            parts.append(f"<i>{esc(step.why)}</i>")
        if step.say:
            parts.append(esc(translate("national_steps", "Say: {words}").format(words=step.say)))
        blocks.append("<br>".join(parts))
        names.append(f"{head}. {mark}. {step.action}")
    return "<br><br>".join(blocks), " ".join(names)


def show_on_walk(page: Any, step: Step | None) -> None:
    """The walk-through's step card: "In <country>" under the step shown, made when first needed
    (after the contacts), hidden at the end of the walk. `page` is the WalkthroughPage."""
    national = getattr(page.data, "national", {}) if step is not None and page.data is not None else {}
    html, name = walk_html(national.get(step.id, ()) if step is not None else ())
    box: QLabel | None = getattr(page, "national_label", None)
    if box is None:
        if not html:
            return
        box = scaled(label("", rich=True, selectable=True), page.ctx, 1.15)  # not our guidance: plain
        card = page.card.layout()
        card.insertWidget(card.indexOf(page.contacts) + 1, box)
        page.national_label = box
    box.setText(html)
    box.setAccessibleName(name or translate("national_steps", "National procedure"))
    box.setVisible(bool(html))
