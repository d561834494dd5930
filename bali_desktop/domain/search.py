"""What a search answers: the hits, the query they are for, and what to offer when there are none."""

from __future__ import annotations

from dataclasses import dataclass

from bali_desktop.domain.records import SearchHit


@dataclass(frozen=True)
class SearchResult:
    query: str  # as typed
    hits: tuple[SearchHit, ...]
    # the query the hits are for, when a word matched nothing and was corrected ("trafficking"
    # for "trafiking"); None when the hits are for what was typed
    corrected: str | None = None
    # when nothing is found: where to go instead (the commonest situations, the phrase cards)
    instead: tuple[SearchHit, ...] = ()

    @property
    def showing(self) -> str:
        return self.corrected or self.query

    @property
    def best(self) -> SearchHit | None:
        """The single best match: shown first, and what Enter opens."""
        return self.hits[0] if self.hits else None
