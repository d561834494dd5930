"""Long but valid content never crashes an export: it splits across pages, or is cut with "…"
in a table cell that must fit on one page; a too-long --title is a clear usage error; and any
layout failure left is one clear ExportError, never ReportLab's LayoutError."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bali_desktop.checklists.builders import build, empty
from bali_desktop.domain.checklist import ChecklistItem, PausePoint, Reminder
from bali_desktop.domain.errors import ExportError, UsageError
from bali_desktop.pdf.job import PrintOptions, SheetContext
from bali_desktop.pdf.render import checklist_pdf
from bali_desktop.services import printing
from bali_desktop.services.printing import sheet_context
from tests.cli_runner import run
from tests.pdf.conftest import export_refs, pack_pdf, pdftotext

WORDS = "Ask the person what happened and who arranged the journey, then write it down. "


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _long(n: int) -> str:
    return (WORDS * (n // len(WORDS) + 1))[:n]


@pytest.mark.parametrize("large_print", [False, True])
def test_contact_with_notes_at_the_limit_prints(
    capsys, fresh_library, tmp_path: Path, large_print: bool
) -> None:
    """1,970 characters of notes (the limit is 2,000) once crashed large print: the contacts
    box now prints the start of the notes, cut with "…"; the rest stays on screen."""
    folder = str(fresh_library.db_path.parent)
    notes = _long(1950) + " Night line 0999"
    assert len(notes) == 1966
    code, _, err = run(
        capsys,
        "--data-dir",
        folder,
        "contacts",
        "add",
        "--role",
        "child-protection",
        "--organisation",
        "Department of Children and Youth",
        "--phone",
        "+66 2 000 0000",
        "--hours",
        "24 hours",
        "--notes",
        notes,
    )
    assert code == 0, err
    out_pdf = tmp_path / "card.pdf"
    args = ["--data-dir", folder, "export", "pathway:child", "-o", str(out_pdf)]
    code, out, err = run(capsys, *args, *(["--large-print"] if large_print else []))
    assert code == 0, err
    # a wrapped organisation reads around the phone beside its first line
    text = _flat(pdftotext(out_pdf)).replace("+66 2 000 0000 ", "")
    assert "Department of Children and Youth" in text
    assert notes[:60] in text and "…" in text
    assert "Night line 0999" not in text


def test_long_title_is_a_usage_error(capsys, fresh_library, tmp_path: Path) -> None:
    folder = str(fresh_library.db_path.parent)
    title = "Word " * 300
    code, out, err = run(
        capsys,
        "--data-dir",
        folder,
        "export",
        "pathway:child",
        "--title",
        title,
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "at most 200" in err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(UsageError, match="at most 200"):  # the window's path too
        printing.gather(
            fresh_library,
            printing.PrintRequest(refs=("pathway:child",), options=PrintOptions(title="x" * 201)),
        )


@pytest.mark.parametrize("large_print", [False, True])
def test_title_at_the_limit_prints_on_sheet_and_pack(session, large_print: bool) -> None:
    options = PrintOptions(title="Counter-trafficking card " * 8, large_print=large_print)
    assert len(options.title) == 200
    checklist = build(session.content, "pathway:child")
    checklist_pdf(
        checklist, sheet_context(session, checklist.contact_roles), content_version="v", options=options
    )
    pack_pdf(session, ["aid:smuggling-or-trafficking"], options=options)


@pytest.mark.parametrize("length", [5_200, 12_000, 30_000])
@pytest.mark.parametrize("large_print", [False, True])
def test_a_very_long_item_splits_across_pages(tmp_path: Path, length: int, large_print: bool) -> None:
    """An item taller than a page runs on to the next one; every word of it is printed."""
    text = _long(length)
    checklist = empty("Long item")
    checklist.add_item(ChecklistItem("Short first item"))
    checklist.add_item(ChecklistItem(text, note="Why: " + _long(length // 4)))
    checklist.add_item(ChecklistItem("Short last item"))
    data, pages = checklist_pdf(
        checklist, SheetContext(), content_version="v", options=PrintOptions(large_print=large_print)
    )
    assert pages >= 2
    path = tmp_path / "long.pdf"
    path.write_bytes(data)
    printed = _flat(pdftotext(path))
    assert "Short first item" in printed and "Short last item" in printed
    # every sentence of the long item is there, in order, across the page breaks
    body = printed[printed.index("2 Ask the person") :]
    assert body.count("write it down.") >= length // len(WORDS) - 1


def test_a_long_decision_in_a_saved_pathway_checklist_splits(session) -> None:
    checklist = build(session.content, "pathway:scam-returnee")
    decision = next(i for i in checklist.all_items() if i.is_decision)
    decision.text = "Decide: " + _long(9_000)
    decision.options[0].then = _long(3_000)
    checklist_pdf(checklist, SheetContext(), content_version="v", options=PrintOptions(large_print=True))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    item=st.integers(0, 9_000),
    note=st.integers(0, 4_000),
    pp_title=st.integers(1, 1_500),
    when=st.integers(0, 1_500),
    reminder=st.integers(0, 6_000),
    label=st.integers(0, 400),
    large=st.booleans(),
    unbroken=st.booleans(),
)
def test_any_long_field_prints(
    item: int, note: int, pp_title: int, when: int, reminder: int, label: int, large: bool, unbroken: bool
) -> None:
    """Whatever the lengths of the fields a user can edit, the sheet builds."""

    def text(n: int) -> str:
        return ("x" * n) if unbroken else _long(n)  # a word as long as the text, too

    checklist = empty(text(max(1, min(200, item))))
    checklist.pause_points = [
        PausePoint(
            text(pp_title),
            when=text(when),
            items=[
                ChecklistItem(text(item) or "Do it", note=text(note), citation=text(note // 2)),
                ChecklistItem("Ask again", uid="s1"),
            ],
        )
    ]
    checklist.reminders = [Reminder(text(min(pp_title, 300)), [text(reminder), "Short line"])]
    checklist.case_reference_label = text(label)
    data, pages = checklist_pdf(
        checklist, SheetContext(), content_version="v", options=PrintOptions(large_print=large)
    )
    assert data.startswith(b"%PDF") and pages >= 1


def test_long_contact_fields_in_a_pack(fresh_library) -> None:
    roles = {i.id for i in fresh_library.content.items("role")}
    user = fresh_library.user
    for _ in range(4):
        user.add_contact(
            "health",
            "Clinic " + "x" * 190,
            "+66 " + "1" * 30,
            "h" * 100,
            notes=_long(2000),
            country="C" * 100,
            known_roles=roles,
        )
    _, pages = pack_pdf(
        fresh_library, ["role:health", "pathway:maritime-rescue"], PrintOptions(large_print=True)
    )
    assert pages > 3


def test_layout_error_is_a_clear_export_error(session, tmp_path: Path, monkeypatch) -> None:
    """The last resort: should ReportLab still find a block too big for any page, the user gets
    one line that says what to do, exit 2, and no file."""
    from reportlab.platypus.doctemplate import LayoutError

    from bali_desktop.pdf import page

    def too_big(self, *args, **kwargs):
        raise LayoutError("Flowable <Table ...> too large on page 6\nin frame 'body'")

    monkeypatch.setattr(page.Document, "build", too_big)
    monkeypatch.setattr(page.Document, "multiBuild", too_big)
    target = tmp_path / "card.pdf"
    for refs in (["pathway:child"], ["pathway:child", "aid:smuggling-or-trafficking"]):
        with pytest.raises(ExportError) as raised:
            export_refs(session, refs, target)
        assert "\n" not in str(raised.value) and "too long to fit on a page" in str(raised.value)
    assert not target.exists()
    assert ExportError.exit_status == 2
