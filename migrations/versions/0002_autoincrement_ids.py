"""ids are never reused: AUTOINCREMENT on checklists and contacts

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

SQLite hands out the id of a deleted newest row again unless the table says AUTOINCREMENT, so
"Undo delete" (or a `checklist:N` kept in a note) could land on newer work. Both tables are
rebuilt with the keyword (batch mode: copy, drop, rename); the rows keep their ids, and
sqlite_sequence starts at the largest id in use, so the next id is above every id ever seen
from now on. The app runs this inside one transaction (storage/migrate.py).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TABLES = ("checklists", "contacts")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ) as batch_op:
            del batch_op  # nothing to alter: the table is rebuilt with the keyword


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ) as batch_op:
            del batch_op
