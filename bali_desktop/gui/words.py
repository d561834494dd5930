"""Words the window shows that come from the layers below (places, kinds of item, whose words a
reader is reading, the script label): marked here so lupdate finds them, translated where shown.
tests/test_translations.py checks that every such word of the domain is listed here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bali_desktop.domain.locations import KIND_LABELS

translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for translation in `context` (lupdate finds it); translated where it is shown.
    Typed, unlike PySide6's own (which mypy sees as returning object)."""
    return text


PLACE_WORDS = (
    QT_TRANSLATE_NOOP("places", "Home"),
    QT_TRANSLATE_NOOP("places", "Pathways"),
    QT_TRANSLATE_NOOP("places", "Guides"),
    QT_TRANSLATE_NOOP("places", "Strategy"),
    QT_TRANSLATE_NOOP("places", "Who's who"),
    QT_TRANSLATE_NOOP("places", "Timeline"),
    QT_TRANSLATE_NOOP("places", "Sources"),
    QT_TRANSLATE_NOOP("places", "Checklists"),
    QT_TRANSLATE_NOOP("places", "Contacts"),
    QT_TRANSLATE_NOOP("places", "Notes & bookmarks"),
    QT_TRANSLATE_NOOP("places", "Commitment tracker"),
)
KIND_WORDS = (
    QT_TRANSLATE_NOOP("kinds", "Pathway"),
    QT_TRANSLATE_NOOP("kinds", "Pathways"),
    QT_TRANSLATE_NOOP("kinds", "Decision aid"),
    QT_TRANSLATE_NOOP("kinds", "Decision aids"),
    QT_TRANSLATE_NOOP("kinds", "Guide"),
    QT_TRANSLATE_NOOP("kinds", "Guides and tool kits"),
    QT_TRANSLATE_NOOP("kinds", "Area of cooperation"),
    QT_TRANSLATE_NOOP("kinds", "Areas of cooperation"),
    QT_TRANSLATE_NOOP("kinds", "Commitment"),
    QT_TRANSLATE_NOOP("kinds", "Commitments and activities"),
    QT_TRANSLATE_NOOP("kinds", "Objective"),
    QT_TRANSLATE_NOOP("kinds", "2017 Strategy objective"),
    QT_TRANSLATE_NOOP("kinds", "Principle"),
    QT_TRANSLATE_NOOP("kinds", "RCF principles"),
    QT_TRANSLATE_NOOP("kinds", "Passage"),
    QT_TRANSLATE_NOOP("kinds", "Passages of official documents"),
    QT_TRANSLATE_NOOP("kinds", "Group"),
    QT_TRANSLATE_NOOP("kinds", "Groups and working groups"),
    QT_TRANSLATE_NOOP("kinds", "Member"),
    QT_TRANSLATE_NOOP("kinds", "Members"),
    QT_TRANSLATE_NOOP("kinds", "Observer"),
    QT_TRANSLATE_NOOP("kinds", "Observers"),
    QT_TRANSLATE_NOOP("kinds", "Event"),
    QT_TRANSLATE_NOOP("kinds", "Timeline"),
    QT_TRANSLATE_NOOP("kinds", "Referral role"),
    QT_TRANSLATE_NOOP("kinds", "Referral roles"),
    QT_TRANSLATE_NOOP("kinds", "Source document"),
    QT_TRANSLATE_NOOP("kinds", "Source documents"),
    QT_TRANSLATE_NOOP("kinds", "Phrase cards"),
)
LABEL_WORDS = (
    QT_TRANSLATE_NOOP("labels", "Guidance — not official Bali Process text"),
    QT_TRANSLATE_NOOP(
        "labels",
        "Summary written for Bali Desktop from the source named below — not official Bali Process text",
    ),
    QT_TRANSLATE_NOOP("labels", "Official text, quoted word for word"),
    QT_TRANSLATE_NOOP(
        "labels", "Short title written for Bali Desktop; the quotation below is the official text."
    ),
)
ROUTE_WORDS = (
    QT_TRANSLATE_NOOP("route_words", "Say"),
    QT_TRANSLATE_NOOP(
        "route_words", "Our guidance: words to read aloud, in a language the person understands."
    ),
)
PHRASE_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("phrases", "English source text, written for Bali Desktop"),
    QT_TRANSLATE_NOOP("phrases", "Checked by a native speaker"),
    QT_TRANSLATE_NOOP("phrases", "Not yet checked by a native speaker"),
)
CHECKLIST_TYPE_WORDS = (  # domain/checklist.py TYPE_HELP
    QT_TRANSLATE_NOOP("checklist_types", "Read each item, then do it, in order."),
    QT_TRANSLATE_NOOP("checklist_types", "Do the work from memory, then stop and confirm each item."),
)


def place_name(text: str) -> str:
    """A place of the navigation list, in the window's language."""
    return translate("places", text)


def kind_name(kind: str, plural: bool = False) -> str:
    """ "Pathway" / "Pathways" for a kind of item, in the window's language."""
    words = KIND_LABELS.get(kind, (kind, kind))
    return translate("kinds", words[1 if plural else 0])


def label_word(text: str) -> str:
    """A whose-words label (guidance, summary, official text), in the window's language."""
    return translate("labels", text)


# Qt's own standard buttons (message boxes, dialog button boxes) ask our translator too, under
# Qt's context; Qt ships no Indonesian for them, so they are ours to translate
QT_BUTTON_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
)


def phrase_status(status: str) -> str:
    """A phrase card's translation status ("Not yet checked by a native speaker", or "Checked by
    a native speaker (who)"), in the window's language; the reviewer's name is kept as written."""
    for source in PHRASE_STATUS_WORDS:
        if status.startswith(source):
            return translate("phrases", source) + status[len(source) :]
    return status


def checklist_type_help(text: str) -> str:
    """The one-line help of a checklist type (READ-DO, DO-CONFIRM), in the window's language."""
    return translate("checklist_types", text)


# the edit menu Qt gives every text field (right-click), under Qt's own contexts
QT_EDIT_WORDS = tuple(
    word
    for words in (
        (
            QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
            QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
            QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
            QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
            QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
            QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
            QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
        ),
        (
            QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
            QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
        ),
    )
    for word in words
)
