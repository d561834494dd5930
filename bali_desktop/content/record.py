"""What loading the shipped content produces: flat records ready for the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bali_desktop.domain.records import DocumentInfo


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
