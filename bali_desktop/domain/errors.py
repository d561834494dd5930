"""Errors a user may meet, each carrying a message that says what is wrong and what to do."""

from __future__ import annotations


class BaliError(Exception):
    """Base for errors shown to the user as one clear message (never a traceback)."""

    exit_status = 2


class UsageError(BaliError):
    """Bad command-line input: unknown ref, bad option value."""


class ContentError(BaliError):
    """A content file is missing, unreadable or does not match the schema."""


class DataDirError(BaliError):
    """The data folder cannot be created, read or written."""


class DatabaseError(BaliError):
    """The database file is corrupt, or from a newer version of the app."""


class ExportError(BaliError):
    """A PDF cannot be written where the user asked."""
