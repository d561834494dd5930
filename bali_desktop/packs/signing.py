"""Build a signed pack from a focal point's folder, and verify one before anything is used."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.packs import archive, keys, manifest
from bali_desktop.packs.content import PackContent, as_json, load_yaml, read_content
from bali_desktop.packs.errors import PackError
from bali_desktop.packs.manifest import MANIFEST, SIGNATURE, SOURCE_MANIFEST, FileEntry, Manifest


@dataclass(frozen=True)
class VerifiedPack:
    manifest: Manifest
    fingerprint: str  # compact hex of the key that signed it
    key_label: str
    content: PackContent
    size: int  # bytes of the zip


def _folder_files(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue  # .DS_Store, .git and other hidden files are not content
        if path.is_symlink():
            raise PackError(f"{rel} is a link; a pack holds plain files only.")
        if path.is_dir():
            continue
        if not path.is_file():
            raise PackError(f"{rel} is not a plain file; a pack holds plain files only.")
        if rel == SOURCE_MANIFEST:
            continue
        problem = archive.path_problem(rel)
        if problem:
            raise PackError(f"Cannot build: {problem}.")
        if path.stat().st_size > archive.MAX_ENTRY_BYTES:
            raise PackError(f"Cannot build: {rel} is larger than 64 MB.")
        files[rel] = path.read_bytes()
        if len(files) > archive.MAX_FILES - 2:
            raise PackError(f"Cannot build: more than {archive.MAX_FILES - 2} files.")
    return files


def build(folder: Path, out: Path, key_path: Path, *, now: datetime | None = None) -> Manifest:
    """Sign the folder's content into one zip at `out` (written whole, then moved into place)."""
    if not folder.is_dir():
        raise PackError(f"{folder} is not a folder (it holds manifest.yaml and the content files).")
    source = folder / SOURCE_MANIFEST
    if not source.is_file():
        raise PackError(f"{folder} has no {SOURCE_MANIFEST} (id, version, publisher, country, languages).")
    head = manifest.parse_source(load_yaml(SOURCE_MANIFEST, source.read_bytes()))
    key = keys.load_private(key_path)
    try:
        files = _folder_files(folder)
    except OSError as e:
        raise PackError(f"Cannot read {folder}: {e.strerror or e}.") from None
    files = {n: as_json(b, load_yaml(n, b)) if n.endswith(".yaml") else b for n, b in files.items()}
    read_content(files, head.id)  # the same checks as at install: a broken pack is never built
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    full = Manifest(
        **head.model_dump(),
        created=stamp,
        files=[
            FileEntry(path=p, sha256=hashlib.sha256(b).hexdigest(), size=len(b)) for p, b in files.items()
        ],
    )
    body = full.to_bytes()
    public = keys.public_of(key)
    signature = base64.b64encode(keys.sign(key, body)).decode("ascii")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, body)
        zf.writestr(SIGNATURE, manifest.signature_doc(keys.compact(keys.fingerprint(public)), signature))
        for path, data in files.items():
            zf.writestr(path, data)
    part = out.with_name(f".{out.name}.part")
    try:
        part.write_bytes(buf.getvalue())
        os.replace(part, out)
    except OSError as e:
        part.unlink(missing_ok=True)
        raise PackError(f"Cannot write {out}: {e.strerror or e}.") from None
    return full


def verify(
    source: Path | bytes,
    trusted: dict[str, keys.PublicKey],
    removed: frozenset[str] = frozenset(),
) -> VerifiedPack:
    """Check everything about a pack (nothing is written): `trusted` maps compact fingerprints to
    keys; `removed` holds fingerprints the user took off the list. Raises PackError in one line."""
    entries = archive.read(source).files
    size = source.stat().st_size if isinstance(source, Path) else len(source)
    if SIGNATURE not in entries:
        raise PackError(
            QT_TRANSLATE_NOOP("said", "Refused: the pack is not signed (it has no signature.json).")
        )
    if MANIFEST not in entries:
        raise PackError(QT_TRANSLATE_NOOP("said", "Refused: the pack has no manifest.json."))
    fp, sig_text = manifest.parse_signature(entries[SIGNATURE])
    shown = keys.fingerprint_text(fp)
    if fp in removed and fp not in trusted:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "Refused: the publisher's key {shown} was removed from the trusted keys."
                ),
                shown=shown,
            )
        )
    key = trusted.get(fp)
    if key is None:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said",
                    "Refused: unknown publisher (key {shown} is not trusted). If your authority sent you "
                    "its public key, check the fingerprint with them, then: bali-desktop keys add KEY.pub",
                ),
                shown=shown,
            )
        )
    try:
        signature = base64.b64decode(sig_text, validate=True)
    except (binascii.Error, ValueError):
        raise PackError(
            QT_TRANSLATE_NOOP("said", "Refused: the pack's signature is damaged (not base64).")
        ) from None
    body = entries[MANIFEST]
    if not key.verifies(signature, body):
        raise PackError(
            QT_TRANSLATE_NOOP(
                "said",
                "Refused: bad signature (the manifest was changed after it was signed, or signed by another "
                "key).",
            )
        )
    full = manifest.parse(body)
    listed = {f.path: f for f in full.files}
    if len(listed) != len(full.files):
        raise PackError(QT_TRANSLATE_NOOP("said", "Refused: the manifest lists a file twice."))
    files = {name: data for name, data in entries.items() if name not in (MANIFEST, SIGNATURE)}
    for name in files:
        if name not in listed:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Refused: the pack holds {name}, a file not in the manifest."),
                    name=repr(name[:60]),
                )
            )
    for path, entry in listed.items():
        data = files.get(path)
        if data is None:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "Refused: {path} is in the manifest but not in the pack."),
                    path=repr(path[:60]),
                )
            )
        if len(data) != entry.size:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "Refused: {path} does not match the manifest (size {found}, not {size})."
                    ),
                    path=repr(path[:60]),
                    found=str(len(data)),
                    size=str(entry.size),
                )
            )
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "Refused: {path} does not match the manifest (its SHA-256 differs: altered)."
                    ),
                    path=repr(path[:60]),
                )
            )
    content = read_content({p: files[p] for p in listed}, full.id)
    return VerifiedPack(full, fp, key.label, content, size)
