"""What the pack tables hold, as the pack store reads and writes it (storage/pack_store.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

OVERLAY_POSITION = 1_000_000_000  # content_items.position of an item laid over the shipped ones
OVERLAY_ROWID = 1 << 23  # in an index rowid's item number (below search.LANG_SHIFT, the language's bits)
MINE = ""  # pack_id (and version) of a document the user added without a pack

# Columns as named in storage/schema.py (a test checks every list here against the models).
PACK_COLUMNS = (
    "id",
    "version",
    "state",
    "publisher",
    "country",
    "languages",
    "description",
    "created",
    "fingerprint",
    "key_label",
    "size",
    "installed_at",
)
PACK_ITEM_COLUMNS = (
    "pack_id",
    "version",
    "ref",
    "kind",
    "title",
    "text",
    "keywords",
    "body",
    "related",
    "data",
)
PACK_CONTACT_COLUMNS = (
    "id",
    "pack_id",
    "version",
    "role",
    "organisation",
    "phone",
    "hours",
    "notes",
    "country",
)
PACK_STEP_COLUMNS = (
    "pack_id",
    "version",
    "id",
    "pathway_ref",
    "step",
    "position",
    "action",
    "why",
    "say",
    "roles",
)
PACK_TRANSLATION_COLUMNS = (
    "pack_id",
    "version",
    "ref",
    "language",
    "status",
    "reviewed_by",
    "title",
    "text",
    "fields",
)
DOCUMENT_FILE_COLUMNS = (
    "pack_id",
    "version",
    "doc_id",
    "title",
    "file_name",
    "pdf",
    "text",
    "pages",
    "added_at",
)
TRUSTED_KEY_COLUMNS = ("fingerprint", "public_key", "label", "added_at", "removed_at")
PACK_TABLES = ("pack_items", "pack_contacts", "pack_steps", "pack_translations", "document_files")
# every table of migration 0005: neither shipped content nor user tables (a reload keeps them)
ALL_PACK_TABLES = ("packs", *PACK_TABLES, "trusted_keys")


@dataclass(frozen=True)
class PackInfo:
    id: str
    version: str
    state: str  # "active" | "previous"
    publisher: str
    country: str
    languages: tuple[str, ...]
    description: str
    created: str
    fingerprint: str
    key_label: str
    size: int
    installed_at: datetime


@dataclass(frozen=True)
class OverlayItem:
    ref: str
    kind: str
    title: str
    text: str
    keywords: str = ""
    body: str = ""
    related: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PackContactRow:
    id: int
    pack_id: str
    version: str
    role: str
    organisation: str
    phone: str
    hours: str
    notes: str
    country: str


@dataclass(frozen=True)
class PackStepRow:
    pack_id: str
    version: str
    id: str
    pathway_ref: str
    step: str
    position: int
    action: str
    why: str
    say: str
    roles: tuple[str, ...]
    country: str = ""


@dataclass(frozen=True)
class TranslationRow:
    pack_id: str
    ref: str
    language: str
    status: str
    reviewed_by: str
    title: str
    text: str
    fields: dict[str, Any]  # translations.yaml: the fields given; else {"_record": ...} (packs/translated.py)


@dataclass(frozen=True)
class DocumentRow:
    pack_id: str
    version: str
    doc_id: str
    title: str
    file_name: str
    pdf: bytes
    text: str
    pages: int
    added_at: datetime


@dataclass(frozen=True)
class KeyRow:
    fingerprint: str
    public_key: str
    label: str
    added_at: datetime
    removed_at: datetime | None


@dataclass
class NewPack:
    """Everything one install writes (services/packs.py has checked it all)."""

    info: PackInfo
    items: list[OverlayItem] = field(default_factory=list)
    contacts: list[dict[str, str]] = field(default_factory=list)
    steps: list[PackStepRow] = field(default_factory=list)
    translations: list[TranslationRow] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
