"""A national pack a hundred times the shipped corpus (issue 15, point 7): how long it takes to
install, and search over the shipped content and the pack together afterwards (the 30 bench
queries, and words of the pack), beside the same statements in plain sqlite3.

The pack is made as a focal point makes one: a folder with `manifest.yaml` and a `guides.yaml` in
the content's schema, built and signed with a new key (`pack build`), the key trusted, then
installed (`pack install`). Its guides are a provincial office's procedures, titled "Bigland
provincial procedure N: ..." (so the pack's name is in every one of its 33,000 titles), their
texts the shipped content's own words shuffled, as the 100x corpus's are (bench/search_bench.py):
a real text's mix of common and rare words.

A second pack, the worst case, is printed beside it: texts drawn from 19 words only, so that each
of them is in nearly every row and any two of them match 30,000 rows together. No real text is
like it; it shows what FTS5 costs when nothing in the query narrows the match."""

from __future__ import annotations

import json
import random
import tempfile
import time
from pathlib import Path

from bench.search_bench import QUERIES, _floor, _ours, _sql_statements
from bench.stats import percentile

WORDS = (  # the worst case's whole vocabulary
    "referral officer shelter victim border consent interpreter child guardian hotline procedure "
    "national police protection screening record province district port airport crossing"
).split()
PACK_QUERIES = ["provincial procedure", "hotline", "referral officer", "Bigland", "district port"]


def _guides(items: int, rng: random.Random, texts: list[tuple[str, str]] | None) -> list[dict]:
    """The pack's guides: from `texts` (the shipped rows' titles and bodies, shuffled), or, when
    None, from WORDS alone (the worst case)."""

    def words(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    guides = []
    for i in range(items):
        if texts is None:
            named, purpose, point = " ".join(rng.sample(WORDS, 2)), words(60), words(20)
        else:
            named, body = texts[i % len(texts)]
            shuffled = body.split()
            rng.shuffle(shuffled)
            named, purpose, point = named, " ".join(shuffled[:120]), " ".join(shuffled[120:160])
        guides.append(
            {
                "id": f"big-guide-{i}",
                "title": f"Bigland provincial procedure {i}: {named}",
                "producer": "Bigland National Focal Point",
                "audience": "Officers",
                "purpose": purpose or "Bench data.",
                "key_points": [point or "Bench data."],
                "source": "Bench data.",
            }
        )
    return guides


def _pack_folder(root: Path, items: int, texts: list[tuple[str, str]] | None, seed: int = 15) -> Path:
    folder = root / "bigland"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "id: bigland\nversion: 1.0.0\npublisher: Bigland National Focal Point\ncountry: Bigland\n"
        "languages: [en]\ndescription: Provincial procedures (bench data).\n",
        encoding="utf-8",
    )
    guides = _guides(items, random.Random(seed), texts)
    (folder / "guides.yaml").write_text(json.dumps({"guides": guides}), encoding="utf-8")
    return folder


def _installed(root: Path, factor: int, shipped_text: bool) -> tuple[object, float]:
    """A data folder with the pack installed, and how long installing took (ms)."""
    from bali_desktop.services import packs
    from bali_desktop.services.session import Session

    lib = Session.open(root / "data")
    shipped = lib.connection.execute("SELECT count(*) FROM content_items").fetchone()[0]
    texts = None
    if shipped_text:  # the English rows' own text (rowid bits 28-31 zero: English)
        rows = lib.connection.execute("SELECT rowid, title, body FROM content_fts ORDER BY rowid").fetchall()
        texts = [(str(t), str(b)) for r, t, b in rows if not (r >> 28) & 15]
    folder = _pack_folder(root, factor * shipped, texts)
    _, public = packs.keygen(root / "bigland-key")  # the private key there, its .pub beside it
    packs.build(folder, root / "bigland.zip", root / "bigland-key")
    packs.add_key(lib, public)
    start = time.perf_counter()
    packs.install(lib, root / "bigland.zip")
    return lib, (time.perf_counter() - start) * 1000


def run(rounds: int = 5, factor: int = 100) -> dict[str, float]:
    out: dict[str, float] = {}
    queries = QUERIES + PACK_QUERIES
    for label, shipped_text in (("", True), ("_few_words", False)):
        with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
            lib, installed_ms = _installed(Path(tmp), factor, shipped_text)
            ours = _ours(lib, rounds, queries)
            floor = _floor(lib.db_path, [_sql_statements(lib, q) for q in queries], rounds)
            lib.close()
        if not label:
            out["pack_100x_install_ms"] = installed_ms
        out[f"search_pack_100x{label}_p50_ms"] = percentile(ours, 50)
        out[f"search_pack_100x{label}_p95_ms"] = percentile(ours, 95)
        out[f"search_pack_100x{label}_floor_p95_ms"] = percentile(floor, 95)
    return out


if __name__ == "__main__":
    for k, v in run(3).items():
        print(f"{k:32} {v:10.3f}")
