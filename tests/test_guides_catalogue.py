"""The guides catalogue says no more than its sources (content review C2, C3, C5-C7): no guessed
year an officer would quote as fact, no unconfirmed identification stated as one, our advice
marked as ours, and no claim the sources do not make."""

from __future__ import annotations

import yaml

from bali_desktop import paths

FILES = [
    paths.CONTENT_DIR / "guides.yaml",
    paths.CONTENT_DIR / "translations" / "id" / "guides.yaml",
]


def _text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in FILES)


def test_no_guessed_year_and_no_unsourced_claim() -> None:
    text = _text()
    for said in (
        "probably 2014",
        "kemungkinan 2014",
        "One of the first practical products",
        "Lets members check identities",
        'Matches the "how to tackle',
        "Campaigns work better",
    ):
        assert said not in text, said


def test_the_rewritten_points_say_what_they_are() -> None:
    guides = {g["id"]: g for g in yaml.safe_load(FILES[0].read_text(encoding="utf-8"))["guides"]}
    points = "\n".join(p for g in guides.values() for p in g.get("key_points", []))
    assert "Our advice:" in points  # C5: marked as ours
    assert "(not confirmed)" in points  # C3: an identification we could not confirm
    assert "Reported in 2003" in points  # C6: what the seed timeline says
    for g in guides.values():
        assert "probably" not in g.get("year_note", "").lower(), g["id"]
