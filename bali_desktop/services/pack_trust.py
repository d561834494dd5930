"""Which publisher keys are trusted (the shipped ones, the ones the user added, less the ones the
user removed), and the check at every start that flags packs whose key is no longer trusted.
Imports no other service: services/session.py calls `at_start` while it opens."""

from __future__ import annotations

import logging
import sqlite3

from bali_desktop import paths
from bali_desktop.packs import keys
from bali_desktop.packs.errors import PackError
from bali_desktop.storage.pack_store import PackStore

log = logging.getLogger(__name__)
KEYS_DIR = paths.RESOURCES / "keys"  # the project's own publishing key(s), KEY.pub lines


def shipped_keys() -> list[keys.PublicKey]:
    out = []
    for path in sorted(KEYS_DIR.glob("*.pub")) if KEYS_DIR.is_dir() else []:
        try:
            out.append(keys.load_public(path))
        except PackError as e:
            log.warning("a shipped key cannot be read: %s", e)
    return out


def trust_map(con: sqlite3.Connection) -> tuple[dict[str, keys.PublicKey], frozenset[str]]:
    """compact fingerprint -> key of every trusted key; the fingerprints the user removed."""
    rows = PackStore(con).keys()
    removed = frozenset(r.fingerprint for r in rows if r.removed_at is not None)
    trusted = {keys.compact(k.fingerprint): k for k in shipped_keys()}
    for r in rows:
        if r.removed_at is None:
            try:
                trusted[r.fingerprint] = keys.parse_public(r.public_key)
            except PackError:
                log.warning("a stored trusted key is damaged")
    return {fp: k for fp, k in trusted.items() if fp not in removed}, removed


def at_start(con: sqlite3.Connection, read_only: str | None) -> list[str]:
    """Lay the packs over the content if a reload or an interrupted change left them off; one
    warning per installed pack whose publisher key is no longer trusted."""
    store = PackStore(con)
    if read_only is None and store.needs_reapply():
        store.reapply()
    if not store.has_packs():
        return []
    trusted, _ = trust_map(con)
    return [
        f"The content pack {p.id} {p.version} ({p.publisher}) was signed by a key that is no longer "
        "trusted; check it with your authority, then remove it (`pack remove`) or trust the key again."
        for p in store.packs()
        if p.state == "active" and p.fingerprint not in trusted
    ]
