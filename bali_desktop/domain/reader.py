"""What the builders need to read content: the shape `storage.content_store.ContentStore` offers.

Declared here so that code which only reads content (checklist builders, print gathering) does
not depend on the storage layer, and tests may hand it any object of this shape.
"""

from __future__ import annotations

from typing import Protocol

from bali_desktop.domain.records import Item


class ContentReader(Protocol):
    def get(self, ref: str) -> Item | None: ...

    def require(self, ref: str) -> Item: ...

    def items(self, kind: str) -> list[Item]: ...

    def children(self, ref: str) -> list[Item]: ...

    def titles(self, refs: list[str]) -> dict[str, str]: ...
