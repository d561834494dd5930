"""Ed25519 publishing keys: generate, read, fingerprint, sign and check (`cryptography`).

A private key is a PKCS#8 PEM file (mode 0600); its public key, beside it as KEY.pub, is one line:
`bali-desktop-pack-key ed25519 <base64 of the 32 raw bytes> <publisher>`. A fingerprint is the
first 16 bytes of the SHA-256 of the raw public key, shown as eight groups of four hex digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, message_of, said
from bali_desktop.packs.errors import PackError

if TYPE_CHECKING:  # `cryptography` is imported only to sign or check (not on the start-up path)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PUBLIC_TAG = "bali-desktop-pack-key"
MAX_KEY_FILE = 16 * 1024


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # the 32 bytes
    label: str = ""  # who it says it is (the publisher's name when generated)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    def line(self) -> str:
        text = f"{PUBLIC_TAG} ed25519 {base64.b64encode(self.raw).decode('ascii')}"
        return f"{text} {self.label}".rstrip()

    def verifies(self, signature: bytes, message: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


def fingerprint(raw: bytes) -> str:
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def compact(fp: str) -> str:
    """A fingerprint typed with or without its spaces, lower case: the stored form."""
    return "".join(fp.split()).lower()


def generate(path: Path, label: str = "") -> tuple[Path, PublicKey]:
    """Write a new private key at `path` (never over an existing file) and `path`.pub."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pub_path = path.with_name(path.name + ".pub")
    for target in (path, pub_path):
        if target.exists() or target.is_symlink():
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP(
                        "said", "{path} already exists; choose another name (a key is never written over)."
                    ),
                    path=str(target),
                )
            )
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public = PublicKey(raw, " ".join(label.split())[:100])
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
        pub_path.write_text(public.line() + "\n", encoding="utf-8")
    except OSError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot write the key {path}: {why}."),
                path=str(path),
                why=e.strerror or str(e),
            )
        ) from None
    return pub_path, public


def _read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE:
            raise PackError(
                said(
                    QT_TRANSLATE_NOOP("said", "{path} is too large to be a {what}."),
                    path=str(path),
                    what=what,
                )
            )
        return path.read_bytes()
    except OSError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Cannot read the {what} {path}: {why}."),
                what=what,
                path=str(path),
                why=e.strerror or str(e),
            )
        ) from None


def load_private(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = _read_small(path, QT_TRANSLATE_NOOP("said", "private key"))
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "{path} is not an unencrypted Ed25519 private key (made by `pack keygen`)."
                ),
                path=str(path),
            )
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackError(
            said(
                QT_TRANSLATE_NOOP(
                    "said", "{path} is not an Ed25519 key; make one with `bali-desktop pack keygen`."
                ),
                path=str(path),
            )
        )
    return key


def public_of(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def parse_public(text: str) -> PublicKey:
    """A public key line (`bali-desktop-pack-key ed25519 BASE64 [label]`)."""
    parts = text.strip().split(None, 3)
    if len(parts) < 3 or parts[0] != PUBLIC_TAG or parts[1] != "ed25519":
        raise PackError(
            QT_TRANSLATE_NOOP(
                "said", "not a Bali Desktop public key (its line starts 'bali-desktop-pack-key ed25519')."
            )
        )
    try:
        raw = base64.b64decode(parts[2], validate=True)
    except (binascii.Error, ValueError):
        raise PackError(QT_TRANSLATE_NOOP("said", "the public key is damaged (not base64).")) from None
    if len(raw) != 32:
        raise PackError(QT_TRANSLATE_NOOP("said", "the public key is damaged (an Ed25519 key is 32 bytes)."))
    label = " ".join(parts[3].split())[:100] if len(parts) > 3 else ""
    return PublicKey(raw, label)


def load_public(path: Path) -> PublicKey:
    data = _read_small(path, QT_TRANSLATE_NOOP("said", "public key"))
    try:
        return parse_public(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "{path} is not a public key (not text)."), path=str(path))
        ) from None
    except PackError as e:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "{path}: {why}"), path=str(path), why=message_of(e))
        ) from None


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    return key.sign(message)


def fingerprint_text(compact_fp: str) -> str:
    """A stored (compact) fingerprint in groups of four, for people to compare."""
    fp = compact_fp[:32]
    return " ".join(fp[i : i + 4] for i in range(0, len(fp), 4))
