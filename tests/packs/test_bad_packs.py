"""Bad packs, generated: at least 1,000, each refused with one line and the database byte-identical
(no write, no backup). Every bad pack is built in memory and, unless its defect is the signature or
the publisher, properly signed by a trusted key, so the refusal is for the defect under test."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bali_desktop import paths
from bali_desktop.packs.errors import PackError
from bali_desktop.services import packs
from bali_desktop.services.session import Session
from tests.packs import kit

EXAMPLES = 1_100
INSTALLED = "5.0.0"  # the version of testland installed before the bad ones are tried
Draw = Callable[..., object]
Library = tuple[Session, Ed25519PrivateKey]
BAD_PATHS = (
    "../evil.yaml",
    "/etc/evil",
    "C:/evil",
    "docs/../../evil",
    "a\\b.yaml",
    "x\x00y",
    ".hidden",
    "a//b",
)


@pytest.fixture(scope="module")
def library(
    shared_data_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Session, Ed25519PrivateKey]]:
    folder = tmp_path_factory.mktemp("fuzz-library")
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    s = Session.open(folder)
    key = kit.trusted_key(s)
    files = kit.content_files()
    packs.install(s, kit.signed_zip(files, key, manifest=kit.manifest_for(files, version=INSTALLED)))
    s.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield s, key
    s.close()


def _resign(files: dict[str, bytes], key: Ed25519PrivateKey, **manifest: object) -> bytes:
    return kit.signed_zip(files, key, manifest=kit.manifest_for(files, version=INSTALLED, **manifest))


def _yaml_name(draw: Draw) -> str:
    return str(draw(st.sampled_from([n for n in kit.content_files() if n.endswith(".yaml")])))


# --- the defects (each: draw -> the zip bytes) --------------------------------------------------------


def tampered(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    body = kit.manifest_for(files, version=INSTALLED)
    name = str(draw(st.sampled_from(sorted(files))))
    data = bytearray(files[name])
    at = int(draw(st.integers(0, len(data) - 1)))
    data[at] ^= int(draw(st.integers(1, 255)))
    return kit.signed_zip({**files, name: bytes(data)}, key, manifest=body)


def resized(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    body = kit.manifest_for(files, version=INSTALLED)
    name = str(draw(st.sampled_from(sorted(files))))
    return kit.signed_zip(
        {**files, name: files[name] + draw(st.binary(min_size=1, max_size=40))}, key, manifest=body
    )


def unlisted(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    name = str(draw(st.from_regex(r"[a-z][a-z0-9]{0,12}\.(yaml|pdf|txt)", fullmatch=True)))
    return kit.signed_zip(
        files, key, manifest=kit.manifest_for(files, version=INSTALLED), extra={f"x{name}": b"x"}
    )


def missing(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    body = kit.manifest_for(files, version=INSTALLED)
    gone = str(draw(st.sampled_from(sorted(files))))
    return kit.signed_zip({n: b for n, b in files.items() if n != gone}, key, manifest=body)


def unsigned(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    return kit.signed_zip(kit.content_files(), key, signature=b"")


def bad_signature(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    fp = json.loads(kit.signed_zip_signature(files, key))["key"]
    forged = base64.b64encode(draw(st.binary(min_size=64, max_size=64))).decode()
    doc = json.dumps({"algorithm": "ed25519", "key": fp, "signature": forged}).encode()
    return kit.signed_zip(files, key, signature=doc)


def damaged_signature(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    return kit.signed_zip(kit.content_files(), key, signature=draw(st.binary(min_size=1, max_size=120)))


def untrusted(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    return kit.signed_zip(kit.content_files(), Ed25519PrivateKey.generate())


def edited_after_signing(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    signed = kit.signed_zip(files, key, manifest=kit.manifest_for(files, version=INSTALLED))
    field, value = draw(
        st.sampled_from([("version", "9.9.9"), ("publisher", "Someone Else"), ("country", "Elsewhere")])
    )
    with zipfile.ZipFile(__import__("io").BytesIO(signed)) as zf:
        sig = zf.read("signature.json")
    return kit.signed_zip(
        files, key, manifest=json.dumps(kit.manifest_for(files, **{field: value})).encode(), signature=sig
    )


def bad_path(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    name = str(draw(st.sampled_from(BAD_PATHS))) + str(draw(st.from_regex(r"[a-z]{0,5}", fullmatch=True)))
    files = {**kit.content_files(), name: b"contacts: []\n"}
    return _resign(files, key)


def link_or_device(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    mode = draw(
        st.sampled_from(
            [
                stat.S_IFLNK | 0o777,
                stat.S_IFCHR | 0o644,
                stat.S_IFBLK | 0o644,
                stat.S_IFIFO | 0o644,
                stat.S_IFSOCK | 0o644,
            ]
        )
    )
    info = zipfile.ZipInfo(str(draw(st.sampled_from(["contacts.yaml", "evil", "docs/link.pdf"]))))
    info.external_attr = int(mode) << 16
    info.create_system = 3
    files = {n: b for n, b in kit.content_files().items() if n != info.filename}
    return kit.signed_zip(
        files, key, manifest=kit.manifest_for(files, version=INSTALLED), infos=[(info, b"/etc/passwd")]
    )


def bomb(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    size = int(draw(st.integers(1_100_000, 2_500_000)))
    files = {**kit.content_files(), "docs/zeros.pdf": b"\0" * size}
    return _resign(files, key)


def too_many(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    n = int(draw(st.integers(2_001, 2_050)))
    files = {**kit.content_files(), **{f"docs/f{i}.pdf": b"" for i in range(n)}}
    return _resign(files, key)


def garbage(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    good = kit.signed_zip(kit.content_files(), key)
    return bytes(
        draw(st.one_of(st.binary(max_size=300), st.integers(0, len(good) - 1).map(lambda n: good[:n])))
    )


def malformed_yaml(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    broken = draw(
        st.one_of(
            st.sampled_from(
                [
                    b"contacts: [",
                    b"a: b: c",
                    b"\t- x",
                    b"contacts:\n  - role: [\n",
                    b"x: &a [*a]",
                    b"\xff\xfe",
                ]
            ),
            st.binary(max_size=80),
            st.text(max_size=80).map(str.encode),
        )
    )
    return _resign({**kit.content_files(), _yaml_name(draw): bytes(broken)}, key)


SCHEMA_ERRORS = {
    "contacts.yaml": [
        "contacts:\n  - role: shelter\n",
        "contacts:\n  - role: shelter\n    organisation: ''\n",
        "contacts:\n  - role: shelter\n    organisation: X\n    phone: 'call me!'\n",
        "contacts:\n  - role: Shelter\n    organisation: X\n",
        "contacts:\n  - role: shelter\n    organisation: X\n    surprise: 1\n",
        "contacts: {}\n",
        "- just a list\n",
    ],
    "steps.yaml": [
        "steps:\n  - id: x\n    pathway: victim-of-trafficking\n    step: check-age\n",
        "steps:\n  - id: X Y\n    pathway: victim-of-trafficking\n    step: check-age\n    action: Do it.\n",
        "steps:\n  - id: x\n    pathway: victim-of-trafficking\n    step: check-age\n    action: ''\n",
    ],
    "guides.yaml": [
        "guides:\n  - id: g\n    title: T\n",
        "guides:\n  - id: g\n    title: T\n    year: soon\n",
    ],
    "translations.yaml": [
        "translations:\n  - ref: role:shelter\n    language: id\n    status: reviewed\n    title: Rumah\n",
        "translations:\n  - ref: role:shelter\n    language: id\n    status: perfect\n    title: Rumah\n",
        "translations:\n  - ref: role:shelter\n    language: id\n    status: not-checked\n",
    ],
    "phrases.yaml": [kit.PHRASES_YAML.replace("status: source", "status: reviewed")],
}


def schema_error(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    name = str(draw(st.sampled_from(sorted(SCHEMA_ERRORS))))
    return _resign(
        {**kit.content_files(), name: str(draw(st.sampled_from(SCHEMA_ERRORS[name]))).encode()}, key
    )


def duplicate_ids(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    name = str(draw(st.sampled_from(["steps.yaml", "guides.yaml", "phrases.yaml", "documents.yaml"])))
    text = files[name].decode()
    head, _, body = text.partition("\n")
    twice = f"{head}\n{body}{body}"
    if name == "documents.yaml":  # the same id, another file
        twice = twice.replace("docs/testland-sop.pdf", "docs/other.pdf", 1)
        files = {**files, "docs/other.pdf": kit.PDF}
    return _resign({**files, name: twice.encode()}, key)


def dangling(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    word = str(draw(st.from_regex(r"[a-z]{3,10}", fullmatch=True)))
    files = kit.content_files()
    choice = draw(st.integers(0, 3))
    if choice == 0:
        files["guides.yaml"] = kit.GUIDES_YAML.replace(
            "pathway:victim-of-trafficking", f"pathway:no-{word}"
        ).encode()
    elif choice == 1:
        files["contacts.yaml"] = f"contacts:\n  - role: no-{word}\n    organisation: X\n".encode()
    elif choice == 2:
        files["translations.yaml"] = kit.TRANSLATIONS_YAML.replace("role:shelter", f"role:no-{word}").encode()
    else:
        files["steps.yaml"] = kit.STEPS_YAML.replace("[anti-trafficking-police]", f"[no-{word}]").encode()
    return _resign(files, key)


def step_elsewhere(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    word = str(draw(st.from_regex(r"[a-z]{3,10}", fullmatch=True)))
    files = kit.content_files()
    if draw(st.booleans()):
        text = kit.STEPS_YAML.replace(f"step: {kit.STEP}", f"step: no-{word}")
    else:
        text = kit.STEPS_YAML.replace("pathway: victim-of-trafficking", f"pathway: no-{word}")
    return _resign({**files, "steps.yaml": text.encode()}, key)


def bad_pdf(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    data = draw(
        st.one_of(
            st.binary(max_size=200),
            st.binary(max_size=200).map(lambda b: b"%PDF-1.4\n" + b),
            st.integers(10, len(kit.PDF) // 2).map(lambda n: kit.PDF[:n]),
        )
    )
    return _resign({**kit.content_files(), "docs/testland-sop.pdf": bytes(data)}, key)


def older(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    version = draw(st.sampled_from(["1.0.0", "4.9.9", "4", "0.1", "4.99.99.99"]))
    files = kit.content_files()
    return kit.signed_zip(files, key, manifest=kit.manifest_for(files, version=version))


def deeply_nested(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    depth = int(draw(st.integers(1_100, 60_000)))
    nested = draw(st.sampled_from([b"[" * depth, b'{"a":' * depth]))
    if draw(st.booleans()):  # the manifest itself, signed
        return kit.signed_zip(kit.content_files(), key, manifest=nested)
    return _resign({**kit.content_files(), _yaml_name(draw): nested}, key)


def bad_manifest(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    field, value = draw(
        st.sampled_from(
            [
                ("id", "Bad Id"),
                ("version", "1.x"),
                ("version", ""),
                ("created", "yesterday"),
                ("languages", []),
                ("publisher", ""),
                ("format", 99),
                ("files", "all"),
                ("surprise", 1),
                ("country", "a\nb"),
            ]  # fmt: skip
        )
    )
    return kit.signed_zip(
        files, key, manifest=kit.manifest_for(files, **{"version": INSTALLED, field: value})
    )


def unknown_file(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    name = str(draw(st.from_regex(r"[a-z]{1,8}\.(txt|yml|json|exe)", fullmatch=True)))
    return _resign({**kit.content_files(), name: b"hello"}, key)


def official_translated(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    ref = draw(st.sampled_from(["commitment:adelaide-2023-1", "principle:rcf-2011-1"]))
    text = f"translations:\n  - ref: {ref}\n    language: id\n    status: not-checked\n    text: Teks\n"
    return _resign({**kit.content_files(), "translations.yaml": text.encode()}, key)


def translation_off_target(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    word = str(draw(st.from_regex(r"[a-z]{3,10}", fullmatch=True)))
    ref, lang, field = draw(
        st.sampled_from(
            [
                ("phrases:first-contact", "id", f"no-{word}"),
                ("phrases:first-contact", "zz", "officer"),
                ("role:shelter", "id", f"no-{word}"),
            ]  # fmt: skip
        )
    )
    text = f"translations:\n  - ref: {ref}\n    language: {lang}\n    status: not-checked\n"
    text += f"    fields:\n      {field}: Teks\n"
    return _resign({**kit.content_files(), "translations.yaml": text.encode()}, key)


def language_file_faulty(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    """A translations/<lang>/*.yaml (the format of resources/content/translations/) with a fault the
    content's own checks refuse."""
    word = str(draw(st.from_regex(r"[a-z]{3,10}", fullmatch=True)))
    folder, body = draw(
        st.sampled_from(
            [
                ("id", f"items:\n  role:no-{word}:\n    title: X\n"),  # no such item
                ("ms", "items:\n  role:guardian:\n    title: X\n    description: Y\n"),  # not its folder
                ("en", "items:\n  role:guardian:\n    title: X\n    description: Y\n"),  # the source
                ("id", "items:\n  role:guardian:\n    title: X\n"),  # not whole
                ("id", "status: reviewed\nitems:\n  role:guardian:\n    title: X\n    description: Y\n"),
                ("id", "items:\n  role:guardian:\n    title: X\n    description: perdagangan manusia\n"),
                ("id", "items:\n  commitment:adelaide-2023-1:\n    text: Teks\n"),  # official text
                ("id", "items:\n  pathway:victim-of-trafficking:\n    title: X\n"),  # not whole
                ("id", f"items:\n  role:guardian:\n    {word}: X\n"),  # no such field
                ("id", "items: [a, b\n"),  # not YAML
                ("id", "items:\n  phrases:first-contact:\n    title: X\n"),  # cards carry their languages
            ]  # fmt: skip
        )
    )
    lang = "id" if folder == "ms" else folder
    name = f"translations/{folder}/{word}.yaml"
    return _resign({**kit.content_files(), name: f"language: {lang}\n{body}".encode()}, key)


def duplicate_of_library(draw: Draw, key: Ed25519PrivateKey) -> bytes:
    files = kit.content_files()
    files["guides.yaml"] = kit.GUIDES_YAML.replace(
        "testland-referral-sop", "policy-guide-criminalizing-smuggling"
    ).encode()
    return _resign(files, key)


DEFECTS = [
    tampered, resized, unlisted, missing, unsigned, bad_signature, damaged_signature, untrusted,
    edited_after_signing, bad_path, link_or_device, bomb, too_many, garbage, malformed_yaml, schema_error,
    duplicate_ids, dangling, step_elsewhere, bad_pdf, older, bad_manifest, unknown_file, official_translated,
    duplicate_of_library, translation_off_target, deeply_nested, language_file_faulty,
]  # fmt: skip


def _file_digest(s: Session) -> str:
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = s.db_path.with_name(s.db_path.name + suffix)
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()


def test_every_generated_bad_pack_is_refused_with_nothing_changed(
    library: tuple[Session, Ed25519PrivateKey],
) -> None:
    s, key = library
    seen: dict[str, int] = {}
    backups = sorted((s.db_path.parent / "backups").iterdir())
    before_dump, before_file, before_changes = kit.digest(s), _file_digest(s), s.connection.total_changes

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def one(data: st.DataObject) -> None:
        defect = data.draw(st.sampled_from(DEFECTS), label="defect")
        bad = defect(data.draw, key)
        with pytest.raises(PackError) as refused:
            packs.install(s, bad)
        message = str(refused.value)
        assert "\n" not in message and len(message) < 400, message
        assert s.connection.total_changes == before_changes, defect.__name__
        assert _file_digest(s) == before_file, defect.__name__
        seen[defect.__name__] = seen.get(defect.__name__, 0) + 1

    one()
    assert sum(seen.values()) >= 1_000
    assert set(seen) == {d.__name__ for d in DEFECTS}, "every kind of defect was generated"
    assert kit.digest(s) == before_dump  # byte-identical, dumped
    assert sorted((s.db_path.parent / "backups").iterdir()) == backups  # and no backup was made


@pytest.mark.parametrize(
    ("defect", "said"),
    [
        (tampered, r"does not match the manifest|not valid YAML|not UTF-8|schema error|PDF"),
        (unsigned, r"not signed"),
        (bad_signature, r"bad signature"),
        (untrusted, r"unknown publisher"),
        (edited_after_signing, r"bad signature"),
        (bomb, r"zip bomb"),
        (too_many, r"too many files"),
        (older, r"older than the one installed"),
        (unknown_file, r"does not read"),
        (official_translated, r"official text"),
        (duplicate_of_library, r"duplicate id"),
        (step_elsewhere, r"does not (have|exist)"),
        (language_file_faulty, r"^Refused: translations/"),
    ],
)
def test_each_refusal_names_its_problem(
    library: tuple[Session, Ed25519PrivateKey], defect: object, said: str
) -> None:
    s, key = library

    @settings(max_examples=3, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def one(data: st.DataObject) -> None:
        with pytest.raises(PackError) as refused:
            packs.check(s, defect(data.draw, key))  # type: ignore[operator]
        assert re.search(said, str(refused.value)), str(refused.value)

    one()
