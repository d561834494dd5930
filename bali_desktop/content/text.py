"""Text helpers shared by the loader, the verbatim checks and search: normalising and splitting."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_EMPHASIS = re.compile(r"\*{2,3}")
_TERMINAL = (".", ":", ";", "!", "?", "; and", "; or")  # "; and" ends a list item
_LIST_MARK = re.compile(r"^(\d{1,2}[.)]\s|\(\d\)|[-\u2022\uf0b7]\s|#)")


def norm(text: str) -> str:
    """Compare official text word for word: only white space, quote marks and bold markers differ."""
    text = _EMPHASIS.sub("", text.translate(_QUOTES))
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """Lower case without diacritics, for matching names (Türkiye ~ turkiye)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    if decomposed.isascii():
        return decomposed
    for mark in [c for c in set(decomposed) if unicodedata.combining(c)]:  # few: one pass each
        decomposed = decomposed.replace(mark, "")
    return decomposed


def split_paragraphs(raw: str) -> list[str]:
    """Split a plain-text extraction into paragraphs, re-joining lines a PDF extraction wrapped.

    A line joins the one before it when that one did not end a sentence and either was long
    (a wrapped line) or the new line starts in lower case (a sentence carrying on).
    """
    paragraphs: list[str] = []
    for line in raw.splitlines():
        line = line.strip()
        if not line:
            continue
        if paragraphs:
            prev = paragraphs[-1]
            carries_on = (
                not prev.endswith(_TERMINAL)
                and not _LIST_MARK.match(line)
                and (len(prev) >= 60 or line[:1].islower())
            )
            if carries_on:
                paragraphs[-1] = f"{prev} {line}"
                continue
        paragraphs.append(line)
    return [re.sub(r"\s+", " ", p) for p in paragraphs]


def locate(paragraphs: list[str], quote: str) -> int | None:
    """Index of the paragraph that holds `quote` (or its opening words), else None."""
    wanted = norm(quote)
    normed = [norm(p) for p in paragraphs]
    for probe in (wanted, wanted[:80], wanted[:40]):
        for i, para in enumerate(normed):
            if probe and probe in para:
                return i
    return None
