"""The commitment tracker screen (issue 16): page, chart, editor and dialogs."""

from bali_desktop.gui.tracker.page import TrackerPage

__all__ = ["TrackerPage"]
