"""Shared fixtures. Every test runs offline: any attempt to open a network socket fails it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import socket  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bali_desktop import paths  # noqa: E402
from bali_desktop.services.session import Session  # noqa: E402
from bali_desktop.storage.content_store import ContentStore  # noqa: E402

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network: Bali Desktop never may."""


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded(real):  # noqa: ANN001, ANN202
        def connect(self, address):  # noqa: ANN001, ANN202
            if self.family in _NETWORK_FAMILIES:
                raise NetworkAttempt(f"network connection attempted to {address!r}")
            return real(self, address)

        return connect

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise NetworkAttempt(f"network lookup attempted: {args[:2]!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex))
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database built from the shipped content, for tests that only read."""
    folder = tmp_path_factory.mktemp("shared-data")
    Session.open(folder).close()
    return folder


@pytest.fixture(scope="session")
def session(shared_data_dir: Path) -> Iterator[Session]:
    """A session on the shared database, for tests that only read."""
    opened = Session.open(shared_data_dir)
    yield opened
    opened.close()


@pytest.fixture
def fresh(shared_data_dir: Path, tmp_path: Path) -> Iterator[Session]:
    """A writable session of its own (copying the built database is faster than building one)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(shared_data_dir / paths.DB_FILE, folder / paths.DB_FILE)
    opened = Session.open(folder)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def library(session: Session) -> ContentStore:
    """The shipped content of the shared database (what builders and search read)."""
    return session.content


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder."""
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def window_speaks_english_again() -> Iterator[None]:
    """The window's translator is process-wide: a test that switched the window to Bahasa
    Indonesia must not leave the next test (in any order) reading Indonesian."""
    yield
    i18n = sys.modules.get("bali_desktop.gui.i18n")
    if i18n is not None and i18n.current() != i18n.SOURCE_LANGUAGE:
        i18n.install(i18n.SOURCE_LANGUAGE)
