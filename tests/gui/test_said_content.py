"""A shipped content file that cannot be loaded is said in Bahasa Indonesia in the window's banner,
its details too (issue 12, point 1): a file that is not valid YAML, one that does not match the
schema, one that is missing. Each sentence, and each inside it, must be marked (domain/said.py)
and translated; the log and the command line keep the English."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from bali_desktop import paths
from bali_desktop.content.loader import load_content
from bali_desktop.domain.errors import ContentError
from bali_desktop.domain.said import message_of, one_line, said
from bali_desktop.gui import i18n
from bali_desktop.services import session
from tests.gui.test_said_packs import said_sources, untranslated

__all__ = ["said_sources"]  # the fixture, used here


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.install("en")


def _unparsable(folder: Path) -> None:
    (folder / "guides.yaml").write_text("guides: [ {broken\n", encoding="utf-8")


def _off_schema(folder: Path) -> None:
    (folder / "guides.yaml").write_text("guides:\n  - id: x\n    title: 5\n  - {}\n", encoding="utf-8")


def _missing(folder: Path) -> None:
    (folder / "guides.yaml").unlink()


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        (_unparsable, "bukan YAML yang sah"),
        (_off_schema, "butir 1 (id 'x'): kolom"),
        (_missing, "Berkas isi tidak ada"),
    ],
)
def test_a_broken_content_file_is_said_in_indonesian_in_the_banner(
    open_window: Any,
    qtbot: Any,
    data_dir: Path,
    tmp_path: Path,
    said_sources: set[str],
    breaks: Callable[[Path], None],
    expected: str,
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    breaks(folder)
    settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", "id")
    settings.sync()
    ctx, win = open_window(content_dir=folder)
    qtbot.waitUntil(lambda: win.messages.problem_banner is not None, timeout=20_000)
    shown = win.messages.problem_banner.plain_text()
    assert expected in shown and "guides.yaml" in shown, shown
    for english in ("not valid YAML", "field '", "Content file missing", "item ", "could not be loaded"):
        assert english not in shown, shown
    assert ctx.problems and ctx.problems[0] in shown
    with pytest.raises(ContentError) as caught:  # what the session's warning is made of
        load_content(folder, paths.SOURCES_DIR)
    warning = one_line(said(session.BROKEN_CONTENT_DETAIL, detail=message_of(caught.value)))  # the log's
    assert warning.startswith("Shipped content could not be loaded") and "\n" not in warning
    assert not untranslated(warning, said_sources), untranslated(warning, said_sources)


def test_a_refused_backup_target_is_said_in_indonesian(
    qapp: Any, tmp_path: Path, said_sources: set[str]
) -> None:
    """The backup's usage errors (services/database.py): a file that exists, a folder that does not,
    one of the database's own files."""
    from bali_desktop.domain.errors import UsageError
    from bali_desktop.services import database

    assert i18n.install("id") == "id"
    taken = tmp_path / "taken.sqlite3"
    taken.write_bytes(b"")
    own = tmp_path / paths.DB_FILE
    own.write_bytes(b"")
    targets = [
        (taken, None, "sudah ada"),
        (tmp_path / "no" / "b.sqlite3", None, "tidak ada"),
        (own, own, "basis data"),
    ]
    for target, db, expected in targets:
        with pytest.raises(UsageError) as caught:
            database.check_backup_target(target, database=db)
        shown = i18n.say_error(caught.value)
        assert expected in shown and str(target.parent) in shown, shown
        assert not untranslated(message_of(caught.value), said_sources), shown


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _no_role(folder: Path) -> None:
    _edit(folder / "pathways" / "child.yaml", "roles: [health]", "roles: [no-such-role]")


def _no_step(folder: Path) -> None:
    _edit(folder / "pathways" / "child.yaml", "to: explain-simply", "to: no-such-step")


def _no_phrase_card(folder: Path) -> None:
    _edit(folder / "pathways" / "child.yaml", "phrases: phrases:first-contact", "phrases: phrases:none")


def _translated_nothing(folder: Path) -> None:
    _edit(
        folder / "translations" / "id" / "aids.yaml", "  aid:smuggling-or-trafficking:", "  aid:no-such-aid:"
    )


def _avoided_word(folder: Path) -> None:
    _edit(folder / "translations" / "id" / "aids.yaml", "Apa tujuannya?", "Apa tujuan perdagangan manusia?")


def _official_translated(folder: Path) -> None:
    path = folder / "translations" / "id" / "official-titles.yaml"
    text = path.read_text(encoding="utf-8")
    ref = re.search(r"^  (\S+:\S+):\n", text, re.M)
    assert ref, text[:400]
    path.write_text(text.replace(ref.group(0), f"{ref.group(0)}    text: Terjemahan.\n", 1), encoding="utf-8")


def _field_missing(folder: Path) -> None:
    path = folder / "translations" / "id" / "aids.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\n    purpose: >-\n(      .*\n)+", "\n", text, count=1), encoding="utf-8")


def _wrong_length(folder: Path) -> None:
    path = folder / "translations" / "id" / "aids.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        re.sub(r"\n      - question: Apa tujuannya\?\n(        .*\n)+", "\n", text, count=1), encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        (_no_role, "tidak ada peran 'no-such-role' dalam roles.yaml"),
        (_no_step, "jalur rujukan ini tidak memiliki langkah 'no-such-step'"),
        (_no_phrase_card, "tidak ada kartu frasa 'phrases:none'"),
        (_translated_nothing, "tidak ada butir dengan ref ini dalam isi bahasa Inggris"),
        (_avoided_word, "istilah dalam glosarium adalah 'perdagangan orang'"),
        (_official_translated, "teks resmi (atau kutipan) tidak pernah diterjemahkan"),
        (_field_missing, "kolom 'purpose' tidak ada"),
        (_wrong_length, "versi bahasa Inggris memiliki 8"),
    ],
)
def test_a_content_fault_found_across_files_is_said_in_indonesian(
    qapp: Any,
    tmp_path: Path,
    said_sources: set[str],
    breaks: Callable[[Path], None],
    expected: str,
) -> None:
    """The loader's cross-references (roles, routes, phrase cards) and content/translations.py's
    checks of our Indonesian: each fault a marked sentence with its Indonesian, values and all."""
    folder = tmp_path / "content"
    shutil.copytree(paths.CONTENT_DIR, folder)
    breaks(folder)
    with pytest.raises(ContentError) as caught:
        load_content(folder, paths.SOURCES_DIR)
    sentence = message_of(caught.value)
    assert i18n.install("id") == "id"
    assert not untranslated(sentence, said_sources), untranslated(sentence, said_sources)
    shown = i18n.say(sentence)
    assert expected in shown, shown
    for english in ("field '", " no ", "is missing", "the English", "glossary"):
        assert english not in shown, shown
