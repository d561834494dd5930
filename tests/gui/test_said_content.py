"""A shipped content file that cannot be loaded is said in Bahasa Indonesia in the window's banner,
its details too (issue 12, point 1): a file that is not valid YAML, one that does not match the
schema, one that is missing. Each sentence, and each inside it, must be marked (domain/said.py)
and translated; the log and the command line keep the English."""

from __future__ import annotations

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
