"""Text shaping for the scripts of the region, and text that reads back exactly.

ReportLab 4.2+ shapes text with uharfbuzz when a paragraph's style says `shaping=1`: Khmer
subscript consonants and Myanmar pre-base vowels and medials are then formed and placed as the
font means them (without it, "ရေး" prints ရ + ေ in the wrong order). Two things are added here:

- Only runs set in one of our Noto script faces are shaped (`SHAPED_FACES`); DejaVu text (Latin,
  Vietnamese, punctuation) goes through as before, so its ligatures never change what it reads.
  ReportLab shapes a word with its first font only, so a word mixing fonts ("ABCกรม") is shaped
  one font at a time.
- A shaped glyph may have no character of its own (a Khmer subscript form), and glyphs come in
  the order they are drawn, not read: copied or extracted, the text would not be what went in.
  So each shaped word remembers the text it came from, and the line that draws it is wrapped in
  a marked-content span with `/ActualText` (PDF 1.5, 14.9.4): readers, pdftotext and screen
  readers take that text instead of the glyphs (`TextObject`).

Right-to-left (Arabic): HarfBuzz gives a word's glyphs in visual order, joined; the words of a
run are laid out right to left by `fonts.script_runs` callers (`visual_words`).
"""

from __future__ import annotations

import threading
import unicodedata
from collections import OrderedDict
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as rl_paragraph

SHAPED_FACES: set[str] = set()  # the registered Noto script faces (fonts.script_face adds them)
_MAX_REMEMBERED = 20_000  # shaped words remembered for /ActualText (one export needs far fewer)
_lock = threading.Lock()
_originals: OrderedDict[str, str] = OrderedDict()  # shaped glyph string -> the text it came from
_installed = False
_reportlab_shape: Any = None


def install() -> None:
    """Route ReportLab's word shaping through `shape_word` (once)."""
    global _installed, _reportlab_shape
    if _installed:
        return
    with _lock:
        if _installed:
            return
        _reportlab_shape = ttfonts.shapeFragWord
        ttfonts.shapeFragWord = shape_word  # shapeStr uses it too
        rl_paragraph.shapeFragWord = shape_word  # type: ignore[attr-defined]
        _installed = True


def _remember(shaped: str, text: str) -> None:
    with _lock:
        _originals[shaped] = text
        _originals.move_to_end(shaped)
        while len(_originals) > _MAX_REMEMBERED:
            _originals.popitem(last=False)


def original(shaped: str) -> str | None:
    with _lock:
        return _originals.get(shaped)


def _is_special(frag: Any) -> bool:
    return hasattr(frag, "cbDefn")


def shape_word(w: Any, *args: Any, **kwargs: Any) -> Any:
    """ReportLab's `shapeFragWord` for words in our script faces only, one font at a time; the
    text of each shaped part is remembered for its /ActualText."""
    if isinstance(w, ttfonts.ShapedFragWord):
        return w
    frags = w[1:]
    if not any(not _is_special(f) and f.fontName in SHAPED_FACES for f, _ in frags):
        return w
    groups: list[list[Any]] = []
    for pair in frags:
        f = pair[0]
        key = None if _is_special(f) else f.fontName
        if groups and groups[-1][0] == key and key is not None:
            groups[-1][1].append(pair)
        else:
            groups.append([key, [pair]])
    parts: list[Any] = []
    width = 0.0
    changed = False
    for key, pairs in groups:
        if key is None or key not in SHAPED_FACES:
            parts += pairs
            width += sum(
                pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in pairs if not _is_special(f)
            )
            continue
        text = "".join(s for _, s in pairs)
        sub_width = sum(pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in pairs)
        sub = [sub_width, *pairs]
        shaped = _reportlab_shape(sub, *args, **kwargs)
        if shaped is not sub and len(shaped) > 1:
            changed = True
            pieces = shaped[1:]
            starts = [_first_cluster(s) for _, s in pieces]
            for k, (_, s) in enumerate(pieces):
                end = starts[k + 1] if k + 1 < len(pieces) else len(text)
                if isinstance(s, ShapedStr) and str(s):
                    _remember(str(s), text[starts[k] : end] if len(pieces) > 1 else text)
            parts += [tuple(p) for p in pieces]
            width += shaped[0]
        else:
            parts += pairs
            width += sub_width
    if not changed:
        return w
    return makeShapedFragWord(w)([width, *parts])


def _first_cluster(s: Any) -> int:
    data = getattr(s, "__shapeData__", None) if isinstance(s, ShapedStr) else None
    return int(data[0].cluster) if data else 0


def actual_text(text: str) -> str | None:
    """The text a drawn line of shaped words came from, or None when any word is unknown."""
    words = str(text).split(" ")
    found = []
    for word in words:
        if not word:
            found.append("")
            continue
        got = original(word)
        if got is None:
            return None
        found.append(got)
    if all(_rtl(w) for w in found if w):
        # Drawn right to left. poppler (pdftotext) reverses the letters of each right-to-left
        # word of an /ActualText, taking them as drawn: so each word is given reversed, the
        # words in reading order (tests/pdf/test_print_issue.py reads them back).
        return " ".join(w[::-1] for w in reversed(found))
    return " ".join(found)


def _rtl(word: str) -> bool:
    return unicodedata.bidirectional(word[0]) in ("R", "AL")


def _hex_utf16(text: str) -> str:
    return ("\ufeff" + text).encode("utf-16-be").hex().upper()


class TextObject(PDFTextObject):
    """A text object whose shaped text carries the words it was made from (/ActualText)."""

    def _formatText(self, text: Any) -> str:  # noqa: N802 (ReportLab's name)
        code: str = super()._formatText(text)  # type: ignore[misc]  # not in the stubs
        if isinstance(text, ShapedStr):
            actual = actual_text(text)
            if actual:
                return f"/Span <</ActualText <{_hex_utf16(actual)}>>> BDC {code} EMC"
        return code
