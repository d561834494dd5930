"""The schema revisions this version of the app knows, so a start can check without Alembic."""

# Oldest first; the last is the head. A test keeps this in step with migrations/versions/.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
HEAD = KNOWN_REVISIONS[-1]
