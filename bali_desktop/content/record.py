"""What loading the shipped content produces: flat records ready for the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bali_desktop.domain.records import DocumentInfo


@dataclass
class TranslatedRecord:
    """One record's own words in another language (content/translations.py), rendered like the English."""

    language: str
    status: str  # "reviewed" | "not-checked"
    reviewed_by: str
    title: str
    text: str
    text_language: str  # "en" when the text is official (never translated), else `language`
    keywords: str = ""
    body: str = ""
    index_text: str | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def stored(self) -> dict[str, Any]:
        """What the database keeps of it beside the English (content_store.py)."""
        return {
            "status": self.status,
            "reviewed_by": self.reviewed_by,
            "title": self.title,
            "text": self.text,
            "text_language": self.text_language,
            "data": self.data,
        }


@dataclass
class ContentRecord:
    ref: str
    kind: str
    title: str
    text: str
    official: bool
    keywords: str = ""
    body: str = ""  # extra searchable text (steps, indicators...) beyond `text`
    index_text: str | None = None  # what search indexes instead of `text`, when they differ
    source_document: str | None = None
    source_locator: str | None = None
    source_paragraph: int | None = None
    parent_ref: str | None = None
    related: list[str] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)
    translations: dict[str, TranslatedRecord] = field(default_factory=dict)  # language -> our words there


@dataclass
class ContentBundle:
    version: str
    digest: str
    documents: list[DocumentInfo]
    paragraphs: dict[str, list[str]]  # document id -> paragraphs
    records: list[ContentRecord]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for r in self.records:
            out[r.kind] = out.get(r.kind, 0) + 1
        return out
