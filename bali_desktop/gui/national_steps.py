"""A country's own procedure beside our pathway step: "In <country>", marked as the national
procedure and as coming from a content pack (services/pack_views.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QVBoxLayout

from bali_desktop.gui.widgets import Panel, label, scaled

if TYPE_CHECKING:
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
