"""Finding the shipped resources: a frozen bundle, the checkout, or wherever a wheel put them."""

from __future__ import annotations

from pathlib import Path

from bali_desktop import paths


def _shipped(folder: Path) -> Path:
    (folder / "resources" / "content").mkdir(parents=True)
    return folder


def test_the_first_place_holding_the_content_wins(tmp_path: Path) -> None:
    empty, user_base, prefix = tmp_path / "site-packages", tmp_path / "user", tmp_path / "prefix"
    empty.mkdir()
    _shipped(user_base)
    _shipped(prefix)
    assert paths.find_root([empty, user_base, prefix]) == user_base
    assert paths.find_root([empty, prefix, user_base]) == prefix


def test_with_no_content_anywhere_the_first_place_is_named(tmp_path: Path) -> None:
    assert paths.find_root([tmp_path / "a", tmp_path / "b"]) == tmp_path / "a"


def test_a_user_install_and_a_frozen_bundle_are_looked_in(tmp_path: Path, monkeypatch) -> None:
    import sys
    import sysconfig

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    found = paths._candidates()
    assert found[0] == tmp_path / "bundle"
    user = Path(sysconfig.get_path("data", sysconfig.get_preferred_scheme("user"))) / "share" / paths.APP_NAME
    assert user in found and Path(sys.prefix) / "share" / paths.APP_NAME in found


def test_this_checkout_ships_its_resources() -> None:
    assert (paths.CONTENT_DIR / "manifest.yaml").is_file()
    assert (paths.MIGRATIONS_DIR / "env.py").is_file()
