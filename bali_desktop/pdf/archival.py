"""What ReportLab writes, finished as an archival file (PDF/A-2b, ISO 19005-2, level B).

ReportLab's open-source build embeds and subsets every font (with ToUnicode) but writes neither
the PDF/A identification nor an output intent. `finish` adds, with pypdf:

- every colour as DeviceGray (`g`/`G`): black ink on any laser, colour or not (greys included);
- an output intent (GTS_PDFA1) with an sRGB ICC profile (resources/color/sRGB.icc, LittleCMS's
  built-in sRGB, 588 bytes);
- XMP metadata mirroring the document information (title, author, subject, keywords, producer,
  creator, dates), with `pdfaid:part` 2 and `pdfaid:conformance` B (`xmp_packet`);
- `/Lang` from the sheet's language, and `DisplayDocTitle` so a viewer's window bar shows the
  title rather than the file name;
- every annotation (a pack's contents links) flagged to print, as PDF/A asks.

pypdf, not pikepdf: the bundle then carries neither qpdf nor lxml (about 18 MB, issue 17).
tests/pdf/test_print_issue.py checks each requirement on the written file (pikepdf, a test
dependency, and qpdf --check). Tagged PDF (PDF/A-2a, PDF/UA) is out of reach of ReportLab's
open-source build: docs/print.md.
"""

from __future__ import annotations

import io
import re
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from bali_desktop import paths

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
ICC_PROFILE = paths.RESOURCES / "color" / "sRGB.icc"
_COLOUR_OPS = {b"rg": b"g", b"RG": b"G", b"k": b"g", b"K": b"G"}
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:([+-])(\d{2})'?(\d{2})'?|Z)?")


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    return ICC_PROFILE.read_bytes()


def _gray(operands: list[Any], op: bytes) -> float:
    v = [float(x) for x in operands]
    if op in (b"k", b"K"):  # CMYK to gray: what is left of white
        c, m, y, k = v
        return max(0.0, 1.0 - min(1.0, 0.3 * c + 0.59 * m + 0.11 * y + k))
    r, g, b = v
    return round(0.299 * r + 0.587 * g + 0.114 * b, 4)


# One token of a content stream as ReportLab writes it: a literal string (ReportLab escapes every
# parenthesis inside one), a hex string, or 3 or 4 numbers and a colour operator. Strings are
# matched only to be stepped over, so "0 0 0 rg" typed into a sheet is left as it was.
_NUMBER = rb"[-+]?(?:\d+\.?\d*|\.\d+)"
_TOKEN = re.compile(
    rb"(\((?:\\.|[^\\()])*\))|(<[0-9A-Fa-f\s]*>)"
    rb"|(?<![^\s\[\]()<>{}/%])((?:" + _NUMBER + rb"\s+){3,4})(rg|RG|k|K)(?![^\s\[\]()<>{}/%])",
    re.S,
)


def _gray_token(m: re.Match[bytes]) -> bytes:
    if m.group(3) is None:
        return m.group(0)
    operands = m.group(3).split()
    if len(operands) != (4 if m.group(4) in (b"k", b"K") else 3):
        return m.group(0)
    level = f"{_gray(operands, m.group(4)):.4f}".rstrip("0").rstrip(".") or "0"
    return b"%s %s" % (level.encode(), _COLOUR_OPS[m.group(4)])


def gray_content(data: bytes) -> bytes:
    """A content stream with every RGB and CMYK colour operator as DeviceGray (`g`/`G`).

    The same as parsing it with pypdf and rewriting the operations (tests/pdf check that on every
    sheet), but a regular expression over the bytes: pypdf's parser took 0.4 s of a 55-page pack.
    """
    return _TOKEN.sub(_gray_token, data)


def xmp_date(value: str) -> str:
    """A PDF date ("D:20261202050638+00'00'") as XMP writes it ("2026-12-02T05:06:38+00:00")."""
    m = _PDF_DATE.match(value)
    if m is None:
        return ""
    y, mo, d, h, mi, s, sign, tzh, tzm = m.groups()
    zone = f"{sign}{tzh}:{tzm}" if sign else "Z"
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{zone}"


def xmp_packet(info: dict[str, str]) -> bytes:
    """XMP metadata that says what the document information says, and that this is PDF/A-2b."""

    def alt(tag: str, text: str) -> str:
        return f'<{tag}><rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt></{tag}>'

    fields = []
    if info.get("/Title"):
        fields.append(alt("dc:title", info["/Title"]))
    if info.get("/Author"):
        fields.append(
            f"<dc:creator><rdf:Seq><rdf:li>{escape(info['/Author'])}</rdf:li></rdf:Seq></dc:creator>"
        )
    if info.get("/Subject"):
        fields.append(alt("dc:description", info["/Subject"]))
    plain = (("/Keywords", "pdf:Keywords"), ("/Producer", "pdf:Producer"), ("/Creator", "xmp:CreatorTool"))
    for key, tag in plain:
        if info.get(key):
            fields.append(f"<{tag}>{escape(info[key])}</{tag}>")
    for key, tag in (("/CreationDate", "xmp:CreateDate"), ("/ModDate", "xmp:ModifyDate")):
        when = xmp_date(info.get(key, ""))
        if when:
            fields.append(f"<{tag}>{when}</{tag}>")
    fields.append(f"<pdfaid:part>{PDFA_PART}</pdfaid:part>")
    fields.append(f"<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>")
    body = "\n".join(fields)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
        f"{body}\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def _stream(writer: Any, data: bytes, **entries: Any) -> Any:
    from pypdf.generic import DecodedStreamObject, NameObject

    stream = DecodedStreamObject()
    stream.set_data(data)
    for key, value in entries.items():
        stream[NameObject("/" + key)] = value
    return writer._add_object(stream)


def _regray(stream: Any) -> None:
    """Rewrite one content stream (a page's or a form's) in place; a compressed one as Flate."""
    from pypdf.generic import NameObject

    data = stream.get_data()
    gray = gray_content(data)
    if gray == data:
        return
    if "/Filter" in stream:  # ReportLab's: ASCII85 and Flate, written again as Flate alone
        stream[NameObject("/Filter")] = NameObject("/FlateDecode")
        if "/DecodeParms" in stream:
            del stream["/DecodeParms"]
    stream.set_data(gray)  # an unfiltered stream stays unfiltered


def _gray_page(page: Any) -> None:
    from pypdf.generic import ArrayObject, NameObject

    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    for part in contents if isinstance(contents, ArrayObject) else [contents] if contents is not None else []:
        _regray(part.get_object())
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    for ref in xobjects.get_object().values() if xobjects is not None else ():
        form = ref.get_object()
        if form.get("/Subtype") == NameObject("/Form"):
            _regray(form)


def finish(data: bytes, *, lang: str = "en") -> bytes:
    """The PDF in `data` as PDF/A-2b, in gray, with its language and title shown."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for page in writer.pages:
        _gray_page(page)
        for annot in page.get("/Annots", ArrayObject()):
            annot = annot.get_object()
            annot[NameObject("/F")] = NumberObject(4)  # print
            if "/C" in annot:
                del annot["/C"]
    info = {str(k): str(v) for k, v in (writer.metadata or {}).items() if k != "/Trapped"}
    writer.metadata = info
    root = writer.root_object
    profile = _stream(writer, srgb_profile(), N=NumberObject(3))
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(OUTPUT_CONDITION),
            NameObject("/Info"): TextStringObject(OUTPUT_CONDITION),
            NameObject("/DestOutputProfile"): profile,
        }
    )
    root[NameObject("/OutputIntents")] = ArrayObject([intent])
    root[NameObject("/Lang")] = TextStringObject(lang)
    root[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    root[NameObject("/Metadata")] = _stream(
        writer, xmp_packet(info), Type=NameObject("/Metadata"), Subtype=NameObject("/XML")
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
