"""The Checklists screen (see `page`): `ChecklistsPage(ctx, parent=None)`."""

from bali_desktop.gui.checklists.page import ChecklistsPage

__all__ = ["ChecklistsPage"]
