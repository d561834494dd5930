"""The one error a pack is refused with: a line saying what is wrong (exit status 2)."""

from __future__ import annotations

from bali_desktop.domain.errors import BaliError


class PackError(BaliError):
    """A pack (or a key) is refused; nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))  # always one line
