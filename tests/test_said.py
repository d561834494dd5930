"""Sentences the services say (domain/said.py), issue 12 point 1: English as a str (the command
line, the log), the template and values kept for the window, which says them in its language
(gui/i18n.say), inner sentences too; one that the .ts lacks stays in English."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from bali_desktop.domain.errors import UsageError
from bali_desktop.domain.said import QT_TRANSLATE_NOOP, Said, message_of, said
from bali_desktop.storage import errors as storage_errors


@pytest.fixture
def indonesian(qapp: object) -> Iterator[None]:
    from bali_desktop.gui import i18n

    assert i18n.install("id") == "id"
    yield
    i18n.install("en")


def test_a_said_sentence_is_its_english_and_keeps_its_parts() -> None:
    s = said(
        QT_TRANSLATE_NOOP("said", "{name} cannot be restored: {why}. Nothing was changed."), name="x", why="y"
    )
    assert s == "x cannot be restored: y. Nothing was changed." and isinstance(s, str)
    assert s.template.startswith("{name} cannot be restored") and s.values == {"name": "x", "why": "y"}
    error = UsageError(s)
    assert str(error) == s and message_of(error) is s
    again = pickle.loads(pickle.dumps(s))
    assert isinstance(again, Said) and again == s and again.values == s.values


def test_the_window_says_a_services_sentence_in_indonesian(indonesian: None) -> None:
    from bali_desktop.gui.i18n import say, say_error

    locked = say(storage_errors.LOCKED)
    assert locked.startswith("Program lain") and f"{storage_errors.BUSY_TIMEOUT_S} detik" in locked
    assert say(storage_errors.DISK_FULL).startswith("Diska yang menyimpan data Bali Desktop penuh")
    inner = storage_errors.explain_os(OSError(5, "Input/output error"))
    assert say_error(inner).startswith(
        "Basis data Bali Desktop tidak dapat dibuat"
    ) and "Input/output" in say_error(inner)


def test_an_inner_sentence_is_said_too_and_an_unknown_one_stays_english(
    indonesian: None, tmp_path: Path
) -> None:
    from bali_desktop.gui.i18n import say_error
    from bali_desktop.services import backups

    bad = tmp_path / "photos.sqlite3"
    bad.write_text("not a database")
    with pytest.raises(UsageError) as refused:
        backups._chosen(tmp_path / "bali.sqlite3", bad)
    assert (
        str(refused.value) == f"{bad} cannot be restored: it is not a SQLite database. Nothing was changed."
    )
    assert say_error(refused.value) == (
        f"{bad} tidak dapat dipulihkan: itu bukan basis data SQLite. Tidak ada yang diubah."
    )
    assert say_error(UsageError("Something new, not in the .ts yet.")) == "Something new, not in the .ts yet."
    unknown = said("A {thing} nobody translated.", thing="sentence")
    assert say_error(UsageError(unknown)) == "A sentence nobody translated."


def test_a_translation_that_lost_a_placeholder_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    from bali_desktop.gui import i18n

    monkeypatch.setattr(i18n.QCoreApplication, "translate", lambda _c, _t: "Rusak {lain}")
    assert i18n.say(said("Broken {name}.", name="x")) == "Broken x."


def test_a_refused_pack_is_said_in_indonesian(indonesian: None) -> None:
    """A pack that is not signed (services/packs.py and packs/signing.py refusals)."""
    import io
    import zipfile

    from bali_desktop.gui.i18n import say_error
    from bali_desktop.packs import signing
    from bali_desktop.packs.errors import PackError

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("manifest.json", "{}")
    with pytest.raises(PackError) as refused:
        signing.verify(data.getvalue(), {})
    assert str(refused.value) == "Refused: the pack is not signed (it has no signature.json)."
    assert say_error(refused.value) == "Ditolak: paket tidak ditandatangani (tidak memiliki signature.json)."
