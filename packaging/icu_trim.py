"""Linux bundles: a copy of Qt's libicudata.so with only the ICU data Qt can use here (issue 17).

PySide6's wheel links Qt to ICU, and ICU's data library is 32 MB: the bundle's biggest file. Most
of it serves ICU's own formatting (units, currencies, language, region and time-zone names,
spell-out rules, transliteration), legacy character converters and locale-specific collation,
none of which Qt calls (QLocale formats from Qt's own CLDR tables, QStringConverter does UTF-8
itself). `trim(src, dest)` keeps ICU's core (character properties, normalisation, case mapping,
locale data and fallbacks), every break iterator with its dictionaries (Thai, Lao, Khmer, Burmese
and Chinese line breaking) and the root collation (QCollator, the file dialog's sorting), and
writes a library of the same name and symbol with binutils (objcopy, ld), which packaging/build
already needs for readelf.

The data is ICU's common-data package ("CmnD"): a header, then a table of contents of
(name offset, data offset) pairs, sorted by name, then the items. The new package is that header,
a new table of the items kept, and those items, each at its old alignment (16 bytes).
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

DROP = re.compile(
    r"^icudt\d+[lb]/(?:"
    r"(?:unit|curr|lang|region|zone|rbnf|translit)/"  # ICU's own display names and formatting
    r"|coll/(?!root\.res$|ucadata\.icu$|res_index\.res$)"  # collation: the root order only
    r"|[^/]+\.cnv$"  # legacy character sets (Qt converts UTF-8 itself)
    r")"
)


def _symbol(elf: bytes, name: bytes) -> tuple[int, int]:
    """(file offset, size) of a dynamic symbol's data in an ELF64 little-endian shared object."""
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for i in range(size // entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", elf, offset + i * entsize
            )
            start = strtab[4] + st_name
            if elf[start : elf.index(b"\0", start)] == name:
                section = sections[shndx]
                return section[4] + (value - section[3]), st_size
    raise ValueError(f"no symbol {name.decode()} in the library")


def _items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc, 0)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    starts = sorted(offset for _, offset in entries) + [len(toc)]
    ends = {s: e for s, e in zip(starts, starts[1:], strict=False)}
    items = [(toc[n : toc.index(b"\0", n)].decode("ascii"), toc[d : ends[d]]) for n, d in entries]
    return blob[:header_size], items


def _package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    data_start = (table + len(names) + 15) // 16 * 16
    offsets, body, at = [], bytearray(), data_start
    name_at = table
    for name, data in items:
        offsets.append((name_at, at))
        name_at += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        body += padded
        at += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", n, d) for n, d in offsets)
    toc += names + b"\0" * (data_start - table - len(names))
    return header + toc + bytes(body)


def kept(name: str) -> bool:
    return DROP.match(name) is None


def trim(src: Path, dest: Path) -> tuple[int, int]:
    """Write `dest`: `src` (libicudata.so.NN) with only the items `kept`; (items before, after)."""
    elf = src.read_bytes()
    symbol = re.search(rb"icudt\d+_dat", elf)
    if symbol is None:
        raise ValueError(f"{src.name} holds no ICU data symbol")
    name = symbol.group(0)
    offset, size = _symbol(elf, name)
    header, items = _items(elf[offset : offset + size])
    keep = [(n, d) for n, d in items if kept(n)]
    package = _package(header, keep)
    soname = src.name
    with tempfile.TemporaryDirectory(prefix="icu-trim-") as tmp:
        (Path(tmp) / "icu.dat").write_bytes(package)
        run = lambda *cmd: subprocess.run(cmd, check=True, capture_output=True, cwd=tmp)  # noqa: E731
        run(
            "objcopy", "-I", "binary", "-O", "elf64-x86-64", "-B", "i386:x86-64",
            "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
            "--set-section-alignment", ".rodata=16",
            "--redefine-sym", f"_binary_icu_dat_start={name.decode()}",
            "icu.dat", "icu.o",
        )  # fmt: skip
        run("ld", "-shared", "-soname", soname, "-o", str(dest.resolve()), "icu.o")
    return len(items), len(keep)
