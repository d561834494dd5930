"""Installed content packs, their documents and the trusted keys: the SQL of issue 15 (with
storage/pack_overlay.py, which lays the packs' items over the shipped content)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from bali_desktop.storage import pack_overlay
from bali_desktop.storage.connection import from_db, to_db, transaction
from bali_desktop.storage.pack_rows import (
    DOCUMENT_FILE_COLUMNS,
    MINE,
    OVERLAY_POSITION,
    PACK_COLUMNS,
    PACK_CONTACT_COLUMNS,
    PACK_ITEM_COLUMNS,
    PACK_STEP_COLUMNS,
    PACK_TABLES,
    PACK_TRANSLATION_COLUMNS,
    TRUSTED_KEY_COLUMNS,
    DocumentRow,
    KeyRow,
    NewPack,
    OverlayItem,
    PackContactRow,
    PackInfo,
    PackStepRow,
    TranslationRow,
)


def _insert(table: str, columns: Sequence[str]) -> str:
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


def _pack(row: Sequence[Any]) -> PackInfo:
    values = list(row)
    values[5] = tuple(json.loads(values[5] or "[]"))
    values[11] = from_db(values[11])
    return PackInfo(*values)


class PackStore:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.con = connection

    # --- packs ---------------------------------------------------------------------------------

    def packs(self) -> list[PackInfo]:
        rows = self.con.execute(f"SELECT {', '.join(PACK_COLUMNS)} FROM packs ORDER BY id, state, version")
        return [_pack(r) for r in rows]

    def has_packs(self) -> bool:
        return self.con.execute("SELECT 1 FROM packs LIMIT 1").fetchone() is not None

    def pack(self, pack_id: str, state: str = "active") -> PackInfo | None:
        row = self.con.execute(
            f"SELECT {', '.join(PACK_COLUMNS)} FROM packs WHERE id = ? AND state = ?", (pack_id, state)
        ).fetchone()
        return _pack(row) if row else None

    def items_of(self, pack_id: str, version: str) -> dict[str, OverlayItem]:
        rows = self.con.execute(
            "SELECT ref, kind, title, text, keywords, body, related, data FROM pack_items "
            "WHERE pack_id = ? AND version = ?",
            (pack_id, version),
        )
        return {
            str(r[0]): OverlayItem(
                r[0], r[1], r[2], r[3], r[4], r[5], tuple(json.loads(r[6])), json.loads(r[7])
            )
            for r in rows
        }

    def counts_of(self, pack_id: str, version: str) -> dict[str, int]:
        out = {}
        for table in ("pack_contacts", "pack_steps", "pack_translations", "document_files"):
            sql = f"SELECT count(*) FROM {table} WHERE pack_id = ? AND version = ?"
            out[table] = int(self.con.execute(sql, (pack_id, version)).fetchone()[0])
        return out

    def shipped_refs(self) -> set[str]:
        rows = self.con.execute("SELECT ref FROM content_items WHERE position < ?", (OVERLAY_POSITION,))
        return {str(r[0]) for r in rows}

    def overlay_refs(self, *, except_pack: str | None = None) -> dict[str, str]:
        """ref -> the pack (or MINE) laying it over the content, as stored now."""
        rows = self.con.execute(
            "SELECT i.ref, i.pack_id FROM pack_items i LEFT JOIN packs p ON p.id = i.pack_id "
            "AND p.version = i.version WHERE i.pack_id = ? OR p.state = 'active'",
            (MINE,),
        )
        return {str(ref): str(pid) for ref, pid in rows if pid != except_pack}

    def install(self, new: NewPack) -> None:
        """The new version becomes active, the active one previous, an older previous one goes."""
        info = new.info
        with transaction(self.con) as con:
            old = con.execute(
                "SELECT version FROM packs WHERE id = ? AND (state = 'previous' OR version = ?)",
                (info.id, info.version),
            ).fetchall()
            for (version,) in old:
                self._delete_version(con, info.id, str(version))
            con.execute("UPDATE packs SET state = 'previous' WHERE id = ? AND state = 'active'", (info.id,))
            con.execute(
                _insert("packs", PACK_COLUMNS),
                (
                    info.id,
                    info.version,
                    "active",
                    info.publisher,
                    info.country,
                    json.dumps(list(info.languages)),
                    info.description,
                    info.created,
                    info.fingerprint,
                    info.key_label,
                    info.size,
                    to_db(info.installed_at),
                ),
            )
            self._write_rows(con, info.id, info.version, new)
            pack_overlay.reapply(con)

    def _write_rows(self, con: sqlite3.Connection, pack_id: str, version: str, new: NewPack) -> None:
        con.executemany(
            _insert("pack_items", PACK_ITEM_COLUMNS),
            [
                (pack_id, version, i.ref, i.kind, i.title, i.text, i.keywords, i.body)
                + (json.dumps(list(i.related)), json.dumps(i.data))
                for i in new.items
            ],
        )
        con.executemany(
            _insert("pack_contacts", PACK_CONTACT_COLUMNS[1:]),
            [
                (pack_id, version, c["role"], c["organisation"], c.get("phone", ""), c.get("hours", ""))
                + (c.get("notes", ""), c.get("country", ""))
                for c in new.contacts
            ],
        )
        con.executemany(
            _insert("pack_steps", PACK_STEP_COLUMNS),
            [
                (pack_id, version, s.id, s.pathway_ref, s.step, s.position, s.action, s.why, s.say)
                + (json.dumps(list(s.roles)),)
                for s in new.steps
            ],
        )
        con.executemany(
            _insert("pack_translations", PACK_TRANSLATION_COLUMNS),
            [
                (pack_id, version, t.ref, t.language, t.status, t.reviewed_by, t.title, t.text)
                + (json.dumps(t.fields),)
                for t in new.translations
            ],
        )
        con.executemany(
            _insert("document_files", DOCUMENT_FILE_COLUMNS),
            [
                (pack_id, version, d.doc_id, d.title, d.file_name, d.pdf, d.text, d.pages, to_db(d.added_at))
                for d in new.documents
            ],
        )

    @staticmethod
    def _delete_version(con: sqlite3.Connection, pack_id: str, version: str) -> None:
        for table in PACK_TABLES:
            con.execute(f"DELETE FROM {table} WHERE pack_id = ? AND version = ?", (pack_id, version))
        con.execute("DELETE FROM packs WHERE id = ? AND version = ?", (pack_id, version))

    def remove(self, pack_id: str) -> list[str]:
        """Every version of the pack, and what it laid over the content; the versions removed."""
        with transaction(self.con) as con:
            versions = [str(v) for (v,) in con.execute("SELECT version FROM packs WHERE id = ?", (pack_id,))]
            for version in versions:
                self._delete_version(con, pack_id, version)
            pack_overlay.reapply(con)
        return versions

    def rollback(self, pack_id: str) -> None:
        """The previous version active again; the one that was active is kept as the previous."""
        with transaction(self.con) as con:
            con.execute(
                "UPDATE packs SET state = CASE state WHEN 'active' THEN 'previous' ELSE 'active' END "
                "WHERE id = ?",
                (pack_id,),
            )
            pack_overlay.reapply(con)

    # --- what the packs give the screens and sheets ------------------------------------------------

    def contacts(self, role: str | None = None) -> list[PackContactRow]:
        sql = (
            f"SELECT {', '.join('c.' + c for c in PACK_CONTACT_COLUMNS)} FROM pack_contacts c "
            "JOIN packs p ON p.id = c.pack_id AND p.version = c.version AND p.state = 'active'"
        )
        rows = (
            self.con.execute(f"{sql} WHERE c.role = ? ORDER BY c.role, c.id", (role,))
            if role
            else self.con.execute(f"{sql} ORDER BY c.role, c.id")
        )
        return [PackContactRow(*r) for r in rows]

    def steps(self, pathway_ref: str | None = None) -> list[PackStepRow]:
        sql = (
            f"SELECT {', '.join('s.' + c for c in PACK_STEP_COLUMNS)}, p.country FROM pack_steps s "
            "JOIN packs p ON p.id = s.pack_id AND p.version = s.version AND p.state = 'active'"
        )
        rows = (
            self.con.execute(f"{sql} WHERE s.pathway_ref = ? ORDER BY s.pack_id, s.position", (pathway_ref,))
            if pathway_ref
            else self.con.execute(f"{sql} ORDER BY s.pathway_ref, s.pack_id, s.position")
        )
        out = []
        for r in rows:
            values = list(r)
            values[9] = tuple(json.loads(values[9]))
            out.append(PackStepRow(*values))
        return out

    def translations(self, language: str, refs: Iterable[str] | None = None) -> list[TranslationRow]:
        sql = (
            "SELECT t.pack_id, t.ref, t.language, t.status, t.reviewed_by, t.title, t.text, t.fields "
            "FROM pack_translations t JOIN packs p ON p.id = t.pack_id AND p.version = t.version "
            "AND p.state = 'active' WHERE t.language = ?"
        )
        params: list[object] = [language]
        wanted = list(refs) if refs is not None else None
        if wanted is not None:
            if not wanted:
                return []
            sql += f" AND t.ref IN ({', '.join('?' * len(wanted))})"
            params += wanted
        rows = self.con.execute(sql + " ORDER BY t.ref, t.pack_id", params)
        return [TranslationRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7])) for r in rows]

    def document(self, doc_id: str) -> DocumentRow | None:
        """The PDF of a document now shown (a pack's active version, or the user's own)."""
        row = self.con.execute(
            f"SELECT {', '.join('d.' + c for c in DOCUMENT_FILE_COLUMNS)} FROM document_files d "
            "LEFT JOIN packs p ON p.id = d.pack_id AND p.version = d.version "
            "WHERE d.doc_id = ? AND (d.pack_id = ? OR p.state = 'active')",
            (doc_id, MINE),
        ).fetchone()
        if row is None:
            return None
        values = list(row)
        values[8] = from_db(values[8])
        return DocumentRow(*values)

    # --- the user's own documents ------------------------------------------------------------------

    def add_document(self, item: OverlayItem, doc: DocumentRow) -> None:
        with transaction(self.con) as con:
            con.execute(
                _insert("pack_items", PACK_ITEM_COLUMNS),
                (MINE, MINE, item.ref, item.kind, item.title, item.text, item.keywords, item.body)
                + (json.dumps(list(item.related)), json.dumps(item.data)),
            )
            con.execute(
                _insert("document_files", DOCUMENT_FILE_COLUMNS),
                (MINE, MINE, doc.doc_id, doc.title, doc.file_name, doc.pdf, doc.text, doc.pages)
                + (to_db(doc.added_at),),
            )
            pack_overlay.reapply(con)

    def remove_document(self, doc_id: str, ref: str) -> bool:
        with transaction(self.con) as con:
            cur = con.execute("DELETE FROM document_files WHERE pack_id = ? AND doc_id = ?", (MINE, doc_id))
            con.execute("DELETE FROM pack_items WHERE pack_id = ? AND ref = ?", (MINE, ref))
            pack_overlay.reapply(con)
        return cur.rowcount > 0

    # --- trusted keys ------------------------------------------------------------------------------

    def keys(self) -> list[KeyRow]:
        rows = self.con.execute(
            f"SELECT {', '.join(TRUSTED_KEY_COLUMNS)} FROM trusted_keys ORDER BY added_at"
        )
        return [KeyRow(r[0], r[1], r[2], from_db(r[3]), from_db(r[4]) if r[4] else None) for r in rows]

    def trust(self, fingerprint: str, line: str, label: str, now: datetime) -> None:
        with transaction(self.con) as con:
            con.execute(
                "INSERT INTO trusted_keys (fingerprint, public_key, label, added_at, removed_at) "
                "VALUES (?, ?, ?, ?, NULL) ON CONFLICT(fingerprint) DO UPDATE SET "
                "public_key = excluded.public_key, label = excluded.label, "
                "added_at = excluded.added_at, removed_at = NULL",
                (fingerprint, line, label, to_db(now)),
            )

    def distrust(self, fingerprint: str, line: str, label: str, now: datetime) -> None:
        with transaction(self.con) as con:
            con.execute(
                "INSERT INTO trusted_keys (fingerprint, public_key, label, added_at, removed_at) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(fingerprint) DO UPDATE SET removed_at = excluded.removed_at",
                (fingerprint, line, label, to_db(now), to_db(now)),
            )

    def needs_reapply(self) -> bool:
        return pack_overlay.needs_reapply(self.con)

    def reapply(self) -> None:
        with transaction(self.con) as con:
            pack_overlay.reapply(con)
