"""SQLAlchemy models: shipped content tables (reloaded whole) and user tables (never touched by a reload)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bali_desktop.storage.connection import FTS_TABLE  # noqa: F401 - part of the schema


class Base(DeclarativeBase):
    pass


# --- shipped content ----------------------------------------------------------------------


class Meta(Base):
    """Key-value facts about the database: content version and hash."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SourceDocumentRow(Base):
    __tablename__ = "source_documents"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(Text)


class SourceParagraph(Base):
    __tablename__ = "source_paragraphs"
    document_id: Mapped[str] = mapped_column(
        ForeignKey("source_documents.id", ondelete="CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1-based
    text: Mapped[str] = mapped_column(Text)


class ContentItem(Base):
    """One addressable item of shipped content, `ref` = "kind:id"."""

    __tablename__ = "content_items"
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String, index=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    official: Mapped[bool] = mapped_column(Boolean)
    source_document: Mapped[str | None] = mapped_column(String)
    source_locator: Mapped[str | None] = mapped_column(Text)
    source_paragraph: Mapped[int | None] = mapped_column(Integer)
    parent_ref: Mapped[str | None] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)  # shipped order within its kind
    related: Mapped[list[str]] = mapped_column(JSON)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


# --- the user's own things (refs are plain strings: content may change under them) ------


class Bookmark(Base):
    __tablename__ = "bookmarks"
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Note(Base):
    __tablename__ = "notes"
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RecentItem(Base):
    __tablename__ = "recent_items"
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Contact(Base):
    """A national referral contact the user (or a national content pack) entered for a role."""

    __tablename__ = "contacts"
    __table_args__ = {"sqlite_autoincrement": True}  # an id is never handed out twice
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    role: Mapped[str] = mapped_column(String, index=True)
    organisation: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String, default="")
    hours: Mapped[str] = mapped_column(String, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String, default="")


class Checklist(Base):
    """A user's checklist: its structure as JSON (pause points and items), ticks not names."""

    __tablename__ = "checklists"
    __table_args__ = {"sqlite_autoincrement": True}  # checklist:N never points at another later
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(Text)
    checklist_type: Mapped[str] = mapped_column(String)
    origin_ref: Mapped[str | None] = mapped_column(String)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WalkthroughTick(Base):
    """One step marked during a pathway walk-through: status and time only, no names."""

    __tablename__ = "walkthrough_ticks"
    pathway_ref: Mapped[str] = mapped_column(String, primary_key=True)
    step_id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)  # "done" | "not-applicable"
    at: Mapped[datetime] = mapped_column(DateTime)


class CommitmentStatus(Base):
    """A focal point's tracking of what their country does on a commitment."""

    __tablename__ = "commitment_status"
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)  # a code of domain/tracker.py's Status
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    agency: Mapped[str] = mapped_column(Text, default="", server_default="")  # lead agency
    next_step: Mapped[str] = mapped_column(Text, default="", server_default="")
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")  # one per line, as text


class TrackerLogEntry(Base):
    """One dated action a focal point logged on a commitment (the date is the one the user gave)."""

    __tablename__ = "tracker_log"
    __table_args__ = (
        Index("ix_tracker_log_ref", "ref", "on_date"),
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ref: Mapped[str] = mapped_column(String)
    on_date: Mapped[str] = mapped_column(String)  # YYYY-MM-DD
    action: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- national content packs (issue 15): installed packs, what they add, the trusted keys ----------
# Pack rows are neither shipped content (a reload keeps them and puts their items back into the
# content tables) nor the user's own work; the trusted keys are the user's decision.


class PackRow(Base):
    """One installed version of a pack: the active one, or the previous one kept for rollback."""

    __tablename__ = "packs"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[str] = mapped_column(String, primary_key=True)
    state: Mapped[str] = mapped_column(String)  # "active" | "previous"
    publisher: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(Text)
    languages: Mapped[list[str]] = mapped_column(JSON)
    description: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String)  # the build's time, as the manifest says
    fingerprint: Mapped[str] = mapped_column(String)  # the key that signed it (compact hex)
    key_label: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    installed_at: Mapped[datetime] = mapped_column(DateTime)


class PackItemRow(Base):
    """An item a pack adds (a guide, a document): put into content_items and the index."""

    __tablename__ = "pack_items"
    pack_id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[str] = mapped_column(String, primary_key=True)
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    keywords: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    related: Mapped[list[str]] = mapped_column(JSON)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PackContactRow(Base):
    """A national contact a pack carries: shown among the contacts, marked, removed with the pack."""

    __tablename__ = "pack_contacts"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pack_id: Mapped[str] = mapped_column(String, index=True)
    version: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    organisation: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(String)
    hours: Mapped[str] = mapped_column(String)
    notes: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String)


class PackStepRow(Base):
    """A national step, shown as "In <country>" beside our step `step` of `pathway_ref`."""

    __tablename__ = "pack_steps"
    pack_id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[str] = mapped_column(String, primary_key=True)
    id: Mapped[str] = mapped_column(String, primary_key=True)
    pathway_ref: Mapped[str] = mapped_column(String, index=True)
    step: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text)
    say: Mapped[str] = mapped_column(Text)
    roles: Mapped[list[str]] = mapped_column(JSON)


class PackTranslationRow(Base):
    """Our own words of an item in another language, as a pack carries them, with their status."""

    __tablename__ = "pack_translations"
    pack_id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[str] = mapped_column(String, primary_key=True)
    ref: Mapped[str] = mapped_column(String, primary_key=True)
    language: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)  # "reviewed" | "not-checked"
    reviewed_by: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)


class DocumentFile(Base):
    """A PDF: one a pack carries (pack_id set), or one the user added without a pack (pack_id "")."""

    __tablename__ = "document_files"
    pack_id: Mapped[str] = mapped_column(String, primary_key=True)
    version: Mapped[str] = mapped_column(String, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    text: Mapped[str] = mapped_column(Text)  # extracted with pypdf, for search
    pages: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class TrustedKey(Base):
    """A publisher key the user trusts (added after its fingerprint was shown), or took off the list
    (`removed_at` set: the project's own key too, which otherwise ships in resources/keys/)."""

    __tablename__ = "trusted_keys"
    fingerprint: Mapped[str] = mapped_column(String, primary_key=True)
    public_key: Mapped[str] = mapped_column(Text)  # the KEY.pub line
    label: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


Index("ix_content_items_parent", ContentItem.parent_ref)
