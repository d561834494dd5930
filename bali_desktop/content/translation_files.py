"""Translation files: resources/content/translations/<lang>/*.yaml (and a content pack's
translations/<lang>/), their format and how they are read; content/translations.py checks each
against its English item and renders it.

A file names its language (the folder's) and maps refs to the translated fields of each item,
keyed by the English item's own ids (pause point and step ids; decision answers by their English
label; lists by position). Each item carries a status, "reviewed" (with `reviewed_by`) or
"not-checked" ("not yet checked by a native speaker"). The format is documented in
docs/translations.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from bali_desktop.content.schema import NonEmpty, Ref, Strict
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, Said, said

FOLDER = "translations"
SOURCE_LANGUAGE = "en"
Status = Literal["reviewed", "not-checked"]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]


class StepText(Strict):
    action: NonEmpty
    why: str = ""
    say: str = ""
    question: str = ""  # the step's decision question
    options: dict[str, NonEmpty] = {}  # the English answer label -> its translation


class PausePointText(Strict):
    title: NonEmpty
    when: NonEmpty


class IndicatorGroupText(Strict):
    dimension: NonEmpty
    indicators: list[NonEmpty]


class AidQuestionText(Strict):
    question: NonEmpty
    smuggling: NonEmpty
    trafficking: NonEmpty


class ItemText(Strict):
    """The translated fields of one item; which ones a kind takes is checked against the English."""

    status: Status | None = None  # the file's status when left out
    reviewed_by: str = ""
    title: str | None = None
    text: str | None = None  # our own summary of a who's-who or timeline entry (never a quotation)
    keywords: list[NonEmpty] = []  # search words in this language (shown nowhere)
    purpose: str | None = None  # pathway, aid, guide
    pause_points: dict[str, PausePointText] = {}
    steps: dict[str, StepText] = {}
    indicators: list[IndicatorGroupText] = []
    never_do: list[NonEmpty] = []
    questions: list[AidQuestionText] = []  # aid
    remember: list[NonEmpty] = []  # aid
    description: str | None = None  # role
    audience: str | None = None  # guide
    key_points: list[NonEmpty] = []  # guide
    year_note: str | None = None  # guide


class TranslationFile(Strict):
    language: LanguageCode
    status: Status = "not-checked"
    reviewed_by: str = ""
    items: dict[Ref, ItemText]

    @model_validator(mode="after")
    def _reviewed_names_who(self) -> TranslationFile:
        for ref, entry in self.items.items():
            status = entry.status or self.status
            if status == "reviewed" and not (entry.reviewed_by or self.reviewed_by):
                raise ValueError(f"{ref}: status 'reviewed' needs 'reviewed_by' (who checked it)")
        return self


@dataclass(frozen=True)
class Entry:
    """One item's translation, read from `path`: what the loader renders in `language`."""

    path: Path
    language: str
    ref: str
    text: ItemText
    status: str
    reviewed_by: str

    def fail(self, message: Said) -> ContentError:
        """The fault `message` (a sentence of domain/said.py), after the file and the item."""
        return ContentError(
            said(
                QT_TRANSLATE_NOOP("said", "{path}: {ref}: {why}"),
                path=str(self.path),
                ref=self.ref,
                why=message,
            )
        )


def read_all(content_dir: Path, read: Any) -> list[Entry]:
    """Every translation under `content_dir/translations/`, one folder per language; `read` is the
    loader's YAML-to-model reader (it names the file, the item and the field of a fault)."""
    root = content_dir / FOLDER
    if not root.is_dir():
        return []
    out: list[Entry] = []
    seen: dict[tuple[str, str], Path] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(folder.rglob("*.yaml")):
            parsed: TranslationFile = read(path, TranslationFile)
            if parsed.language != folder.name or parsed.language == SOURCE_LANGUAGE:
                raise ContentError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said",
                            "{path}: language '{language}' must be its folder's ('{folder}'), "
                            "and not the source language ('{source}')",
                        ),
                        path=str(path),
                        language=parsed.language,
                        folder=folder.name,
                        source=SOURCE_LANGUAGE,
                    )
                )
            for ref, text in parsed.items.items():
                key = (parsed.language, ref)
                if key in seen:
                    raise ContentError(
                        said(
                            QT_TRANSLATE_NOOP(
                                "said", "{path}: {ref}: translated twice into '{language}' (also in {other})"
                            ),
                            path=str(path),
                            ref=ref,
                            language=parsed.language,
                            other=str(seen[key]),
                        )
                    )
                seen[key] = path
                status = text.status or parsed.status
                who = text.reviewed_by or parsed.reviewed_by
                out.append(
                    Entry(path, parsed.language, ref, text, status, who if status == "reviewed" else "")
                )
    return out
