"""The line that says a pathway on screen is our translation, and whether a native speaker has
checked it ("Terjemahan: belum diperiksa oleh penutur asli."): shown on the pathway and the
walk-through screens whenever the item is read in another language than English, as the reader
and the printed sheets say it (issue 12, point 3). Nothing when the item is read in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QWidget

from bali_desktop.domain.records import Item
from bali_desktop.gui.widgets import label

translate = QCoreApplication.translate


def note_text(item: Item) -> str:
    """ "Translation: not yet checked by a native speaker." in the window's language; "" for an
    item read in English (or official text, whose words are never translated)."""
    t = item.translation
    if t is None or t.language == "en":
        return ""
    status = t.status_label(t.language)  # the content's own wording of its status
    status = status[:1].lower() + status[1:]
    return translate("translation_note", "Translation: {status}.").format(status=status)


def note_label(item: Item) -> QLabel | None:
    """The note as a muted line (None when there is nothing to say)."""
    text = note_text(item)
    if not text:
        return None
    note = label(text, tone="muted", selectable=False)
    note.setObjectName("translation_note")
    note.setAccessibleName(translate("translation_note", "Translation status"))
    return note


def show_under(title: QLabel, item: Item) -> None:
    """The note for `item` on the line under `title` (made the first time, then said again, or
    hidden when the item is read in English): the walk-through's heading."""
    note = title.property("translation_note")
    if not isinstance(note, QLabel):
        layout = layout_holding(title)
        if layout is None:
            return
        note = label("", tone="muted", selectable=False)
        note.setObjectName("translation_note")
        layout.insertWidget(layout.indexOf(title) + 1, note)
        title.setProperty("translation_note", note)
    note.setAccessibleName(translate("translation_note", "Translation status"))
    text = note_text(item)
    note.setText(text)
    note.setVisible(bool(text))


def layout_holding(widget: QWidget) -> QBoxLayout | None:
    """The box layout `widget` sits in directly (searched from its parent's layout down)."""
    parent = widget.parentWidget()
    top = parent.layout() if parent is not None else None
    todo: list[QLayout] = [top] if top is not None else []
    while todo:
        layout = todo.pop()
        if isinstance(layout, QBoxLayout) and layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            item = layout.itemAt(i)
            inner = item.layout() if item is not None else None
            if inner is not None:
                todo.append(inner)
    return None
