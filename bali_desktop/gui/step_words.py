"""The words of a pathway step, shared by the pathway screen and the walk-through: a decision
button's answer and where it leads, the script to read aloud, the step's condition, and who to
call for it (with the user's national contacts, then a content pack's, marked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from bali_desktop.domain.locations import place_keys
from bali_desktop.domain.route_words import SAY_LABEL, SAY_NOTE, short_title
from bali_desktop.gui.route_text import condition_text, jump_words
from bali_desktop.gui.widgets import esc, label, scaled

if TYPE_CHECKING:
    from bali_desktop.domain.pathway import Option, Pathway, Step
    from bali_desktop.gui.context import AppContext
    from bali_desktop.services.views import PathwayData, RoleInfo

translate = QCoreApplication.translate


def option_text(
    option: Option, model: Pathway, titles: dict[str, str], numbers: dict[str, int] | None = None
) -> str:
    """What a decision button says: the answer, then where it leads and whether it comes back
    ("go to “Asylum seeker or refugee”, step 17, then come back to step 16")."""
    title = short_title(titles.get(option.target_ref, option.target_ref)) if option.is_ref else ""
    return f"{option.label}  →  {jump_words(option, model, title, (numbers or {}).get(option.to))}"


def say_html(say: str) -> str:
    """A script to read aloud, quoted and marked as our guidance."""
    return (
        f"<b>{translate('route_words', SAY_LABEL)}:</b> “{esc(say)}”"
        f"<br><small>{esc(translate('route_words', SAY_NOTE))}</small>"
    )


def step_gate(step: Step) -> QLabel | None:
    """The step's condition ("Skip if the person fears return or asks for protection."), or None."""
    words = condition_text(step)
    if not words:
        return None
    lab = label(words, tone="warning", selectable=False)
    lab.setAccessibleName(translate("step_words", "Condition: {words}").format(words=words))
    return lab


def step_say(step: Step, ctx: AppContext, scale: float = 1.0) -> QLabel | None:
    if not step.say:
        return None
    lab = scaled(label(say_html(step.say), rich=True, tone="guidance", selectable=False), ctx, scale)
    lab.setAccessibleName(
        translate("step_words", "{say} (our guidance, read aloud): {text}").format(
            say=translate("route_words", SAY_LABEL), text=step.say
        )
    )
    return lab


def roles_of_step(data: PathwayData, step: Step) -> list[RoleInfo]:
    """The referral roles `step` calls on, with the user's national contacts for each."""
    by_id = {r.id: r for r in data.roles}
    return [by_id[r] for r in data.step_roles.get(step.id, ()) if r in by_id]


def step_contacts(data: PathwayData, step: Step) -> tuple[str, str]:
    """Who to call for `step`, right under it: (rich text, accessible name); ("", "") for nobody."""
    lines, names = [], []
    for role in roles_of_step(data, step):
        title = role.title + (
            translate("step_words", "  (only with the person's consent)") if role.consent_required else ""
        )
        found = [" · ".join(f for f in (c.organisation, c.phone, c.hours) if f) for c in role.contacts]
        found += [  # a content pack's national contacts, after the user's own, marked (issue 15)
            " · ".join(f for f in (c.organisation, c.phone, c.hours) if f)
            + translate("step_words", " (from the content pack {pack})").format(pack=c.pack_id)
            for c in role.from_packs
        ]
        said = found or [
            translate("step_words", "no national contact entered yet (Contacts, {keys})").format(
                keys=place_keys("contacts")
            )
        ]
        lines += [f"☎&nbsp;&nbsp;<b>{esc(title)}</b>: " + esc(line) for line in said]
        names.append(f"{title}: " + ", ".join(said))
    return "<br>".join(lines), (
        (translate("step_words", "Contacts for this step: ") + "; ".join(names)) if names else ""
    )
