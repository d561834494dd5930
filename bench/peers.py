"""A dedicated search engine as a peer: tantivy (PyPI `tantivy`, the bench extra) over the same rows
and queries in the same run, so the gap to a dedicated engine is always on the table.

The peer indexes what our index holds (title, keywords, body of every row, the 100x copies too),
weighs the fields as we do (10, 4, 1), takes every word as a prefix as we do (search as you type),
and returns the top 20 with their titles. No correction, no synonyms: a plain engine.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from bench.stats import percentile

BOOSTS = {"title": 10.0, "keywords": 4.0, "body": 1.0}


def tantivy_times(db_path: Path, queries: list[str], rounds: int, label: str) -> dict[str, float]:
    """tantivy's p50 and p95 over `queries` (nothing when tantivy is not installed)."""
    try:
        import tantivy
    except ImportError:
        return {}
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("ref", stored=True, tokenizer_name="raw")
    for name in BOOSTS:
        builder.add_text_field(name, stored=name == "title")
    schema = builder.build()
    with tempfile.TemporaryDirectory(prefix="bench-tantivy-") as folder:
        index = tantivy.Index(schema, path=folder)
        writer = index.writer(heap_size=64_000_000, num_threads=1)
        con = sqlite3.connect(db_path)
        for ref, title, keywords, body in con.execute("SELECT ref, title, keywords, body FROM content_fts"):
            writer.add_document(
                tantivy.Document(ref=ref, title=title, keywords=keywords or "", body=body or "")
            )
        con.close()
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        searcher = index.searcher()
        fuzzy = {name: (True, 0, False) for name in BOOSTS}  # every word a prefix, as ours
        times = []
        for r in range(rounds + 1):
            for q in queries:
                t = time.perf_counter()
                query, _errors = index.parse_query_lenient(
                    q, list(BOOSTS), field_boosts=BOOSTS, fuzzy_fields=fuzzy
                )
                for _score, address in searcher.search(query, 20).hits:
                    searcher.doc(address)
                if r:
                    times.append((time.perf_counter() - t) * 1000)
    return {
        f"tantivy_{label}_p50_ms": percentile(times, 50),
        f"tantivy_{label}_p95_ms": percentile(times, 95),
    }
