"""commitment tracker: lead agency, next step and evidence on each status, and a dated log of actions

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

The tracker (issue 16) keeps, for each Adelaide Strategy activity and each Co-Chairs' commitment, a
status, the lead agency, the next step, evidence (document refs, titles, links kept as text) and a
dated log of actions. `commitment_status` keeps its rows and columns (a focal point's status typed
before this version is kept as it was) and gains three text columns, empty for the rows already
there; `tracker_log` is new. Both are user tables: never touched by a content reload.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NEW_COLUMNS = ("agency", "next_step", "evidence")


def upgrade() -> None:
    # plain ADD COLUMN (no table rebuild): the rows stay where they are, the new text is empty
    for name in NEW_COLUMNS:
        op.add_column("commitment_status", sa.Column(name, sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "tracker_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(), nullable=False),
        sa.Column("on_date", sa.String(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_tracker_log_ref", "tracker_log", ["ref", "on_date"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_tracker_log_ref", table_name="tracker_log")
    op.drop_table("tracker_log")
    with op.batch_alter_table("commitment_status") as batch_op:
        for name in reversed(NEW_COLUMNS):
            batch_op.drop_column(name)
