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

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
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


def _shown(name: str) -> str:
    """A file name as a refusal shows it: quoted, at most 60 characters."""
    return repr(name[:60])


def path_problem(name: str) -> str | None:
    """Why this entry name is refused (a sentence of domain/said.py), or None."""
    if "\x00" in name or any(ord(c) < 32 for c in name):
        return said(
            QT_TRANSLATE_NOOP("said", "a file name with a control character ({name})"), name=_shown(name)
        )
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return said(QT_TRANSLATE_NOOP("said", "an absolute path ({name})"), name=_shown(name))
    parts = re.split(r"[\\/]", name)
    if ".." in parts:
        return said(
            QT_TRANSLATE_NOOP("said", "a path that leaves the pack ({name}, zip-slip)"), name=_shown(name)
        )
    if "\\" in name or not _SAFE.match(name):
        return said(QT_TRANSLATE_NOOP("said", "a file name that is not allowed ({name})"), name=_shown(name))
    return None


def _kind_problem(info: zipfile.ZipInfo) -> str | None:
    mode = info.external_attr >> 16
    if not mode:
        return None
    if stat.S_ISLNK(mode):
        return said(QT_TRANSLATE_NOOP("said", "a link ({name})"), name=_shown(info.filename))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
        return said(QT_TRANSLATE_NOOP("said", "a device file ({name})"), name=_shown(info.filename))
    if stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
        return said(
            QT_TRANSLATE_NOOP("said", "a file that is not a plain file ({name})"), name=_shown(info.filename)
        )
    return None


def _refuse(why: str) -> PackError:
    return PackError(said(QT_TRANSLATE_NOOP("said", "Refused: the pack holds {why}."), why=why))


def read(source: Path | bytes) -> Entries:
    """Every file of the zip at `source` (a path or the bytes), checked."""
    if isinstance(source, Path):
        try:
            if source.is_symlink() or not source.is_file():
                raise PackError(
                    said(QT_TRANSLATE_NOOP("said", "Refused: {path} is not a pack file."), path=str(source))
                )
            if source.stat().st_size > MAX_PACK_BYTES:
                raise PackError(
                    said(
                        QT_TRANSLATE_NOOP("said", "Refused: {path} is larger than a pack may be (512 MB)."),
                        path=str(source),
                    )
                )
            data = source.read_bytes()
        except OSError as e:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Cannot read {path}: {why}."),
                    path=str(source),
                    why=e.strerror or str(e),
                )
            ) from None
    else:
        data = source
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise PackError(
            QT_TRANSLATE_NOOP("said", "Refused: not a pack (not a zip file, or a damaged one).")
        ) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_FILES:
            raise _refuse(
                said(
                    QT_TRANSLATE_NOOP("said", "too many files ({count}; at most {most})"),
                    count=len(infos),
                    most=MAX_FILES,
                )
            )
        seen: set[str] = set()
        total = 0
        for info in infos:
            problem = path_problem(info.filename.rstrip("/")) or _kind_problem(info)
            if problem:
                raise _refuse(problem)
            folded = info.filename.rstrip("/").lower()
            if folded in seen:
                raise _refuse(
                    said(
                        QT_TRANSLATE_NOOP("said", "the same file twice ({name})"), name=_shown(info.filename)
                    )
                )
            seen.add(folded)
            if info.flag_bits & 0x1:
                raise _refuse(
                    said(QT_TRANSLATE_NOOP("said", "an encrypted file ({name})"), name=_shown(info.filename))
                )
            if info.file_size > MAX_ENTRY_BYTES:
                raise _refuse(
                    said(
                        QT_TRANSLATE_NOOP("said", "an oversized file ({name}, over 64 MB)"),
                        name=_shown(info.filename),
                    )
                )
            if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(
                    said(
                        QT_TRANSLATE_NOOP("said", "a file compressed like a zip bomb ({name})"),
                        name=_shown(info.filename),
                    )
                )
            total += info.file_size
            if total > MAX_TOTAL_BYTES:
                raise _refuse(QT_TRANSLATE_NOOP("said", "more than 512 MB of files"))
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
                    raise _refuse(
                        said(
                            QT_TRANSLATE_NOOP("said", "a file larger than its header says ({name})"),
                            name=_shown(info.filename),
                        )
                    )
    except PackError:
        raise
    except Exception as e:  # zlib.error, BadZipFile, EOFError and friends: a damaged stream is never a crash
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: the pack's file {name} is damaged ({kind})."),
                name=_shown(info.filename),
                kind=type(e).__name__,
            )
        ) from None
    if len(out) != info.file_size:
        raise _refuse(
            said(
                QT_TRANSLATE_NOOP("said", "a file whose size does not match its header ({name})"),
                name=_shown(info.filename),
            )
        )
    return bytes(out)
