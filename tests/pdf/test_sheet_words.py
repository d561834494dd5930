"""The sheet's own words (issue 14): room to write is a property of the step, not a word match;
an Indonesian sheet prints none of the English sentences the builders and the layout add; the
progress-review sheet ticks the tracker's statuses; counter cards fit their paper."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bali_desktop.checklists.builders import PHRASES_PRINTED, from_pathway, templates
from bali_desktop.domain.pathway import Pathway
from bali_desktop.domain.route_words import SHEET_WORDS, SIGNS_RULE, condition_text, writing_lines
from bali_desktop.domain.tracker import STATUSES
from bali_desktop.pdf import words
from bali_desktop.services import printing
from tests.pdf.conftest import pdftotext


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(
    ("action", "lines"),
    [
        ("Note the time of handover and who received the person.", 2),
        ("Tell your supervisor and write down the reasons for your concern.", 2),
        ("Record the reason for the refusal in one line.", 2),
        ("Catat waktu serah terima dan siapa yang menerima orang tersebut.", 2),
        ("Beri tahu atasan Anda dan tuliskan alasan kekhawatiran Anda.", 2),
        # the agency's own records, not this sheet
        ("Record only the data the referral needs, and store it securely.", 0),
        ("Record only the data needed, and store it securely.", 0),
        ("Catat hanya data yang diperlukan untuk rujukan, dan simpan dengan aman.", 0),
        # the signs below have their own tick boxes
        ("Check the indicators below and note which ones you see.", 0),
        ("Periksa indikator di bawah ini dan catat mana yang Anda lihat.", 0),
        ("Ask whether the person is hurt, ill or needs urgent care.", 0),
    ],
)
def test_writing_lines_follow_the_rule_both_ways(action: str, lines: int) -> None:
    assert writing_lines(action) == lines


def test_writing_lines_are_the_steps_own_in_both_languages(session) -> None:  # noqa: ANN001
    """The same steps get lines on the English and the Indonesian sheet."""
    content = session.content
    ref = "pathway:victim-of-trafficking"
    english = from_pathway(content.require(ref), content)
    before = content.language
    content.language = "id"
    try:
        indonesian = from_pathway(content.require(ref), content, lang="id")
    finally:
        content.language = before
    en = {i.uid: i.write_lines for i in english.all_items()}
    id_ = {i.uid: i.write_lines for i in indonesian.all_items()}
    assert en == id_
    assert en["note-handover"] and en["tell-supervisor"] and not en["record-minimal-data"]
    assert not en["check-indicators"]


def _export(session, refs: list[str], path: Path, **kw: object) -> Path:  # noqa: ANN001
    request = printing.PrintRequest(refs=tuple(refs), lang="id", **kw)  # type: ignore[arg-type]
    printing.export(session, request, path)
    return path


def _english_sentences(session) -> list[str]:  # noqa: ANN001
    """Every sentence the builders and the layout add to an English sheet."""
    said = [PHRASES_PRINTED, SIGNS_RULE, "stop this sheet", "continue here at step", "come back to step"]
    said += [v for k, v in SHEET_WORDS["en"].items() if "{" not in v and k not in ("smuggling",)]
    for item in session.content.items("pathway"):
        said += [condition_text(s) for s in Pathway.from_item(item).steps if condition_text(s)]
    for key in ("pack_note", "guidance_label", "official_note", "read_do", "review_purpose", "card_numbers"):
        said.append(words.word(key, "en"))
    said += ["Checklists say their type", "This pack holds", "Made with Bali Desktop", "Go ▸ Phrase cards"]
    return sorted({s for s in said if len(s) > 12})


def test_an_indonesian_sheet_has_none_of_the_english_sentences(session, tmp_path: Path) -> None:  # noqa: ANN001
    english = _english_sentences(session)
    assert "Only if no interpreter can be found." in english
    sheet = _flat(pdftotext(_export(session, ["pathway:victim-of-trafficking"], tmp_path / "vot.pdf")))
    refs = ["pathway:child", "aid:smuggling-or-trafficking", "area:adelaide-2023-5"]
    pack = _flat(pdftotext(_export(session, refs, tmp_path / "pack.pdf")))
    card = _flat(pdftotext(_export(session, ["pathway:scam-returnee"], tmp_path / "c.pdf", layout="card")))
    for name, text in (("sheet", sheet), ("pack", pack), ("card", card)):
        found = [s for s in english if s in text]
        assert not found, (name, found)
    assert "Hanya jika juru bahasa tidak dapat ditemukan." in sheet  # the gate, in Indonesian
    assert "Buka ▸ Kartu frasa (F7)" in sheet
    assert "hentikan lembar ini" in sheet and "lanjutkan di sini pada langkah" in sheet
    assert words.word("pack_note", "id") in pack


def test_the_review_sheet_ticks_the_trackers_statuses(session, tmp_path: Path) -> None:  # noqa: ANN001
    for lang in ("en", "id"):
        path = tmp_path / f"area-{lang}.pdf"
        printing.export(session, printing.PrintRequest(refs=("area:adelaide-2023-5",), lang=lang), path)
        text = _flat(pdftotext(path))
        activities = len(session.content.children("area:adelaide-2023-5"))
        for status in STATUSES:
            assert text.count(words.status_word(status, lang)) >= activities, (lang, status)
    assert [words.status_word(s) for s in STATUSES] == [
        "Not started",
        "Planned",
        "In progress",
        "Done",
        "Not applicable",
    ]


def test_an_indonesian_review_sheet_says_where_each_activity_stands_in_indonesian(
    session,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """No "Activity 15" nor "Area of cooperation (1)" on the Indonesian progress-review sheet of any
    area: its title, each activity's heading and the end of its citation say it in Bahasa Indonesia
    (pdf/words.py's LOCATOR_WORDS_ID); the English sheet is unchanged."""
    areas = [i.ref for i in session.content.items("area")]
    assert len(areas) >= 5
    for ref in areas:
        said = {}
        for lang in ("en", "id"):
            path = tmp_path / f"{ref.split(':')[1]}-{lang}.pdf"
            printing.export(session, printing.PrintRequest(refs=(ref,), lang=lang), path)
            said[lang] = _flat(pdftotext(path))
        activities = len(session.content.children(ref))
        assert said["en"].count("Activity ") >= 2 * activities, ref
        assert "Activity" not in said["id"] and "Area of cooperation" not in said["id"], ref
        assert "Strategy area" not in said["id"] and "Bidang Strategi Adelaide (" in said["id"], ref
        assert said["id"].count("Kegiatan ") >= 2 * activities, ref
        assert "2023 Adelaide Strategy for Cooperation, Kegiatan" in said["id"], ref  # the name as published


def test_every_card_fits_its_paper(session) -> None:  # noqa: ANN001
    """One page on Letter (shorter than A4) and on A5, in Bahasa Indonesia (longer than the
    English): the tightest of each."""
    refs = [t.ref for t in templates(session.content) if t.kind == "pathway"]
    for ref in refs:
        for paper, sides in (("letter", 1), ("a5", 1)):
            for lang in ("id",):
                options = printing.PrintOptions(paper=paper)
                job = printing.gather(
                    session, printing.PrintRequest(refs=(ref,), options=options, layout="card", lang=lang)
                )
                assert 1 <= printing.render(job).pages <= sides, (ref, paper, lang)


def test_large_print_review_sheet_keeps_status_words_and_the_print_date_whole(
    session,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    """In large print the Indonesian status "Direncanakan" once broke inside the word in its narrow
    column, and the footer's print date was cut ("dicetak 2026-1…"): both print whole."""
    path = tmp_path / "area-lp-id.pdf"
    options = printing.PrintOptions(large_print=True)
    request = printing.PrintRequest(refs=("area:adelaide-2023-1",), options=options, lang="id")
    printing.export(session, request, path)
    lines = [ln.strip() for ln in pdftotext(path, layout=True).splitlines()]
    activities = len(session.content.children("area:adelaide-2023-1"))
    planned = words.status_word(STATUSES[1], "id")
    assert planned == "Direncanakan"
    assert sum(1 for ln in lines if ln == planned) >= activities, [ln for ln in lines if "Direncana" in ln]
    assert re.search(r"dicetak \d{4}-\d{2}-\d{2}\b", " ".join(lines))
