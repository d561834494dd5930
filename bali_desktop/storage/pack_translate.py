"""A content pack's translations laid over the items they translate, in the form the content store
reads (content_store.TRANSLATIONS_KEY: the item in a language, with its status), and a phrase set's
cards in a language (its `text` per card, with status and reviewer). The item's data as it was is
kept in `meta` (ORIGINALS_KEY) with what was written, so that the next overlay puts it back first
(unless a content reload has already written the item again)."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from bali_desktop.storage.content_store import TRANSLATIONS_KEY

ORIGINALS_KEY = "pack_translation_originals"  # meta: {ref: {"original": data, "written": data}}
FIELDS = {"role": ("description",), "guide": ("purpose", "audience")}  # the plain fields a pack may give


def allowed_fields(kind: str, data: dict[str, Any]) -> set[str]:
    """The `fields` a translation of an item of this kind may set (a phrase set: its card ids)."""
    if kind == "phrases":
        return {str(c.get("id")) for c in data.get("cards", []) if isinstance(c, dict)}
    return set(FIELDS.get(kind, ()))


def phrase_languages(data: dict[str, Any]) -> set[str]:
    return {str(lang.get("code")) for lang in data.get("languages", []) if isinstance(lang, dict)}


def translated(kind: str, title: str, text: str, data: dict[str, Any], t: dict[str, Any]) -> dict[str, Any]:
    """The item's data with the pack's translation `t` (language, status, reviewed_by, title, text,
    fields) laid over it."""
    out: dict[str, Any] = json.loads(json.dumps(data))  # a deep copy
    lang, fields = t["language"], t["fields"]
    if kind == "phrases":
        for card in out.get("cards", []):
            words = fields.get(card.get("id"))
            if words:
                card.setdefault("text", {})[lang] = {
                    "text": words,
                    "status": t["status"],
                    "reviewed_by": t["reviewed_by"],
                }
        return out
    english = {k: v for k, v in out.items() if k != TRANSLATIONS_KEY}
    own = {**english, **{k: v for k, v in fields.items() if k in FIELDS.get(kind, ())}}
    own_text = t["text"] or (fields.get("description") if kind == "role" else "") or ""
    out.setdefault(TRANSLATIONS_KEY, {})[lang] = {
        "status": t["status"],
        "reviewed_by": t["reviewed_by"],
        "title": t["title"] or title,
        "text": own_text or text,
        "text_language": lang if own_text else "en",
        "data": own,
    }
    return out


def restore(con: sqlite3.Connection) -> None:
    """Put back the data a previous overlay changed (where it is still as that overlay wrote it)."""
    row = con.execute("SELECT value FROM meta WHERE key = ?", (ORIGINALS_KEY,)).fetchone()
    kept = json.loads(row[0]) if row else {}
    for ref, both in kept.items():
        con.execute(
            "UPDATE content_items SET data = ? WHERE ref = ? AND data = ?",
            (both["original"], ref, both["written"]),
        )
    con.execute("DELETE FROM meta WHERE key = ?", (ORIGINALS_KEY,))


def apply(con: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """Lay the active packs' translations over their items (after `restore`)."""
    kept: dict[str, dict[str, str]] = {}
    for t in rows:
        found = con.execute(
            "SELECT kind, title, text, data, official FROM content_items WHERE ref = ?", (t["ref"],)
        )
        item = found.fetchone()
        if item is None or item[4]:
            continue  # gone with a content update, or official text (never translated)
        kind, title, text, data = item[0], item[1], item[2], item[3]
        written = json.dumps(translated(kind, title, text, json.loads(data or "{}"), t))
        kept.setdefault(t["ref"], {"original": data})["written"] = written
        con.execute("UPDATE content_items SET data = ? WHERE ref = ?", (written, t["ref"]))
    if rows:  # written even when empty: the overlay is in place (pack_overlay.needs_reapply)
        con.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (ORIGINALS_KEY, json.dumps(kept)))
