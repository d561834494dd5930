"""The page around the content: running header, footer with "Page X of Y", and the doc template."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.paragraph import Paragraph as BaseParagraph

from bali_desktop.pdf import fonts, shaping, words
from bali_desktop.pdf.fonts import BOLD, REGULAR
from bali_desktop.pdf.shaping import TextObject
from bali_desktop.pdf.styles import INK, Margins, Paragraph, esc


@dataclass(frozen=True)
class PageInfo:
    title: str
    content_version: str
    printed: str  # the print date, as text
    note: str = ""  # a second footer line, e.g. the guidance label
    tag: str = ""  # printed at the right of the header, e.g. "READ-DO"
    header_from: int = 1  # first page that carries the running header (a cover has none)
    header_size: float = 8.0
    footer_size: float = 7.5
    case_label: str = ""  # a case sheet: "Case reference: ____  Date: ____" above every header
    case_from: int = 1  # the first page with that line (2 when page 1 has the sheet's own field)
    lang: str = "en"  # the sheet's language: the footer's fixed words (pdf/words.py)


class NumberedCanvas(Canvas):
    """Holds every page until the end so that each footer can say "Page X of Y"."""

    def __init__(self, *args: Any, info: PageInfo, margins: Margins, **kwargs: Any) -> None:
        # Without this every page would name Helvetica, a font that is not embedded.
        kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
        super().__init__(*args, **kwargs)
        self._info = info
        self._margins = margins
        self._pages: list[dict[str, Any]] = []
        self._bookmarks: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        self._tags: dict[int, str] = {}  # a page's own header tag (a checklist's type in a pack)

    def tag_page(self, tag: str) -> None:
        """Give the page being laid out a header tag of its own (the first one asked wins)."""
        self._tags.setdefault(len(self._pages), tag)

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> TextObject:  # noqa: N802
        return TextObject(self, x, y, direction=direction)  # shaped text reads back exactly

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # ReportLab's own, not in its stubs

    def bookmarkPage(self, key: str, **kwargs: Any) -> str:  # type: ignore[override]  # noqa: N802
        # A bookmark names the PDF page object, which exists only once the page is really
        # emitted in save(): remember it until then.
        self._bookmarks.setdefault(len(self._pages), []).append((key, kwargs))
        return key

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            for key, kwargs in self._bookmarks.get(number - 1, ()):
                super().bookmarkPage(key, **kwargs)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        info, m = self._info, self._margins
        width, height = self._pagesize  # type: ignore[attr-defined]  # ReportLab's own
        left, right = m.left, width - m.right
        if number % 2 == 0:  # mirrored for duplex: the binding edge is on the right of a back
            left, right = m.right, width - m.left
        self.saveState()
        self.setFillColor(INK)
        self.setStrokeColor(INK)
        self.setLineWidth(0.5)
        if number >= info.header_from:
            y = height - m.top + 5 * mm
            size = info.header_size
            tag = self._tags.get(number - 1, info.tag)
            tag = _fit(tag, BOLD, size, (right - left) * 0.6) if tag else ""
            tag_w = _width(tag, BOLD, size) + 6 if tag else 0
            _draw(self, left, y, _fit(info.title, BOLD, size, right - left - tag_w), BOLD, size)
            if tag:
                _draw(self, right - tag_w + 6, y, tag, BOLD, size)
            self.line(left, y - 3, right, y - 3)
            if info.case_label and number >= info.case_from:
                self._case_line(left, right, y + CASE_LINE_RISE, size + 1)
        size = info.footer_size
        lines: list[str] = []
        if info.note:  # two lines at most; large print may need both
            lines = simpleSplit(info.note, REGULAR, size, right - left)
            if len(lines) > 2:
                lines = [lines[0], _fit(" ".join(lines[1:]), REGULAR, size, right - left)]
        # laid out from the foot up: the lowest descender FOOT_EDGE from the paper's edge, which
        # any laser prints (many cannot print the outer 4-5 mm)
        step = size * 1.3
        y = FOOT_EDGE + size * 0.3 + step * len(lines)
        self.line(left, y + size + 2, right, y + size + 2)
        page = words.word("page_of", info.lang, n=number, total=total)
        page_w = stringWidth(page, BOLD, size + 1) + 8
        self.setFont(BOLD, size + 1)
        self.drawRightString(right, y, page)
        self.setFont(REGULAR, size)
        footer = words.word("footer", info.lang, version=info.content_version, printed=info.printed)
        room = right - left - page_w
        if stringWidth(footer, REGULAR, size) > room:  # large print: the print date is never cut,
            footer = footer.removeprefix("Bali Desktop · ")  # the program's name goes first
        self.drawString(left, y, _fit(footer, REGULAR, size, room))
        for k, line in enumerate(lines):
            self.drawString(left, y - step * (k + 1), line)
        self.restoreState()

    def _case_line(self, left: float, right: float, y: float, size: float) -> None:
        """ "Case reference: ________   Date: ________" at the right of the line above the header,
        so that a page separated from its sheet can be matched to its case."""
        info = self._info
        blank_case, blank_date, gap = 55 * mm, 28 * mm, 6 * mm
        date_text, case_text = f"{words.word('date', info.lang)}:", f"{info.case_label}:"
        date_w = _width(date_text, BOLD, size) + 2
        case_w = _width(case_text, BOLD, size) + 2
        x = right - blank_date - date_w - gap - blank_case - case_w
        x = max(x, left)
        _draw(self, x, y, case_text, BOLD, size)
        x += case_w
        self.line(x, y - 1.5, x + blank_case, y - 1.5)
        x += blank_case + gap
        _draw(self, x, y, date_text, BOLD, size)
        x += date_w
        self.line(x, y - 1.5, min(x + blank_date, right), y - 1.5)


FOOT_EDGE = 8.5 * mm  # the footer's lowest descender, from the bottom edge of the paper
CASE_LINE_RISE = 7 * mm  # the case line's baseline above the header's
CASE_TOP = 27 * mm  # the top margin of a case sheet: room for the case line and the header


def _pieces(text: str, font: str) -> list[tuple[str, str]]:
    """(font, text) runs: Thai, Lao, Khmer and Myanmar in their Noto faces (as in paragraphs)."""
    if not fonts.has_script_text(text):
        return [(font, text)]
    bold = font == BOLD
    return [
        (fonts.script_face(family, bold) if family else font, run) for family, run in fonts.script_runs(text)
    ]


def _width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(run, f, size) for f, run in _pieces(text, font))


def _draw(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    for f, run in _pieces(text, font):
        canvas.setFont(f, size)
        canvas.drawString(x, y, run, shaping=f in shaping.SHAPED_FACES)
        x += stringWidth(run, f, size)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if _width(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)  # the longest prefix that fits with "…" (a 200-character title is common)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if _width(text[:mid].rstrip() + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


class Document(BaseDocTemplate):
    """One frame per page ("normal") or two columns ("columns", for flow charts); headings with
    a `toc_level` go into the table of contents and the PDF outline."""

    def __init__(
        self,
        target: Any,
        *,
        pagesize: tuple[float, float],
        margins: Margins,
        title: str,
        subject: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=pagesize,
            leftMargin=margins.left,
            rightMargin=margins.right,
            topMargin=margins.top,
            bottomMargin=margins.bottom,
            title=title,
            author="Bali Desktop",
            subject=subject,
            creator="Bali Desktop",
            initialFontName=REGULAR,
            **kwargs,
        )
        w, h = pagesize
        fw, fh = w - margins.left - margins.right, h - margins.top - margins.bottom
        gap = 6 * mm
        cw = (fw - gap) / 2
        self.addPageTemplates(
            [
                PageTemplate(
                    "normal",
                    [
                        Frame(
                            margins.left,
                            margins.bottom,
                            fw,
                            fh,
                            id="body",
                            leftPadding=0,
                            rightPadding=0,
                            topPadding=0,
                            bottomPadding=0,
                        )
                    ],
                ),
                PageTemplate(
                    "columns",
                    [
                        Frame(
                            margins.left,
                            margins.bottom,
                            cw,
                            fh,
                            id="col1",
                            leftPadding=0,
                            rightPadding=0,
                            topPadding=0,
                            bottomPadding=0,
                        ),
                        Frame(
                            margins.left + cw + gap,
                            margins.bottom,
                            cw,
                            fh,
                            id="col2",
                            leftPadding=0,
                            rightPadding=0,
                            topPadding=0,
                            bottomPadding=0,
                        ),
                    ],
                ),
            ]
        )
        self._toc_seq = 0
        self._mirror = margins.right - margins.left  # a back page's frames move by this
        self._frame_x = {id(f): f.x1 for t in self.pageTemplates for f in t.frames}

    def handle_pageBegin(self) -> None:  # noqa: N802
        """Mirrored margins for duplex: on an even page (the back of a sheet) the wide binding
        margin is on the right, so holes punched through both sides miss the text."""
        back = (self.page + 1) % 2 == 0
        for template in self.pageTemplates:
            for f in template.frames:
                f.x1 = self._frame_x.get(id(f), f.x1) + (self._mirror if back else 0)
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802
        tag = getattr(flowable, "sheet_tag", "")
        if tag and isinstance(self.canv, NumberedCanvas):
            self.canv.tag_page(tag)
        level = getattr(flowable, "toc_level", None)
        if level is None or not isinstance(flowable, BaseParagraph):
            return
        self._toc_seq += 1
        key = f"s{self._toc_seq}"
        text = getattr(flowable, "toc_text", None) or flowable.getPlainText()
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        # The TOC reads markup, with its own paragraphs: set any Thai etc. in its font here
        # (level 0 entries are bold).
        self.notify("TOCEntry", (level, fonts.markup(esc(text), bold=level == 0), self.page, key))

    def handle_documentBegin(self) -> None:  # noqa: N802
        self._toc_seq = 0
        super().handle_documentBegin()


def canvasmaker(info: PageInfo, margins: Margins) -> Callable[..., NumberedCanvas]:
    return partial(NumberedCanvas, info=info, margins=margins)


def heading(text: str, style: Any, level: int | None, toc_text: str | None = None) -> Paragraph:
    """A heading paragraph; with a level it is listed in the contents and the outline."""
    p = Paragraph(text, style)
    p.toc_level = level
    p.toc_text = toc_text
    p.keepWithNext = True
    return p
