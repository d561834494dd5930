"""The offline promise: the guard that fails any network attempt really works."""

import socket

import pytest

from tests.conftest import NetworkAttempt


def test_opening_an_internet_socket_fails_the_test() -> None:
    """A TCP connect is refused by the autouse guard, so no test can reach the network unseen."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(NetworkAttempt):
        s.connect(("192.0.2.1", 80))


def test_name_lookup_fails_the_test() -> None:
    """Even a DNS lookup counts as a network attempt."""
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 443)


def test_app_modules_never_import_network_clients() -> None:
    """No module of the app imports an HTTP or socket client."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "bali_desktop"
    banned = (
        "import socket",
        "import urllib",
        "import http",
        "import requests",
        "QNetwork",
        "from urllib",
        "from http",
        "import httpx",
        "import aiohttp",
    )
    offenders = [
        f"{path.relative_to(root)}: {word}"
        for path in root.rglob("*.py")
        for word in banned
        if word in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
