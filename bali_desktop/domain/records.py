"""Plain dataclasses that cross from the core to the CLI and the GUI (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    document: str  # document id
    document_title: str
    locator: str
    paragraph: int | None = None  # 1-based paragraph in the shipped source text


# What a translation's status says, in the reader's language (the one wording, on screen and printed)
TRANSLATION_STATUS: dict[str, dict[str, str]] = {
    "reviewed": {"en": "Checked by a native speaker", "id": "Sudah diperiksa oleh penutur asli"},
    "not-checked": {
        "en": "Not yet checked by a native speaker",
        "id": "Belum diperiksa oleh penutur asli",
    },
}
# What official text read in another language is labelled (it is never translated)
OFFICIAL_ENGLISH: dict[str, str] = {
    "en": "Official English text, quoted word for word",
    "id": "Teks resmi dalam bahasa Inggris, dikutip kata demi kata (tidak diterjemahkan)",
}


@dataclass(frozen=True)
class ItemTranslation:
    """How an item read in another language is translated: our words in `language`, with a status.

    `text_language` is the language of the item's text: "en" for official text (never translated,
    only our title is), else `language`."""

    language: str  # "id"
    status: str  # "reviewed" | "not-checked"
    reviewed_by: str = ""
    text_language: str = ""

    def status_label(self, lang: str | None = None) -> str:
        words = TRANSLATION_STATUS.get(self.status, {})
        label = words.get(lang or self.language) or words.get("en") or self.status
        return f"{label} ({self.reviewed_by})" if self.reviewed_by else label

    @property
    def official_english(self) -> bool:
        """The text is the official English text (only our title is translated)."""
        return self.text_language == "en" and self.language != "en"


@dataclass(frozen=True)
class Item:
    ref: str
    kind: str
    title: str
    text: str
    official: bool
    source: Source | None
    parent: str | None
    related: tuple[str, ...]
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # None: read in English, or no translation in the language asked for (English shown instead)
    translation: ItemTranslation | None = None

    @property
    def language(self) -> str:
        """The language of the item's own words (title, and text unless official)."""
        return self.translation.language if self.translation else "en"

    @property
    def id(self) -> str:
        return self.ref.split(":", 1)[1]


@dataclass(frozen=True)
class SearchHit:
    ref: str
    kind: str
    title: str
    snippet: str  # matched words between MARK_START and MARK_END
    score: float


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str


@dataclass(frozen=True)
class DocumentInfo:
    id: str
    title: str
    publisher: str
    date: str
    description: str


MARK_START = "\x02"
MARK_END = "\x03"


def snippet_plain(snippet: str, start: str = "[", end: str = "]") -> str:
    return snippet.replace(MARK_START, start).replace(MARK_END, end)
