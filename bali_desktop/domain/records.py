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
