"""What an installed pack shows beyond the pathway screen's own box: the pack's contacts under the
steps that call on their role (after the user's own), and the national steps in a handout pack's
pathway section and on the printed sheets, "In <country>" as on screen."""

from __future__ import annotations

import io

from pypdf import PdfReader

from bali_desktop.services import packs, printing, user, views
from bali_desktop.services.session import Session
from tests.packs import kit

MARK = f"In {kit.COUNTRY} (national procedure, content pack testland)"


def _installed(s: Session) -> None:
    packs.install(s, kit.signed_zip(kit.content_files(), kit.trusted_key(s)))


def _pdf_text(job: printing.PrintJob) -> str:
    data = printing.render(job).data
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_pack_contacts_come_with_the_roles_of_a_pathway_after_the_users(officer: Session) -> None:
    _installed(officer)
    user.add_contact(officer, user.ContactValues("anti-trafficking-police", "My own police desk", "+1 555"))
    data = views.pathway(officer, kit.PATHWAY)
    assert data is not None
    police = next(r for r in data.roles if r.id == "anti-trafficking-police")
    assert [c.organisation for c in police.contacts] == ["My own police desk"]
    assert [(c.organisation, c.pack_id) for c in police.from_packs] == [
        ("Testland Anti-Trafficking Unit", "testland")
    ]
    assert "anti-trafficking-police" in data.step_roles["ask-about-danger"]


def test_national_steps_in_a_handout_pack_and_on_the_printed_sheets(officer: Session) -> None:
    _installed(officer)
    handout = printing.gather(officer, printing.PrintRequest(refs=(kit.PATHWAY,), layout="handout"))
    section = next(sec for sec in handout.sections if sec.checklist is not None)
    assert section.checklist is not None
    notes = {i.uid: i.note for pp in section.checklist.pause_points for i in pp.items}
    assert MARK in notes[kit.STEP]
    assert MARK in _pdf_text(handout)
    sheet = printing.gather(officer, printing.PrintRequest(refs=(kit.PATHWAY,)))
    text = _pdf_text(sheet)
    assert MARK in text and "Testland Anti-Trafficking Unit" in text and "content pack testland" in text


def test_a_sheet_in_indonesian_says_the_national_step_in_indonesian(officer: Session) -> None:
    _installed(officer)
    sheet = printing.gather(officer, printing.PrintRequest(refs=(kit.PATHWAY,), lang="id"))
    text = _pdf_text(sheet)
    assert f"Di {kit.COUNTRY} (prosedur nasional, paket isi testland)" in text
    assert "Dari paket isi testland." in text
    assert officer.content.language == "en"  # the session's language as it was
