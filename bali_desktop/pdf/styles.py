"""Page sizes, margins and paragraph styles for normal and large print: black on white only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import ps2tt
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle
from reportlab.platypus import paragraph as _paragraph

from bali_desktop.domain import labels
from bali_desktop.domain.errors import UsageError
from bali_desktop.pdf import fonts
from bali_desktop.pdf.fonts import BOLD, REGULAR, register_fonts

PAPERS = {"a4": A4, "letter": LETTER, "a5": A5}
INK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)  # secondary text: 65% black, dark enough for a tired laser
LARGE_BODY = 16.0  # large print: the body size
LARGE_FLOOR = 12.0  # large print: nothing smaller
MIN_BOX = 5 * mm  # a tick box, in every mode
RULE = colors.Color(0.55, 0.55, 0.55)

GUIDANCE_LABEL = labels.GUIDANCE


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise UsageError(f"Unknown paper size {paper!r}; use a4, letter or a5.") from None


@dataclass(frozen=True)
class Margins:
    # The left (binding) margin is wide enough for a two- or four-hole punch and a ring binder.
    left: float = 24 * mm
    right: float = 15 * mm
    top: float = 20 * mm  # room for the running header
    bottom: float = 20 * mm  # room for the footer


@dataclass(frozen=True)
class Theme:
    large: bool
    body: ParagraphStyle
    small: ParagraphStyle  # the "why" under an item, citations
    cite: ParagraphStyle
    item: ParagraphStyle
    option: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle  # handout section title (goes in the contents)
    h2: ParagraphStyle  # handout sub-section (goes in the contents)
    h3: ParagraphStyle  # pause point title
    label: ParagraphStyle  # guidance / official labels
    quote: ParagraphStyle  # official text
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    box: float  # tick-box side
    small_box: float  # option tick-box side
    header_size: float
    footer_size: float
    chart_font: float


@lru_cache(maxsize=16)
def theme(large_print: bool = False, base_size: float | None = None) -> Theme:
    """Normal or large print; `base_size` sets the body size outright (a counter card fitted
    to one page).

    Large print is true large print (UKAAF/RNIB): body 16 pt, nothing under 12 pt, no grey
    type (secondary text is black, set smaller). In every mode a tick box is at least 5 mm."""
    register_fonts()
    large = large_print and not base_size
    k = (base_size / 10.0) if base_size else (LARGE_BODY / 10.0 if large else 1.0)
    base = 10.0 * k
    floor = LARGE_FLOOR if large else 0.0
    second = INK if large else GREY

    def style(
        name: str,
        size: float,
        *,
        bold: bool = False,
        lead: float = 1.25,
        color: colors.Color = INK,
        before: float = 0,
        after: float = 0,
        indent: float = 0,
    ) -> ParagraphStyle:
        size = max(size, floor)
        return ParagraphStyle(
            name,
            fontName=BOLD if bold else REGULAR,
            bulletFontName=REGULAR,
            fontSize=size,
            leading=size * lead,
            textColor=color,
            spaceBefore=before,
            spaceAfter=after,
            leftIndent=indent,
            alignment=TA_LEFT,
        )

    return Theme(
        large=large_print,
        body=style("body", base, after=base * 0.4),
        small=style("small", base * 0.8, color=second),
        cite=style("cite", base * 0.75, color=second),
        item=style("item", base * 1.05),
        option=style("option", base * 0.85),
        title=style("title", base * 1.7, bold=True, lead=1.15, after=base * 0.3),
        subtitle=style("subtitle", base * 1.0, after=base * 0.3),
        h1=style("h1", base * 1.6, bold=True, lead=1.15, after=base * 0.5),
        h2=style("h2", base * 1.25, bold=True, lead=1.2, before=base * 0.9, after=base * 0.4),
        h3=style("h3", base * 1.15, bold=True, lead=1.2),
        label=style("label", base * 0.8, bold=True, after=base * 0.4),
        quote=style("quote", base, indent=base * 1.2, after=base * 0.2),
        cell=style("cell", base * 0.85),
        cell_bold=style("cellb", base * 0.85, bold=True),
        box=max(11.0 * k, MIN_BOX),
        small_box=max(8.0 * k, MIN_BOX),
        header_size=LARGE_FLOOR if large else 8.0,
        footer_size=LARGE_FLOOR if large else 7.5,
        chart_font=LARGE_FLOOR if large else 7.0,
    )


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, ending "…" when cut (for a table cell, which
    must fit on one page; the full text stays on screen)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def esc(text: str) -> str:
    """Text made safe for a ReportLab Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use DejaVu too (ReportLab's default is Helvetica,
    which is not embedded)."""
    register_fonts()
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


class Paragraph(_paragraph.Paragraph):
    """ReportLab's Paragraph, with each run of Thai, Lao, Khmer or Myanmar set in its Noto face
    (bold where the text around it is bold), since ReportLab has no font fallback; every PDF
    paragraph that can carry content or user text is one of these."""

    toc_level: int | None  # set on headings (page.heading): listed in the contents at this level
    toc_text: str | None

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Any) -> None:  # noqa: N803
        parsed = frags is None  # frags given: a part of a split paragraph, already done
        super()._setup(text, style, bulletText, frags, cleaner)  # type: ignore[misc]  # not in the stubs
        if not parsed:
            return
        for frag in self.frags:
            fonts.note_text(getattr(frag, "text", "") or "")
        if fonts.has_script_text(self.text):
            self.frags = _script_frags(self.frags)
            # shaped (shaping.py); stacked Khmer and Myanmar marks need taller lines
            style = self.style
            tall = any(fonts.script_runs_of(self.text, fonts.TALL_FAMILIES))
            leading = max(style.leading, style.fontSize * 1.7) if tall else style.leading
            self.style = style.clone(style.name + "-shaped", shaping=1, leading=leading)


def _script_frags(frags: list[Any]) -> list[Any]:
    out = []
    for frag in frags:
        text = getattr(frag, "text", "")
        if not text or getattr(frag, "cbDefn", None) is not None or not fonts.has_script_text(text):
            out.append(frag)
            continue
        bold = bool(ps2tt(frag.fontName)[1])
        for family, run in fonts.script_runs(text):
            if family in fonts.RTL_FAMILIES and " " in run.strip():
                run = fonts.visual_words(run)  # words right to left; each shaped right to left
            out.append(
                frag.clone(text=run, fontName=fonts.script_face(family, bold) if family else frag.fontName)
            )
    return out
