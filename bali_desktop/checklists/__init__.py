"""Checklists: the model, the builders that make them from content, and the saved-checklist store."""

from bali_desktop.checklists.builders import Template, add_item, build, empty, item_for, templates
from bali_desktop.checklists.model import (
    CHECKLIST_TYPES,
    Checklist,
    ChecklistItem,
    Option,
    PausePoint,
    Reminder,
    Step,
    edited_item,
)
from bali_desktop.checklists.store import ChecklistStore, ChecklistSummary, parse_ref

__all__ = [
    "CHECKLIST_TYPES",
    "Checklist",
    "ChecklistItem",
    "ChecklistStore",
    "ChecklistSummary",
    "Option",
    "PausePoint",
    "Reminder",
    "Step",
    "Template",
    "add_item",
    "build",
    "edited_item",
    "empty",
    "item_for",
    "parse_ref",
    "templates",
]
