"""Fixtures for the window tests: one database built per session, a copy per test, a window factory."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bali_desktop.gui.qt_compat import pin_singletons  # noqa: E402

pin_singletons()  # PySide6 6.12.0 on Python 3.11 leaks references to None: see qt_compat

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped content loaded once; tests copy the file instead of loading it again."""
    from bali_desktop.services.session import Session

    folder = tmp_path_factory.mktemp("built")
    lib = Session.open(folder)
    path = lib.db_path
    lib.close()
    return path


@pytest.fixture
def data_dir(tmp_path: Path, built_db: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(built_db, folder / built_db.name)
    return folder


@pytest.fixture
def open_window(qtbot, data_dir: Path):  # noqa: ANN001, ANN201
    """open_window() -> (ctx, window): a shown window over `data_dir` whose library is open.

    open_window(content_dir=folder) ships the content in `folder` instead of the real one."""
    from bali_desktop.gui.app import create_window

    opened = []

    def factory(size: tuple[int, int] = (1366, 768), content_dir: Path | None = None):  # noqa: ANN202
        ctx, win = create_window(data_dir, content_dir=content_dir)
        qtbot.addWidget(win)
        opened.append((ctx, win))
        win.resize(*size)
        win.show()
        ctx.start()
        qtbot.waitUntil(lambda: ctx.ready, timeout=20000)
        qtbot.waitUntil(lambda: bool(win.page("home").pathway_tiles), timeout=10000)
        return ctx, win

    yield factory
    for ctx, win in opened:
        win.close()
        ctx.shutdown()
