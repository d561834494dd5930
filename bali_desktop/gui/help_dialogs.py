"""Help: the keyboard shortcuts, and about the program."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bali_desktop.gui.widgets import esc
from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("help_dialogs", "Ctrl+K, Ctrl+F or /"),
        QT_TRANSLATE_NOOP("help_dialogs", "Search everything"),
    ),
    (
        "↑ ↓, Enter, Esc",
        QT_TRANSLATE_NOOP("help_dialogs", "In search: choose a result, open it, clear the search"),
    ),
    ("Alt+Left, Alt+Right", QT_TRANSLATE_NOOP("help_dialogs", "Back, forward")),
    ("Alt+Home", QT_TRANSLATE_NOOP("help_dialogs", "Home")),
    (
        "Ctrl+1 … Ctrl+9, Ctrl+B",
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "Places: Home, Pathways, Guides, Strategy, Who's who, Timeline, "
            "Sources, Checklists, Contacts; Notes & bookmarks",
        ),
    ),
    ("Ctrl+D", QT_TRANSLATE_NOOP("help_dialogs", "Bookmark this item")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("help_dialogs", "Write a note on this item")),
    ("F4, F5, F6", QT_TRANSLATE_NOOP("help_dialogs", "A pathway's steps, its walk-through, its flow chart")),
    (
        "F7",
        QT_TRANSLATE_NOOP(
            "help_dialogs",
            "Phrase cards for the person in front of you (←, → change card; Ctrl+R read aloud; Esc leave)",
        ),
    ),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("help_dialogs", "Make a checklist from this pathway")),
    (
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("help_dialogs", "Add this item, or the chosen search result, to a checklist"),
    ),
    ("Alt+D, Alt+N, Alt+B", QT_TRANSLATE_NOOP("help_dialogs", "Walk-through: done, not applicable, back")),
    ("+, −, Ctrl+wheel, 0", QT_TRANSLATE_NOOP("help_dialogs", "Flow chart: zoom in, zoom out, zoom, fit")),
    ("Ctrl+plus, Ctrl+minus, Ctrl+0", QT_TRANSLATE_NOOP("help_dialogs", "Larger, smaller, normal text")),
    ("F11", QT_TRANSLATE_NOOP("help_dialogs", "Full screen (for a projector)")),
    (
        "Alt+F, Alt+G, Alt+I, Alt+V, Alt+H",
        QT_TRANSLATE_NOOP("help_dialogs", "Open a menu: every action is in the menus"),
    ),
)


def shortcuts_html() -> str:
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{esc(translate('help_dialogs', k))}</b></td>"
        f"<td>{esc(translate('help_dialogs', v))}</td></tr>"
        for k, v in SHORTCUTS
    )
    return f"<table>{rows}</table>"


def show_shortcuts(parent: QWidget) -> None:
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        translate("help_dialogs", "Keyboard shortcuts"),
        shortcuts_html(),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setAccessibleName(translate("help_dialogs", "Keyboard shortcuts"))
    box.exec()


def show_about(parent: QWidget, content_version: str) -> None:
    from bali_desktop import __version__

    content = esc(content_version or translate("help_dialogs", "not loaded"))
    text = f"<p><b>Bali Desktop {esc(__version__)}</b>, " + translate(
        "help_dialogs", "content {version}"
    ).format(version=content)
    text += "</p><p>" + translate(
        "help_dialogs",
        "An offline reference for officials of the Bali Process on People Smuggling, "
        "Trafficking in Persons and Related Transnational Crime.",
    )
    text += "</p><p>" + translate(
        "help_dialogs",
        "Official text is quoted word for word with its source. Pathways, summaries and "
        "guidance are written for Bali Desktop and are not official Bali Process text.",
    )
    text += "</p><p>" + translate("help_dialogs", "The program never connects to a network.") + "</p>"
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("help_dialogs", "About Bali Desktop"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setAccessibleName(translate("help_dialogs", "About Bali Desktop"))
    box.exec()
