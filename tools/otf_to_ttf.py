"""Make resources/fonts/NotoSansSCPrint-Regular.ttf for the PDFs: the shipped Chinese subset
(NotoSansSC-Subset-Regular.otf, tools/subset_cjk_font.py) with its cubic (CFF) outlines turned
into TrueType quadratic ones, since ReportLab embeds only TrueType outlines. The window keeps
the OTF; the print face is named "Noto Sans CJK SC Print" so that the two never stand for each
other. Otherwise unchanged (SIL Open Font Licence 1.1, resources/fonts/LICENSE-Noto.txt).

    .venv/bin/python tools/otf_to_ttf.py
"""

from __future__ import annotations

from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
SOURCE = FONTS.parent.parent / "build" / "fonts" / "NotoSansSC-Subset-Regular.otf"  # tools/subset_cjk_font.py
TARGET = FONTS / "NotoSansSCPrint-Regular.ttf"
FAMILY = "Noto Sans CJK SC Print"


def convert(source: Path = SOURCE, target: Path = TARGET) -> None:
    font = TTFont(source)
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in font.getGlyphOrder():
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
        "maxComponentDepth",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16):
            names.setName(FAMILY if record.nameID != 4 else f"{FAMILY} Regular", record.nameID,
                          record.platformID, record.platEncID, record.langID)  # fmt: skip
        elif record.nameID == 6:
            names.setName("NotoSansCJKSCPrint-Regular", 6, record.platformID, record.platEncID, record.langID)
    font.save(target)


if __name__ == "__main__":
    convert()
    print(f"wrote {TARGET} ({TARGET.stat().st_size:,} bytes)")
