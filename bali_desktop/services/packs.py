"""National content packs (issue 15): trust keys, check a pack against the library, install it
after a backup in one transaction, list, remove and roll back; the packs' contacts and national
steps for the screens and sheets; PDF documents added without a pack.

Every refusal is a PackError with one line and happens before the database is touched.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, message_of, said
from bali_desktop.packs import keys, signing
from bali_desktop.packs.errors import PackError
from bali_desktop.packs.manifest import Manifest, version_key
from bali_desktop.services import backups, pack_checks, pack_trust
from bali_desktop.services.pack_trust import shipped_keys
from bali_desktop.services.session import Session
from bali_desktop.storage.pack_rows import (
    DocumentRow,
    NewPack,
    OverlayItem,
    PackContactRow,
    PackInfo,
    PackStepRow,
    TranslationRow,
)
from bali_desktop.storage.pack_store import PackStore

log = logging.getLogger(__name__)
__all__ = ["PackError"]  # the one error a refusal raises, for the front ends
MAX_FOLDER_PACKS = 200


# --- trusted keys --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str  # in groups of four
    label: str
    shipped: bool  # the project's own key, shipped with the program
    removed: bool  # taken off the list by the user


def _store(s: Session) -> PackStore:
    return PackStore(s.connection)


def _trust(s: Session) -> tuple[dict[str, keys.PublicKey], frozenset[str]]:
    return pack_trust.trust_map(s.connection)


def trusted_keys(s: Session) -> list[TrustedKey]:
    shipped = {keys.compact(k.fingerprint): k for k in shipped_keys()}
    rows = {r.fingerprint: r for r in _store(s).keys()}
    out = [
        TrustedKey(k.fingerprint, k.label, True, fp in rows and rows[fp].removed_at is not None)
        for fp, k in shipped.items()
    ]
    out += [
        TrustedKey(keys.fingerprint_text(fp), r.label, False, r.removed_at is not None)
        for fp, r in rows.items()
        if fp not in shipped
    ]
    return out


def read_key(path: Path) -> keys.PublicKey:
    """The public key in a KEY.pub file (to show its fingerprint before it is trusted)."""
    return keys.load_public(path)


def add_key(s: Session, key: keys.PublicKey, *, now: datetime | None = None) -> TrustedKey:
    _store(s).trust(keys.compact(key.fingerprint), key.line(), key.label, now or datetime.now())
    return TrustedKey(key.fingerprint, key.label, False, False)


def _find_key(s: Session, fingerprint: str) -> tuple[str, str, str]:
    wanted = keys.compact(fingerprint)
    if len(wanted) < 8:
        raise PackError(
            QT_TRANSLATE_NOOP(
                "said", "Give at least the first 8 hex digits of the fingerprint (see `keys list`)."
            )
        )
    known = {keys.compact(k.fingerprint): (k.line(), k.label) for k in shipped_keys()}
    known |= {r.fingerprint: (r.public_key, r.label) for r in _store(s).keys()}
    matches = [fp for fp in known if fp.startswith(wanted)]
    if len(matches) != 1:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "No trusted key has the fingerprint {fingerprint}."),
                fingerprint=repr(fingerprint[:40]),
            )
            if not matches
            else QT_TRANSLATE_NOOP(
                "said", "More than one key starts with those digits; give more of the fingerprint."
            )
        )
    fp = matches[0]
    return fp, *known[fp]


def remove_key(s: Session, fingerprint: str, *, now: datetime | None = None) -> TrustedKey:
    """Take a key off the list; packs it signed are flagged at the next start."""
    fp, line, label = _find_key(s, fingerprint)
    _store(s).distrust(fp, line, label, now or datetime.now())
    return TrustedKey(keys.fingerprint_text(fp), label, False, True)


def keygen(path: Path, label: str = "") -> tuple[Path, keys.PublicKey]:
    return keys.generate(path, label)


def build(folder: Path, out: Path, key: Path) -> Manifest:
    return signing.build(folder, out, key)


# --- checking a pack against the library --------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What installing a pack changes (shown before anything is applied)."""

    added: tuple[str, ...] = ()  # item refs
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    contacts: int = 0
    steps: int = 0
    translations: int = 0
    documents: int = 0
    replaces: str | None = None  # the version installed now

    def lines(self) -> list[str]:
        out = [f"Items: {len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"]
        out.append(f"National contacts: {self.contacts}")
        out.append(f"National steps in pathways: {self.steps}")
        out.append(f"Translations: {self.translations}")
        out.append(f"PDF documents: {self.documents}")
        if self.replaces:
            out.append(f"Replaces version {self.replaces} (kept: `pack rollback` puts it back)")
        return out


@dataclass(frozen=True)
class Plan:
    pack: signing.VerifiedPack
    summary: Summary
    steps: tuple[PackStepRow, ...] = field(default=())
    allow_downgrade: bool = False
    translated: tuple[TranslationRow, ...] = ()  # translations/<lang>/*.yaml, rendered

    @property
    def manifest(self) -> Manifest:
        return self.pack.manifest

    @property
    def fingerprint(self) -> str:
        return keys.fingerprint_text(self.pack.fingerprint)


def check(s: Session, source: Path | bytes, *, allow_downgrade: bool = False) -> Plan:
    """Verify a pack and check it against this library; writes nothing. Raises PackError."""
    trusted, removed = _trust(s)
    pack = signing.verify(source, trusted, removed)
    return _plan(s, pack, allow_downgrade)


def _plan(s: Session, pack: signing.VerifiedPack, allow_downgrade: bool) -> Plan:
    store, m, content = _store(s), pack.manifest, pack.content
    active = store.pack(m.id)
    if active and version_key(m.version) < version_key(active.version) and not allow_downgrade:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Refused: version {version} of {id} is older than the one installed ({version2}); add "
                    "--allow-downgrade to install it anyway.",
                ),
                version=str(m.version),
                id=m.id,
                version2=str(active.version),
            )
        )
    shipped = store.shipped_refs()
    others = store.overlay_refs(except_pack=m.id)
    mine = content.refs()
    for ref in sorted(mine):
        if ref in shipped or ref in others:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Refused: duplicate id: {ref} is already in the library."),
                    ref=ref,
                )
            )
    library = shipped | set(others) | mine
    for r in content.records:
        for target in [*r.related, *([r.parent_ref] if r.parent_ref else [])]:
            if target.split("#", 1)[0] not in library:
                raise PackError(
                    said(
                        QT_TRANSLATE_NOOP(
                            "said", "Refused: dangling ref: {ref} links to {target}, which does not exist."
                        ),
                        ref=str(r.ref),
                        target=target,
                    )
                )
    for c in content.contacts:
        if f"role:{c.role}" not in shipped:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "Refused: dangling ref: contacts.yaml names the role {role}, which does not exist.",
                    ),
                    role=repr(c.role),
                )
            )
    steps = tuple(pack_checks.step_rows(s, content.steps, shipped, m.id, m.version))
    for t in content.translations:
        pack_checks.check_translation(s, t, library, mine)
    rendered = pack_checks.rendered(s, pack, library)
    old = store.items_of(m.id, active.version) if active else {}
    new = {r.ref: r for r in content.records}
    changed = tuple(
        ref
        for ref in sorted(set(old) & set(new))
        if (old[ref].title, old[ref].text, old[ref].body) != (new[ref].title, new[ref].text, new[ref].body)
    )
    summary = Summary(
        added=tuple(sorted(set(new) - set(old))),
        changed=changed,
        removed=tuple(sorted(set(old) - set(new))),
        contacts=len(content.contacts),
        steps=len(steps),
        translations=len(content.translations) + len(rendered),
        documents=len(content.documents),
        replaces=active.version if active else None,
    )
    return Plan(pack, summary, steps, allow_downgrade, rendered)


# --- install, list, remove, roll back ------------------------------------------------------------


@dataclass(frozen=True)
class Installed:
    info: PackInfo
    summary: Summary
    backup: Path | None


def install(
    s: Session, source: Path | bytes, *, allow_downgrade: bool = False, now: datetime | None = None
) -> Installed:
    """Verify and check everything, back the database up, then install in one transaction."""
    return apply(s, check(s, source, allow_downgrade=allow_downgrade), now=now)


def apply(s: Session, plan: Plan, *, now: datetime | None = None) -> Installed:
    """Install a pack `check` accepted (the window shows the plan first)."""
    if s.read_only:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Nothing can be installed: {read_only}"), read_only=s.read_only)
        )
    plan = _plan(s, plan.pack, plan.allow_downgrade)  # checked again: the library may have changed since
    m, content, now = plan.manifest, plan.pack.content, now or datetime.now()
    info = PackInfo(
        m.id,
        m.version,
        "active",
        m.publisher,
        m.country,
        tuple(m.languages),
        m.description,
        m.created,
        plan.pack.fingerprint,
        plan.pack.key_label,
        plan.pack.size,
        now,
    )
    try:
        backup = backups.make(s, "reload", now=now, force=True)
    except (OSError, sqlite3.Error) as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "Not installed: the backup before installing could not be written ({why})."
                ),
                why=str(e),
            )
        ) from None
    new = NewPack(
        info,
        items=[
            OverlayItem(r.ref, r.kind, r.title, r.text, r.keywords, r.body, tuple(r.related), r.data)
            for r in content.records
        ],
        contacts=[c.model_dump() for c in content.contacts],
        steps=list(plan.steps),
        translations=[
            TranslationRow(m.id, t.ref, t.language, t.status, t.reviewed_by, t.title, t.text, dict(t.fields))
            for t in content.translations
        ]
        + list(plan.translated),
        documents=[
            DocumentRow(m.id, m.version, d.id, d.title, d.file, d.pdf, d.text, d.pages, now)
            for d in content.documents
        ],
    )
    _store(s).install(new)
    _search_changed(s)
    return Installed(info, plan.summary, backup)


def _search_changed(s: Session) -> None:
    s.content._search_words = None  # the index's vocabulary changed under the same content digest


@dataclass(frozen=True)
class PackStatus:
    info: PackInfo
    trusted: bool  # False: its key was removed (flagged)


def list_packs(s: Session) -> list[PackStatus]:
    trusted, _ = _trust(s)
    return [PackStatus(p, p.fingerprint in trusted) for p in _store(s).packs()]


def remove(s: Session, pack_id: str) -> list[str]:
    if not any(p.id == pack_id for p in _store(s).packs()):
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "No pack {pack_id} is installed (see `pack list`)."),
                pack_id=repr(pack_id[:60]),
            )
        )
    versions = _store(s).remove(pack_id)
    _search_changed(s)
    return versions


def rollback(s: Session, pack_id: str) -> PackInfo:
    store = _store(s)
    previous = store.pack(pack_id, "previous")
    if previous is None:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "No earlier version of {pack_id} is kept; nothing to roll back to."
                ),
                pack_id=repr(pack_id[:60]),
            )
        )
    store.rollback(pack_id)
    _search_changed(s)
    return previous


# --- what packs give the screens and sheets -------------------------------------------------------


def contacts(s: Session, role: str | None = None) -> list[PackContactRow]:
    return _store(s).contacts(role)


def translations(s: Session, language: str, refs: list[str] | None = None) -> list[TranslationRow]:
    return _store(s).translations(language, refs)


def folder_offers(s: Session, folder: Path) -> tuple[list[Plan], list[str]]:
    """The newest trusted, acceptable version of each pack in a folder (a USB stick, a share), and
    one line for each pack file refused."""
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".zip" and p.is_file())
    except OSError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot read the folder {folder}: {why}."),
                folder=str(folder),
                why=str(e.strerror or e),
            )
        ) from None
    best: dict[str, Plan] = {}
    refused: list[str] = []
    for path in files[:MAX_FOLDER_PACKS]:
        try:
            plan = check(s, path)
        except PackError as e:
            refused.append(
                said(QT_TRANSLATE_NOOP("said", "{name}: {why}"), name=path.name, why=message_of(e))
            )
            continue
        held = best.get(plan.manifest.id)
        if held is None or version_key(plan.manifest.version) > version_key(held.manifest.version):
            best[plan.manifest.id] = plan
    installed = {p.id: p.version for p in _store(s).packs() if p.state == "active"}
    offers = [
        p
        for p in best.values()
        if p.manifest.id not in installed
        or version_key(p.manifest.version) > version_key(installed[p.manifest.id])
    ]
    return sorted(offers, key=lambda p: p.manifest.id), refused
