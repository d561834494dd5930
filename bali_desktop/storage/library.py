"""Transitional: the pre-services name of a session, for callers not yet moved (issue 9)."""

from __future__ import annotations

from typing import Any

from bali_desktop.services.session import Session, prepare_data_dir

__all__ = ["Library", "prepare_data_dir"]


class Library(Session):
    def __getattr__(self, name: str) -> Any:
        return getattr(self.content, name)

    @property
    def engine(self) -> Any:
        return self.connection
