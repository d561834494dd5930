"""Gathering what a PDF shows (services/printing.py), called directly on a session of its own: which
layout a request gets and every refusal in its words, the card, the review sheet, the checklist
sheet and the handout pack's sections, contacts and linked titles, the language content is read in,
and the export's checks. Mostly without rendering; written to kill the mutants the PDF tests let
live (docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bali_desktop.checklists import builders
from bali_desktop.domain.checklist import Checklist
from bali_desktop.domain.errors import ExportError, UsageError
from bali_desktop.domain.records import Item
from bali_desktop.pdf.job import Contact, PrintOptions, SheetContext
from bali_desktop.services import checklists, printing, user
from bali_desktop.services.printing import PrintRequest
from bali_desktop.services.session import Session
from bali_desktop.storage.checklist_store import MAX_TITLE


def item(ref: str, related: tuple[str, ...] = (), **data: object) -> Item:
    return Item(ref, ref.split(":", 1)[0], "T", "Text.", False, None, None, related, dict(data))


# --- which layout ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "kinds", "layout"),
    [
        (None, ["pathway"], "checklist"),
        (None, ["aid"], "checklist"),
        (None, ["checklist"], "checklist"),
        (None, ["area"], "review"),
        (None, ["guide"], "handout"),
        (None, ["pathway", "aid"], "handout"),
        (None, ["area", "area"], "handout"),
        ("handout", ["pathway"], "handout"),
        ("checklist", ["guide"], "checklist"),
        ("review", ["guide"], "review"),
        ("card", ["pathway"], "card"),
    ],
)
def test_the_layout_a_request_gets(asked: str | None, kinds: list[str], layout: str) -> None:
    entries = [Checklist("C") if k == "checklist" else item(f"{k}:x") for k in kinds]
    assert printing._layout(asked, entries) == layout


@pytest.mark.parametrize(
    ("asked", "message"),
    [
        ("card", "A counter card is made from one pathway; give one pathway ref."),
        ("review", "A progress-review sheet is made from one area; drop --as review for a pack."),
        ("checklist", "A checklist sheet is made from one item; drop --as checklist to make a handout pack."),
        ("poster", "Unknown layout 'poster'; use checklist or handout."),
    ],
)
def test_a_layout_that_cannot_be_made_is_refused_in_its_words(asked: str, message: str) -> None:
    with pytest.raises(UsageError) as refused:
        printing._layout(asked, [item("pathway:a"), item("pathway:b")])
    assert str(refused.value) == message


def test_a_part_of_an_item_cannot_be_exported(fresh: Session) -> None:
    with pytest.raises(UsageError) as refused:
        printing.gather(fresh, PrintRequest(refs=("pathway:child#step",)))
    assert str(refused.value) == "'pathway:child#step' is part of an item; export 'pathway:child' instead."


# --- the sheets ------------------------------------------------------------------------------------


def test_a_counter_card_is_the_pathways_critical_steps_with_the_full_numbers(fresh: Session) -> None:
    user.add_contact(fresh, user.ContactValues("child-protection", "Desk 4", "+1", "24h", "Ask", "ID"))
    job = printing.gather(fresh, PrintRequest(refs=("pathway:child",), layout="card", lang="id"))
    card, numbers = builders.card_from_pathway(
        fresh.content.require("pathway:child", "id"), fresh.content, **printing._words("id")
    )
    assert job.kind == "card" and job.sections == () and job.titles == {}
    assert job.sheet is not None and [i.text for i in job.sheet.all_items()] == [
        i.text for i in card.all_items()
    ]
    assert dict(job.card_numbers or {}) == numbers
    assert job.options.lang == "id" and job.content_version == fresh.content_version
    assert job.contacts.contacts["child-protection"] == (Contact("Desk 4", "+1", "24h", "Ask", "ID"),)
    assert fresh.content.language == "en"


@pytest.mark.parametrize("ref", ["aid:smuggling-or-trafficking", "checklist"])
def test_a_counter_card_is_made_from_a_pathway_only(fresh: Session, ref: str) -> None:
    if ref == "checklist":
        ref = f"checklist:{checklists.create(fresh, title='Mine').id}"
    with pytest.raises(UsageError) as refused:
        printing.gather(fresh, PrintRequest(refs=(ref,), layout="card"))
    assert str(refused.value) == "A counter card is made from one pathway, e.g. pathway:child."


def test_a_review_sheet_is_an_areas_activities(fresh: Session) -> None:
    job = printing.gather(fresh, PrintRequest(refs=("area:adelaide-2023-5",)))
    assert job.kind == "review" and job.review is True and job.card_numbers is None
    assert job.sheet is not None and job.sheet.title == builders.area_title(
        fresh.content.require("area:adelaide-2023-5")
    )
    assert job.contacts == SheetContext() and job.titles == {} and job.sections == ()
    assert job.content_version == fresh.content_version


@pytest.mark.parametrize("ref", ["pathway:child", "checklist"])
def test_a_review_sheet_is_made_from_an_area_only(fresh: Session, ref: str) -> None:
    if ref == "checklist":
        ref = f"checklist:{checklists.create(fresh, title='Mine').id}"
    with pytest.raises(UsageError) as refused:
        printing.gather(fresh, PrintRequest(refs=(ref,), layout="review"))
    assert str(refused.value) == (
        "A progress-review sheet is made from one strategy area, e.g. area:adelaide-2023-5."
    )


def test_a_checklist_sheet_of_a_pathway_in_the_sheets_language(fresh: Session) -> None:
    job = printing.gather(fresh, PrintRequest(refs=("pathway:child",), lang="id"))
    built = builders.from_pathway(
        fresh.content.require("pathway:child", "id"), fresh.content, **printing._words("id")
    )
    assert job.kind == "checklist" and job.sections == () and job.titles == {}
    assert job.sheet is not None and job.sheet.title == fresh.content.require("pathway:child", "id").title
    assert [i.text for i in job.sheet.all_items()] == [i.text for i in built.all_items()]
    assert job.options.lang == "id" and job.content_version == fresh.content_version
    assert set(job.contacts.role_titles) == set(job.sheet.contact_roles)
    assert fresh.content.language == "en"


def test_a_gated_step_prints_its_condition_in_the_contents_words() -> None:
    from bali_desktop.content import lang_words
    from bali_desktop.domain.pathway import Pathway

    typed = Pathway.from_data(
        "pathway:p",
        {
            "pause_points": [
                {"id": "p", "title": "P", "steps": [{"id": "a", "action": "A.", "only_if": ["fears-return"]}]}
            ]
        },
    )
    words = printing._words("id")
    assert words["lang"] == "id"
    assert words["condition"](typed.steps[0]) == lang_words.condition((), ("fears-return",), "id") != ""


def test_a_saved_checklist_prints_as_saved(fresh: Session) -> None:
    made = checklists.add(fresh, checklists.create(fresh, title="Port card").id, "role:health")
    user.add_contact(fresh, user.ContactValues("health", "Clinic"))
    job = printing.gather(fresh, PrintRequest(refs=(f"checklist:{made.id}",)))
    assert job.kind == "checklist" and job.sheet is not None and job.sheet.title == "Port card"
    assert job.contacts.role_titles == {"health": "Health services"}
    assert job.contacts.contacts == {"health": (Contact("Clinic"),)}
    held = printing.gather(fresh, PrintRequest(checklist=made, options=PrintOptions(title="Other")))
    assert held.sheet is not None and held.sheet is not made and held.sheet.title == "Port card"
    assert held.options.title == "Other"


def test_a_title_too_long_is_refused_before_any_work(fresh: Session) -> None:
    options = PrintOptions(title="x" * (MAX_TITLE + 1))
    with pytest.raises(UsageError, match=f"at most {MAX_TITLE} characters"):
        printing.gather(fresh, PrintRequest(refs=("no:such-thing",), options=options))


def test_the_contacts_box_has_only_the_roles_printed(fresh: Session) -> None:
    assert printing.sheet_context(fresh, []) == SheetContext()
    user.add_contact(fresh, user.ContactValues("health", "Clinic", "1", "2", "3", "4"))
    user.add_contact(fresh, user.ContactValues("health", "Hospital"))
    user.add_contact(fresh, user.ContactValues("iom", "IOM"))
    box = printing.sheet_context(fresh, ["health", "unhcr"])
    assert dict(box.role_titles) == {
        "health": "Health services",
        "unhcr": fresh.content.require("role:unhcr").title,
    }
    assert dict(box.contacts) == {"health": (Contact("Clinic", "1", "2", "3", "4"), Contact("Hospital"))}


# --- the handout pack ------------------------------------------------------------------------------


def test_a_pack_section_of_a_pathway_leaves_the_signs_and_purpose_to_its_own_pages(fresh: Session) -> None:
    job = printing.gather(fresh, PrintRequest(refs=("pathway:victim-of-trafficking", "role:health")))
    assert job.kind == "handout" and job.sheet is None
    pathway, role = job.sections
    found = fresh.content.require("pathway:victim-of-trafficking")
    assert pathway.entry == found and pathway.title == found.title
    assert pathway.checklist is not None and pathway.checklist.purpose == ""
    assert builders.from_pathway(found, fresh.content).reminders[0].title == builders.SIGNS_TITLE
    assert [r.title for r in pathway.checklist.reminders] == ["Never"]
    assert [a.ref for a in pathway.activities] == list(found.data["activities"])
    assert (role.title, role.checklist, role.activities) == ("Health services", None, ())
    assert job.contacts.role_titles.keys() == {*found.data["roles"], "health"}
    linked = printing._linked_refs([found, fresh.content.require("role:health")])
    assert dict(job.titles) == fresh.content.titles(linked, "en") and "pathway:child" in job.titles


def test_a_pack_section_of_an_area_names_the_guides_and_pathways_that_serve_it(fresh: Session) -> None:
    job = printing.gather(fresh, PrintRequest(refs=("area:adelaide-2023-3", "area:adelaide-2023-8")))
    three, eight = job.sections
    kids = fresh.content.children("area:adelaide-2023-3")
    assert three.title == builders.area_title(fresh.content.require("area:adelaide-2023-3"))
    assert [a.ref for a in three.activities] == [k.ref for k in kids]
    refs = {k.ref for k in kids}

    def serving(kind: str) -> list[str]:
        return [
            i.ref for i in fresh.content.items(kind) if any(r in refs for r in i.data.get("activities", []))
        ]

    assert [g.ref for g in three.guides] == serving("guide") and len(three.guides) == 2
    assert [p.ref for p in three.pathways] == serving("pathway") and len(three.pathways) == 1
    assert (eight.guides, eight.pathways) == ((), ())
    assert three.checklist is None


def test_a_pack_of_saved_checklists_and_other_items(fresh: Session) -> None:
    made = checklists.add(fresh, checklists.create(fresh, title="Port card").id, "role:iom")
    job = printing.gather(fresh, PrintRequest(refs=(f"checklist:{made.id}", "guide:rbdes-policy-framework")))
    saved, guide = job.sections
    assert saved.title == "Port card" and isinstance(saved.entry, Checklist)
    assert saved.entry.title == "Port card"
    assert guide.title == fresh.content.require("guide:rbdes-policy-framework").title
    assert set(job.contacts.role_titles) == {"iom"}


def test_a_pack_names_its_linked_items_in_the_packs_language(fresh: Session) -> None:
    job = printing.gather(fresh, PrintRequest(refs=("group:co-chairs", "pathway:child"), lang="id"))
    linked = printing._linked_refs(
        [fresh.content.require("group:co-chairs"), fresh.content.require("pathway:child")]
    )
    assert dict(job.titles) == fresh.content.titles(linked, "id")
    assert "member:australia" in job.titles and "guide:screening-referral-toolkit" in job.titles
    assert job.sections[1].title == fresh.content.require("pathway:child", "id").title
    assert fresh.content.language == "en"


def test_the_roles_a_pack_prints_in_order_without_repeats() -> None:
    kept = Checklist("C", contact_roles=["iom", "health"])
    entries = [
        item("pathway:p", roles=["health", "unhcr"]),
        kept,
        item("role:guardian"),
        item("guide:g", roles=["nope"]),
        item("role:unhcr"),
    ]
    assert printing._pack_roles(entries) == ["health", "unhcr", "iom", "guardian"]


def test_the_refs_a_pack_names() -> None:
    entries = [
        item(
            "guide:g",
            ("a", "b"),
            guides=["g1"],
            pathways=["p1"],
            activities=["c1"],
            membership=["m1"],
            other=["x"],
        ),
        Checklist("C"),
        item("group:x", ("b", "m2"), membership=None),
    ]
    assert printing._linked_refs(entries) == ["a", "b", "g1", "p1", "c1", "m1", "m2"]


def test_the_language_is_put_back_after_a_refused_gather(fresh: Session) -> None:
    with pytest.raises(UsageError):
        printing.gather(fresh, PrintRequest(refs=("pathway:no-such",), lang="id"))
    assert fresh.content.language == "en"


# --- export ----------------------------------------------------------------------------------------


def test_an_unknown_format_is_refused(fresh: Session, tmp_path: Path) -> None:
    with pytest.raises(UsageError) as refused:
        printing.export(fresh, PrintRequest(refs=("pathway:child",)), tmp_path / "x.txt", fmt="txt")
    assert str(refused.value) == "Unknown format 'txt'; use pdf or html."
    assert not (tmp_path / "x.txt").exists()


def test_the_database_is_never_a_target(fresh: Session) -> None:
    request = PrintRequest(refs=("aid:smuggling-or-trafficking",))
    with pytest.raises(ExportError, match="database files"):
        printing.check_before_opening(request, fresh.db_path, fresh.db_path.parent)
    with pytest.raises(ExportError, match="database files"):
        printing.check_before_opening(request, fresh.db_path, fresh.db_path.parent, fmt="html")
    with pytest.raises(ExportError, match="database files"):
        printing.prepare_export(fresh, request, fresh.db_path)
    with pytest.raises(UsageError, match="at most"):
        printing.check_before_opening(
            PrintRequest(options=PrintOptions(title="x" * (MAX_TITLE + 1))),
            fresh.db_path.parent / "a.pdf",
            None,
        )


def test_an_export_writes_the_pdf_and_says_what_it_wrote(fresh: Session, tmp_path: Path) -> None:
    target = tmp_path / "aid.pdf"
    done = printing.export(fresh, PrintRequest(refs=("aid:smuggling-or-trafficking",)), target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert (done.path, done.kind, done.size, done.warnings) == (target, "checklist", len(data), ())
    assert done.pages >= 1


def test_an_html_export_writes_the_sheet_as_html(fresh: Session, tmp_path: Path) -> None:
    target = tmp_path / "aid.html"
    done = printing.export(fresh, PrintRequest(refs=("aid:smuggling-or-trafficking",)), target, fmt="html")
    data = target.read_bytes()
    assert data.startswith(b"<!DOCTYPE html>")
    assert (done.path, done.kind, done.pages, done.size) == (target, "checklist", 0, len(data))
