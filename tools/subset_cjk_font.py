"""Make resources/fonts/NotoSansSC-Subset-Regular.otf: Noto Sans CJK SC cut to the GB 2312 characters.

The full font is a 19 MB collection; the GB 2312 set (6,763 hanzi, with punctuation, full-width
forms, kana and the Latin, Greek and Cyrillic it holds) covers everyday Simplified Chinese, the
phrase cards and most names typed into contacts, in about a tenth of the size.

    apt-get install -y fonts-noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python tools/subset_cjk_font.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# an intermediate, not shipped: tools/otf_to_ttf.py turns it into resources/fonts/NotoSansSCPrint-Regular.ttf
TARGET = Path(__file__).resolve().parent.parent / "build" / "fonts" / "NotoSansSC-Subset-Regular.otf"


def gb2312() -> set[int]:
    chars: set[int] = set(range(0x20, 0x7F))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.update(ord(c) for c in bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    chars.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    chars.update(range(0xFF00, 0xFFF0))  # full-width forms
    return chars


def main() -> int:
    collection = TTCollection(str(SOURCE))
    index = next(i for i, f in enumerate(collection.fonts) if f["name"].getDebugName(4) == "Noto Sans CJK SC")
    options = subset.Options()
    options.font_number = index
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    font = subset.load_font(str(SOURCE), options)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=gb2312())
    sub.subset(font)
    subset.save_font(font, str(TARGET), options)
    print(f"{TARGET.name}: {TARGET.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
