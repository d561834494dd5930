"""Fixtures for the content-pack tests (tests/packs/kit.py makes the packs)."""

from tests.packs.kit import officer  # noqa: F401 - a fixture
