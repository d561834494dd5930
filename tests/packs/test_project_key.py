"""The project's own publishing key replaced in a release (its private half lost, a new pair made
with `pack keygen`, the new .pub shipped in resources/keys/): packs the old key signed are flagged at
the next start and in `pack list`, a pack signed by the old key is refused as from an unknown
publisher, and packs signed by the new key install. Nothing of the user's is touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bali_desktop.packs import keys
from bali_desktop.packs.errors import PackError
from bali_desktop.services import pack_trust, packs, user
from bali_desktop.services.session import Session
from tests.packs import kit


def _ship(folder: Path, key: Ed25519PrivateKey) -> None:
    """Make `key` the only shipped project key, as a release that replaced the .pub would."""
    for old in folder.glob("*.pub"):
        old.unlink()
    line = keys.PublicKey(keys.public_of(key), "Bali Desktop project").line()
    (folder / "bali-desktop-project.pub").write_text(line + "\n", encoding="utf-8")


def test_packs_of_a_replaced_project_key_are_flagged(
    officer: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = tmp_path / "keys"
    shipped.mkdir()
    monkeypatch.setattr(pack_trust, "KEYS_DIR", shipped)
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    _ship(shipped, old)
    old_fp = keys.compact(keys.fingerprint(keys.public_of(old)))
    assert [k.shipped for k in packs.trusted_keys(officer)] == [True]

    pack = kit.signed_zip(kit.content_files(), old)
    packs.install(officer, pack)  # trusted without being added: the shipped key
    assert [p.trusted for p in packs.list_packs(officer)] == [True]
    assert pack_trust.at_start(officer.connection, None) == []
    user.set_note(officer, "role:shelter", "My own note on the shelter.")

    _ship(shipped, new)  # the release that replaced the lost key
    listed = packs.trusted_keys(officer)
    assert [(keys.compact(k.fingerprint), k.shipped) for k in listed] == [
        (keys.compact(keys.fingerprint(keys.public_of(new))), True)
    ]
    warnings = pack_trust.at_start(officer.connection, None)
    assert len(warnings) == 1 and "testland 1.0.0" in warnings[0] and "no longer trusted" in warnings[0]
    status = packs.list_packs(officer)
    assert [(p.info.id, p.info.fingerprint, p.trusted) for p in status] == [("testland", old_fp, False)]
    assert packs.contacts(officer)  # flagged, not silently dropped: the officer decides with the authority

    with pytest.raises(PackError, match="unknown publisher"):  # a copy of the old pack, again
        packs.check(officer, kit.signed_zip(kit.content_files(), old))
    reissued = kit.signed_zip(
        kit.content_files(), new, manifest=kit.manifest_for(kit.content_files(), version="1.0.1")
    )
    installed = packs.install(officer, reissued)
    assert installed.info.version == "1.0.1"
    assert [p.trusted for p in packs.list_packs(officer) if p.info.state == "active"] == [True]
    assert pack_trust.at_start(officer.connection, None) == []
    assert user.note(officer, "role:shelter") == "My own note on the shelter."
