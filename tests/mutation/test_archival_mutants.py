"""PDF/A finishing (pdf/archival.py) pinned on small inputs: the gray level of each colour channel
(RGB and CMYK), operands that are not a colour left alone, PDF dates as XMP writes them, and the
XMP packet field by field. tests/pdf/test_archival.py holds the rewrite equal to a parser's, but
against archival._gray itself, so a changed weight went unseen (docs/mutation.md)."""

from __future__ import annotations

from typing import Any

import pytest

from bali_desktop.pdf import archival


@pytest.mark.parametrize(
    ("stream", "expected"),
    [
        (b"1 0 0 0 k", b"0.7 g"),  # cyan: 30 % of the ink's darkness
        (b"0 1 0 0 k", b"0.41 g"),  # magenta: 59 %
        (b"0 0 1 0 k", b"0.89 g"),  # yellow: 11 %
        (b"0 0 0 0.25 K", b"0.75 G"),  # black: all of it
        (b".5 .5 .5 0 k", b"0.5 g"),
        (b"1 1 1 1 k", b"0 g"),  # more ink than black is black
        (b"0.5 0 0 0.6 K", b"0.25 G"),
        (b"0 1 0 rg", b"0.587 g"),
        (b"0 0 1 RG", b"0.114 G"),
        (b"0.2 0.4 0.6 rg", b"0.363 g"),
        (b"0.12345 0 0 rg", b"0.0369 g"),  # four decimals
        (b"0 0.01 0.02 rg", b"0.0082 g"),  # 0.00815 rounded once; via five decimals it prints 0.0081
    ],
)
def test_each_colour_channel_gives_its_share_of_gray(stream: bytes, expected: bytes) -> None:
    assert archival.gray_content(stream) == expected


@pytest.mark.parametrize("stream", [b"0 0 0 K", b"0 0 0 k", b"1 0 0 0 rg", b"1 0 0 0 RG"])
def test_the_wrong_number_of_operands_for_the_colour_space_is_left_as_it_is(stream: bytes) -> None:
    assert archival.gray_content(stream) == stream


@pytest.mark.parametrize(
    ("pdf", "xmp"),
    [
        ("D:20261202050638+07'00'", "2026-12-02T05:06:38+07:00"),
        ("D:20261202050638-05'30'", "2026-12-02T05:06:38-05:30"),
        ("D:20261202050638+0700", "2026-12-02T05:06:38+07:00"),
        ("D:20261202050638Z", "2026-12-02T05:06:38Z"),
        ("D:20261202050638", "2026-12-02T05:06:38Z"),
        ("D:2026120205", ""),
        ("20261202050638", ""),
        ("", ""),
    ],
)
def test_a_pdf_date_as_xmp_writes_it(pdf: str, xmp: str) -> None:
    assert archival.xmp_date(pdf) == xmp


HEAD = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
    ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
)
TAIL = '\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>'
PDFAID = "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>"


def test_the_xmp_of_a_document_without_information_says_only_that_it_is_pdfa_2b() -> None:
    assert archival.xmp_packet({}).decode() == HEAD + PDFAID + TAIL
    blank = {
        k: "" for k in ("/Title", "/Author", "/Subject", "/Keywords", "/Producer", "/Creator", "/ModDate")
    }
    assert archival.xmp_packet(blank).decode() == HEAD + PDFAID + TAIL
    assert archival.xmp_packet({"/CreationDate": "yesterday"}).decode() == HEAD + PDFAID + TAIL


def test_the_xmp_says_every_field_of_the_information_escaped_in_order() -> None:
    info = {
        "/Title": "T & <1>",
        "/Author": "A & <2>",
        "/Subject": "S & <3>",
        "/Keywords": "K & <4>",
        "/Producer": "P & <5>",
        "/Creator": "C & <6>",
        "/CreationDate": "D:20261202050638Z",
        "/ModDate": "D:20261203060739+01'00'",
    }
    body = "\n".join(
        [
            '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">T &amp; &lt;1&gt;</rdf:li></rdf:Alt></dc:title>',
            "<dc:creator><rdf:Seq><rdf:li>A &amp; &lt;2&gt;</rdf:li></rdf:Seq></dc:creator>",
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">S &amp; &lt;3&gt;</rdf:li></rdf:Alt>'
            "</dc:description>",
            "<pdf:Keywords>K &amp; &lt;4&gt;</pdf:Keywords>",
            "<pdf:Producer>P &amp; &lt;5&gt;</pdf:Producer>",
            "<xmp:CreatorTool>C &amp; &lt;6&gt;</xmp:CreatorTool>",
            "<xmp:CreateDate>2026-12-02T05:06:38Z</xmp:CreateDate>",
            "<xmp:ModifyDate>2026-12-03T06:07:39+01:00</xmp:ModifyDate>",
            PDFAID,
        ]
    )
    assert archival.xmp_packet(info).decode() == HEAD + body + TAIL


@pytest.mark.parametrize(
    ("key", "element"),
    [
        ("/Author", "<dc:creator><rdf:Seq><rdf:li>x</rdf:li></rdf:Seq></dc:creator>"),
        (
            "/Subject",
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">x</rdf:li></rdf:Alt></dc:description>',
        ),
        ("/Keywords", "<pdf:Keywords>x</pdf:Keywords>"),
        ("/Producer", "<pdf:Producer>x</pdf:Producer>"),
        ("/Creator", "<xmp:CreatorTool>x</xmp:CreatorTool>"),
    ],
)
def test_each_field_alone_is_said_alone(key: str, element: str) -> None:
    assert archival.xmp_packet({key: "x"}).decode() == HEAD + element + "\n" + PDFAID + TAIL


def test_the_srgb_profile_is_the_shipped_icc_file() -> None:
    profile = archival.srgb_profile()
    assert profile == archival.ICC_PROFILE.read_bytes() and profile[36:40] == b"acsp"
    assert archival.OUTPUT_CONDITION == "sRGB IEC61966-2.1"


def _odd_pdf() -> bytes:
    """Page 1: a form XObject drawing in red, an image XObject whose bytes look like a colour, and
    content compressed with Flate and a /DecodeParms; page 2: no /Resources at all."""
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.beginForm("box")
    c.setFillColorRGB(1, 0, 0)
    c.rect(0, 0, 10, 10, fill=1)
    c.endForm()
    c.doForm("box")
    c.showPage()
    c.drawString(72, 700, "two")
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    first, second = writer.pages
    image = DecodedStreamObject()
    image.set_data(b"1 0 0 rg")
    for key, value in {"/Type": "/XObject", "/Subtype": "/Image", "/ColorSpace": "/DeviceGray"}.items():
        image[NameObject(key)] = NameObject(value)
    for key in ("/Width", "/Height", "/BitsPerComponent"):
        image[NameObject(key)] = NumberObject(8 if key == "/BitsPerComponent" else 1)
    resources: Any = first["/Resources"]
    resources.get_object()["/XObject"].get_object()[NameObject("/Im1")] = writer._add_object(image)
    content = DecodedStreamObject()
    content.set_data(b"0 0 1 rg 10 10 50 50 re f /Im1 Do /FormXob.box Do")
    packed = content.flate_encode()
    packed[NameObject("/DecodeParms")] = DictionaryObject({NameObject("/Predictor"): NumberObject(1)})
    first[NameObject("/Contents")] = writer._add_object(packed)
    del second["/Resources"]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_forms_are_turned_gray_images_are_left_and_a_page_without_resources_is_finished() -> None:
    import io

    from pypdf import PdfReader

    raw = _odd_pdf()
    before: Any = PdfReader(io.BytesIO(raw))
    assert b"rg" in next(iter(before.pages[0]["/Resources"]["/XObject"].values())).get_object().get_data()
    after: Any = PdfReader(io.BytesIO(archival.finish(raw)))
    first, second = after.pages
    xobjects = {str(k): v.get_object() for k, v in first["/Resources"]["/XObject"].items()}
    form = next(v for v in xobjects.values() if v["/Subtype"] == "/Form")
    assert b"0.299 g" in form.get_data() and b" rg" not in form.get_data()
    assert xobjects["/Im1"].get_data() == b"1 0 0 rg"  # an image's bytes are not a content stream
    contents = first["/Contents"].get_object()
    assert contents["/Filter"] == "/FlateDecode" and "/DecodeParms" not in contents
    assert contents.get_data() == b"0.114 g 10 10 50 50 re f /Im1 Do /FormXob.box Do"
    assert "/Resources" not in second and b"(two) Tj" in second["/Contents"].get_object().get_data()


def test_the_finished_file_declares_its_intent_language_title_and_prints_its_links() -> None:
    import io

    from pypdf import PdfReader
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setTitle("A sheet")
    c.setAuthor("Bali Desktop")
    c.drawString(72, 700, "a link")
    c.linkURL("https://example.org/", (72, 690, 200, 710), relative=0, thickness=1, color=Color(0, 0, 1))
    c.save()
    raw = buf.getvalue()
    links: Any = PdfReader(io.BytesIO(raw)).pages[0]["/Annots"]
    assert any("/C" in a.get_object() for a in links)
    pdf: Any = PdfReader(io.BytesIO(archival.finish(raw, lang="id")))
    root = pdf.trailer["/Root"]
    (intent,) = root["/OutputIntents"]
    intent = intent.get_object()
    assert (intent["/Type"], intent["/S"]) == ("/OutputIntent", "/GTS_PDFA1")
    assert intent["/OutputConditionIdentifier"] == intent["/Info"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data() == archival.srgb_profile()
    assert root["/Lang"] == "id" and root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    metadata = root["/Metadata"].get_object()
    assert (metadata["/Type"], metadata["/Subtype"]) == ("/Metadata", "/XML")
    assert metadata.get_data() == archival.xmp_packet({str(k): str(v) for k, v in pdf.metadata.items()})
    assert pdf.metadata["/Title"] == "A sheet" and pdf.metadata["/Author"] == "Bali Desktop"
    assert "/Trapped" not in pdf.metadata
    for annot in pdf.pages[0]["/Annots"]:
        annot = annot.get_object()
        assert annot["/F"] == 4 and "/C" not in annot  # printed, and no colour of its own
    default: Any = PdfReader(io.BytesIO(archival.finish(raw))).trailer["/Root"]
    assert default["/Lang"] == "en"
