"""A focal point's pack from key to rollback: build, verify, install, shown in the pathway and on the
printed checklist, found by search (a word from its PDF), removed, and an older version put back."""

from __future__ import annotations

from pathlib import Path

import pytest

from bali_desktop.packs.errors import PackError
from bali_desktop.services import documents, pack_views, packs, printing, user, views
from bali_desktop.services.session import Session
from bali_desktop.storage.content_store import ContentStore
from tests.packs import kit


def _content_rows(s: Session) -> list[tuple[object, ...]]:
    return s.connection.execute("SELECT ref, title, text, data FROM content_items ORDER BY ref").fetchall()


def _card(s: Session, card_id: str, lang: str) -> object:
    item = s.content.get("phrases:first-contact")
    assert item is not None
    return next(c for c in item.data["cards"] if c["id"] == card_id)["text"].get(lang)


def _search_refs(s: Session, query: str) -> list[str]:
    return [h.ref for h in s.content.find(query, correct=False).hits]


def test_build_verify_install_show_print_remove_rollback(officer: Session, tmp_path: Path) -> None:
    s = officer
    key_path = tmp_path / "national.key"
    pub_path, public = packs.keygen(key_path, "Testland National Focal Point")
    assert pub_path.read_text().startswith("bali-desktop-pack-key ed25519 ")
    assert len(public.fingerprint.split()) == 8
    v1 = tmp_path / "testland-1.0.0.zip"
    built = packs.build(kit.folder(tmp_path), v1, key_path)
    assert {f.path for f in built.files} == set(kit.content_files())
    user.add_contact(s, user.ContactValues("shelter", "My own shelter contact", "+1 234"))
    mine_before = user.contacts(s)
    shipped_before = _content_rows(s)
    shipped_shelter = s.content.get("role:shelter")
    card_before = _card(s, "officer", "id")

    with pytest.raises(PackError, match="unknown publisher"):
        packs.check(s, v1)
    packs.add_key(s, packs.read_key(pub_path))
    plan = packs.check(s, v1)
    assert plan.fingerprint == public.fingerprint
    assert plan.summary.contacts == 2 and plan.summary.steps == 1 and plan.summary.documents == 1
    assert set(plan.summary.added) == {
        "guide:testland-referral-sop",
        "document:pdf.testland.testland-sop",
        "phrases:testland-first-words",
    }
    done = packs.install(s, v1)
    assert done.backup is not None and done.backup.exists()
    assert [(p.info.id, p.info.version, p.info.state, p.trusted) for p in packs.list_packs(s)] == [
        ("testland", "1.0.0", "active", True)
    ]

    # the pathway: "In Testland" beside our step, marked as the national procedure
    data = views.pathway(s, kit.PATHWAY)
    assert data is not None
    national = data.national[kit.STEP]
    assert [n.heading for n in national] == [f"In {kit.COUNTRY}"]
    assert "national referral hotline" in national[0].action
    # the printed checklist: the national step in the step's note, the pack's contacts in the box
    job = printing.gather(s, printing.PrintRequest(refs=(kit.PATHWAY,)))
    assert job.sheet is not None
    notes = {i.uid: i.note for pp in job.sheet.pause_points for i in pp.items}
    assert f"In {kit.COUNTRY} (national procedure, content pack testland)" in notes[kit.STEP]
    police = [c.organisation for c in job.contacts.contacts.get("anti-trafficking-police", ())]
    assert "Testland Anti-Trafficking Unit" in police
    pdf = printing.render(job)
    assert pdf.pages >= 1
    # contacts: the pack's apart from the user's, marked; the user's untouched
    assert user.contacts(s) == mine_before
    assert {c.organisation for c in packs.contacts(s)} == {
        "Testland Anti-Trafficking Unit",
        "Testland Safe House",
    }
    # search: a word only the PDF holds, the pack's guide and phrase set
    assert _search_refs(s, kit.PDF_WORD) == ["document:pdf.testland.testland-sop"]
    assert "guide:testland-referral-sop" in _search_refs(s, "Testland referral procedure")
    doc = documents.pdf_of(s, "document:pdf.testland.testland-sop")
    assert doc is not None and doc.pdf == kit.PDF
    assert documents.opened_copy(s, "document:pdf.testland.testland-sop").read_bytes() == kit.PDF
    # translations carried, with their status, and read in that language
    assert [(t.ref, t.status, t.reviewed_by) for t in packs.translations(s, "id")] == [
        ("phrases:first-contact", "reviewed", "Test Reviewer"),
        ("role:shelter", "reviewed", "Test Reviewer"),
    ]
    shelter = s.content.get("role:shelter", "id")
    assert shelter is not None and shelter.title == "Rumah aman" and shelter.translation is not None
    assert (shelter.translation.status, shelter.translation.reviewed_by) == ("reviewed", "Test Reviewer")
    assert "data uji" in shelter.text
    assert s.content.get("role:shelter") == shipped_shelter  # English as it was
    assert _card(s, "officer", "id") == {
        "text": "Saya petugas (data uji).",
        "status": "reviewed",
        "reviewed_by": "Test Reviewer",
    }

    # a content reload keeps the pack (its items are laid over the content again)
    assert s.reload_content()
    assert _search_refs(s, kit.PDF_WORD) == ["document:pdf.testland.testland-sop"]
    reloaded = s.content.get("role:shelter", "id")
    assert reloaded is not None and reloaded.title == "Rumah aman"
    again = Session.open(s.db_path.parent)  # and a fresh start too
    assert _search_refs(again, kit.PDF_WORD) == ["document:pdf.testland.testland-sop"]
    again.close()

    # version 1.1.0 changes a contact; the earlier version is kept for rollback
    v2 = tmp_path / "testland-1.1.0.zip"
    packs.build(kit.folder(tmp_path, version="1.1.0", police="Testland Police TIP Desk"), v2, key_path)
    plan2 = packs.check(s, v2)
    assert plan2.summary.replaces == "1.0.0" and plan2.summary.added == ()
    packs.install(s, v2)
    assert "Testland Police TIP Desk" in {c.organisation for c in packs.contacts(s)}
    with pytest.raises(PackError, match="older than the one installed"):
        packs.check(s, v1)
    assert packs.check(s, v1, allow_downgrade=True).summary.replaces == "1.1.0"
    assert packs.rollback(s, "testland").version == "1.0.0"
    assert "Testland Anti-Trafficking Unit" in {c.organisation for c in packs.contacts(s)}
    assert [(p.info.version, p.info.state) for p in packs.list_packs(s)] == [
        ("1.0.0", "active"),
        ("1.1.0", "previous"),
    ]

    # removed: nothing of it anywhere, the shipped content and the user's own as before
    assert sorted(packs.remove(s, "testland")) == ["1.0.0", "1.1.0"]
    assert packs.list_packs(s) == [] and packs.contacts(s) == []
    assert pack_views.national_steps(s, kit.PATHWAY) == {}
    assert _search_refs(s, kit.PDF_WORD) == []
    assert _content_rows(s) == shipped_before
    assert _card(s, "officer", "id") == card_before
    assert user.contacts(s) == mine_before
    with pytest.raises(PackError, match="No pack"):
        packs.remove(s, "testland")


def test_a_removed_key_flags_its_packs_at_the_next_start(officer: Session, tmp_path: Path) -> None:
    key = kit.trusted_key(officer)
    packs.install(officer, kit.signed_zip(kit.content_files(), key))
    fingerprint = packs.list_packs(officer)[0].info.fingerprint
    packs.remove_key(officer, fingerprint[:12])
    assert [p.trusted for p in packs.list_packs(officer)] == [False]
    again = Session.open(officer.db_path.parent)
    try:
        assert any("testland" in w and "no longer trusted" in w for w in again.warnings)
    finally:
        again.close()
    with pytest.raises(PackError, match="was removed from the trusted keys"):
        packs.check(officer, kit.signed_zip(kit.content_files(), key))


def test_the_shipped_project_key_is_trusted_and_can_be_taken_off(officer: Session) -> None:
    shipped = [k for k in packs.trusted_keys(officer) if k.shipped]
    assert len(shipped) == 1 and not shipped[0].removed
    packs.remove_key(officer, shipped[0].fingerprint)
    assert [k.removed for k in packs.trusted_keys(officer) if k.shipped] == [True]


def test_a_folder_offers_the_newest_trusted_version_of_each(officer: Session, tmp_path: Path) -> None:
    key = kit.trusted_key(officer)
    stick = tmp_path / "usb"
    stick.mkdir()
    files = kit.content_files()
    for version in ("1.0.0", "1.2.0", "1.10.0"):
        (stick / f"testland-{version}.zip").write_bytes(
            kit.signed_zip(files, key, manifest=kit.manifest_for(files, version=version))
        )
    (stick / "broken.zip").write_bytes(b"not a zip")
    offers, refused = packs.folder_offers(officer, stick)
    assert [p.manifest.version for p in offers] == ["1.10.0"]
    assert len(refused) == 1 and refused[0].startswith("broken.zip: Refused")


def test_a_document_added_without_a_pack(officer: Session, tmp_path: Path) -> None:
    pdf = tmp_path / "National SOP.pdf"
    pdf.write_bytes(kit.pdf_bytes("Standard procedure kelurahanword for the border post."))
    added = documents.add_document(officer, pdf)
    assert added.ref.startswith("document:pdf.mine.") and added.pages == 1
    assert [h.ref for h in officer.content.find("kelurahanword", correct=False).hits] == [added.ref]
    item = officer.content.get(added.ref)
    assert item is not None and not item.official and "Your own document" in item.text
    with pytest.raises(PackError, match="already in the library"):
        documents.add_document(officer, pdf)
    documents.remove_document(officer, added.ref)
    assert officer.content.get(added.ref) is None
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 garbage")
    with pytest.raises(PackError, match="malformed PDF|not a PDF"):
        documents.add_document(officer, bad)
    assert isinstance(officer.content, ContentStore)
