"""A PDF is made from plain data: `printing.gather` reads the database into a frozen `PrintJob`,
and rendering it needs no database at all (the window lays it out on a pool thread)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from reportlab import rl_config

from bali_desktop.checklists.builders import build, empty
from bali_desktop.domain.checklist import ChecklistItem
from bali_desktop.domain.errors import ExportError, UsageError
from bali_desktop.domain.records import Item, Source
from bali_desktop.pdf import job as pdf_job
from bali_desktop.pdf.job import Contact, PrintJob, PrintOptions, Section, SheetContext
from bali_desktop.services import printing
from bali_desktop.services.printing import PrintRequest
from bali_desktop.services.session import Session
from bali_desktop.storage import checklist_store
from tests.pdf.conftest import pdftotext

PACK = ("pathway:child", "area:adelaide-2023-5", "guide:screening-referral-toolkit", "role:health")


def test_a_sheet_title_is_limited_as_a_saved_checklists() -> None:
    assert pdf_job.MAX_TITLE == checklist_store.MAX_TITLE


def test_a_job_is_frozen_plain_data(session) -> None:
    job = printing.gather(session, PrintRequest(refs=PACK))
    assert job.kind == "handout" and job.sheet is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        job.options = PrintOptions()  # type: ignore[misc]
    kinds = [s.entry.kind for s in job.sections if isinstance(s.entry, Item)]
    assert kinds == ["pathway", "area", "guide", "role"]
    pathway, area, guide, _role = job.sections
    assert pathway.checklist is not None and pathway.checklist.purpose == ""
    assert all("Signs" not in r.title for r in pathway.checklist.reminders)  # a page of its own
    assert area.title.startswith("Adelaide Strategy area (5)") and area.activities
    assert [a.parent for a in area.activities] == ["area:adelaide-2023-5"] * len(area.activities)
    assert set(guide.entry.data["pathways"]) <= set(job.titles)  # the titles its section names
    assert "health" in job.contacts.role_titles and job.content_version == session.content_version


def test_a_checklist_in_a_request_is_copied(session) -> None:
    checklist = build(session.content, "pathway:child")
    job = printing.gather(session, PrintRequest(checklist=checklist))
    checklist.title = "Changed in the editor meanwhile"
    checklist.pause_points[0].items.clear()
    assert job.kind == "checklist" and job.sheet is not None
    assert job.sheet.title != checklist.title and job.sheet.pause_points[0].items


def test_a_gathered_job_renders_after_the_session_is_closed(fresh_library, tmp_path: Path) -> None:
    """Nothing in rendering reads the database: close it, and the pack still lays out, with the
    user's contacts it gathered."""
    roles = {i.id for i in fresh_library.content.items("role")}
    fresh_library.user.add_contact("health", "Port clinic", "+66 2", "24 h", known_roles=roles)
    folder = fresh_library.db_path.parent
    session = Session.open(folder)
    job = printing.gather(session, PrintRequest(refs=PACK))
    session.close()
    built = printing.render(job)
    path = tmp_path / "pack.pdf"
    path.write_bytes(built.data)
    text = pdftotext(path)
    assert built.kind == "handout" and built.pages > 5
    assert "Port clinic" in text and "Screening and Referral Tool Kit" in text


def test_a_job_made_by_hand_renders(tmp_path: Path) -> None:
    """The renderer takes plain data from anywhere: no session, no content store."""
    source = Source("doc", "A Document", "Paragraph 3")
    item = Item("commitment:x-1", "commitment", "Cooperate", "We will cooperate.", True, source, None, ())
    checklist = empty("Desk card")
    checklist.add_item(ChecklistItem("Call the duty officer"))
    checklist.contact_roles = ["health"]
    contacts = SheetContext({"health": "Health services"}, {"health": (Contact("Clinic", "123"),)})
    options = PrintOptions(printed="2026-01-02", workshop="Bangkok")
    job = PrintJob(
        None, (Section(item, item.title), Section(checklist, checklist.title)), contacts, {}, "v9", options
    )
    built = printing.render(job)
    path = tmp_path / "hand.pdf"
    path.write_bytes(built.data)
    text = pdftotext(path)
    for words in ("We will cooperate.", "A Document, Paragraph 3", "Desk card", "Clinic", "Bangkok", "v9"):
        assert words in text
    sheet = dataclasses.replace(job, sheet=checklist, sections=())
    assert printing.render(sheet).kind == "checklist"


def test_the_window_and_the_command_line_make_the_same_bytes(session, tmp_path: Path, monkeypatch) -> None:
    """gather + render (the window's two steps) and export (the command line's one) give the
    same PDF, byte for byte (ReportLab's invariant mode fixes its dates and ids)."""
    monkeypatch.setattr(rl_config, "invariant", 1)
    for refs in (("pathway:scam-returnee",), PACK):
        request = PrintRequest(refs=refs, options=PrintOptions(printed="2026-03-12"))
        target = tmp_path / "out.pdf"
        result = printing.export(session, request, target)
        built = printing.render(printing.gather(session, request))
        assert target.read_bytes() == built.data and result.pages == built.pages
        assert result.kind == built.kind == ("checklist" if len(refs) == 1 else "handout")


def test_the_target_is_checked_again_when_written(session) -> None:
    """The window writes on the pool, after gathering: `write_export` refuses the database's
    files too, whatever `prepare_export` let through."""
    export_job = printing.prepare_export(
        session, PrintRequest(refs=("pathway:child",)), session.db_path.parent / "x.pdf"
    )
    wal = session.db_path.with_name(session.db_path.name + "-wal")
    with pytest.raises(ExportError, match="database files"):
        printing.write_export(dataclasses.replace(export_job, path=wal))


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (PrintRequest(refs=("pathway:child",), layout="poster"), "Unknown layout"),
        (
            PrintRequest(refs=("pathway:child", "aid:smuggling-or-trafficking"), layout="checklist"),
            "one item",
        ),
        (PrintRequest(refs=("pathway:child#step",)), "part of an item"),
        (PrintRequest(refs=("guide:nope",)), "No item"),
        (PrintRequest(refs=("checklist:999",)), "No checklist"),
        (PrintRequest(refs=("pathway:child",), options=PrintOptions(title="x" * 201)), "at most 200"),
    ],
)
def test_what_cannot_be_printed_is_refused_while_gathering(
    session, request_: PrintRequest, message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        printing.gather(session, request_)


def test_an_empty_pack_is_refused() -> None:
    job = PrintJob(None, (), SheetContext(), {}, "v")
    with pytest.raises(UsageError, match="at least one item"):
        printing.render(job)
