"""Alembic environment: runs against the SQLite file the app (or a test) points it at."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from bali_desktop.storage.schema import FTS_TABLE, Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    # The FTS5 table and its shadow tables are made by raw SQL, not by the models.
    return not (type_ == "table" and name and name.startswith(FTS_TABLE))


def run_migrations_online() -> None:
    given = config.attributes.get("connection")  # a Connection or an Engine (pytest-alembic)
    if isinstance(given, Connection):
        _run(given)
        return
    engine = given or create_engine(config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


def _run(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
