"""Field content: every pathway is complete, every branch lands somewhere real, guidance is ours."""

from __future__ import annotations

import pytest

from bali_desktop.domain.pathway import Pathway
from bali_desktop.storage.content_store import ContentStore

PATHWAYS = (
    "victim-of-trafficking",
    "child",
    "international-protection",
    "smuggled-migrant",
    "maritime-rescue",
    "scam-returnee",
)


@pytest.fixture(scope="module", params=PATHWAYS)
def pathway(request, library: ContentStore):
    return library.require(f"pathway:{request.param}")


def test_pathway_has_pause_points_never_do_roles_and_basis(pathway) -> None:
    data = pathway.data
    assert len(data["pause_points"]) >= 2
    for pause in data["pause_points"]:
        assert 5 <= len(pause["steps"]) <= 9
    assert data["never_do"] and data["roles"] and data["based_on"]
    assert not pathway.official and "not official Bali Process text" in pathway.text


def test_every_decision_branch_resolves(pathway, library: ContentStore) -> None:
    steps = {s["id"] for p in pathway.data["pause_points"] for s in p["steps"]}
    decisions = [s["decision"] for p in pathway.data["pause_points"] for s in p["steps"] if s["decision"]]
    assert decisions, "a pathway without decision points cannot branch"
    for decision in decisions:
        for option in decision["options"]:
            target = option["to"]
            assert target in steps or library.get(target.split("#", 1)[0]) is not None, (pathway.ref, target)


def test_step_ids_are_unique(pathway) -> None:
    ids = [s["id"] for p in pathway.data["pause_points"] for s in p["steps"]]
    assert len(ids) == len(set(ids))


def test_roles_guides_and_activities_exist(pathway, library: ContentStore) -> None:
    for role in pathway.data["roles"]:
        assert library.get(f"role:{role}") is not None, role
    for ref in [*pathway.data["guides"], *pathway.data["activities"], *pathway.related]:
        assert library.get(ref) is not None, ref


def test_the_required_branches_are_there(library: ContentStore) -> None:
    """Age in doubt leads to the child pathway; fear of return to an asylum referral in the pathway
    itself (a dual-track step, not a jump that never comes back); signs of trafficking to the police."""

    def pathway(pid: str) -> Pathway:
        return Pathway.from_item(library.require(f"pathway:{pid}"))

    for pid in ("victim-of-trafficking", "international-protection", "scam-returnee"):
        assert "pathway:child" in pathway(pid).refs_linked(), pid
    for pid in ("victim-of-trafficking", "smuggled-migrant", "maritime-rescue", "scam-returnee", "child"):
        steps = pathway(pid).steps
        assert any("fears-return" in o.sets for s in steps for o in s.options), pid
        assert any(s.only_if == ("fears-return",) and "asylum-authority" in s.roles for s in steps), pid
    assert "pathway:victim-of-trafficking" in pathway("smuggled-migrant").refs_linked()


def test_consular_contact_needs_consent(library: ContentStore) -> None:
    role = library.require("role:consular")
    assert role.data["consent_required"] is True


def test_guides_never_claim_an_unconfirmed_year(library: ContentStore) -> None:
    guides = library.items("guide")
    assert len(guides) >= 15
    for guide in guides:
        data = guide.data
        assert data["year"] or "year not confirmed" in guide.text, guide.ref
        assert data["key_points"] and data["source"]


def test_the_aid_tells_smuggling_from_trafficking(library: ContentStore) -> None:
    aid = library.require("aid:smuggling-or-trafficking")
    assert len(aid.data["questions"]) >= 5 and len(aid.text) > 300
    assert any(r.startswith("pathway:") for r in aid.related)
