"""What the window may ask of a screen.

A screen is one page of the window's stack: a QWidget that also provides `Screen`. Beyond
putting it in its stack, the window calls nothing else on it. Pages inherit `ScreenMixin`
(after their Qt base class, so that the base's own methods win) and override only what they need:

    show_location(loc)       the window is about to show `loc` on this screen (load, scroll, mark)
    focus_target() -> QWidget  what takes the keyboard focus when the screen is opened
    flush()                  save pending edits now: the user leaves the screen or closes the window
    user_data_changed(what)  something wrote user data; `what` is a `UserDataKind` value
    note_editor() -> NoteEditor | None   the note on the item shown, for "Edit note" (Ctrl+E)

Where each screen comes from is `screen_registry.SCREENS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from bali_desktop.domain.locations import Location
    from bali_desktop.gui.widgets import NoteEditor


@runtime_checkable
class Screen(Protocol):
    """The interface between the window and its pages (see the module docstring)."""

    def show_location(self, loc: Location) -> None: ...

    def focus_target(self) -> QWidget: ...

    def flush(self) -> None: ...

    def user_data_changed(self, what: str) -> None: ...

    def note_editor(self) -> NoteEditor | None: ...


class ScreenMixin:
    """Do-nothing defaults for `Screen`: a page inherits it after its Qt base class."""

    def show_location(self, loc: Location) -> None:
        """Nothing to load: the page shows the same whatever the location."""

    def focus_target(self) -> QWidget:
        """The page itself takes the focus."""
        assert isinstance(self, QWidget), "a screen is a widget"
        return self

    def flush(self) -> None:
        """Nothing is ever pending."""

    def user_data_changed(self, what: str) -> None:
        """The page shows no user data."""

    def note_editor(self) -> NoteEditor | None:
        """The page has no note editor."""
        return None


def as_widget(screen: Screen) -> QWidget:
    """The screen as the widget it is (for the window's stack)."""
    assert isinstance(screen, QWidget), f"{type(screen).__name__} is a screen but not a widget"
    return screen
