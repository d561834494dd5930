"""Search latency over the shipped content and a synthetic corpus 100x larger, beside plain sqlite3."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bali_desktop.services import reading
from bench.stats import percentile

QUERIES = [
    "online scam",
    "child alone at the airport",
    "asks for asylum",
    "scam compound",
    "passport taken away",
    "interpreter",
    "difference between smuggling and trafficking",
    "traff",
    "turkiye",
    "viet nam",
    "unaccompanied minor",
    "debt bondage",
    "boat rescue",
    "biometrics",
    "RSO",
    "GABF",
    "returns and reintegration",
    "civil registration",
    "forced labour supply chain",
    "non-refoulement",
    "age in doubt",
    "guardian",
    "Andaman Sea",
    "following the money",
    "fear of return",
    "Ad Hoc Group",
    "consular",
    "information campaign",
    "TIP",
    "shelter",
]


def _sql_statements(lib, query: str) -> list[tuple[str, dict]]:
    """The statements our search service runs for `query`, for the plain-sqlite3 floor."""
    from bali_desktop.storage import search as s

    words = s.tokens(query)
    sql = s._SQL.format(kind_filter="")
    ops = ("AND", "OR") if len(words) > 1 else ("AND",)
    return [
        (sql, {"match": s.build_match(words, op), "limit": 20, "ms": s.MARK_START, "me": s.MARK_END})
        for op in ops
    ]


def _floor(db_path: Path, statements: list[list[tuple[str, dict]]], rounds: int) -> list[float]:
    con = sqlite3.connect(db_path)
    times = []
    for r in range(rounds + 1):
        for stmts in statements:
            t = time.perf_counter()
            seen: set[str] = set()
            for sql, params in stmts:  # AND first; OR only when AND found too few, as the service does
                seen.update(row[0] for row in con.execute(sql, params).fetchall())
                if len(seen) >= params["limit"]:
                    break
            if r:  # the first round warms the cache
                times.append((time.perf_counter() - t) * 1000)
    con.close()
    return times


def _ours(lib, rounds: int) -> list[float]:
    times = []
    for r in range(rounds + 1):
        for q in QUERIES:
            t = time.perf_counter()
            reading.search(lib, q, limit=20)
            if r:
                times.append((time.perf_counter() - t) * 1000)
    return times


def grow_corpus(lib, factor: int = 100, seed: int = 7) -> None:
    """Add (factor-1) shuffled copies of every content row to the FTS index: a 100x corpus."""
    rng = random.Random(seed)
    with sqlite3.connect(lib.db_path) as con:
        rows = con.execute("SELECT ref, kind, title, keywords, body FROM content_fts").fetchall()
        items = {r[0]: r for r in con.execute("SELECT * FROM content_items")}
        cols = [c[1] for c in con.execute("PRAGMA table_info(content_items)")]
        for copy in range(1, factor):
            fts, content = [], []
            for ref, kind, title, keywords, body in rows:
                words = body.split()
                rng.shuffle(words)
                new_ref = f"{ref}-synthetic-{copy}"
                fts.append((new_ref, kind, title, keywords, " ".join(words)))
                row = list(items[ref])
                row[cols.index("ref")] = new_ref
                content.append(row)
            con.executemany(
                "INSERT INTO content_fts (ref, kind, title, keywords, body) VALUES (?,?,?,?,?)", fts
            )
            con.executemany(f"INSERT INTO content_items VALUES ({','.join('?' * len(cols))})", content)


def run(rounds: int = 5) -> dict[str, float]:
    from bali_desktop.services.session import Session

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        for label, factor in (("shipped", 1), ("100x", 100)):
            folder = Path(tmp) / label
            lib = Session.open(folder)
            if factor > 1:
                grow_corpus(lib, factor)
            statements = [_sql_statements(lib, q) for q in QUERIES]
            ours = _ours(lib, rounds)
            floor = _floor(lib.db_path, statements, rounds)
            out[f"search_{label}_p50_ms"] = percentile(ours, 50)
            out[f"search_{label}_p95_ms"] = percentile(ours, 95)
            out[f"search_{label}_floor_p95_ms"] = percentile(floor, 95)
            out[f"search_{label}_ratio"] = percentile(ours, 95) / percentile(floor, 95)
            lib.close()
    return out


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k:32} {v:8.3f}")
