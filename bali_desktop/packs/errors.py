"""The one error a pack is refused with: a line saying what is wrong (exit status 2)."""

from __future__ import annotations

from bali_desktop.domain.errors import BaliError
from bali_desktop.domain.said import one_line


class PackError(BaliError):
    """A pack (or a key) is refused; nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))  # always one line, a sentence of domain/said.py kept one
