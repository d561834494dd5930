"""A refused content pack or key is said in Bahasa Indonesia in the window (issue 12, point 1): every
refusal of packs/archive.py, manifest.py, content.py and keys.py that the Install content pack…
dialog can show is driven here with the window speaking Indonesian, and each sentence, and each
sentence inside it, must be a marked sentence (domain/said.py) with its Indonesian translation.
A refusal written as a plain English f-string, or one the .ts lacks, fails. The command line (the
str itself) stays English."""

from __future__ import annotations

import re
import shutil
import stat
import zipfile
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from bali_desktop import paths
from bali_desktop.domain import said as said_module
from bali_desktop.gui import i18n
from bali_desktop.packs.errors import PackError
from bali_desktop.services import packs
from bali_desktop.services.session import Session
from tests.packs import kit

TS = paths.TRANSLATIONS_DIR / "bali_desktop_id.ts"


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.fixture(scope="module")
def said_sources() -> set[str]:
    """Every message of the "said" context in the Indonesian .ts."""
    import html

    text = TS.read_text(encoding="utf-8")
    block = re.search(r"<name>said</name>(.*?)</context>", text, re.S)
    assert block, "no 'said' context in the .ts"
    return {html.unescape(s) for s in re.findall(r"<source>(.*?)</source>", block.group(1), re.S)}


def untranslated(text: str, sources: set[str], top: bool = True) -> list[str]:
    """The sentences in `text` (it, and its values that are sentences) that are not marked or whose
    Indonesian is missing. A plain value (a file name, a number) is no sentence."""
    template, values = said_module.template_of(text)
    wrong: list[str] = []
    if template in sources:
        if re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", template)):  # words, not only placeholders
            if QCoreApplication.translate(said_module.CONTEXT, template) == template:
                wrong.append(f"no Indonesian: {template!r}")
    elif top or values:
        wrong.append(f"not a marked sentence: {template!r}")
    for value in values.values():
        if isinstance(value, str):
            wrong += untranslated(value, sources, top=False)
    return wrong


def _entry(name: str, mode: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = mode << 16
    return info


def _bad_packs(key: Ed25519PrivateKey) -> dict[str, bytes]:
    """A pack for each kind of refusal, all signed by the trusted key unless the signature is the defect."""
    files = kit.content_files()

    def signed(**changed: bytes) -> bytes:
        return kit.signed_zip({**files, **changed}, key)

    yaml_name = next(n for n in files if n.endswith(".yaml"))
    return {
        "not a zip": b"not a zip at all",
        "zip-slip": kit.signed_zip(files, key, extra={"../evil.yaml": b"x"}),
        "absolute path": kit.signed_zip(files, key, extra={"/etc/evil": b"x"}),
        "odd name": kit.signed_zip(files, key, extra={".hidden": b"x"}),
        "link": kit.signed_zip(files, key, infos=[(_entry("link.yaml", stat.S_IFLNK | 0o777), b"x")]),
        "device": kit.signed_zip(files, key, infos=[(_entry("dev.yaml", stat.S_IFCHR | 0o600), b"")]),
        "manifest not JSON": kit.signed_zip(files, key, manifest=b"{not json"),
        "manifest schema": kit.signed_zip(files, key, manifest=b'{"id": 5}'),
        "signature not JSON": kit.signed_zip(files, key, signature=b"{not json"),
        "signature not Ed25519": kit.signed_zip(files, key, signature=b'{"algorithm": "rsa"}'),
        "unknown file": signed(**{"notes.txt": b"hello"}),
        "not UTF-8": signed(**{yaml_name: b"\xff\xfe bad"}),
        "bad YAML": signed(**{yaml_name: b"a: [unclosed\n"}),
        "YAML anchors": signed(**{yaml_name: b"a: &x [1]\nb: *x\n"}),
        "schema": signed(**{yaml_name: b"contacts: 5\n"}),
        "PDF not named": signed(**{"extra.pdf": kit.pdf_bytes()}),
        "translation of nothing": signed(
            **{
                "translations/id/x.yaml": b"language: id\nstatus: not-checked\n"
                b"items:\n  role:nothing:\n    title: X\n"
            }
        ),
        "translated twice": signed(
            **{
                f"translations/id/{n}.yaml": b"language: id\nstatus: not-checked\nitems:\n"
                b"  role:anti-trafficking-police:\n    title: Polisi\n"
                for n in ("a", "b")
            }
        ),
        "translation folder": signed(
            **{"translations/en/x.yaml": b"language: en\nstatus: not-checked\nitems: {}\n"}
        ),
    }


def _refusal(call: Callable[[], object]) -> PackError:
    with pytest.raises(PackError) as caught:
        call()
    return caught.value


@pytest.fixture
def library(shared_data_dir: Path, tmp_path: Path) -> Iterator[tuple[Session, Ed25519PrivateKey]]:
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    s = Session.open(folder)
    key = kit.trusted_key(s)
    yield s, key
    s.close()


def test_every_pack_refusal_is_said_in_indonesian(
    qapp: Any, library: tuple[Session, Ed25519PrivateKey], tmp_path: Path, said_sources: set[str]
) -> None:
    s, key = library
    assert i18n.install("id") == "id"
    wrong: dict[str, list[str]] = {}
    for name, data in _bad_packs(key).items():
        path = tmp_path / (name.replace(" ", "-") + ".zip")
        path.write_bytes(data)
        error = _refusal(partial(packs.check, s, path))
        shown = i18n.say_error(error)
        problems = untranslated(said_module.message_of(error), said_sources)
        if problems or "Refused" in shown:
            wrong[name] = [shown, *problems]
        assert said_module.message_of(error) == str(error)  # the command line's English, unchanged
    assert not wrong, wrong
    missing = tmp_path / "missing.zip"
    assert i18n.say_error(_refusal(lambda: packs.check(s, missing))).startswith("Ditolak: ")


def test_every_key_refusal_is_said_in_indonesian(qapp: Any, tmp_path: Path, said_sources: set[str]) -> None:
    assert i18n.install("id") == "id"
    files = {
        "not text": b"\xff\xfe\x00",
        "not a key line": b"ssh-ed25519 AAAA me\n",
        "not base64": b"bali-desktop-pack-key ed25519 !!!! label\n",
        "short key": b"bali-desktop-pack-key ed25519 AAAA label\n",
        "too large": b"x" * 100_000,
    }
    wrong: dict[str, list[str]] = {}
    for name, data in files.items():
        path = tmp_path / (name.replace(" ", "-") + ".pub")
        path.write_bytes(data)
        error = _refusal(partial(packs.read_key, path))
        problems = untranslated(said_module.message_of(error), said_sources)
        if problems:
            wrong[name] = [i18n.say_error(error), *problems]
    error = _refusal(lambda: packs.read_key(tmp_path / "absent.pub"))
    if untranslated(said_module.message_of(error), said_sources):
        wrong["absent"] = [i18n.say_error(error)]
    assert not wrong, wrong


def test_the_install_dialog_shows_a_refused_pack_in_indonesian(
    open_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, win = open_window()
    win.window_actions.languages["id"].trigger()
    assert i18n.current() == "id"
    bad = tmp_path / "slip.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../evil.yaml", "x")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    from bali_desktop.gui.pack_dialog import InstallPackDialog

    dialog = InstallPackDialog(ctx, win)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Ditolak" in dialog.details.text(), timeout=10000)
    assert (
        dialog.details.text()
        == "Ditolak: paket memuat jalur yang keluar dari paket ('../evil.yaml', zip-slip)."
    )
    assert not dialog.install_button.isEnabled()
