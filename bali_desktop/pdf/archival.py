"""What ReportLab writes, finished as an archival file (PDF/A-2b, ISO 19005-2, level B).

ReportLab's open-source build embeds and subsets every font (with ToUnicode) but writes neither
the PDF/A identification nor an output intent. `finish` adds, with pikepdf:

- every colour as DeviceGray (`g`/`G`): black ink on any laser, colour or not (greys included);
- an output intent (GTS_PDFA1) with an sRGB ICC profile (made by Pillow's LittleCMS);
- XMP metadata mirroring the document information (title, author, subject, producer, dates),
  with `pdfaid:part` 2 and `pdfaid:conformance` B;
- `/Lang` from the sheet's language, and `DisplayDocTitle` so a viewer's window bar shows the
  title rather than the file name;
- every annotation (a pack's contents links) flagged to print, as PDF/A asks.

tests/pdf/test_archival.py checks each requirement on the written file (pikepdf, qpdf --check).
Tagged PDF (PDF/A-2a, PDF/UA) is out of reach of ReportLab's open-source build: docs/print.md.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

PDFA_PART = "2"
PDFA_CONFORMANCE = "B"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
_COLOUR_OPS = {"rg": "g", "RG": "G", "k": "g", "K": "G"}


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _gray(operands: list[Any], op: str) -> float:
    v = [float(x) for x in operands]
    if op in ("k", "K"):  # CMYK to gray: what is left of white
        c, m, y, k = v
        return max(0.0, 1.0 - min(1.0, 0.3 * c + 0.59 * m + 0.11 * y + k))
    r, g, b = v
    return round(0.299 * r + 0.587 * g + 0.114 * b, 4)


def _to_gray(pdf: Any, stream_owner: Any) -> None:
    """Rewrite one content stream's colour operators as DeviceGray."""
    import pikepdf

    ops: list[Any] = list(pikepdf.parse_content_stream(stream_owner))
    changed = False
    out: list[Any] = []
    for operands, operator in ops:
        name = str(operator)
        if name in _COLOUR_OPS and len(operands) in (3, 4):
            out.append(([_gray(list(operands), name)], pikepdf.Operator(_COLOUR_OPS[name])))
            changed = True
        else:
            out.append((operands, operator))
    if changed:
        data = pikepdf.unparse_content_stream(out)
        if isinstance(stream_owner, pikepdf.Page):
            stream_owner.obj.Contents = pdf.make_stream(data)
        else:
            stream_owner.write(data)


def finish(data: bytes, *, lang: str = "en") -> bytes:
    """The PDF in `data` as PDF/A-2b, in gray, with its language and title shown."""
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            _to_gray(pdf, page)
            resources: Any = page.obj.get("/Resources", {})
            for xobj in dict(resources.get("/XObject", {})).values():
                if xobj.get("/Subtype") == "/Form":
                    _to_gray(pdf, xobj)
            for annot in page.obj.get("/Annots", []):
                annot.F = 4  # print
                if "/C" in annot:
                    del annot["/C"]
        info = pdf.docinfo
        if "/Trapped" in info:
            del info["/Trapped"]
        icc = pdf.make_stream(srgb_profile())
        icc.N = 3
        pdf.Root.OutputIntents = Array(
            [
                Dictionary(
                    Type=Name.OutputIntent,
                    S=Name.GTS_PDFA1,
                    OutputConditionIdentifier=String(OUTPUT_CONDITION),
                    Info=String(OUTPUT_CONDITION),
                    DestOutputProfile=icc,
                )
            ]
        )
        pdf.Root.Lang = String(lang)
        pdf.Root.ViewerPreferences = Dictionary(DisplayDocTitle=True)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(info)
            meta["pdfaid:part"] = PDFA_PART
            meta["pdfaid:conformance"] = PDFA_CONFORMANCE
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, fix_metadata_version=True)
    return out.getvalue()
