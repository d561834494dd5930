"""The PDF fonts: DejaVu Sans for most text, and Noto Sans faces for the scripts DejaVu lacks
(Thai, Lao, Khmer, Myanmar, Bengali, Arabic, and Chinese from the GB 2312 subset turned into
TrueType outlines by tools/otf_to_ttf.py). ReportLab subsets and embeds each font it uses.

ReportLab has no font fallback: a character missing from a font prints as an empty box. So
paragraph text is cut into runs by script (`script_runs`) and each run of those scripts set in
its Noto face (see `styles.Paragraph`), shaped with uharfbuzz (`shaping.py`: Khmer subscripts,
Myanmar reordered vowels and medials, Thai and Lao marks, Bengali conjuncts, Arabic joined and
right to left), each shaped line carrying its text as /ActualText so that it reads back exactly.
Those faces are registered the first time a PDF needs one, so that an export without such text
never loads them. Characters that no shipped font has (Korean, Chinese outside GB 2312...) and
right-to-left letters with no shaped face (Hebrew, Syriac...) are collected while an export runs
(`missing_glyphs`) so that the command line can warn about them, naming each one.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Literal, cast

from bali_desktop import paths
from bali_desktop.domain.errors import ExportError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.pdf import shaping

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_Flag = Literal[0, 1]

# Each script DejaVu Sans lacks: the Noto family that has it, and its Unicode blocks.
SCRIPTS: dict[str, tuple[str, str]] = {
    "NotoSansThai": ("\u0e00", "\u0e7f"),
    "NotoSansLao": ("\u0e80", "\u0eff"),
    "NotoSansKhmer": ("\u1780", "\u17ff\u19e0-\u19ff"),
    "NotoSansMyanmar": ("\u1000", "\u109f\ua9e0-\ua9ff\uaa60-\uaa7f"),
    "NotoSansBengali": ("\u0980", "\u09ff"),
    "NotoSansArabic": ("\u0600", "\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe"),
    # Chinese (the GB 2312 subset, tools/otf_to_ttf.py): CJK punctuation, kana, hanzi, full width
    "NotoSansSCPrint": ("\u3000", "\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"),
}
NO_BOLD = ("NotoSansSCPrint",)  # shipped regular only: bold runs print regular
RTL_FAMILIES = ("NotoSansArabic",)  # shaped right to left: a run's words go right to left
TALL_FAMILIES = ("NotoSansKhmer", "NotoSansMyanmar")  # stacked marks: lines need more leading
_RUNS = re.compile("|".join(f"(?P<{family}>[{lo}-{hi}]+)" for family, (lo, hi) in SCRIPTS.items()))
# Text made only of these needs no check: Latin, Greek, Cyrillic, general punctuation and
# symbols that DejaVu Sans has.
_PLAIN = re.compile(r"[\x00-\u052f\u1e00-\u1fff\u2000-\u22ff\u25a0-\u25ff]*")
# Right-to-left scripts with no shaped face (Arabic has one): DejaVu Sans has many of their
# letters, but without bidirectional layout they print in reverse order, so they are warned about.
_RTL = re.compile("[\u0590-\u05ff\u0700-\u074f\u0780-\u089f\ufb1d-\ufb4f]")

_lock = threading.RLock()
_registered = False
_script_faces: set[str] = set()  # the Noto faces registered so far
_coverage: set[int] | None = None  # every code point some shipped font has
_missing: ContextVar[dict[str, None] | None] = ContextVar("bali_missing_glyphs", default=None)


def register_fonts() -> None:
    """Idempotent and thread-safe: PDFs are built off the GUI thread."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        for name, file in _FILES.items():
            pdfmetrics.registerFont(_load(name, file))
        shaping.install()
        # Drawings (the flow charts) start from ReportLab's default state, whose font is the
        # unembedded Helvetica even when no default-font text is drawn: make it ours.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = REGULAR
        # No italic face is shipped: italic and bold-italic fall back to upright faces.
        faces: tuple[tuple[_Flag, _Flag, str], ...] = (
            (0, 0, REGULAR),
            (1, 0, BOLD),
            (0, 1, REGULAR),
            (1, 1, BOLD),
        )
        for bold, italic, name in faces:
            addMapping(REGULAR, bold, italic, name)
        _registered = True


def _load(name: str, file: str) -> TTFont:
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = paths.FONTS_DIR / file
    try:
        return TTFont(name, str(path))
    except (OSError, TTFError) as e:
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "The PDF font {path} cannot be read ({why}). Reinstall Bali Desktop."
                ),
                path=str(path),
                why=str(e),
            )
        ) from None


def script_face(family: str, bold: bool) -> str:
    """The registered font name for a script run (registering the family on first use)."""
    name = f"{family}-Bold" if bold else family
    if name in _script_faces:
        return name
    with _lock:
        if name not in _script_faces:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics

            regular, bold_name = family, f"{family}-Bold"
            pdfmetrics.registerFont(_load(regular, f"{family}-Regular.ttf"))
            bold_file = f"{family}-Regular.ttf" if family in NO_BOLD else f"{family}-Bold.ttf"
            pdfmetrics.registerFont(_load(bold_name, bold_file))
            faces: tuple[tuple[_Flag, _Flag, str], ...] = (
                (0, 0, regular),
                (1, 0, bold_name),
                (0, 1, regular),
                (1, 1, bold_name),
            )
            for b, i, n in faces:
                addMapping(regular, b, i, n)
            _script_faces.update((regular, bold_name))
            shaping.SHAPED_FACES.update((regular, bold_name))
    return name


def has_script_text(text: str) -> bool:
    return _RUNS.search(text) is not None


def script_runs(text: str) -> list[tuple[str | None, str]]:
    """`text` cut into runs: (Noto family, run) for Thai, Lao, Khmer or Myanmar, (None, run) for
    the rest, which DejaVu Sans prints. "กรม ABC" -> [("NotoSansThai", "กรม"), (None, " ABC")]."""
    out: list[tuple[str | None, str]] = []
    pos = 0
    for m in _RUNS.finditer(text):
        if m.start() > pos:
            out.append((None, text[pos : m.start()]))
        out.append((m.lastgroup, m.group()))
        pos = m.end()
    if pos < len(text):
        out.append((None, text[pos:]))
    return out


def script_runs_of(text: str, families: Iterable[str]) -> Iterator[str]:
    """The runs of `text` in any of these Noto families."""
    wanted = set(families)
    return (run for family, run in script_runs(text) if family in wanted)


def visual_words(run: str) -> str:
    """A right-to-left run with its words in the order they are drawn (right to left), its outer
    spaces kept: "A B" -> "B A". HarfBuzz orders the letters of each word."""
    lead = run[: len(run) - len(run.lstrip())]
    trail = run[len(run.rstrip()) :]
    return lead + " ".join(reversed(run.split())) + trail


def markup(escaped: str, *, bold: bool = False) -> str:
    """Paragraph markup (already escaped) with each script run in a <font> of its Noto face,
    for places that take markup but are not our Paragraph (the table of contents)."""
    if not has_script_text(escaped):
        return escaped
    return "".join(
        f'<font name="{script_face(family, bold)}">{run}</font>' if family else run
        for family, run in script_runs(escaped)
    )


# --- characters no shipped font has ------------------------------------------------------------


@contextmanager
def missing_glyphs() -> Iterator[dict[str, None]]:
    """Collect, while the block runs in this thread, the characters that printed text has and no
    shipped font can show (they print as empty boxes), in the order met (a dict's keys)."""
    found: dict[str, None] = {}
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def note_text(text: str) -> None:
    """Record the characters of `text` that no shipped font has, if an export is collecting."""
    found = _missing.get()
    if found is None or _PLAIN.fullmatch(text):
        return
    covered = _covered()
    for ch in dict.fromkeys(text):
        if (ord(ch) not in covered or _RTL.match(ch)) and ch.isprintable() and not ch.isspace():
            found[ch] = None


def _covered() -> set[int]:
    global _coverage
    if _coverage is None:
        with _lock:
            if _coverage is None:
                from reportlab.pdfbase import pdfmetrics

                register_fonts()
                cover = set(cast("TTFont", pdfmetrics.getFont(REGULAR)).face.charToGlyph)
                for family in SCRIPTS:
                    face = cast("TTFont", pdfmetrics.getFont(script_face(family, False))).face
                    cover |= set(face.charToGlyph)
                _coverage = cover
    return _coverage


def char_name(ch: str) -> str:
    """A character as a warning names it: "中 (U+4E2D CJK UNIFIED IDEOGRAPH-4E2D)"."""
    name = unicodedata.name(ch, "")
    return f"{ch} (U+{ord(ch):04X}{' ' + name if name else ''})"


def missing_glyphs_warning(chars: Iterable[str]) -> list[str]:
    """One warning line for the characters an export could not print, or none."""
    chars = list(dict.fromkeys(chars))
    if not chars:
        return []
    shown = ", ".join(char_name(ch) for ch in chars[:8]) + (", …" if len(chars) > 8 else "")
    n = len(chars)
    how = (
        "print as empty boxes, or as separate letters in reverse order (Hebrew)"
        if any(_RTL.match(ch) for ch in chars)
        else "print as empty boxes"
    )
    return [
        f"{n} character{'s' if n != 1 else ''} of this text {'are' if n != 1 else 'is'} not in "
        f"the PDF fonts and {how}: {shown}. Write those words in Latin letters, or by hand "
        "on the printed sheet."
    ]
