"""Damage a SQLite file as a bad disk sector would: one table's root page scrambled."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def scramble_root(db: Path, table: str) -> None:
    """The first 64 bytes of `table`'s root page (its header and cell pointers) XORed with 0xA5."""
    con = sqlite3.connect(db)
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(db.read_bytes())
    start = (root - 1) * page_size
    for i in range(start, start + 64):
        data[i] ^= 0xA5
    db.write_bytes(bytes(data))
