"""The officer's words of the phrase cards in the window's language: each card's title (the list
of cards) and its note for the officer, and each language's name (English's name for it; the
name in its own script is on the card and never translated). The words the person in front of the
officer reads are on the cards themselves, in every language (phrases.yaml), and are not here.

Marked here so lupdate finds them; a card or language a pack adds that is not listed stays in
English. tests/test_translations.py checks that every title, note and name of phrases.yaml is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bali_desktop.gui.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

CARD_TITLES = (
    QT_TRANSLATE_NOOP("phrase_titles", "Which language do you speak?"),
    QT_TRANSLATE_NOOP("phrase_titles", "I am an officer. I will not hurt you."),
    QT_TRANSLATE_NOOP("phrase_titles", "We will try to find an interpreter."),
    QT_TRANSLATE_NOOP("phrase_titles", "Do you need a doctor?"),
    QT_TRANSLATE_NOOP("phrase_titles", "You may ask for protection."),
    QT_TRANSLATE_NOOP("phrase_titles", "How old are you?"),
    QT_TRANSLATE_NOOP("phrase_titles", "Are you travelling alone?"),
    QT_TRANSLATE_NOOP("phrase_titles", "Is anyone forcing you?"),
    QT_TRANSLATE_NOOP("phrase_titles", "Yes"),
    QT_TRANSLATE_NOOP("phrase_titles", "No"),
    QT_TRANSLATE_NOOP("phrase_titles", "I don't understand"),
)
OFFICER_NOTES = (
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "Turn the screen to the person and let them point to their language; then choose it. "
        "Call an independent interpreter as soon as you know it.",
    ),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "Say only what you can keep to. This card promises nothing about what happens next: "
        'do not add "you are safe here" or "you will not be sent back".',
    ),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "An independent interpreter: never a companion, escort, employer or crew member. If none "
        "can be found, use telephone interpreting; until then deal with urgent needs and safety only.",
    ),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "Urgent needs come first. If the answer is yes, get medical help before any other question.",
    ),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "Anyone may ask. If the person asks for protection or is afraid to go back, do not contact "
        "their consulate or home authorities; follow the international protection pathway.",
    ),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "If the person may be under 18, treat them as a child until their age is known (the child pathway).",
    ),
    QT_TRANSLATE_NOOP("phrase_notes", "Ask when the person is apart from the people travelling with them."),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "Show this card only when the person is apart from their companions, and never read it aloud "
        "in front of them. If in doubt, refer: the victim-of-trafficking pathway.",
    ),
    QT_TRANSLATE_NOOP("phrase_notes", "An answer card for the person to point at."),
    QT_TRANSLATE_NOOP(
        "phrase_notes",
        "An answer card for the person to point at. If they point here, stop and wait for the interpreter.",
    ),
)
LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("phrase_languages", "English"),
    QT_TRANSLATE_NOOP("phrase_languages", "Indonesian"),
    QT_TRANSLATE_NOOP("phrase_languages", "Malay"),
    QT_TRANSLATE_NOOP("phrase_languages", "Thai"),
    QT_TRANSLATE_NOOP("phrase_languages", "Vietnamese"),
    QT_TRANSLATE_NOOP("phrase_languages", "Khmer"),
    QT_TRANSLATE_NOOP("phrase_languages", "Burmese"),
    QT_TRANSLATE_NOOP("phrase_languages", "Lao"),
    QT_TRANSLATE_NOOP("phrase_languages", "Tagalog"),
    QT_TRANSLATE_NOOP("phrase_languages", "Bengali"),
    QT_TRANSLATE_NOOP("phrase_languages", "Chinese"),
    QT_TRANSLATE_NOOP("phrase_languages", "Arabic"),
)


def card_title(title: str) -> str:
    """A card's title (the list of cards), in the window's language."""
    return translate("phrase_titles", title)


def officer_note(note: str) -> str:
    """A card's note for the officer, in the window's language."""
    return translate("phrase_notes", note)


def language_name(name: str) -> str:
    """A card language's English name ("Malay"), in the window's language ("Melayu")."""
    return translate("phrase_languages", name)
