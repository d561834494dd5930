"""An Indonesian handout pack says its own words in Indonesian (issue 12, point 4): a member's
subtitle ("Pemerintah anggota Bali Process", not "Member government of the Bali Process"), the
"Berdasarkan:" before a guidance text's source, and where an official item stands ("Kegiatan 1").
The document's own name ("… 20 years of the Bali Process …") and the quoted text stay as published."""

from __future__ import annotations

import re
from pathlib import Path

from bali_desktop.services import printing
from bali_desktop.services.session import Session
from tests.pdf.conftest import pdftotext

REFS = (
    "member:bhutan",  # the default text: the subtitle says it, then the source
    "member:unhcr",  # an organisation, with a text of its own
    "observer:austria",
    "group:technical-experts-working-group-irregular-movement-by-air",  # guidance with a source
    "commitment:adelaide-2023-1",  # official text
    "guide:policy-guide-identifying-victims",  # a guide's facts table, key points, links
    "group:ad-hoc-group",  # established, members
)
# the sheet's own words on a guide's and a group's section, and the Indonesian the pack says instead
SECTION_WORDS = {
    "Produced by": "Disusun oleh",
    "Key points (our summary)": "Pokok-pokok (ringkasan kami)",
    "Source of these facts:": "Sumber fakta-fakta ini:",
    "Pathways:": "Jalur rujukan:",
    "Adelaide Strategy activities:": "Kegiatan Strategi Adelaide:",
    "Established:": "Dibentuk:",
    "Members:": "Anggota:",
}
OURS_IN_ENGLISH = re.compile(r"\b(Member|Observer) (government|organisation) of the Bali Process")


def _pack(session: Session, lang: str, path: Path) -> str:
    printing.export(session, printing.PrintRequest(refs=REFS, lang=lang), path)
    return re.sub(r"\s+", " ", pdftotext(path))


def test_an_indonesian_pack_says_based_on_and_membership_in_indonesian(
    session: Session, tmp_path: Path
) -> None:
    english = _pack(session, "en", tmp_path / "en.pdf")
    assert "Based on:" in english and OURS_IN_ENGLISH.search(english)  # what the check looks for is there
    assert "Member government of the Bali Process" in english
    assert "Member organisation of the Bali Process" in english
    assert "Observer government of the Bali Process" in english
    said = _pack(session, "id", tmp_path / "id.pdf")
    assert "Based on:" not in said
    assert not OURS_IN_ENGLISH.search(said), OURS_IN_ENGLISH.findall(said)
    assert said.count("Berdasarkan: ") >= 4
    assert "Pemerintah anggota Bali Process" in said
    assert "Organisasi anggota Bali Process" in said
    assert "Pemerintah peninjau Bali Process" in said
    assert "2023 Adelaide Strategy for Cooperation, Kegiatan 1" in said  # the document's name as published
    assert "20 years of the Bali Process" in said  # a document's own name is not translated
    assert said.count("Pemerintah anggota Bali Process") == 1  # the default text is not said twice
    for english_words, indonesian in SECTION_WORDS.items():
        assert english_words in english, english_words
        assert english_words not in said and indonesian in said, english_words
    assert "Kemungkinan korban perdagangan orang" in said  # a linked pathway by its Indonesian title
