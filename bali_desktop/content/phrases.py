"""Phrase cards (resources/content/phrases.yaml): the schema the loader validates, and the record.

Every translation carries its status; English is the one source text. A translation we wrote is
"not-checked"; "reviewed" needs the name of who checked it (`reviewed_by`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from bali_desktop.content.record import ContentRecord
from bali_desktop.content.schema import NonEmpty, Ref, Slug, Strict
from bali_desktop.domain import labels
from bali_desktop.domain.phrases import SOURCE_LANGUAGE, STATUSES, PhraseSet, card_lines

Status = Literal["source", "reviewed", "not-checked"]
assert set(STATUSES) == {"source", "reviewed", "not-checked"}


class Language(Strict):
    code: Slug
    name: NonEmpty  # in English
    native: NonEmpty  # its own name, in its own script
    script: NonEmpty
    direction: Literal["ltr", "rtl"] = "ltr"
    speech: list[NonEmpty] = []  # language codes a system voice may report for it
    also: list[NonEmpty] = []  # other names to search by


class Translation(Strict):
    text: NonEmpty
    status: Status
    note: str = ""
    reviewed_by: str = ""

    @model_validator(mode="after")
    def _reviewed_names_the_reviewer(self) -> Translation:
        if self.status == "reviewed" and not self.reviewed_by.strip():
            raise ValueError("a reviewed translation names who checked it (reviewed_by)")
        if self.status != "reviewed" and self.reviewed_by:
            raise ValueError("reviewed_by is only for a reviewed translation")
        return self


class Card(Strict):
    id: Slug
    kind: Literal["languages", "statement", "question", "answer"]
    title: NonEmpty
    note: str = ""
    text: dict[str, Translation]


class PhraseSetModel(Strict):
    id: Slug
    title: NonEmpty
    purpose: NonEmpty
    based_on: list[NonEmpty] = Field(min_length=1)
    related: list[Ref] = []
    keywords: list[str] = []
    languages: list[Language] = Field(min_length=2)
    cards: list[Card] = Field(min_length=1)

    @model_validator(mode="after")
    def _every_card_in_every_language(self) -> PhraseSetModel:
        codes = [lang.code for lang in self.languages]
        if len(set(codes)) != len(codes):
            raise ValueError("a language is listed twice")
        if SOURCE_LANGUAGE not in codes:
            raise ValueError(f"the source language {SOURCE_LANGUAGE!r} must be listed")
        ids = [c.id for c in self.cards]
        if len(set(ids)) != len(ids):
            raise ValueError("two cards share an id")
        for card in self.cards:
            missing = [c for c in codes if c not in card.text]
            unknown = [c for c in card.text if c not in codes]
            if missing or unknown:
                raise ValueError(f"card {card.id!r}: missing {missing}, not a listed language {unknown}")
            for code, t in card.text.items():
                if (code == SOURCE_LANGUAGE) != (t.status == "source"):
                    raise ValueError(
                        f"card {card.id!r}, {code}: only the English text is the source; "
                        "a translation is 'not-checked' or 'reviewed'"
                    )
        return self


class PhrasesFile(Strict):
    phrase_sets: list[PhraseSetModel]


def record(p: PhraseSetModel) -> ContentRecord:
    data = p.model_dump()
    typed = PhraseSet.from_data(f"phrases:{p.id}", data)
    lines = [p.purpose, *card_lines(typed), "", "Based on: " + "; ".join(p.based_on), f"{labels.GUIDANCE}."]
    names = [n for lang in p.languages for n in (lang.name, lang.native, *lang.also)]
    return ContentRecord(
        ref=f"phrases:{p.id}",
        kind="phrases",
        title=p.title,
        text="\n".join(lines),
        # indexed: the purpose, the cards' titles and the languages' names (not every translation,
        # which would bury a language's name in a long document)
        index_text="\n".join(
            [p.purpose, *[f"{c.title}." for c in p.cards], "Languages: " + ", ".join(names)]
        ),
        official=False,
        keywords=" ".join([*p.keywords, *dict.fromkeys(names)]),
        related=list(p.related),
        data=data,
    )
