"""search vocabulary: the index's terms with their stems, and the index rebuilt on the next start

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Search that forgives (issue 13) reads the full-text index's own vocabulary: every term, its English
Snowball stem (referrals ~ referral) and how many items hold it (to correct a typo to the commonest
near word). `content_fts_terms` is content, like the index: written with it on every content load,
never by hand. The index itself now carries the kind of each row in its rowid. Both are made from
the shipped files, so this migration only makes the table and marks the stored content as needing
a reload: the next open rebuilds the index and fills the table (storage/content_store.py). The
content already there stays readable until then; the user's tables are not touched.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# never a real digest (those are hex): the next open reloads the content, which rebuilds the index
REINDEX_MARKER = "reindex-for-search-vocabulary-0003"


def upgrade() -> None:
    # raw SQL, as the FTS5 table (migrations/env.py leaves content_fts* out of autogenerate)
    op.execute(
        "CREATE TABLE content_fts_terms ("
        "term TEXT NOT NULL PRIMARY KEY, stem TEXT NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID"
    )
    op.execute("CREATE INDEX content_fts_terms_stem ON content_fts_terms (stem)")
    op.execute(f"UPDATE meta SET value = '{REINDEX_MARKER}' WHERE key = 'content_digest'")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS content_fts_terms")
    op.execute("DELETE FROM meta WHERE key = 'search_kind_codes'")
    op.execute(f"UPDATE meta SET value = '{REINDEX_MARKER}' WHERE key = 'content_digest'")
