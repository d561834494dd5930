"""Search latency over the shipped content and a synthetic corpus 100x larger, beside plain sqlite3."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from pathlib import Path

from bali_desktop.services import reading
from bali_desktop.storage import search_words
from bench import peers
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


# Typed with one slip each: what the spelling fallback is timed on (it runs only when a word
# matches nothing), with the word each must be corrected to.
TYPOS = {
    "trafiking": "trafficking",
    "asylun": "asylum",
    "unacompanied minor": "unaccompanied",
    "disembarcation": "disembarkation",
    "interpeter": "interpreter",
    "guardain": "guardian",
    "refugeee": "refugee",
    "smugling": "smuggling",
}


class _Recorder:
    """A connection that notes each statement it runs, with its parameters."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con, self.statements = con, []

    def execute(self, sql: str, params=()):  # noqa: ANN001, ANN201
        self.statements.append((sql, params))
        return self.con.execute(sql, params)


def _sql_statements(lib, query: str) -> list[tuple[str, dict]]:
    """The statements our search runs for `query` (ranking with its words, forms and synonyms,
    then the titles and the texts of the rows shown), for the plain-sqlite3 floor: each as sqlite3
    runs it with nothing around it."""
    from bali_desktop.storage import search as s

    _, lexicon, layout = lib.content._search_words or (None, None, None)
    con = sqlite3.connect(lib.db_path)
    recorder = _Recorder(con)
    s.find(recorder, query, lexicon, layout, limit=20)
    con.close()
    return recorder.statements


def _floor(db_path: Path, statements: list[list[tuple[str, dict]]], rounds: int) -> list[float]:
    con = sqlite3.connect(db_path)
    times = []
    for r in range(rounds + 1):
        for stmts in statements:
            t = time.perf_counter()
            for sql, params in stmts:
                con.execute(sql, params).fetchall()
            if r:  # the first round warms the cache
                times.append((time.perf_counter() - t) * 1000)
    con.close()
    return times


def _ours(lib, rounds: int, queries: list[str] = QUERIES) -> list[float]:
    times = []
    for r in range(rounds + 1):
        for q in queries:
            t = time.perf_counter()
            reading.search(lib, q, limit=20)
            if r:
                times.append((time.perf_counter() - t) * 1000)
    return times


def _spelling(lib, rounds: int) -> list[float]:
    """What the spelling fallback itself costs: finding the correction of each misspelt word."""
    _, lexicon, _ = lib.content._search_words
    times = []
    for r in range(rounds + 1):
        for typed, want in TYPOS.items():
            word = typed.split()[0]
            t = time.perf_counter()
            found = lexicon.correction(word)
            if r:
                times.append((time.perf_counter() - t) * 1000)
            if found != want:
                raise RuntimeError(f"the bench's typo {typed!r} was corrected to {found!r}, not {want!r}")
    return times


def grow_corpus(lib, factor: int = 100, seed: int = 7) -> None:
    """Add (factor-1) shuffled copies of every content row to the FTS index: a 100x corpus.
    The copies are found by search as the kind they copy; lists by kind leave them out."""
    rng = random.Random(seed)
    with sqlite3.connect(lib.db_path) as con:
        rows = con.execute("SELECT rowid, ref, kind, title, keywords, body FROM content_fts").fetchall()
        items = {r[0]: r for r in con.execute("SELECT * FROM content_items")}
        cols = [c[1] for c in con.execute("PRAGMA table_info(content_items)")]
        for copy in range(1, factor):
            fts, content = [], []
            for rowid, ref, kind, title, keywords, body in rows:
                words = body.split()
                rng.shuffle(words)
                new_ref = f"{ref}-synthetic-{copy}"
                # in the original's block of rowids: the kind is in the rowid (storage/search.py)
                fts.append((rowid + (copy << 20), new_ref, kind, title, keywords, " ".join(words)))
                row = list(items[ref])
                row[cols.index("ref")] = new_ref
                # searched as the original's kind (the index's kind), but not listed with it: Home
                # and the lists by kind show the shipped items, as with a real national pack
                row[cols.index("kind")] = f"{kind}-copy"
                content.append(row)
            con.executemany(
                "INSERT INTO content_fts (rowid, ref, kind, title, keywords, body) VALUES (?,?,?,?,?,?)", fts
            )
            con.executemany(
                f"INSERT OR IGNORE INTO content_items VALUES ({','.join('?' * len(cols))})", content
            )
        # the index's vocabulary counted again, as installing a pack does (storage/pack_overlay.py):
        # what search knows of how common each word is
        search_words.write_terms(con)


def run(rounds: int = 5) -> dict[str, float]:
    from bali_desktop.services.session import Session

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        for label, factor in (("shipped", 1), ("100x", 100)):
            folder = Path(tmp) / label
            lib = Session.open(folder)
            if factor > 1:
                grow_corpus(lib, factor)
            ours = _ours(lib, rounds)
            statements = [_sql_statements(lib, q) for q in QUERIES]
            floor = _floor(lib.db_path, statements, rounds)
            out[f"search_{label}_p50_ms"] = percentile(ours, 50)
            out[f"search_{label}_p95_ms"] = percentile(ours, 95)
            out[f"search_{label}_floor_p95_ms"] = percentile(floor, 95)
            out[f"search_{label}_ratio"] = percentile(ours, 95) / percentile(floor, 95)
            spelling = _spelling(lib, rounds)
            out[f"spelling_{label}_p95_ms"] = percentile(spelling, 95)
            typos = _ours(lib, rounds, list(TYPOS))
            out[f"search_typos_{label}_p95_ms"] = percentile(typos, 95)
            out.update(peers.tantivy_times(lib.db_path, QUERIES, rounds, label))
            lib.close()
    return out


if __name__ == "__main__":
    for k, v in run().items():
        print(f"{k:32} {v:8.3f}")
