"""The one error a pack is refused with: a line saying what is wrong (exit status 2)."""

from __future__ import annotations

from typing import Any

from bali_desktop.domain.errors import BaliError
from bali_desktop.domain.said import Said


def one_line(message: Any) -> Any:
    """`message` on one line; a sentence of domain/said.py stays one (its values made one line), so
    the window can still say it in its language."""
    if isinstance(message, Said):
        return Said(message.template, **{k: one_line(v) for k, v in message.values.items()})
    if isinstance(message, str):
        return " ".join(message.split())
    return message


class PackError(BaliError):
    """A pack (or a key) is refused; nothing was changed."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))  # always one line
