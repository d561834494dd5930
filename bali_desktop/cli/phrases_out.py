"""Phrase cards on the command line: `show phrases:ID --json` gives every card in every language."""

from __future__ import annotations

from typing import Any

from bali_desktop.domain.phrases import PhraseSet


def phrases_json(phrases: PhraseSet) -> dict[str, Any]:
    return {
        "languages": [
            {
                "code": lang.code,
                "name": lang.name,
                "native": lang.native,
                "script": lang.script,
                "direction": lang.direction,
            }
            for lang in phrases.languages
        ],
        "cards": [
            {
                "id": card.id,
                "kind": card.kind,
                "title": card.title,
                "note": card.note,
                "text": {
                    lang.code: {
                        "text": card.text(lang.code).text,
                        "status": card.text(lang.code).status,
                        "status_label": card.text(lang.code).status_label,
                        "note": card.text(lang.code).note,
                    }
                    for lang in phrases.languages
                },
            }
            for card in phrases.cards
        ],
    }
