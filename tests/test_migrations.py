"""Migrations: one head, upgrade and downgrade round trip, models match the migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_alembic.config import Config
from pytest_alembic.tests import (  # noqa: F401 - collected as tests
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import create_engine

from bali_desktop import paths
from bali_desktop.storage.revision import HEAD, KNOWN_REVISIONS


@pytest.fixture
def alembic_config() -> Config:
    return Config(config_options={"script_location": str(paths.MIGRATIONS_DIR), "path_separator": "os"})


@pytest.fixture
def alembic_engine(tmp_path: Path):
    return create_engine(f"sqlite:///{tmp_path / 'migrations.sqlite3'}")


def test_known_revisions_match_the_migration_scripts() -> None:
    """The start-up check (which avoids importing Alembic) knows every revision, head last."""
    from alembic.script import ScriptDirectory

    from bali_desktop.storage.migrate import alembic_config as app_config

    script = ScriptDirectory.from_config(app_config(Path("unused.sqlite3")))
    ordered = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD
