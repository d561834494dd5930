"""One SQLAlchemy engine per database file, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from bali_desktop.storage.connection import apply_pragmas


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"check_same_thread": False, "timeout": 10},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_con, _record) -> None:  # noqa: ANN001
        apply_pragmas(dbapi_con)

    return engine
