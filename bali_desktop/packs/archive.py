"""Reading a pack's zip without trusting it: every entry checked before a byte is used.

Refused in one line each: not a zip, too many files, a path that is absolute or leaves the pack
(zip-slip), a link, a device file, an encrypted entry, an entry over the size limit or whose
compression ratio is a zip bomb's, a header that lies about the size, a damaged entry.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from bali_desktop.packs.errors import PackError

MAX_PACK_BYTES = 512 * 1024 * 1024  # the zip itself
MAX_FILES = 2_000
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # one file, unpacked
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # all files, unpacked
MAX_RATIO = 200  # unpacked / packed, for an entry larger than RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
_CHUNK = 1024 * 1024
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\- ]{0,99}(/[A-Za-z0-9][A-Za-z0-9._\- ]{0,99}){0,7}$")


@dataclass(frozen=True)
class Entries:
    files: dict[str, bytes]  # path in the pack -> bytes, in the zip's order


def path_problem(name: str) -> str | None:
    """Why this entry name is refused, or None."""
    if "\x00" in name or any(ord(c) < 32 for c in name):
        return f"a file name with a control character ({name[:60]!r})"
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return f"an absolute path ({name[:60]!r})"
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        return f"a path that leaves the pack ({name[:60]!r}, zip-slip)"
    if "\\" in name or not _SAFE.match(name):
        return f"a file name that is not allowed ({name[:60]!r})"
    return None


def _kind_problem(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    if not mode:
        return None
    if stat.S_ISLNK(mode):
        return f"a link ({info.filename[:60]!r})"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return f"a device file ({info.filename[:60]!r})"
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        return f"a file that is not a plain file ({info.filename[:60]!r})"
    return None


def _refuse(why: str) -> PackError:
    return PackError(f"Refused: the pack holds {why}.")


def read(source: Path | bytes) -> Entries:
    """Every file of the zip at `source` (a path or the bytes), checked."""
    if isinstance(source, Path):
        try:
            if source.is_symlink() or not source.is_file():
                raise PackError(f"Refused: {source} is not a pack file.")
            if source.stat().st_size > MAX_PACK_BYTES:
                raise PackError(f"Refused: {source} is larger than a pack may be (512 MB).")
            data = source.read_bytes()
        except OSError as e:
            raise PackError(f"Cannot read {source}: {e.strerror or e}.") from None
    else:
        data = source
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise PackError("Refused: not a pack (not a zip file, or a damaged one).") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES:
            raise _refuse(f"too many files ({len(infos)}; at most {MAX_FILES})")
        seen: set[str] = set()
        total = 0
        for info in infos:
            problem = path_problem(info.filename.rstrip("/")) or _kind_problem(info)
            if problem:
                raise _refuse(problem)
            folded = info.filename.rstrip("/").lower()
            if folded in seen:
                raise _refuse(f"the same file twice ({info.filename[:60]!r})")
            seen.add(folded)
            if info.flag_bits & 0x1:
                raise _refuse(f"an encrypted file ({info.filename[:60]!r})")
            if info.file_size > MAX_ENTRY_BYTES:
                raise _refuse(f"an oversized file ({info.filename[:60]!r}, over 64 MB)")
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(f"a file compressed like a zip bomb ({info.filename[:60]!r})")
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise _refuse("more than 512 MB of files")
        files: dict[str, bytes] = {}
        for info in infos:
            if info.is_dir():
                continue
            files[info.filename] = _read_entry(zf, info)
    return Entries(files)


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    out = bytearray()
    try:
        with zf.open(info) as f:
            while chunk := f.read(_CHUNK):
                out += chunk
                if len(out) > info.file_size or len(out) > MAX_ENTRY_BYTES:
                    raise _refuse(f"a file larger than its header says ({info.filename[:60]!r})")
    except PackError:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as e:
        raise PackError(
            f"Refused: the pack's file {info.filename[:60]!r} is damaged ({type(e).__name__})."
        ) from None
    except Exception as e:  # zlib.error and friends: a damaged stream is never a crash
        raise PackError(
            f"Refused: the pack's file {info.filename[:60]!r} is damaged ({type(e).__name__})."
        ) from None
    if len(out) != info.file_size:
        raise _refuse(f"a file whose size does not match its header ({info.filename[:60]!r})")
    return bytes(out)
