"""Help: the keyboard shortcuts, and about the program."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bali_desktop.gui.widgets import esc

SHORTCUTS = (
    ("Ctrl+K, Ctrl+F or /", "Search everything"),
    ("↑ ↓, Enter, Esc", "In search: choose a result, open it, clear the search"),
    ("Alt+Left, Alt+Right", "Back, forward"),
    ("Alt+Home", "Home"),
    (
        "Ctrl+1 … Ctrl+9, Ctrl+B",
        "Places: Home, Pathways, Guides, Strategy, Who's who, Timeline, "
        "Sources, Checklists, Contacts; Notes & bookmarks",
    ),
    ("Ctrl+D", "Bookmark this item"),
    ("Ctrl+E", "Write a note on this item"),
    ("F4, F5, F6", "A pathway's steps, its walk-through, its flow chart"),
    ("F7", "Phrase cards for the person in front of you (←, → change card; Ctrl+R read aloud; Esc leave)"),
    ("Ctrl+Shift+C", "Make a checklist from this pathway"),
    ("Ctrl+Shift+A", "Add this item, or the chosen search result, to a checklist"),
    ("Alt+D, Alt+N, Alt+B", "Walk-through: done, not applicable, back"),
    ("+, −, Ctrl+wheel, 0", "Flow chart: zoom in, zoom out, zoom, fit"),
    ("Ctrl+plus, Ctrl+minus, Ctrl+0", "Larger, smaller, normal text"),
    ("F11", "Full screen (for a projector)"),
    ("Alt+F, Alt+G, Alt+I, Alt+V, Alt+H", "Open a menu: every action is in the menus"),
)


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>"
        for k, v in SHORTCUTS
    )
    return f"<table>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        "Keyboard shortcuts",
        shortcuts_html(),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setAccessibleName("Keyboard shortcuts")
    box.exec()


def show_about(parent: QWidget, content_version: str) -> None:
    from bali_desktop import __version__

    text = (
        f"<p><b>Bali Desktop {esc(__version__)}</b>, content {esc(content_version or 'not loaded')}"
        "</p><p>An offline reference for officials of the Bali Process on People Smuggling, "
        "Trafficking in Persons and Related Transnational Crime.</p>"
        "<p>Official text is quoted word for word with its source. Pathways, summaries and "
        "guidance are written for Bali Desktop and are not official Bali Process text.</p>"
        "<p>The program never connects to a network.</p>"
    )
    box = QMessageBox(
        QMessageBox.Icon.Information, "About Bali Desktop", text, QMessageBox.StandardButton.Close, parent
    )
    box.setAccessibleName("About Bali Desktop")
    box.exec()
