"""Phrase cards, typed: the languages of a set, its cards, and each translation with its status.

Read once from a `phrases` item (`PhraseSet.from_item`); the command line, the card screen and
read-aloud take the phrases, languages and statuses from here, never from `item.data` directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bali_desktop.domain.records import Item

SOURCE_LANGUAGE = "en"
# status -> what the card says about a translation (the only wording, on screen and printed)
STATUS_LABELS: dict[str, str] = {
    "source": "English source text, written for Bali Desktop",
    "reviewed": "Checked by a native speaker",
    "not-checked": "Not yet checked by a native speaker",
}
STATUSES = tuple(STATUS_LABELS)


@dataclass(frozen=True)
class Language:
    code: str  # "id", "zh-hans"
    name: str  # the English name, "Indonesian"
    native: str  # the language's own name in its own script, "Bahasa Indonesia"
    script: str  # "Latin", "Khmer", ...
    direction: str = "ltr"  # "rtl" for Arabic
    speech: tuple[str, ...] = ()  # language codes a system voice may report for it ("cmn", "zh")
    also: tuple[str, ...] = ()  # other names people search by ("Filipino", "Mandarin")

    @property
    def label(self) -> str:
        """ "Khmer — ភាសាខ្មែរ"; just the name when both are the same ("English")."""
        return self.name if self.native == self.name else f"{self.name} — {self.native}"


@dataclass(frozen=True)
class Translation:
    text: str
    status: str  # one of STATUSES
    note: str = ""  # e.g. "Addressed to a man; ..."
    reviewed_by: str = ""

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS.get(self.status, self.status)
        return f"{label} ({self.reviewed_by})" if self.reviewed_by else label


@dataclass(frozen=True)
class Card:
    id: str
    kind: str  # "languages" | "statement" | "question" | "answer"
    title: str  # in English, for the officer
    note: str  # guidance for the officer, in English
    texts: dict[str, Translation]  # language code -> translation

    def text(self, code: str) -> Translation:
        """The translation into `code`; the English source when there is none."""
        return self.texts.get(code) or self.texts[SOURCE_LANGUAGE]


@dataclass(frozen=True)
class PhraseSet:
    ref: str
    title: str
    purpose: str
    languages: tuple[Language, ...]
    cards: tuple[Card, ...]
    based_on: tuple[str, ...] = ()

    def language(self, code: str) -> Language:
        return next((lang for lang in self.languages if lang.code == code), self.languages[0])

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    @property
    def answers(self) -> tuple[Card, ...]:
        return tuple(c for c in self.cards if c.kind == "answer")

    @classmethod
    def from_item(cls, item: Item) -> PhraseSet:
        return cls.from_data(item.ref, item.data)

    @classmethod
    def from_data(cls, ref: str, data: dict[str, Any]) -> PhraseSet:
        languages = tuple(
            Language(
                code=lang["code"],
                name=lang["name"],
                native=lang["native"],
                script=lang["script"],
                direction=lang.get("direction", "ltr"),
                speech=tuple(lang.get("speech", ())),
                also=tuple(lang.get("also", ())),
            )
            for lang in data["languages"]
        )
        cards = tuple(
            Card(
                id=c["id"],
                kind=c["kind"],
                title=c["title"],
                note=c.get("note", ""),
                texts={
                    code: Translation(t["text"], t["status"], t.get("note", ""), t.get("reviewed_by", ""))
                    for code, t in c["text"].items()
                },
            )
            for c in data["cards"]
        )
        return cls(ref, data["title"], data["purpose"], languages, cards, tuple(data.get("based_on", ())))


def card_lines(phrases: PhraseSet) -> list[str]:
    """Every card in every language with its status, as plain lines (the command line, the record)."""
    lines: list[str] = []
    width = max(len(lang.name) for lang in phrases.languages)
    for n, card in enumerate(phrases.cards, 1):
        lines += ["", f"Card {n}: {card.title}"]
        if card.note:
            lines.append(f"  For the officer: {card.note}")
        if card.kind == "languages":
            lines.append(
                "  The languages, each in its own name: " + " · ".join(x.native for x in phrases.languages)
            )
        for lang in phrases.languages:
            t = card.text(lang.code)
            note = f" {t.note}" if t.note else ""
            lines.append(f"  {lang.name:<{width}}  {t.text}  [{t.status_label}.{note}]")
    return lines
