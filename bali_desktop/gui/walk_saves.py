"""Saving a walk-through's ticks and clears, never dropped (issue 11, point 6): a tick is shown at
once and stays "not saved yet" until the database says it is saved; a failed one is sent again
on the next tick, on leaving the walk-through and on closing the window (gui/pending_saves.py),
and the user is told once. What is shown is the stored ticks with the unsaved ones over them.

`page` is the WalkthroughPage (not imported: no import cycle)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from bali_desktop.gui.context import UserDataKind, job
from bali_desktop.gui.pending_saves import PendingSaves
from bali_desktop.gui.walk_route import summary_text
from bali_desktop.services import user

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from collections.abc import Hashable

    from bali_desktop.domain.pathway import Step
    from bali_desktop.services.session import Session

Ticks = dict[str, tuple[str, Any]]
CLEAR = ""  # the step id of a pending clear of a whole pathway: (ref, CLEAR)
DONE, NOT_APPLICABLE = "done", "not-applicable"


def pending_saves(page: Any) -> PendingSaves:
    pending = PendingSaves(page.ctx, translate("walk_saves", "Your walk-through ticks"), page, plural=True)
    pending.on_saved = partial(_saved, page)
    pending.changed.connect(page._render_status)  # the "not saved yet" mark
    return pending


def _tick_job(ref: str, step_id: str, status: str) -> Callable[[Session], Ticks]:
    return job(user.set_tick, ref, step_id, status)


def _clear_job(ref: str, _value: object) -> Callable[[Session], Ticks]:
    return job(user.wipe_ticks, ref)


def tick(page: Any, step: Step, status: str) -> None:
    """Record `status` for `step`: shown at once, saved through the worker (and kept until it is)."""
    page.pending.retry()  # a save that failed before is tried again with this tick
    page.ticks = {**page.ticks, step.id: (status, datetime.now())}
    page.pending.save((page.ref, step.id), status, partial(_tick_job, page.ref, step.id))


def clear(page: Any, ref: str) -> None:
    """Wipe the stored ticks of `ref` (a clear that stands); unsaved ticks of it go with them."""
    for key in page.pending.keys():
        if key[0] == ref:
            page.pending.drop(key)
    page.pending.save((ref, CLEAR), None, partial(_clear_job, ref))


def _saved(page: Any, key: Hashable, ticks: Ticks) -> None:
    page._ticked(key[0], ticks)  # type: ignore[index]


def announce(page: Any) -> None:
    """Say the ticks changed (other screens read them again), marked as this page's own change."""
    page._announcing = True
    try:
        page.ctx.user_data_changed.emit(UserDataKind.TICKS.value)
    finally:
        page._announcing = False


def changed_elsewhere(page: Any, what: str) -> None:
    """Ticks changed elsewhere (every walk-through wiped on Notes & bookmarks): the ticks not
    saved yet were recorded before that wipe, so they are wiped too, never sent again."""
    if what == UserDataKind.TICKS and not getattr(page, "_announcing", False):
        for key in page.pending.keys():
            page.pending.drop(key)


def shown(page: Any, ref: str, stored: Ticks) -> Ticks:
    """The ticks to show for `ref`: the stored ones (none while a clear of it is not saved yet),
    with the ticks not saved yet over them."""
    keys = page.pending.keys()
    ticks = {} if (ref, CLEAR) in keys else dict(stored)
    for key in keys:
        if key[0] == ref and key[1] != CLEAR:
            at = page.ticks.get(key[1], ("", None))[1] if page.ref == ref else None
            ticks[key[1]] = (page.pending.value(key), at or datetime.now())
    return ticks


def render_status(page: Any) -> None:
    """The recorded tick of the shown step (and whether it is saved yet), and the counts."""
    page.summary.setText(summary_text(page.model, page.ticks, page._facts(), page.index))
    step = page.step
    status, at = page.ticks.get(step.id, ("", None)) if step else ("", None)
    when = at.strftime("%H:%M") if at is not None else ""
    said = {
        DONE: translate("walk_saves", "✓ Recorded as done at {when}.").format(when=when),
        NOT_APPLICABLE: translate("walk_saves", "Recorded as not applicable at {when}.").format(when=when),
    }.get(status, "")
    if said and step is not None and page.pending.has_failed((page.ref, step.id)):
        said += translate("walk_saves", " Not saved yet: {reason}").format(reason=page.pending.failure)
    elif page.pending.failing:
        said += translate("walk_saves", " Some ticks are not saved yet: {reason}").format(
            reason=page.pending.failure
        )
    page.state.setText(said.strip())
    page.state.setVisible(bool(page.state.text()))
    page.undo_button.setVisible(page.cleared is not None and page.cleared[0] == page.ref)
