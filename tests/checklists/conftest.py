"""Fixtures for checklist tests: a writable library that starts as a copy of the shared one."""

from __future__ import annotations

import pytest

from bali_desktop.services.session import Session


@pytest.fixture
def fresh_library(fresh: Session) -> Session:
    """A writable session of its own (tests/conftest.py's `fresh`, by the name these tests use)."""
    return fresh
