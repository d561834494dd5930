"""Desktop integration and installers (issue 17, point 3): the .desktop file and AppStream metainfo
validate, the icons are there at the sizes desktops ask for, the Windows installer script compiles
(Debian's makensis) and its uninstaller leaves the user's data alone; `about` names the parts."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from bali_desktop import paths

PACKAGING = paths.ROOT / "packaging"
APP_ID = "io.github.balidesktop.BaliDesktop"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (`./run test` installs it as root on Debian)")
    return found


def test_the_desktop_file_validates() -> None:
    desktop = PACKAGING / f"{APP_ID}.desktop"
    done = subprocess.run([_tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    text = desktop.read_text(encoding="utf-8")
    assert "Exec=bali-desktop\n" in text and f"Icon={APP_ID}\n" in text


def test_the_appstream_metainfo_validates() -> None:
    meta = PACKAGING / f"{APP_ID}.metainfo.xml"
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(meta)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in meta.read_text()


@pytest.mark.parametrize("size", [16, 32, 48, 64, 128, 256])
def test_png_icons_at_each_size(size: int) -> None:
    data = (PACKAGING.parent / "resources" / "icons" / f"bali-desktop-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size)


def test_the_svg_and_windows_icons_exist() -> None:
    assert (PACKAGING / "icons" / "bali-desktop.svg").read_text().lstrip().startswith("<?xml")
    assert (PACKAGING / "icons" / "bali-desktop.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_the_windows_installer_compiles_and_keeps_the_users_data(tmp_path: Path) -> None:
    makensis = _tool("makensis")
    dist = tmp_path / "bali-desktop"
    (dist / "_internal").mkdir(parents=True)
    (dist / "bali-desktop.exe").write_bytes(b"MZ stand-in")
    (dist / "_internal" / "part").write_bytes(b"x")
    out = tmp_path / "bali-desktop-installer.exe"
    script = PACKAGING / "windows" / "bali-desktop.nsi"
    done = subprocess.run(
        [makensis, "-V2", f"-DDIST={dist}", f"-DOUTFILE={out}", "-DVERSION=1.2.3", str(script)],
        capture_output=True,
        text=True,
        cwd=script.parent,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.read_bytes()[:2] == b"MZ"
    uninstall = "\n".join(
        line
        for line in script.read_text(encoding="utf-8").split('Section "Uninstall"', 1)[1].splitlines()
        if not line.strip().startswith(";")
    )
    assert "APPDATA" not in uninstall and "bali-desktop\\data" not in uninstall
    assert 'RMDir /r "$INSTDIR"' not in uninstall  # only the program's own files go
    assert "$SMPROGRAMS" in script.read_text(encoding="utf-8")  # a Start-menu entry


def test_about_names_every_part_it_found(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bali_desktop", "--data-dir", str(tmp_path), "about", "--json"],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert done.returncode == 0, done.stderr
    about = json.loads(done.stdout)
    assert about["data"] == str(tmp_path) and about["portable"] is False
    found = {p["name"]: p["found"] for p in about["parts"]}
    assert found["content"] and found["migrations"] and found["fonts"] and found["source documents"]
    assert set(found) == {"content", "source documents", "fonts", "translations", "migrations"}


def test_about_check_fails_when_a_part_is_missing(monkeypatch, capsys, tmp_path: Path) -> None:
    from bali_desktop.cli import main

    monkeypatch.setattr(paths, "FONTS_DIR", tmp_path / "no-fonts")
    assert main(["--data-dir", str(tmp_path), "about", "--check"]) == 1
    assert "missing: fonts" in capsys.readouterr().err
