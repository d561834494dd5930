"""Clearing a walk-through's ticks: asked first (No is the default), undoable until the officer
leaves the walk-through or ticks again; the facts the answers set go and come back with them.

`page` is the WalkthroughPage (not imported: no import cycle)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from bali_desktop.gui import walk_saves
from bali_desktop.gui.widgets import button, confirm

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton


def buttons(page: Any) -> tuple[QPushButton, QPushButton]:
    """Clear (no mnemonic and no shortcut: erasing is never one key away; Alt+C makes a
    checklist) and Undo clear, hidden until a clear."""
    clear = button(
        translate("walk_clear", "Clear all ticks for this pathway…"),
        translate("walk_clear", "Clear all ticks"),
        translate(
            "walk_clear", "Wipe the ticks and times recorded for this pathway (asks first; can be undone)"
        ),
        partial(ask_clear, page),
    )
    undo = button(
        translate("walk_clear", "Undo clear"),
        translate("walk_clear", "Undo clear"),
        translate("walk_clear", "Bring back the ticks just cleared"),
        partial(undo_clear, page),
    )
    undo.hide()
    return clear, undo


Cleared = tuple[str, dict[str, tuple[str, Any]], frozenset[str]]  # ref, its ticks, its facts


def ask_clear(page: Any) -> None:
    if not page.ticks:
        page.ctx.show_status(translate("walk_clear", "No ticks recorded for this pathway."))
        return
    title = page.model.title if page.model else page.ref
    count = len(page.ticks)  # a plain name: lupdate reads no call in a count
    if not confirm(
        page,
        translate("walk_clear", "Clear all ticks?"),
        translate(
            "walk_clear",
            "Clear the %n ticks and times recorded for “{title}”?\n\n"
            "Do this only when the case has been handed over. You can undo it until you "
            "leave the walk-through.",
            "",
            count,
        ).format(title=title),
        yes=translate("walk_clear", "Clear the ticks"),
        no=translate("walk_clear", "Keep them"),
    ):
        return
    page.cleared = (page.ref, page.ticks, page.route.forget(page.ref))
    page.ticks = {}
    page._render_status()
    page.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)
    page.ctx.show_status(
        translate("walk_clear", "Ticks and times for this pathway were cleared. Undo clear brings them back.")
    )


def undo_clear(page: Any) -> None:
    if page.cleared is None or page.cleared[0] != page.ref:
        return
    page.ticks = page.cleared[1]
    page.route.learn(page.ref, page.cleared[2])
    page.cleared = None
    page._render_status()
    page._focus_main()
    page.ctx.show_status(translate("walk_clear", "The ticks and times are back."))


def commit_clear(page: Any) -> None:
    """The clear stands from now on: wipe the stored ticks (leaving, or ticking again)."""
    if page.cleared is None:
        return
    ref, page.cleared = page.cleared[0], None
    page.undo_button.hide()
    walk_saves.clear(page, ref)  # kept until saved, like a tick


def reread(page: Any, ref: str, ticks: dict[str, tuple[str, Any]]) -> None:
    """The ticks read again after a change (a wipe on Notes & bookmarks): a pathway wiped there
    forgets what its answers set, as a clear here does."""
    if ref != page.ref or (page.cleared is not None and page.cleared[0] == ref):
        return
    if page.ticks and not ticks:
        page.route.forget(ref)
    page.ticks = walk_saves.shown(page, ref, ticks)
    page._render_status()
