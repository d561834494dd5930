"""A pack's defences one by one (packs/archive.py, manifest.py, keys.py, signing.py): each check
refuses exactly what it says, and lets through what sits just inside its limit. Written to kill the
mutants that the generated bad packs (tests/packs/test_bad_packs.py) let live: see docs/mutation.md.
No database: zips and keys are made in memory."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import stat
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bali_desktop.packs import archive, keys, manifest, signing
from bali_desktop.packs.errors import PackError
from tests.packs import kit


def zip_of(*entries: tuple[str | zipfile.ZipInfo, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return buf.getvalue()


def info(name: str, mode: int) -> zipfile.ZipInfo:
    i = zipfile.ZipInfo(name)
    i.external_attr = mode << 16
    return i


def refused(source: Path | bytes) -> str:
    with pytest.raises(PackError) as e:
        archive.read(source)
    return str(e.value)


# --- names ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("a\x00b", "a file name with a control character ('a\\x00b')"),
        ("a\x1fb", "a file name with a control character ('a\\x1fb')"),
        ("/etc/passwd", "an absolute path ('/etc/passwd')"),
        ("\\evil", "an absolute path ('\\\\evil')"),
        ("C:/evil", "an absolute path ('C:/evil')"),
        ("z:evil", "an absolute path ('z:evil')"),
        ("docs/../evil", "a path that leaves the pack ('docs/../evil', zip-slip)"),
        ("..", "a path that leaves the pack ('..', zip-slip)"),
        ("docs\\..\\evil", "a path that leaves the pack ('docs\\\\..\\\\evil', zip-slip)"),
        ("a\\b.yaml", "a file name that is not allowed ('a\\\\b.yaml')"),
        (".hidden", "a file name that is not allowed ('.hidden')"),
        ("a//b", "a file name that is not allowed ('a//b')"),
        ("a/b/c/d/e/f/g/h/i", "a file name that is not allowed ('a/b/c/d/e/f/g/h/i')"),
        ("a" * 101, f"a file name that is not allowed ({'a' * 60!r})"),
        ("a$b", "a file name that is not allowed ('a$b')"),
        ("", "a file name that is not allowed ('')"),
    ],
)
def test_each_bad_name_is_refused_for_its_own_reason(name: str, why: str) -> None:
    assert archive.path_problem(name) == why


@pytest.mark.parametrize(
    "name", ["a", "contacts.yaml", "docs/My SOP-2 v1.0_final.pdf", "a/b/c/d/e/f/g/h", "a" * 100, "9", "a..b"]
)
def test_a_plain_name_is_let_through(name: str) -> None:
    assert archive.path_problem(name) is None


# --- the kind of each entry -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "why"),
    [
        (stat.S_IFLNK | 0o777, "a link ('x')"),
        (stat.S_IFCHR | 0o600, "a device file ('x')"),
        (stat.S_IFBLK | 0o600, "a device file ('x')"),
        (stat.S_IFIFO | 0o600, "a device file ('x')"),
        (stat.S_IFSOCK | 0o600, "a device file ('x')"),
        (0o170000 | 0o644, "a file that is not a plain file ('x')"),
    ],
)
def test_links_devices_and_odd_kinds_are_refused(mode: int, why: str) -> None:
    assert archive._kind_problem(info("x", mode)) == why
    assert refused(zip_of((info("x", mode), b"data"))) == f"Refused: the pack holds {why}."


@pytest.mark.parametrize("mode", [0, 0o644, stat.S_IFREG | 0o644, stat.S_IFDIR | 0o755])
def test_plain_files_and_folders_are_let_through(mode: int) -> None:
    assert archive._kind_problem(info("x", mode)) is None


# --- the zip as a whole -----------------------------------------------------------------------------


def test_a_zip_is_read_whole_in_its_order_without_its_folders() -> None:
    data = zip_of(("b.yaml", b"two"), (info("docs/", stat.S_IFDIR | 0o755), b""), ("docs/a.pdf", b"one"))
    entries = archive.read(data)
    assert entries.files == {"b.yaml": b"two", "docs/a.pdf": b"one"}
    assert list(entries.files) == ["b.yaml", "docs/a.pdf"]


def test_a_file_on_disk_is_read_and_a_missing_or_linked_one_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(zip_of(("a.yaml", b"x")))
    assert archive.read(path).files == {"a.yaml": b"x"}
    assert refused(tmp_path / "none.zip") == f"Refused: {tmp_path / 'none.zip'} is not a pack file."
    assert refused(tmp_path) == f"Refused: {tmp_path} is not a pack file."
    link = tmp_path / "link.zip"
    link.symlink_to(path)
    assert refused(link) == f"Refused: {link} is not a pack file."


def test_a_pack_file_over_512_mb_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.zip"
    path.write_bytes(zip_of(("a.yaml", b"x")))
    monkeypatch.setattr(archive, "MAX_PACK_BYTES", path.stat().st_size - 1)
    assert refused(path) == f"Refused: {path} is larger than a pack may be (512 MB)."
    monkeypatch.setattr(archive, "MAX_PACK_BYTES", path.stat().st_size)
    assert archive.read(path).files == {"a.yaml": b"x"}


def test_an_unreadable_file_is_said_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(b"PK")

    def fail(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", fail)
    assert refused(path) == f"Cannot read {path}: Permission denied."


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04" + b"\0" * 30])
def test_what_is_no_zip_is_refused(data: bytes) -> None:
    assert refused(data) == "Refused: not a pack (not a zip file, or a damaged one)."


def test_too_many_files_counts_the_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_FILES", 2)
    assert archive.read(zip_of(("a", b""), ("b", b""))).files == {"a": b"", "b": b""}
    assert refused(zip_of(("a", b""), ("b", b""), ("c", b""))) == (
        "Refused: the pack holds too many files (3; at most 2)."
    )


def test_the_same_name_twice_in_any_case_is_refused() -> None:
    assert refused(zip_of(("Docs/A.pdf", b"1"), ("docs/a.pdf", b"2"))) == (
        "Refused: the pack holds the same file twice ('docs/a.pdf')."
    )
    assert refused(zip_of((info("docs/", stat.S_IFDIR), b""), (info("docs", stat.S_IFDIR), b""))) == (
        "Refused: the pack holds the same file twice ('docs')."
    )


def test_an_entry_name_is_checked_without_its_trailing_slash() -> None:
    assert refused(zip_of((info("../", stat.S_IFDIR), b""))) == (
        "Refused: the pack holds a path that leaves the pack ('..', zip-slip)."
    )


def test_an_encrypted_entry_is_refused() -> None:
    data = bytearray(zip_of(("a.yaml", b"secret")))
    # the flag bits of the local header (offset 6) and of the central directory entry (offset 8)
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[local + 6] |= 0x1
    data[central + 8] |= 0x1
    assert refused(bytes(data)) == "Refused: the pack holds an encrypted file ('a.yaml')."


def test_an_entry_at_the_size_limit_is_read_and_one_byte_more_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", 10)
    assert archive.read(zip_of(("a", b"x" * 10))).files == {"a": b"x" * 10}
    assert refused(zip_of(("a", b"x" * 11))) == "Refused: the pack holds an oversized file ('a', over 64 MB)."


def test_the_total_is_checked_across_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 10)
    assert archive.read(zip_of(("a", b"x" * 5), ("b", b"x" * 5))).files == {"a": b"x" * 5, "b": b"x" * 5}
    assert (
        refused(zip_of(("a", b"x" * 5), ("b", b"x" * 6)))
        == "Refused: the pack holds more than 512 MB of files."
    )


def test_a_zip_bomb_is_refused_by_its_ratio_above_the_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "RATIO_FLOOR", 1000)
    zeros = zip_of(("z", b"\0" * 5000), method=zipfile.ZIP_DEFLATED)
    assert refused(zeros) == "Refused: the pack holds a file compressed like a zip bomb ('z')."
    monkeypatch.setattr(archive, "RATIO_FLOOR", 5000)  # not above the floor: let through
    assert archive.read(zeros).files == {"z": b"\0" * 5000}
    monkeypatch.setattr(archive, "RATIO_FLOOR", 1000)
    monkeypatch.setattr(archive, "MAX_RATIO", 5000)
    assert archive.read(zeros).files == {"z": b"\0" * 5000}


def test_a_stored_entry_of_the_floors_size_is_no_bomb() -> None:
    data = b"x" * (archive.RATIO_FLOOR + 10)
    assert archive.read(zip_of(("big", data))).files == {"big": data}


def _lie_about_size(data: bytes, name: bytes, size: int) -> bytes:
    """A stored zip whose central directory says the entry `name` is `size` bytes."""
    out = bytearray(data)
    central = out.find(b"PK\x01\x02")
    assert out[central + 46 : central + 46 + len(name)] == name
    out[central + 24 : central + 28] = size.to_bytes(4, "little")  # uncompressed size
    return bytes(out)


def test_a_header_that_says_less_than_the_entry_holds_is_refused() -> None:
    lying = _lie_about_size(zip_of(("a", b"x" * 100)), b"a", 50)
    message = refused(lying)
    assert message in (
        "Refused: the pack holds a file larger than its header says ('a').",
        "Refused: the pack's file 'a' is damaged (BadZipFile).",
    )


def test_a_header_that_says_more_than_the_entry_holds_is_refused() -> None:
    lying = _lie_about_size(zip_of(("a", b"x" * 100)), b"a", 150)
    assert refused(lying).startswith(
        (
            "Refused: the pack holds a file whose size does not match",
            "Refused: the pack's file 'a' is damaged",
        )
    )


def test_a_damaged_stream_is_refused_naming_the_file() -> None:
    data = bytearray(zip_of(("a.yaml", b"hello world " * 50), method=zipfile.ZIP_DEFLATED))
    start = data.find(b"a.yaml") + len(b"a.yaml")
    for i in range(start + 1, start + 10):
        data[i] ^= 0xFF
    assert refused(bytes(data)).startswith("Refused: the pack's file 'a.yaml' is damaged (")


# --- the manifest -----------------------------------------------------------------------------------


def test_a_version_key_compares_as_numbers_padded_to_four() -> None:
    assert manifest.version_key("1") == (1, 0, 0, 0)
    assert manifest.version_key("1.10.2") == (1, 10, 2, 0)
    assert manifest.version_key("1.2.3.4") == (1, 2, 3, 4)
    assert manifest.version_key("1.10") > manifest.version_key("1.9")
    assert manifest.version_key("1.0") == manifest.version_key("1.0.0.0")


def body(**fields: object) -> bytes:
    return json.dumps(kit.manifest_for({"a.yaml": b"x"}, **fields)).encode()


def test_a_manifest_is_parsed_and_written_back_the_same() -> None:
    m = manifest.parse(body(version="2.1"))
    assert m.version == "2.1" and m.version_key == (2, 1, 0, 0) and m.format == 1
    assert m.files[0].path == "a.yaml" and m.files[0].size == 1
    again = manifest.parse(m.to_bytes())
    assert again == m
    text = m.to_bytes().decode("utf-8")
    assert text.startswith('{\n "country": "Testland"') and text.index('"created"') < text.index('"files"')


def test_a_manifest_keeps_its_own_words_in_utf8() -> None:
    m = manifest.parse(body(publisher="Kantor Imigrasi — Jakarta"))
    assert "Kantor Imigrasi — Jakarta".encode() in m.to_bytes()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe", "Refused: the pack's manifest.json is not valid JSON."),
        (b"{", "Refused: the pack's manifest.json is not valid JSON."),
        (b"[" * 100_000 + b"]" * 100_000, "Refused: the pack's manifest.json is not valid JSON."),
        (
            body(format=2),
            "Refused: the pack's manifest.json: field 'format': Input should be less than or equal to 1.",
        ),
        (
            body(format=0),
            "Refused: the pack's manifest.json: field 'format': Input should be greater than or equal to 1.",
        ),
        (body(id="mine"), "Refused: the pack's manifest.json: field 'id': Value error, 'mine' is reserved"),
        (
            body(version="1.2.3.4.5"),
            "Refused: the pack's manifest.json: field 'version': String should match",
        ),
        (
            body(created="2026-12-01"),
            "Refused: the pack's manifest.json: field 'created': String should match",
        ),
        (body(extra=1), "Refused: the pack's manifest.json: field 'extra': Extra inputs are not permitted."),
        (b"[]", "Refused: the pack's manifest.json: field 'top level': Input should be a valid dictionary"),
        (
            body(languages=[]),
            "Refused: the pack's manifest.json: field 'languages': List should have at least 1 item",
        ),
        (body(publisher="a\nb"), "Refused: the pack's manifest.json: field 'publisher': String should match"),
    ],
)
def test_a_bad_manifest_is_refused_naming_the_field(data: bytes, message: str) -> None:
    with pytest.raises(PackError) as e:
        manifest.parse(data)
    assert str(e.value).startswith(message), str(e.value)


def test_a_source_manifest_names_its_file() -> None:
    ok = manifest.parse_source(
        {"id": "t", "version": "1", "publisher": "P", "country": "C", "languages": ["en"]}
    )
    assert ok.id == "t" and ok.description == ""
    with pytest.raises(PackError, match=r"^manifest\.yaml: field 'country': Field required$"):
        manifest.parse_source({"id": "t", "version": "1", "publisher": "P", "languages": ["en"]})
    with pytest.raises(PackError, match=r"^manifest\.yaml: field 'languages\.0': String should match"):
        manifest.parse_source(
            {"id": "t", "version": "1", "publisher": "P", "country": "C", "languages": ["EN"]}
        )


SIG = base64.b64encode(b"s" * 64).decode()


def test_a_signature_document_is_read_back() -> None:
    doc = manifest.signature_doc("ab" * 16, SIG)
    assert json.loads(doc) == {"algorithm": "ed25519", "key": "ab" * 16, "signature": SIG}
    assert manifest.parse_signature(doc) == ("ab" * 16, SIG)


@pytest.mark.parametrize(
    "raw",
    [
        [],
        {"algorithm": "rsa", "key": "k", "signature": SIG},
        {"key": "k", "signature": SIG},
        {"algorithm": "ed25519", "key": 1, "signature": SIG},
        {"algorithm": "ed25519", "signature": SIG},
        {"algorithm": "ed25519", "key": "k", "signature": 1},
        {"algorithm": "ed25519", "key": "k"},
        {"algorithm": "ed25519", "key": "k", "signature": "A" * 79},
        {"algorithm": "ed25519", "key": "k", "signature": "A" * 101},
        {"algorithm": "ed25519", "key": "k", "signature": "A" * 87 + "!"},
    ],
)
def test_a_signature_that_is_not_ed25519_is_refused(raw: object) -> None:
    with pytest.raises(PackError) as e:
        manifest.parse_signature(json.dumps(raw).encode())
    assert str(e.value) == "Refused: the pack's signature is damaged (not an Ed25519 signature)."


@pytest.mark.parametrize("sig", ["A" * 80, "A" * 100])
def test_a_signature_at_either_length_limit_is_read(sig: str) -> None:
    assert manifest.parse_signature(manifest.signature_doc("k", sig)) == ("k", sig)


@pytest.mark.parametrize("data", [b"\xff", b"{", b"[" * 100_000])
def test_a_signature_that_is_not_json_is_refused(data: bytes) -> None:
    with pytest.raises(PackError) as e:
        manifest.parse_signature(data)
    assert str(e.value) == "Refused: the pack's signature is damaged (not JSON)."


# --- keys -----------------------------------------------------------------------------------------


def public(label: str = "Testland") -> keys.PublicKey:
    return keys.PublicKey(keys.public_of(Ed25519PrivateKey.generate()), label)


def test_a_fingerprint_is_eight_groups_of_the_sha256_and_its_compact_form() -> None:
    raw = bytes(range(32))
    digest = hashlib.sha256(raw).hexdigest()
    fp = keys.fingerprint(raw)
    assert fp == " ".join(digest[i : i + 4] for i in range(0, 32, 4))
    assert len(fp.split()) == 8 and keys.PublicKey(raw).fingerprint == fp
    assert keys.compact(fp.upper()) == digest[:32]
    assert keys.compact(" ab CD\tef ") == "abcdef"
    assert keys.fingerprint_text(digest[:32]) == fp
    assert keys.fingerprint_text(digest) == fp  # only the first 32 digits are shown
    assert keys.fingerprint_text("abcdef") == "abcd ef"


def test_a_public_key_line_is_read_back_with_its_label() -> None:
    key = public("  Testland   National  Focal Point ")
    line = key.line()
    assert line.startswith("bali-desktop-pack-key ed25519 ") and line.endswith(
        "  Testland   National  Focal Point"
    )
    back = keys.parse_public("  " + line + "\n")
    assert back.raw == key.raw and back.label == "Testland National Focal Point"
    bare = keys.PublicKey(key.raw)
    assert bare.line() == f"bali-desktop-pack-key ed25519 {base64.b64encode(key.raw).decode()}"
    assert keys.parse_public(bare.line()) == bare
    assert keys.parse_public(bare.line() + " " + "x" * 150).label == "x" * 100


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not a Bali Desktop public key"),
        ("bali-desktop-pack-key ed25519", "not a Bali Desktop public key"),
        ("other-tag ed25519 AAAA", "not a Bali Desktop public key"),
        ("bali-desktop-pack-key rsa AAAA", "not a Bali Desktop public key"),
        ("bali-desktop-pack-key ed25519 !!!!", "the public key is damaged (not base64)."),
        (
            "bali-desktop-pack-key ed25519 " + base64.b64encode(b"k" * 31).decode(),
            "an Ed25519 key is 32 bytes",
        ),
        (
            "bali-desktop-pack-key ed25519 " + base64.b64encode(b"k" * 33).decode(),
            "an Ed25519 key is 32 bytes",
        ),
    ],
)
def test_a_line_that_is_no_public_key_is_refused(text: str, message: str) -> None:
    with pytest.raises(PackError) as e:
        keys.parse_public(text)
    assert message in str(e.value)


def test_a_signature_verifies_only_its_message_and_its_key() -> None:
    private = Ed25519PrivateKey.generate()
    key = keys.PublicKey(keys.public_of(private))
    signature = keys.sign(private, b"body")
    assert key.verifies(signature, b"body")
    assert not key.verifies(signature, b"body!")
    assert not public().verifies(signature, b"body")
    assert not key.verifies(b"short", b"body")
    assert not keys.PublicKey(b"\0" * 31).verifies(signature, b"body")


def test_a_key_pair_is_written_once_private_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "k.pem"
    pub_path, key = keys.generate(path, "  Test   Land " + "x" * 200)
    assert pub_path == tmp_path / "k.pem.pub"
    assert key.label == ("Test Land " + "x" * 200)[:100]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.load_public(pub_path) == key
    assert pub_path.read_text(encoding="utf-8") == key.line() + "\n"
    private = keys.load_private(path)
    assert keys.public_of(private) == key.raw
    with pytest.raises(PackError, match="already exists; choose another name"):
        keys.generate(path)
    other = tmp_path / "other.pem"
    (tmp_path / "other.pem.pub").write_text("x")
    with pytest.raises(PackError, match=r"other\.pem\.pub already exists"):
        keys.generate(other)
    assert not other.exists()


def test_key_files_that_are_too_big_not_text_or_not_ed25519_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.pub"
    big.write_bytes(b"x" * (keys.MAX_KEY_FILE + 1))
    with pytest.raises(PackError, match=r"big\.pub is too large to be a public key\.$"):
        keys.load_public(big)
    edge = tmp_path / "edge.pub"
    edge.write_bytes(b"x" * keys.MAX_KEY_FILE)
    with pytest.raises(PackError, match=r"edge\.pub: not a Bali Desktop public key"):
        keys.load_public(edge)
    binary = tmp_path / "bin.pub"
    binary.write_bytes(b"\xff\xfe")
    with pytest.raises(PackError, match=r"bin\.pub is not a public key \(not text\)\.$"):
        keys.load_public(binary)
    with pytest.raises(PackError, match=r"^Cannot read the private key .*none\.pem: "):
        keys.load_private(tmp_path / "none.pem")
    junk = tmp_path / "junk.pem"
    junk.write_text("not a key")
    with pytest.raises(PackError, match=r"junk\.pem is not an unencrypted Ed25519 private key"):
        keys.load_private(junk)
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    ecdsa = tmp_path / "ec.pem"
    ecdsa.write_bytes(
        ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    with pytest.raises(PackError, match=r"ec\.pem is not an Ed25519 key; make one with"):
        keys.load_private(ecdsa)


# --- verify ---------------------------------------------------------------------------------------


def trusted(private: Ed25519PrivateKey, label: str = "Testland NFP") -> dict[str, keys.PublicKey]:
    raw = keys.public_of(private)
    return {keys.compact(keys.fingerprint(raw)): keys.PublicKey(raw, label)}


def verify_refused(
    data: bytes, trust: dict[str, keys.PublicKey], removed: frozenset[str] = frozenset()
) -> str:
    with pytest.raises(PackError) as e:
        signing.verify(data, trust, removed)
    return str(e.value)


FILES = {"contacts.yaml": kit.CONTACTS_YAML.format(police="Testland Police").encode()}


def test_a_good_pack_is_verified_with_its_key_and_size() -> None:
    private = Ed25519PrivateKey.generate()
    data = kit.signed_zip(FILES, private)
    pack = signing.verify(data, trusted(private))
    assert pack.size == len(data) and pack.key_label == "Testland NFP"
    assert pack.fingerprint == next(iter(trusted(private)))
    assert (
        pack.manifest.id == "testland"
        and [c.organisation for c in pack.content.contacts][0] == "Testland Police"
    )


def test_verify_names_each_missing_part() -> None:
    private = Ed25519PrivateKey.generate()
    unsigned = zip_of(("manifest.json", body()), ("a.yaml", b"x"))
    assert (
        verify_refused(unsigned, trusted(private))
        == "Refused: the pack is not signed (it has no signature.json)."
    )
    no_manifest = zip_of(("signature.json", manifest.signature_doc("k", "A" * 88)))
    assert verify_refused(no_manifest, trusted(private)) == "Refused: the pack has no manifest.json."


def test_an_untrusted_or_removed_key_is_refused_with_its_fingerprint() -> None:
    private = Ed25519PrivateKey.generate()
    data = kit.signed_zip(FILES, private)
    fp = next(iter(trusted(private)))
    shown = keys.fingerprint_text(fp)
    assert verify_refused(data, {}).startswith(f"Refused: unknown publisher (key {shown} is not trusted).")
    assert verify_refused(data, {}, frozenset({fp})) == (
        f"Refused: the publisher's key {shown} was removed from the trusted keys."
    )
    # a key removed and then added again is trusted
    assert signing.verify(data, trusted(private), frozenset({fp})).fingerprint == fp


def test_a_signature_that_is_not_base64_or_not_over_this_body_is_refused() -> None:
    private = Ed25519PrivateKey.generate()
    fp = next(iter(trusted(private)))
    bad64 = kit.signed_zip(FILES, private, signature=manifest.signature_doc(fp, "A" * 87 + "="))
    assert verify_refused(bad64, trusted(private)) in (
        "Refused: the pack's signature is damaged (not base64).",
        "Refused: bad signature (the manifest was changed after it was signed, or signed by another key).",
    )
    other = Ed25519PrivateKey.generate()
    forged = kit.signed_zip(
        FILES, private, signature=manifest.signature_doc(fp, base64.b64encode(other.sign(body())).decode())
    )
    assert verify_refused(forged, trusted(private)).startswith(
        "Refused: bad signature (the manifest was changed"
    )


def test_base64_with_a_bad_padding_is_damaged() -> None:
    private = Ed25519PrivateKey.generate()
    fp = next(iter(trusted(private)))
    data = kit.signed_zip(FILES, private, signature=manifest.signature_doc(fp, "A" * 85 + "==="))
    assert verify_refused(data, trusted(private)) == "Refused: the pack's signature is damaged (not base64)."


def test_every_file_must_be_listed_once_present_and_matching() -> None:
    private = Ed25519PrivateKey.generate()
    trust = trusted(private)
    twice = kit.manifest_for(FILES)
    twice["files"] = twice["files"] * 2  # type: ignore[operator]
    assert verify_refused(kit.signed_zip(FILES, private, manifest=twice), trust) == (
        "Refused: the manifest lists a file twice."
    )
    extra = kit.signed_zip(FILES, private, extra={"steps.yaml": b"steps: []"})
    assert verify_refused(extra, trust) == "Refused: the pack holds 'steps.yaml', a file not in the manifest."
    listed = kit.manifest_for({**FILES, "steps.yaml": b"steps: []"})
    missing = kit.signed_zip(FILES, private, manifest=listed)
    assert verify_refused(missing, trust) == "Refused: 'steps.yaml' is in the manifest but not in the pack."
    sized = kit.manifest_for(FILES)
    sized["files"][0]["size"] += 1  # type: ignore[index]
    n = len(FILES["contacts.yaml"])
    assert verify_refused(kit.signed_zip(FILES, private, manifest=sized), trust) == (
        f"Refused: 'contacts.yaml' does not match the manifest (size {n}, not {n + 1})."
    )
    hashed = kit.manifest_for(FILES)
    hashed["files"][0]["sha256"] = "0" * 64  # type: ignore[index]
    assert verify_refused(kit.signed_zip(FILES, private, manifest=hashed), trust) == (
        "Refused: 'contacts.yaml' does not match the manifest (its SHA-256 differs: altered)."
    )


# --- build ----------------------------------------------------------------------------------------


def test_a_folder_is_built_into_a_pack_that_verifies(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    src = tmp_path / "src"
    src.mkdir()
    (src / "manifest.yaml").write_text(kit.MANIFEST_YAML.format(version="3.0.1"))
    (src / "contacts.yaml").write_bytes(FILES["contacts.yaml"])
    (src / ".DS_Store").write_bytes(b"junk")
    (src / ".git").mkdir()
    (src / ".git" / "config").write_text("x")
    key_path = tmp_path / "k.pem"
    keys.generate(key_path, "Testland")
    out = tmp_path / "testland.zip"
    when = datetime(2026, 12, 1, 10, 0, 0, tzinfo=timezone(timedelta(hours=8)))
    built = signing.build(src, out, key_path, now=when)
    assert built.created == "2026-12-01T02:00:00Z" and built.version == "3.0.1"
    assert [f.path for f in built.files] == ["contacts.yaml"]
    assert not (tmp_path / ".testland.zip.part").exists()
    raw = keys.public_of(keys.load_private(key_path))
    pack = signing.verify(out, {keys.compact(keys.fingerprint(raw)): keys.PublicKey(raw)})
    assert pack.manifest == built and pack.size == out.stat().st_size
    with zipfile.ZipFile(out) as zf:
        assert zf.namelist() == ["manifest.json", "signature.json", "contacts.yaml"]
        assert json.loads(zf.read("contacts.yaml"))["contacts"][0]["organisation"] == "Testland Police"
    assert datetime.strptime(signing.build(src, out, key_path).created, "%Y-%m-%dT%H:%M:%SZ").year >= 2026
    _ = UTC


def test_build_refuses_what_is_no_folder_of_content(tmp_path: Path) -> None:
    key_path = tmp_path / "k.pem"
    keys.generate(key_path)
    out = tmp_path / "p.zip"
    with pytest.raises(PackError, match=r"is not a folder \(it holds manifest\.yaml"):
        signing.build(tmp_path / "none", out, key_path)
    src = tmp_path / "src"
    src.mkdir()
    with pytest.raises(
        PackError, match=r"has no manifest\.yaml \(id, version, publisher, country, languages\)"
    ):
        signing.build(src, out, key_path)
    (src / "manifest.yaml").write_text(kit.MANIFEST_YAML.format(version="1.0.0"))
    (src / "evil$.yaml").write_text("x: 1")
    with pytest.raises(
        PackError, match=r"^Cannot build: a file name that is not allowed \('evil\$\.yaml'\)\.$"
    ):
        signing.build(src, out, key_path)
    (src / "evil$.yaml").unlink()
    (src / "link.yaml").symlink_to(src / "manifest.yaml")
    with pytest.raises(PackError, match=r"^link\.yaml is a link; a pack holds plain files only\.$"):
        signing.build(src, out, key_path)
    (src / "link.yaml").unlink()
    (src / "notes.txt").write_text("x")
    with pytest.raises(PackError, match="does not read"):
        signing.build(src, out, key_path)  # the install's checks, before anything is written
    assert not out.exists()


def test_build_counts_files_and_sizes_against_the_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_path = tmp_path / "k.pem"
    keys.generate(key_path)
    src = tmp_path / "src"
    src.mkdir()
    (src / "manifest.yaml").write_text(kit.MANIFEST_YAML.format(version="1.0.0"))
    (src / "contacts.yaml").write_bytes(FILES["contacts.yaml"])
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", len(FILES["contacts.yaml"]) - 1)
    with pytest.raises(PackError, match=r"^Cannot build: contacts\.yaml is larger than 64 MB\.$"):
        signing.build(src, tmp_path / "p.zip", key_path)
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", len(FILES["contacts.yaml"]))
    monkeypatch.setattr(archive, "MAX_FILES", 3)
    signing.build(src, tmp_path / "p.zip", key_path)  # one file: 1 + manifest + signature = 3
    (src / "steps.yaml").write_text("steps: []")
    with pytest.raises(PackError, match=r"^Cannot build: more than 1 files\.$"):
        signing.build(src, tmp_path / "p.zip", key_path)


# --- the survivors of the first mutmut run over packs/archive.py ------------------------------------

LONG = "docs/" + "a" * 70 + ".yaml"  # a name allowed, longer than the 60 characters a message shows


def test_a_long_names_link_is_named_by_its_first_sixty_characters() -> None:
    assert (
        refused(zip_of((info(LONG, stat.S_IFLNK | 0o777), b"x")))
        == f"Refused: the pack holds a link ({LONG[:60]!r})."
    )


def test_an_entry_whose_bytes_fail_their_checksum_is_damaged() -> None:
    data = bytearray(zip_of((LONG, b"x" * 100)))
    data[data.find(b"x" * 100)] = ord("y")
    assert refused(bytes(data)) == f"Refused: the pack's file {LONG[:60]!r} is damaged (BadZipFile)."


def test_an_entry_whose_stream_cannot_be_inflated_is_damaged() -> None:
    data = bytearray(zip_of((LONG, b"hello world " * 50), method=zipfile.ZIP_DEFLATED))
    data[data.find(LONG.encode()) + len(LONG)] = 0xFF  # an invalid deflate block type: zlib.error
    assert refused(bytes(data)) == f"Refused: the pack's file {LONG[:60]!r} is damaged (error)."


def test_a_header_promising_more_than_the_entry_holds_is_refused_by_name() -> None:
    lying = _lie_about_size(zip_of((LONG, b"x" * 100)), LONG.encode(), 150)
    assert (
        refused(lying)
        == f"Refused: the pack holds a file whose size does not match its header ({LONG[:60]!r})."
    )


@pytest.mark.parametrize(
    ("mode", "words"),
    [(stat.S_IFCHR | 0o600, "a device file"), (0o170000 | 0o644, "a file that is not a plain file")],
)
def test_a_long_names_odd_kind_is_named_by_its_first_sixty_characters(mode: int, words: str) -> None:
    assert archive._kind_problem(info(LONG, mode)) == f"{words} ({LONG[:60]!r})"


def test_a_long_name_with_a_control_character_is_named_by_its_first_sixty_characters() -> None:
    name = LONG + "\x01"
    assert archive.path_problem(name) == f"a file name with a control character ({name[:60]!r})"


def test_long_names_are_cut_at_sixty_in_every_refusal_of_a_name() -> None:
    slash = "/" + LONG
    assert archive.path_problem(slash) == f"an absolute path ({slash[:60]!r})"
    slip = "../" + LONG
    assert archive.path_problem(slip) == f"a path that leaves the pack ({slip[:60]!r}, zip-slip)"


def test_long_names_are_cut_at_sixty_in_every_refusal_of_an_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    assert refused(zip_of((LONG, b"1"), (LONG.upper(), b"2"))) == (
        f"Refused: the pack holds the same file twice ({LONG.upper()[:60]!r})."
    )
    data = bytearray(zip_of((LONG, b"secret")))
    data[data.find(b"PK\x03\x04") + 6] |= 0x1
    data[data.find(b"PK\x01\x02") + 8] |= 0x1
    assert refused(bytes(data)) == f"Refused: the pack holds an encrypted file ({LONG[:60]!r})."
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", 10)
    assert (
        refused(zip_of((LONG, b"x" * 11)))
        == f"Refused: the pack holds an oversized file ({LONG[:60]!r}, over 64 MB)."
    )
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", 64 * 1024 * 1024)
    monkeypatch.setattr(archive, "RATIO_FLOOR", 1000)
    zeros = zip_of((LONG, b"\0" * 5000), method=zipfile.ZIP_DEFLATED)
    assert refused(zeros) == f"Refused: the pack holds a file compressed like a zip bomb ({LONG[:60]!r})."


def test_names_ending_in_any_letter_are_their_own() -> None:
    assert archive.read(zip_of(("X", b"1"), ("docs/aX", b"2"), ("docs/a", b"3"))).files == {
        "X": b"1", "docs/aX": b"2", "docs/a": b"3",
    }  # fmt: skip


def _packed_size(data: bytes, name: bytes, packed: int) -> bytes:
    """A stored zip whose central directory says the entry `name` takes `packed` bytes in the zip."""
    out = bytearray(data)
    central = out.find(b"PK\x01\x02")
    assert out[central + 46 : central + 46 + len(name)] == name
    out[central + 20 : central + 24] = packed.to_bytes(4, "little")
    return bytes(out)


def test_the_bomb_ratio_is_strictly_over_the_limit_and_counts_a_packed_byte_as_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(archive, "RATIO_FLOOR", 100)
    one_byte = _packed_size(zip_of(("z", b"x" * 300)), b"z", 1)  # 300 bytes said packed into 1
    assert refused(one_byte) == "Refused: the pack holds a file compressed like a zip bomb ('z')."
    monkeypatch.setattr(archive, "MAX_RATIO", 300)  # exactly 300 times: not over the limit
    assert "zip bomb" not in refused(one_byte)


# --- the survivors of the run over packs/keys.py ------------------------------------------------------


def test_a_key_made_without_a_label_has_none(tmp_path: Path) -> None:
    pub_path, key = keys.generate(tmp_path / "k.pem")
    assert key.label == "" and pub_path.read_text(encoding="utf-8").count(" ") == 2


def test_a_key_that_cannot_be_written_says_why_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "no-such-folder" / "k.pem"
    with pytest.raises(PackError) as e:
        keys.generate(path)
    assert str(e.value) == f"Cannot write the key {path}: No such file or directory."


def test_a_public_key_that_is_not_base64_is_said_so_exactly() -> None:
    with pytest.raises(PackError) as e:
        keys.parse_public("bali-desktop-pack-key ed25519 !!!!")
    assert str(e.value) == "the public key is damaged (not base64)."


def test_a_missing_key_file_and_a_short_key_are_said_so_exactly(tmp_path: Path) -> None:
    with pytest.raises(PackError) as e:
        keys.load_private(tmp_path / "none.pem")
    assert str(e.value) == f"Cannot read the private key {tmp_path / 'none.pem'}: No such file or directory."
    with pytest.raises(PackError) as short:
        keys.parse_public("bali-desktop-pack-key ed25519 " + base64.b64encode(b"k" * 31).decode())
    assert str(short.value) == "the public key is damaged (an Ed25519 key is 32 bytes)."
