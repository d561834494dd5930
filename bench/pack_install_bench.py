"""A national pack a hundred times the shipped corpus (issue 15, point 7): how long it takes to
install, and search over the shipped content and the pack together afterwards (the 30 bench
queries, and words of the pack), beside the same statements in plain sqlite3.

The pack is made as a focal point makes one: a folder with `manifest.yaml` and a `guides.yaml` in
the content's schema, built and signed with a new key (`pack build`), the key trusted, then
installed (`pack install`). Its guides are a provincial office's procedures: titles of their own,
texts of the words such procedures use (so a common word matches tens of thousands of rows)."""

from __future__ import annotations

import json
import random
import tempfile
import time
from pathlib import Path

from bench.search_bench import QUERIES, _floor, _ours, _sql_statements
from bench.stats import percentile

WORDS = (
    "referral officer shelter victim border consent interpreter child guardian hotline procedure "
    "national police protection screening record province district port airport crossing"
).split()
PACK_QUERIES = ["provincial procedure", "hotline", "referral officer", "Bigland", "district port"]


def _pack_folder(root: Path, items: int, seed: int = 15) -> Path:
    rng = random.Random(seed)
    guides = [
        {
            "id": f"big-guide-{i}",
            "title": f"Bigland provincial procedure {i}: {' '.join(rng.sample(WORDS, 2))}",
            "producer": "Bigland National Focal Point",
            "audience": "Officers",
            "purpose": " ".join(rng.choice(WORDS) for _ in range(60)),
            "key_points": [" ".join(rng.choice(WORDS) for _ in range(20))],
            "source": "Bench data.",
        }
        for i in range(items)
    ]
    folder = root / "bigland"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "id: bigland\nversion: 1.0.0\npublisher: Bigland National Focal Point\ncountry: Bigland\n"
        "languages: [en]\ndescription: Provincial procedures (bench data).\n",
        encoding="utf-8",
    )
    (folder / "guides.yaml").write_text(json.dumps({"guides": guides}), encoding="utf-8")
    return folder


def run(rounds: int = 5, factor: int = 100) -> dict[str, float]:
    from bali_desktop.services import packs
    from bali_desktop.services.session import Session

    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        root = Path(tmp)
        lib = Session.open(root / "data")
        shipped = lib.connection.execute("SELECT count(*) FROM content_items").fetchone()[0]
        folder = _pack_folder(root, factor * shipped)
        _, public = packs.keygen(root / "bigland-key")  # the private key there, its .pub beside it
        packs.build(folder, root / "bigland.zip", root / "bigland-key")
        packs.add_key(lib, public)
        start = time.perf_counter()
        packs.install(lib, root / "bigland.zip")
        installed_ms = (time.perf_counter() - start) * 1000
        queries = QUERIES + PACK_QUERIES
        ours = _ours(lib, rounds, queries)
        floor = _floor(lib.db_path, [_sql_statements(lib, q) for q in queries], rounds)
        lib.close()
    return {
        "pack_100x_install_ms": installed_ms,
        "search_pack_100x_p50_ms": percentile(ours, 50),
        "search_pack_100x_p95_ms": percentile(ours, 95),
        "search_pack_100x_floor_p95_ms": percentile(floor, 95),
    }


if __name__ == "__main__":
    for k, v in run(3).items():
        print(f"{k:32} {v:10.3f}")
