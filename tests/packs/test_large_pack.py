"""A pack a hundred times the shipped corpus (as many items as the library holds, times 100) installs,
is found by search beside the shipped content, and goes again with `remove`. Speed is measured by
hand (docs/packs.md), not here: tests never time anything."""

from __future__ import annotations

import json
import random

from bali_desktop.services import packs
from bali_desktop.services.session import Session
from tests.packs import kit

WORDS = (
    "referral officer shelter victim border consent interpreter child guardian hotline procedure "
    "national police protection screening record province district port airport crossing"
).split()


def test_a_pack_a_hundred_times_the_corpus(officer: Session) -> None:
    s = officer
    shipped = s.connection.execute("SELECT count(*) FROM content_items").fetchone()[0]
    n = 100 * shipped
    rng = random.Random(15)
    guides = [
        {
            "id": f"big-guide-{i}",
            "title": f"Bigland provincial procedure {i}",
            "producer": "Bigland National Focal Point",
            "audience": "Officers",
            "purpose": " ".join(rng.choice(WORDS) for _ in range(60)) + f" uniqueword{i}",
            "key_points": [" ".join(rng.choice(WORDS) for _ in range(20))],
            "source": "Test data.",
        }
        for i in range(n)
    ]
    files = {"guides.yaml": json.dumps({"guides": guides}).encode()}
    key = kit.trusted_key(s)
    done = packs.install(s, kit.signed_zip(files, key, manifest=kit.manifest_for(files, id="bigland")))
    assert len(done.summary.added) == n
    assert s.connection.execute("SELECT count(*) FROM content_items").fetchone()[0] == shipped + n
    assert [h.ref for h in s.content.find(f"uniqueword{n - 1}", correct=False).hits] == [
        f"guide:big-guide-{n - 1}"
    ]
    assert s.content.find("trafficking").hits  # the shipped content is still found
    packs.remove(s, "bigland")
    assert s.connection.execute("SELECT count(*) FROM content_items").fetchone()[0] == shipped
