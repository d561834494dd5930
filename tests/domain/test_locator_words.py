"""Where an official item stands, said in Bahasa Indonesia (domain/locator_words.py, the one table
the window and the printed sheets use): only our pointing word before a number changes; the
document's and a section's own names, and everything in English, stay as they are."""

from __future__ import annotations

import pytest

from bali_desktop.domain import naming
from bali_desktop.domain.locator_words import LOCATOR_WORDS_ID, where
from bali_desktop.domain.records import Item, Source
from bali_desktop.pdf import words


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        ("Activity 12", "Kegiatan 12"),
        ("Area of cooperation (4)", "Bidang kerja sama (4)"),
        ("Adelaide Strategy area (1): Law enforcement", "Bidang Strategi Adelaide (1): Law enforcement"),
        ("Paragraph 15.3", "Paragraf 15.3"),
        ("Objective, line 2", "Tujuan, baris 2"),
        ("Regional Cooperation Framework, principle 4", "Regional Cooperation Framework, prinsip 4"),
        (
            "2023 Adelaide Strategy for Cooperation, Activity 12",
            "2023 Adelaide Strategy for Cooperation, Kegiatan 12",
        ),
        # no number after it: a section's own name, not our pointer
        ("Activities and scope (p. 3)", "Activities and scope (p. 3)"),
        ("Objective", "Objective"),
        ("Members of the Bali Process (p. 6)", "Members of the Bali Process (p. 6)"),
        ("History of the Bali Process: 2010 (p. 12)", "History of the Bali Process: 2010 (p. 12)"),
        ("", ""),
    ],
)
def test_where_says_the_locator_in_indonesian_and_nothing_else(english: str, indonesian: str) -> None:
    assert where(english, "id") == indonesian
    for other in ("en", None, "ms", "id_ID"):
        assert where(english, other) == english


def test_the_sheets_and_the_window_share_one_table() -> None:
    assert words.where is where and words.LOCATOR_WORDS_ID is LOCATOR_WORDS_ID


def test_naming_says_the_locator_in_the_language_asked_for() -> None:
    source = Source("adelaide-2023", "2023 Adelaide Strategy for Cooperation", "Activity 12")
    item = Item(
        "commitment:a12", "commitment", "Research on emerging issues", "Text.", True, source, None, ()
    )
    assert naming.list_title(item) == "Activity 12: Research on emerging issues"
    assert naming.list_title(item, "id") == "Kegiatan 12: Research on emerging issues"
    assert naming.locator(item, "id") == "Kegiatan 12"
    assert naming.citation(item, "id") == "2023 Adelaide Strategy for Cooperation, Kegiatan 12"
    assert naming.citation(item) == "2023 Adelaide Strategy for Cooperation, Activity 12"
    titled = Item("commitment:a12", "commitment", "Activity 12: Research", "Text.", True, source, None, ())
    assert (
        naming.list_title(titled, "id") == "Kegiatan 12: Research"
    )  # our title's own copy is not said twice
