"""Small domain rules pinned directly: how a search snippet marks its matched words, and where
the program looks for its shipped files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bali_desktop import paths
from bali_desktop.domain.records import MARK_END, MARK_START, snippet_plain


def test_a_snippet_marks_matches_in_square_brackets_by_default() -> None:
    snippet = f"the {MARK_START}child{MARK_END} and the {MARK_START}guardian{MARK_END}"
    assert snippet_plain(snippet) == "the [child] and the [guardian]"
    assert snippet_plain(snippet, "<b>", "</b>") == "the <b>child</b> and the <b>guardian</b>"


def test_unfrozen_the_checkout_is_looked_in_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    found = paths._candidates()
    assert found[0] == Path(paths.__file__).resolve().parent.parent
    assert all(isinstance(p, Path) for p in found)
    assert len(found) == len(set(found))
