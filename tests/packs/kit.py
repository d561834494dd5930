"""Making packs for the tests: a focal point's folder, a PDF with a known word, signed zips built in
memory (good ones, and bad ones signed properly so that only the defect under test is wrong)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.pdfgen import canvas

from bali_desktop import paths
from bali_desktop.packs import keys
from bali_desktop.packs.manifest import MANIFEST, SIGNATURE, signature_doc
from bali_desktop.services import packs
from bali_desktop.services.session import Session

PATHWAY = "pathway:victim-of-trafficking"
STEP = "move-to-private-place"
COUNTRY = "Testland"
PDF_WORD = "zebrafinchprotocol"

MANIFEST_YAML = f"""id: testland
version: {{version}}
publisher: Testland National Focal Point
country: {COUNTRY}
languages: [en, id]
description: National referral steps and contacts for Testland (test data).
"""
CONTACTS_YAML = """contacts:
  - role: anti-trafficking-police
    organisation: {police}
    phone: '+99 555 0100'
    hours: 24 hours
    country: Testland
  - role: shelter
    organisation: Testland Safe House
    phone: '+99 555 0200'
    country: Testland
"""
STEPS_YAML = f"""steps:
  - id: call-national-hotline
    pathway: victim-of-trafficking
    step: {STEP}
    action: Call the Testland national referral hotline before you move the person.
    why: The national referral mechanism of Testland starts with the hotline.
    roles: [anti-trafficking-police]
"""
GUIDES_YAML = """guides:
  - id: testland-referral-sop
    title: Testland referral procedure (test data)
    producer: Testland National Focal Point
    audience: Frontline officers in Testland
    purpose: How Testland officers refer a possible victim.
    key_points:
      - Call the hotline first.
    pathways: [pathway:victim-of-trafficking]
    source: Test data made for the tests.
"""
DOCUMENTS_YAML = """documents:
  - id: testland-sop
    title: Testland national SOP (test data)
    publisher: Testland National Focal Point
    file: docs/testland-sop.pdf
    description: The national standard operating procedure, as a PDF.
"""
PHRASES_YAML = """phrase_sets:
  - id: testland-first-words
    title: "Testland phrase cards (test data)"
    purpose: First words for Testland officers.
    based_on: ["Test data"]
    languages:
      - {code: en, name: English, native: English, script: Latin}
      - {code: id, name: Indonesian, native: Bahasa Indonesia, script: Latin}
    cards:
      - id: officer
        kind: statement
        title: Who I am
        text:
          en: {text: "I am an immigration officer.", status: source}
          id: {text: "Saya petugas imigrasi.", status: reviewed, reviewed_by: Test Reviewer}
"""
TRANSLATIONS_YAML = """translations:
  - ref: role:shelter
    language: id
    status: reviewed
    reviewed_by: Test Reviewer
    title: Rumah aman
    fields:
      description: Tempat tinggal yang aman bagi korban (data uji).
  - ref: phrases:first-contact
    language: id
    status: reviewed
    reviewed_by: Test Reviewer
    fields:
      officer: Saya petugas (data uji).
"""


def pdf_bytes(text: str = f"The Testland procedure. Keyword {PDF_WORD}.") -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, text)
    c.showPage()
    c.save()
    return buf.getvalue()


PDF = pdf_bytes()


def folder(root: Path, *, version: str = "1.0.0", police: str = "Testland Anti-Trafficking Unit") -> Path:
    """A focal point's folder with every kind of content a pack may carry."""
    src = root / f"src-{version}"
    (src / "docs").mkdir(parents=True)
    (src / "manifest.yaml").write_text(MANIFEST_YAML.format(version=version))
    (src / "contacts.yaml").write_text(CONTACTS_YAML.format(police=police))
    (src / "steps.yaml").write_text(STEPS_YAML)
    (src / "guides.yaml").write_text(GUIDES_YAML)
    (src / "documents.yaml").write_text(DOCUMENTS_YAML)
    (src / "phrases.yaml").write_text(PHRASES_YAML)
    (src / "translations.yaml").write_text(TRANSLATIONS_YAML)
    (src / "docs" / "testland-sop.pdf").write_bytes(PDF)
    return src


def content_files(version: str = "1.0.0") -> dict[str, bytes]:
    return {
        "contacts.yaml": CONTACTS_YAML.format(police="Testland Anti-Trafficking Unit").encode(),
        "steps.yaml": STEPS_YAML.encode(),
        "guides.yaml": GUIDES_YAML.encode(),
        "documents.yaml": DOCUMENTS_YAML.encode(),
        "phrases.yaml": PHRASES_YAML.encode(),
        "translations.yaml": TRANSLATIONS_YAML.encode(),
        "docs/testland-sop.pdf": PDF,
    }


def manifest_for(listed: dict[str, bytes], **fields: object) -> dict[str, object]:
    m: dict[str, object] = {
        "format": 1,
        "id": "testland",
        "version": "1.0.0",
        "publisher": "Testland National Focal Point",
        "country": COUNTRY,
        "languages": ["en", "id"],
        "description": "test",
        "created": "2026-12-01T00:00:00Z",
        "files": [
            {"path": p, "sha256": hashlib.sha256(b).hexdigest(), "size": len(b)} for p, b in listed.items()
        ],
    }
    m.update(fields)
    return m


def signed_zip(
    files: dict[str, bytes],
    key: Ed25519PrivateKey,
    *,
    manifest: dict[str, object] | bytes | None = None,
    extra: dict[str, bytes] | None = None,
    infos: list[tuple[zipfile.ZipInfo, bytes]] | None = None,
    signature: bytes | None = None,
) -> bytes:
    """A pack zip made by hand: `files` listed in the manifest (unless `manifest` is given), `extra`
    in the zip only, `infos` raw entries (links, devices, odd names)."""
    body = manifest if isinstance(manifest, bytes) else json.dumps(manifest or manifest_for(files)).encode()
    public = keys.public_of(key)
    sig = (
        signature
        if signature is not None
        else signature_doc(keys.compact(keys.fingerprint(public)), base64.b64encode(key.sign(body)).decode())
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, body)
        if sig:
            zf.writestr(SIGNATURE, sig)
        for name, data in {**files, **(extra or {})}.items():
            zf.writestr(name, data)
        for info, data in infos or []:
            zf.writestr(info, data)
    return buf.getvalue()


def trusted_key(s: Session) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    packs.add_key(s, keys.PublicKey(keys.public_of(key), "Testland National Focal Point"))
    return key


@pytest.fixture
def officer(shared_data_dir: Path, tmp_path: Path) -> Iterator[Session]:
    """A writable library of its own, copied from the shared one."""
    data = tmp_path / "officer"
    data.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, data / paths.DB_FILE)
    opened = Session.open(data)
    yield opened
    opened.close()


def digest(s: Session) -> str:
    return hashlib.sha256("".join(s.connection.iterdump()).encode()).hexdigest()


def signed_zip_signature(files: dict[str, bytes], key: Ed25519PrivateKey) -> bytes:
    """The signature.json a proper signing of `files` would carry."""
    with zipfile.ZipFile(io.BytesIO(signed_zip(files, key))) as zf:
        return zf.read(SIGNATURE)
