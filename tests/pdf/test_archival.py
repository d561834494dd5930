"""pdf/archival.py: the PDF/A finishing done with pypdf and one regular expression.

The colour rewrite must do exactly what a real content-stream parser would (pikepdf's, here), on
real sheets and on strings written to trip it; the XMP must say what the document information says.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.colors import Color
from reportlab.pdfgen import canvas

from bali_desktop.pdf import archival, render
from bali_desktop.services.session import Session

pikepdf = pytest.importorskip("pikepdf")


def _raw_pdfs(session: Session, monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[bytes]:
    """What ReportLab wrote for a sheet, a card and a handout pack, before the finishing."""
    from tests.pdf.conftest import export_refs

    raw: list[bytes] = []
    real = archival.finish

    def keep(data: bytes, *, lang: str = "en") -> bytes:
        raw.append(data)
        return real(data, lang=lang)

    monkeypatch.setattr(render.archival, "finish", keep)
    export_refs(session, ["pathway:child"], folder / "sheet.pdf")
    export_refs(session, ["pathway:child"], folder / "card.pdf", layout="card")
    export_refs(session, ["pathway:child", "area:adelaide-2023-5"], folder / "pack.pdf", layout="handout")
    return raw


def _operations(pdf_bytes: bytes) -> list[list[tuple[list[str], str]]]:
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        return [
            [([str(x) for x in operands], str(op)) for operands, op in pikepdf.parse_content_stream(page)]
            for page in pdf.pages
        ]


def _same_but_gray(before: bytes, after: bytes) -> int:
    """Assert every operation is kept and every colour turned to gray; the colours turned."""
    turned = 0
    for page_a, page_b in zip(_operations(before), _operations(after), strict=True):
        assert len(page_a) == len(page_b)
        for (args_a, op_a), (args_b, op_b) in zip(page_a, page_b, strict=True):
            if op_a in ("rg", "RG", "k", "K"):
                assert op_b == {"rg": "g", "RG": "G", "k": "g", "K": "G"}[op_a]
                want = archival._gray([float(v) for v in args_a], op_a.encode())
                assert float(args_b[0]) == pytest.approx(want, abs=1e-4)
                turned += 1
            else:
                assert (args_b, op_b) == (args_a, op_a)
    return turned


def test_the_gray_rewrite_equals_a_parsers_on_real_sheets(fresh_library, monkeypatch, tmp_path) -> None:
    raws = _raw_pdfs(fresh_library, monkeypatch, tmp_path)
    assert len(raws) == 3
    for raw in raws[:2]:  # a sheet and a card, operation by operation
        assert _same_but_gray(raw, archival.finish(raw)) > 10
    pack = archival.finish(raws[2])  # a pack: no colour is left, and every page reads as before
    assert not {op for page in _operations(pack)[:3] for _, op in page} & {"rg", "RG", "k", "K"}


def test_colour_words_inside_text_are_left_alone() -> None:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFillColor(Color(1, 0, 0))
    c.drawString(72, 700, "0 0 0 rg (1 0 0 RG) \\ ) ( 0.5 0.5 0.5 k and 1 1 1 1 K")
    c.setStrokeColorCMYK(0, 0, 0, 1)
    c.line(72, 690, 300, 690)
    c.setFillColor(Color(0.2, 0.4, 0.6))
    c.drawString(72, 680, "après 1 0 0 rg")
    c.save()
    raw = buf.getvalue()
    out = archival.finish(raw)
    assert _same_but_gray(raw, out) >= 3
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(out)).pages[0].extract_text()
    assert "0 0 0 rg (1 0 0 RG)" in text and "après 1 0 0 rg" in text


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (b"1 0 0 rg", b"0.299 g"),
        (b".88 .88 .88 RG", b"0.88 G"),
        (b"0 0 0 1 k", b"0 g"),
        (b"0 0 0 0 K", b"1 G"),
        (b"(1 0 0 rg) Tj", b"(1 0 0 rg) Tj"),
        (b"(a \\) 1 0 0 rg) Tj 0 0 0 rg", b"(a \\) 1 0 0 rg) Tj 0 g"),
        (b"/F10 0 0 rg", b"/F10 0 0 rg"),  # not three numbers: a name's tail is not a number
        (b"1 0 0 1 72 700 Tm 0 0 0 rg", b"1 0 0 1 72 700 Tm 0 g"),
        (b"1 0 0 rgb", b"1 0 0 rgb"),
        (b"<30 20 31> Tj 1 1 1 rg", b"<30 20 31> Tj 1 g"),
    ],
)
def test_gray_content_token_by_token(stream: bytes, expected: bytes) -> None:
    assert archival.gray_content(stream) == expected


def test_xmp_mirrors_the_information_and_escapes_it() -> None:
    info = {
        "/Title": "Child <alone> & safe",
        "/Author": "Bali Desktop",
        "/Subject": "A sheet",
        "/Producer": "ReportLab",
        "/Creator": "bali-desktop",
        "/CreationDate": "D:20261202050638+07'00'",
        "/ModDate": "D:20261202050638Z",
    }
    packet = archival.xmp_packet(info).decode()
    assert "Child &lt;alone&gt; &amp; safe" in packet
    assert "<xmp:CreateDate>2026-12-02T05:06:38+07:00</xmp:CreateDate>" in packet
    assert "<xmp:ModifyDate>2026-12-02T05:06:38Z</xmp:ModifyDate>" in packet
    assert "<pdfaid:part>2</pdfaid:part>" in packet and "<pdfaid:conformance>B</pdfaid:conformance>" in packet
    assert archival.xmp_date("not a date") == ""
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setTitle(info["/Title"])
    c.drawString(72, 700, "x")
    c.save()
    with pikepdf.open(io.BytesIO(archival.finish(buf.getvalue(), lang="id"))) as pdf:
        meta = pdf.open_metadata()
        assert meta["dc:title"] == info["/Title"] == str(pdf.docinfo.Title)
        assert str(pdf.Root.Lang) == "id"
        assert pdf.Root.Metadata.Type == pikepdf.Name.Metadata
        assert "/Filter" not in pdf.Root.Metadata  # the XMP stays readable as it is


def test_a_page_of_several_content_streams_or_none_is_finished_too() -> None:
    """ReportLab writes one stream a page; a page whose /Contents is an array is turned gray in
    every part, and a page with no contents at all is left as it is."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, NameObject

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFillColor(Color(1, 0, 0))
    c.drawString(72, 700, "one")
    c.showPage()
    c.drawString(72, 700, "two")
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    parts = []
    for data in (b"0 0 1 rg 10 10 50 50 re f", b"0 1 0 RG 10 10 m 60 60 l S"):
        stream = DecodedStreamObject()
        stream.set_data(data)
        parts.append(writer._add_object(stream))
    writer.pages[0][NameObject("/Contents")] = ArrayObject(parts)
    del writer.pages[1]["/Contents"]
    odd = io.BytesIO()
    writer.write(odd)
    with pikepdf.open(io.BytesIO(archival.finish(odd.getvalue()))) as pdf:
        ops = [str(op) for _, op in pikepdf.parse_content_stream(pdf.pages[0])]
        assert "g" in ops and "G" in ops and not {"rg", "RG"} & set(ops)
        assert "/Contents" not in pdf.pages[1].obj
