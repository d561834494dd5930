"""The counter card (issue 14 point 5): exactly one page on A4, Letter and A5 for every pathway
in English and Bahasa Indonesia, every critical step on it with the full sheet's number and its
words, the case reference and the contacts box, no text under 7 pt, and tick boxes of at least
5 mm that never touch; the A5 pocket card in short (`card.short_steps`, `card.pocket_steps`)."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from bali_desktop.pdf import card
from bali_desktop.pdf.job import PrintJob, PrintOptions
from bali_desktop.pdf.styles import MIN_BOX
from bali_desktop.services import printing
from bali_desktop.services.session import Session
from tests.pdf.conftest import pdftotext


def _sizes(path: Path) -> set[float]:
    """The size every piece of text is set at, as drawn (the font size times the text matrix)."""
    seen: set[float] = set()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            seen.add(round(size * scale, 2))

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return seen


def _boxes(path: Path) -> list[tuple[float, float, float]]:
    """The 5 mm tick boxes drawn on page 1: (x, bottom, top), in the order drawn."""
    out = []
    with pikepdf.open(path) as pdf:
        page = pdf.pages[0]
        origin = [0.0, 0.0]
        stack: list[list[float]] = []
        for instruction in pikepdf.parse_content_stream(page):
            if not isinstance(instruction, pikepdf.ContentStreamInstruction):
                continue
            operands, name = instruction.operands, str(instruction.operator)
            if name == "q":
                stack.append(list(origin))
            elif name == "Q" and stack:
                origin = stack.pop()
            elif name == "cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                origin = [origin[0] + e, origin[1] + f]
            elif name == "re":
                x, y, w, h = (float(v) for v in operands)
                if abs(w - h) < 0.5 and abs(w - MIN_BOX) < 1.5:
                    out.append((round(origin[0] + x, 1), origin[1] + y, origin[1] + y + h))
    return out


def _critical(job: PrintJob) -> list[int]:
    assert job.sheet is not None and job.card_numbers is not None
    return [job.card_numbers[st.item.uid] for st in job.sheet.steps()]


@pytest.fixture(scope="module")
def pathways(session: Session) -> list[str]:
    return [i.ref for i in session.content.items("pathway")]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def _opening(text: str, n: int = 3) -> str:
    """A step's first words, as a card prints them whole or cut ("…")."""
    return _flat(" ".join(text.split()[:n])).rstrip(",;:…")


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("paper", ["a4", "letter", "a5"])
def test_every_card_is_one_page_with_every_critical_step_at_7_pt_or_more(
    session: Session, pathways: list[str], tmp_path: Path, paper: str, lang: str
) -> None:
    case, contacts = ("Case reference:", "contacts") if lang == "en" else ("Nomor referensi kasus:", "Kontak")
    assert len(pathways) == 12
    for ref in pathways:
        job = printing.gather(
            session,
            printing.PrintRequest(refs=(ref,), options=PrintOptions(paper=paper), layout="card", lang=lang),
        )
        built = printing.render(job)
        path = tmp_path / f"{ref.split(':')[1]}.pdf"
        path.write_bytes(built.data)
        assert built.pages == 1 and len(PdfReader(str(path)).pages) == 1, (ref, paper, lang, built.pages)
        text = _flat(pdftotext(path))
        assert case in text and contacts in text, (ref, paper, lang)
        assert job.sheet is not None and job.card_numbers is not None
        for step in job.sheet.steps():  # its number, and the first words of its action or question
            number = job.card_numbers[step.item.uid]
            assert re.search(rf"(^| ){number} \S", text), (ref, paper, lang, number)
            said = [_opening(step.item.text)]
            if step.decision is not None:
                said.append(_opening(step.decision.text.split(":", 1)[-1]))
            assert any(words in text for words in said), (ref, paper, lang, number, said)
        sizes = _sizes(path)
        assert sizes and min(sizes) >= card.MIN_TYPE - 0.01, (ref, paper, lang, sorted(sizes)[:3])
        assert len(_boxes(path)) >= len(job.sheet.steps()), (ref, paper, lang)  # a 5 mm box a step


def test_tick_boxes_never_touch(session: Session, tmp_path: Path) -> None:
    """Two short steps stacked (the child card's steps 2 and 4) keep a gap between their boxes."""
    for paper in ("a4", "letter", "a5"):
        job = printing.gather(
            session,
            printing.PrintRequest(refs=("pathway:child",), options=PrintOptions(paper=paper), layout="card"),
        )
        path = tmp_path / f"{paper}.pdf"
        path.write_bytes(printing.render(job).data)
        boxes = _boxes(path)
        assert len(boxes) >= 8, paper
        columns: dict[float, list[tuple[float, float]]] = {}
        for x, bottom, top in boxes:
            columns.setdefault(x, []).append((bottom, top))
        for x, column in columns.items():
            column.sort(reverse=True)
            for (low, _), (_, top_below) in zip(column, column[1:], strict=False):
                assert low - top_below >= 2.5, (paper, x, low, top_below)  # 3 pt, as drawn


def test_short_steps_cut_actions_not_questions_or_lists() -> None:
    assert card.short_action("Ask whether the child is hurt, ill, hungry or needs urgent care.") == (
        "Ask whether the child is hurt, ill, hungry or needs urgent care."
    )
    assert (
        card.short_action(
            "Tell child protection and the guardian that the child may be stateless, so they refer the child "
            "to UNHCR."
        )
        == "Tell child protection and the guardian that the child may be stateless…"
    )
    assert card.short_action("Note the time. Then hand over the file to the officer.") == "Note the time."
    assert (
        card.short_condition(
            "Skip if the person fears return or asks for protection, or if the person may be stateless."
        )
        == "Skip if: fears return or asks protection · may be stateless."
    )
    assert (
        card.short_condition("Hanya jika orang tersebut takut dipulangkan atau meminta perlindungan.")
        == "Hanya jika: takut pulang atau minta perlindungan."
    )


def test_pocket_steps_keep_numbers_questions_and_where_answers_lead() -> None:
    assert card.first_words("Tell child protection and the guardian that the child", 5) == (
        "Tell child protection and the…"
    )
    assert card.first_words("Note the time of handover.", 5) == "Note the time of handover."
    assert (
        card.pocket_jump(
            "stop this sheet and continue on the “Unaccompanied or separated child: a child alone” sheet,"
            " from step 1"
        )
        == "stop; “Unaccompanied or separated child” from 1"
    )
    assert (
        card.pocket_jump(
            "buka lembar “Penyelundupan migran atau perdagangan orang? Cara membedakannya”"
            " lalu kembali ke langkah 18"
        )
        == "“Penyelundupan migran atau…”, kembali ke 18"
    )
    assert (
        card.pocket_jump("go to the “Asylum seeker or refugee” sheet, step 17, and come back to step 15")
        == "“Asylum seeker or refugee” 17, back to 15"
    )
