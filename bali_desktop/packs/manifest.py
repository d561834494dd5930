"""The pack manifest: what the focal point writes (manifest.yaml) and what the build signs."""

from __future__ import annotations

import json
import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bali_desktop.domain.said import QT_TRANSLATE_NOOP, said
from bali_desktop.packs.errors import PackError

MANIFEST = "manifest.json"  # in the zip: the full manifest, the bytes the signature is over
SIGNATURE = "signature.json"  # in the zip: {"algorithm", "key" (fingerprint), "signature"}
SOURCE_MANIFEST = "manifest.yaml"  # in the focal point's folder
FORMAT = 1

PackId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9\-]{0,59}$")]
Version = Annotated[str, Field(pattern=r"^\d{1,6}(\.\d{1,6}){0,3}$")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
Line = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")]
FilePath = Annotated[str, Field(min_length=1, max_length=200)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceManifest(_Strict):
    """manifest.yaml in the folder a pack is built from."""

    id: PackId
    version: Version
    publisher: Line
    country: Line
    languages: list[Language] = Field(min_length=1, max_length=20)
    description: Annotated[str, Field(max_length=2000)] = ""

    @field_validator("id")
    @classmethod
    def _not_reserved(cls, v: str) -> str:
        if v == "mine":
            raise ValueError("'mine' is reserved for the documents a user adds")
        return v


class FileEntry(_Strict):
    path: FilePath
    sha256: Sha256
    size: Annotated[int, Field(ge=0)]


class Manifest(SourceManifest):
    """The full manifest inside the zip."""

    format: Annotated[int, Field(ge=1, le=FORMAT)] = FORMAT
    created: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    files: list[FileEntry] = Field(max_length=10_000)

    def to_bytes(self) -> bytes:
        return json.dumps(self.model_dump(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @property
    def version_key(self) -> tuple[int, ...]:
        return version_key(self.version)


def version_key(version: str) -> tuple[int, ...]:
    parts = tuple(int(p) for p in version.split("."))
    return parts + (0,) * (4 - len(parts))


def _first_error(e: ValidationError) -> str:
    err = e.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or QT_TRANSLATE_NOOP("said", "top level")
    return said(QT_TRANSLATE_NOOP("said", "field '{where}': {why}"), where=where, why=err["msg"])


def parse_source(raw: object) -> SourceManifest:
    try:
        return SourceManifest.model_validate(raw)
    except ValidationError as e:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "{file}: {why}"), file=SOURCE_MANIFEST, why=_first_error(e))
        ) from None


def parse(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Refused: the pack's {file} is not valid JSON."), file=MANIFEST)
        ) from None
    try:
        return Manifest.model_validate(raw)
    except RecursionError:
        raise PackError(
            said(QT_TRANSLATE_NOOP("said", "Refused: the pack's {file} is nested too deeply."), file=MANIFEST)
        ) from None
    except ValidationError as e:
        raise PackError(
            said(
                QT_TRANSLATE_NOOP("said", "Refused: the pack's {file}: {why}."),
                file=MANIFEST,
                why=_first_error(e),
            )
        ) from None


def signature_doc(fingerprint: str, signature: str) -> bytes:
    return json.dumps({"algorithm": "ed25519", "key": fingerprint, "signature": signature}).encode()


_SIG = re.compile(r"^[A-Za-z0-9+/=]{80,100}$")


def parse_signature(data: bytes) -> tuple[str, str]:
    """(fingerprint, base64 signature) from signature.json."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackError(
            QT_TRANSLATE_NOOP("said", "Refused: the pack's signature is damaged (not JSON).")
        ) from None
    if (
        not isinstance(raw, dict)
        or raw.get("algorithm") != "ed25519"
        or not isinstance(raw.get("key"), str)
        or not isinstance(raw.get("signature"), str)
        or not _SIG.match(raw["signature"])
    ):
        raise PackError(
            QT_TRANSLATE_NOOP("said", "Refused: the pack's signature is damaged (not an Ed25519 signature).")
        )
    return str(raw["key"]), str(raw["signature"])
