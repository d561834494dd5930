"""Where an official item stands in its source, in the reader's language: one table for the window
and the printed sheets.

A locator ("Activity 15", "Area of cooperation (1)", "Paragraph 15", "Objective, line 3",
"Regional Cooperation Framework, principle 2") is our way of pointing into the source, not the
source's text, so an Indonesian window or sheet says it in Indonesian: "Kegiatan 15", "Bidang kerja
sama (1)", "Paragraf 15", "Tujuan, baris 3", "Regional Cooperation Framework, prinsip 2". Only the
pointing word before a number changes: a document's own name (and a section's name in it, "Members
of the Bali Process (p. 5)") and every quoted word stay as published. Plain functions, no widgets.

The Indonesian is ours, not yet checked by a native speaker.
"""

from __future__ import annotations

import re

LOCATOR_WORDS_ID = {
    "Adelaide Strategy area": "Bidang Strategi Adelaide",
    "Area of cooperation": "Bidang kerja sama",
    "Activity": "Kegiatan",
    "Paragraph": "Paragraf",
    "Objective, line": "Tujuan, baris",
    "principle": "prinsip",
}
_LOCATOR = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in LOCATOR_WORDS_ID) + r")(?= \(?\d)"  # a number follows
)


def where(text: str, lang: str | None = "en") -> str:
    """An item's locator, citation or area heading in `lang` (LOCATOR_WORDS_ID): "2023 Adelaide
    Strategy for Cooperation, Activity 15" -> "2023 Adelaide Strategy for Cooperation, Kegiatan 15"
    in Bahasa Indonesia ("id"); unchanged in any other language."""
    if lang != "id" or not text:
        return text
    return _LOCATOR.sub(lambda m: LOCATOR_WORDS_ID[m.group(1)], text)
