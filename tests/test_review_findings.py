"""Findings of the field content review (../shared/reviews/content-2026-12.md) that a rule can check.

The cross-cutting safeguards (X2, X3, X5, X6, X7, X9) are in test_safeguards.py and the routes
(X1, K1, P1, S1, M8) in test_routes*.py; this file guards the rest: the group pathways keep the
group (X4), the adult indicator groups (V11, V13), the legal anchors an officer is challenged on
(X10, M11, P11), and the maritime pathway's evidence and keywords (M2, M12), and the aid (A1, A2).
"""

from __future__ import annotations

from typing import Any

import pytest

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain.pathway import Pathway

_BUNDLE = load_content(paths.CONTENT_DIR, paths.SOURCES_DIR)
DATA: dict[str, dict[str, Any]] = {
    r.ref.split(":", 1)[1]: r.data for r in _BUNDLE.records if r.kind == "pathway"
}
PATHWAYS = {pid: Pathway.from_data(f"pathway:{pid}", d) for pid, d in DATA.items()}
AID = next(r.data for r in _BUNDLE.records if r.ref == "aid:smuggling-or-trafficking")
GROUPS = ("smuggled-migrant", "maritime-rescue")
EACH_PERSON = "Screening and the decisions that follow are for each person; repeat them for every adult."


def text_of(pid: str) -> str:
    p = PATHWAYS[pid]
    parts = [*p.never_do, *p.based_on]
    for s in p.steps:
        parts += [s.action, s.why, s.say, s.question, *(o.label for o in s.options)]
    return "\n".join(parts)


@pytest.mark.parametrize("pid", GROUPS)
def test_a_group_pathway_hands_each_child_on_and_carries_on_with_the_group(pid: str) -> None:
    """X4: 'anyone under 18' no longer takes the officer off the landing or the group."""
    p = PATHWAYS[pid]
    assert not any(o.to.startswith("pathway:child") for s in p.steps for o in s.options)
    ages = next(s for s in p.steps if any("child-or-age-in-doubt" in o.sets for o in s.options))
    yes = next(o for o in ages.options if "child-or-age-in-doubt" in o.sets)
    hand = p.step(yes.to)
    assert hand is not None and {"child-protection", "guardian"} <= set(hand.roles)
    assert "carry on here for the group" in hand.action and "another officer" in hand.action
    assert EACH_PERSON in text_of(pid)


def test_the_victim_pathway_has_the_adult_sexual_exploitation_and_counter_signs() -> None:
    """V11, V13 and issue 10 point 6: both groups are there; the rehearsed story is a counter sign."""
    groups = {g["dimension"]: g["indicators"] for g in DATA["victim-of-trafficking"]["indicators"]}
    assert "Sexual exploitation" in groups and "Signs at the counter" in groups
    assert any("clients" in i for i in groups["Sexual exploitation"])
    assert any("rehearsed story" in i for i in groups["Signs at the counter"])
    assert not any("rehearsed" in i for d, g in groups.items() if d != "Signs at the counter" for i in g)


@pytest.mark.parametrize("pid", sorted(DATA))
def test_non_refoulement_never_rests_on_the_refugee_convention_alone(pid: str) -> None:
    """X10, DOMAIN §7: most South-East Asian members are not parties to the 1951 Convention."""
    text = text_of(pid)
    if "Art. 33" in text:
        assert "customary international law" in text and "Convention against Torture" in text, pid


@pytest.mark.parametrize("pid", ("victim-of-trafficking", "scam-returnee"))
def test_non_punishment_names_its_regional_and_un_sources_as_a_duty_to_consider(pid: str) -> None:
    """X10: ACTIP (2015) Art. 14 and the OHCHR Recommended Principles, Principle 7, cited."""
    text = text_of(pid)
    assert "ACTIP" in text and "Art. 14" in text and "Principle 7" in text
    assert "a duty to consider, not an absolute bar" in text


def test_the_protection_pathway_cites_articles_31_and_33() -> None:
    """P11."""
    text = text_of("international-protection")
    assert "Art. 31" in text and "Art. 33" in text
    assert "Art. 31" in PATHWAYS["international-protection"].step("hold-penalties").why  # type: ignore[union-attr]


def test_the_maritime_pathway_cites_the_law_of_the_sea() -> None:
    """M11: UNCLOS Art. 98, SOLAS V/33, the SAR Convention and the IMO Guidelines (DOMAIN §7)."""
    based_on = "\n".join(PATHWAYS["maritime-rescue"].based_on)
    for anchor in ("Law of the Sea", "Art. 98", "SOLAS", "Regulation 33", "SAR Convention", "MSC.167(78)"):
        assert anchor in based_on, anchor


def test_the_maritime_pathway_keeps_passengers_phones_and_sends_fishers_elsewhere() -> None:
    """M2 (only organisers' phones are evidence) and M12 (no fishing keywords on a rescue)."""
    evidence = PATHWAYS["maritime-rescue"].step("secure-evidence")
    assert evidence is not None and "never take passengers' phones" in evidence.action
    keywords = " ".join(DATA["maritime-rescue"].get("keywords", [])).lower()
    assert "fishing" not in keywords and "fishers" not in keywords and "forced labour" not in keywords


def test_the_aid_says_exploitation_need_not_have_happened_and_lists_every_means() -> None:
    """A1, A2."""
    questions = {q["question"]: q for q in AID["questions"]}
    assert "Not needed" in questions["Has the exploitation happened yet?"]["trafficking"]
    means = questions["Did the person agree to the journey?"]["trafficking"]
    for word in ("force", "threats", "abduction", "fraud", "deception", "abuse of power", "payments"):
        assert word in means, word


@pytest.mark.parametrize("pid", sorted(DATA))
def test_fear_of_the_network_or_the_place_is_not_taken_for_an_asylum_claim(pid: str) -> None:
    """S3: a question that sets fears-return asks about harm at home, not about the network or a place."""
    for step in PATHWAYS[pid].steps:
        if any("fears-return" in o.sets for o in step.options):
            asked = f"{step.action} {step.question}".lower()
            for wrong in ("network", "debt collector", "place where it happened", "reprisal"):
                assert wrong not in asked, (pid, step.id, wrong)
