"""Writing a PDF safely: refuse, before any work, a target that is a folder, one of the
database's files or a file that is not a PDF; then write to a temporary file beside it and
rename, so that a failure never leaves a half-written PDF. A temporary file left by an export
that was killed (`.NAME.1a2b3c4d.part`) is removed by the next export into that folder."""

from __future__ import annotations

import contextlib
import os
import re
import time
import uuid
from pathlib import Path

from bali_desktop import paths
from bali_desktop.domain.errors import ExportError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said

PDF_MAGIC = b"%PDF-"
PART_NAME = re.compile(r"\.(?P<name>.+)\.[0-9a-f]{8}\.part")  # what write_atomic names its file
PART_AGE_S = 10 * 60  # younger: another export may be writing it now
MAX_SCANNED = 5_000  # folder entries looked at for leftovers, at most (a huge Downloads folder)
MAX_REMOVED = 50  # leftovers removed per export, at most


def check_target(
    target: str | os.PathLike[str], *, database: Path | None = None, magic: bytes = PDF_MAGIC
) -> Path:
    """Refuse, before any work, a path whose folder is missing or not writable, the library's
    database (or its journal, WAL or backups) and an existing file that is not a PDF: an export
    replaces only a PDF. A path the system cannot use (a name too long, a loop of symbolic
    links, a NUL) is refused in one line too."""
    try:
        return _check_target(Path(target).expanduser(), database, magic)
    except (OSError, RuntimeError, ValueError) as e:  # RuntimeError: pathlib's symlink loop
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Cannot write the PDF to {path}: {reason}. Nothing was changed; choose a shorter or "
                    "simpler file name.",
                ),
                path=str(_short(target)),
                reason=reason,
            )
        ) from None


def _short(target: str | os.PathLike[str]) -> str:
    text = os.fspath(target)
    return text if len(text) <= 80 else f"{text[:40]}…{text[-30:]}"


def _check_target(path: Path, database: Path | None, magic: bytes = PDF_MAGIC) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "Cannot write the PDF: {path} is a folder; give a file name ending .pdf."
                ),
                path=path,
            )
        )
    if not folder.is_dir():
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write {path}: the folder {folder} does not exist."),
                path=path,
                folder=folder,
            )
        )
    if database is not None and is_database_file(path, database):
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Cannot write the PDF to {path}: that is one of Bali Desktop's database files. Nothing "
                    "was changed; give a file name ending .pdf elsewhere.",
                ),
                path=path,
            )
        )
    if path.exists():
        if not path.is_file():
            raise ExportError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "Cannot write the PDF to {path}: it is not a regular file. Nothing was changed; "
                        "give a file name ending .pdf.",
                    ),
                    path=path,
                )
            )
        if not _is_pdf_or_empty(path, magic):
            raise ExportError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said",
                        "Will not replace {path}: it exists and is not a PDF. Nothing was changed; give "
                        "another file name ending .pdf.",
                    ),
                    path=path,
                )
            )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write {path}: the folder {folder} is not writable."),
                path=path,
                folder=folder,
            )
        )
    return path


def is_database_file(path: Path, database: Path) -> bool:
    """Whether `path` is the database file or one of its siblings: -wal, -shm, -journal, and the
    backups made before a migration (bali-desktop.sqlite3.before-*.bak). Resolved paths are
    compared, so a symbolic link or a relative path to them is caught too."""
    try:
        if path.exists() and database.exists() and os.path.samefile(path, database):
            return True  # a hard link
    except OSError:
        pass
    target, db = path.resolve(), database.resolve()
    if os.path.normcase(str(target.parent)) != os.path.normcase(str(db.parent)):
        return False
    name, base = os.path.normcase(target.name), os.path.normcase(db.name)
    return name == base or name.startswith((base + "-", base + "."))


def _is_pdf_or_empty(path: Path, magic: bytes = PDF_MAGIC) -> bool:
    """An existing file that may be replaced: a PDF ("%PDF-" in its first 1,024 bytes, as
    readers accept), or an empty file, which holds nothing to lose."""
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except OSError:
        return False
    return not head or magic in head


def write_atomic(path: Path, data: bytes, *, database: Path | None = None, magic: bytes = PDF_MAGIC) -> None:
    """Write to a temporary file beside the target, then rename (and flush the folder): never a
    half-written PDF. Leftovers of exports killed before are removed first."""
    path = check_target(path, database=database, magic=magic)
    remove_leftovers(path.parent)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        paths.sync_folder(path.parent)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        hint = (
            " Is it open in another program? Close it and try again."
            if isinstance(e, PermissionError) and path.exists()
            else ""
        )
        raise ExportError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write {path}: {why}.{hint}"),
                path=str(path),
                why=str(e.strerror or e),
                hint=hint,
            )
        ) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_leftovers(folder: Path, *, now: float | None = None) -> int:
    """Remove the temporary files of exports killed mid-write in `folder`; how many went.

    Only our own: a name as write_atomic makes it, a regular file (not a link) of this user,
    older than PART_AGE_S (a younger one may be another export's, being written), holding the
    start of a PDF or nothing. Bounded: MAX_SCANNED entries looked at, MAX_REMOVED removed.
    Never fails: an export goes on whatever is found."""
    now = time.time() if now is None else now
    removed = 0
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= MAX_SCANNED or removed >= MAX_REMOVED:
                    break
                if _is_leftover(entry, now):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
                        removed += 1
    except OSError:
        pass
    return removed


def _is_leftover(entry: os.DirEntry[str], now: float) -> bool:
    if not entry.name.startswith(".") or not PART_NAME.fullmatch(entry.name):
        return False
    try:
        if not entry.is_file(follow_symlinks=False):
            return False
        st = entry.stat(follow_symlinks=False)
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return False
        if now - st.st_mtime < PART_AGE_S:
            return False
        with open(entry.path, "rb") as f:
            head = f.read(len(PDF_MAGIC))
    except OSError:
        return False
    return not head or head == PDF_MAGIC
