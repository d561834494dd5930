"""Heard by a screen reader (issue 17, point 5): the app in a REAL X window (Xvfb) with the
accessibility bus (at-spi2-core), read as Orca reads it (pyatspi, the system Python's): the main
journeys' controls are found by role and name, every control is named, links are links.

tests/gui/atspi_reader.py does the reading inside `dbus-run-session`; it walks home -> a pathway
(pressing a tile) -> its walk-through (pressing Walk through) -> Contacts and Checklists (Go menu),
by AT-SPI actions only. When the tools are missing and the tests run as root, the session fixture
installs them with apt-get (bounded in time), as tests/pdf/test_printer_queue.py does for cups."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
# Xvfb, the bus, pyatspi for the system Python, and what Qt's xcb platform plugin links to
PACKAGES = (
    "xvfb at-spi2-core dbus dbus-x11 python3-pyatspi gir1.2-atspi-2.0 libxcb-cursor0 libxcb-icccm4 "
    "libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-shape0 "
    "libxcb-randr0 libxcb-xinerama0"
).split()
CONTROLS = {
    "push button",
    "check box",
    "text",
    "combo box",
    "link",
    "list",
    "tree",
    "menu item",
    "radio button",
}


def _missing() -> str:
    """What is missing to read the window through AT-SPI ("" when nothing)."""
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    if not Path(BUS_LAUNCHER).exists():
        return BUS_LAUNCHER
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=60)
    if probe.returncode != 0:
        return "pyatspi for the system Python"
    import PySide6

    xcb = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if xcb.exists():
        linked = subprocess.run(["ldd", str(xcb)], capture_output=True, text=True, timeout=60).stdout
        if "not found" in linked:
            return "a library Qt's xcb plugin needs: " + linked.split("not found")[0].split()[-2]
    return ""


@pytest.fixture(scope="session")
def atspi_tools() -> None:
    if not Path(SYSTEM_PYTHON).exists():
        pytest.skip(f"no system Python at {SYSTEM_PYTHON} to run pyatspi")
    missing = _missing()
    if missing and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        cmd = ["apt-get", "install", "-y", "--no-install-recommends", *PACKAGES]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
        if done.returncode != 0:
            subprocess.run(["apt-get", "update"], capture_output=True, timeout=300, env=env)
            subprocess.run(cmd, capture_output=True, timeout=600, env=env)
        missing = _missing()
    if missing:
        pytest.skip(
            f"the accessibility bus cannot start here: {missing} is missing (apt: {' '.join(PACKAGES)})"
        )


class Heard(dict):  # type: ignore[type-arg]
    """Screen -> the nodes read on it; `failure`: why nothing (or not everything) could be read."""

    failure: str = ""


@pytest.fixture(scope="module")
def heard(atspi_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Heard:
    """One reading of the journeys, as Orca would make it: no retry, so a crash is seen."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    data = tmp_path_factory.mktemp("atspi-data")
    done = subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(READER), sys.executable, str(REPO), str(data)],
        capture_output=True,
        text=True,
        timeout=420,
        env=env,
        cwd=REPO,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    seen: dict[str, Any] = json.loads(lines[-1]) if lines else {"error": "the reader said nothing"}
    out = Heard(seen.get("screens", {}))
    code = seen.get("app_exit")
    if "error" in seen or code is not None:
        log = data / "app.log"
        said = log.read_text(errors="replace") if log.exists() else ""
        crash = said[said.find("Fatal Python error") :] if "Fatal Python error" in said else said[-1500:]
        how = f"the app died of signal {-code}" if isinstance(code, int) and code < 0 else f"app exit {code}"
        out.failure = f"{seen.get('error', 'read through')}; {how}\n{crash[:1500]}\n{done.stderr[-1500:]}"
    return out


def test_the_app_never_crashes_under_a_screen_reader(heard: Heard) -> None:
    """It segfaulted in QAccessibleCache::idForObject on most runs, a screen reader asking a
    scroll area for a child its scroll bar had just taken away (gui/accessible.py): the app must
    still run after being read on every screen."""
    assert not heard.failure, heard.failure


SCREENS = ("home", "pathway", "walk", "contacts", "checklists")


def _read(heard: Heard) -> Heard:
    """The tree read on every screen, or a failure saying why it could not be (the crash test)."""
    missing = [screen for screen in SCREENS if not heard.get(screen)]
    if missing:
        pytest.fail(f"{missing} not read: {heard.failure.splitlines()[0] if heard.failure else '?'}")
    return heard


def _has(nodes: list[dict[str, str]], role: str, name: str) -> bool:
    return any(n["role"] == role and n["name"].startswith(name) for n in nodes)


def test_no_error_box_on_any_screen(heard) -> None:  # noqa: ANN001
    heard = _read(heard)
    for screen, nodes in heard.items():
        alerts = [n["name"] for n in nodes if n["role"] == "alert"]
        assert not alerts, f"{screen}: {alerts}"


def test_the_journeys_controls_are_found_by_role_and_name(heard) -> None:  # noqa: ANN001
    heard = _read(heard)
    wanted = {
        "home": [("text", "Search"), ("list", "Places"), ("push button", "Unaccompanied or separated child")],
        "pathway": [
            ("push button", "Walk through"),
            ("push button", "Flow chart"),
            ("push button", "Make a checklist"),
            ("push button", "Add to checklist"),
            ("panel", "Step 1: "),
            ("link", "Smuggling or trafficking? Telling them apart"),
        ],
        "walk": [
            ("push button", "Done"),
            ("push button", "Not applicable"),
            ("push button", "Back to the previous step"),
        ],
        "contacts": [
            ("combo box", ""),  # named by its current choice; labelled by "Role" (below)
            ("text", "Organisation"),
            ("text", "Phone"),
            ("push button", "Add contact"),
            ("push button", "Remove the selected contact"),
        ],
        "checklists": [
            ("push button", "Export PDF"),
            ("push button", "Print"),
            ("push button", "Handout pack"),
        ],
    }
    for screen, controls in wanted.items():
        missing = [c for c in controls if not _has(heard[screen], *c)]
        assert not missing, f"{screen}: not heard {missing}"


def test_the_contact_form_is_labelled(heard) -> None:  # noqa: ANN001
    """Orca says the form's label before a field: "Role, combo box, Child protection authority"."""
    heard = _read(heard)
    role = next(n for n in heard["contacts"] if n["role"] == "combo box")
    assert "Role" in role["labelled_by"] or role["name"] == "Referral role", role


def test_links_on_a_pathway_are_links_with_names(heard) -> None:  # noqa: ANN001
    heard = _read(heard)
    links = [n for n in heard["pathway"] if n["role"] == "link"]
    assert len(links) >= 3
    assert all(n["name"].strip() for n in links)
    assert not [n for n in heard["pathway"] if n["role"] == "label" and "<a href" in n["name"]]


def test_every_control_heard_is_named(heard) -> None:  # noqa: ANN001
    heard = _read(heard)
    unnamed = [
        f"{screen}: {n['role']}"
        for screen, nodes in heard.items()
        for n in nodes
        if n["role"] in CONTROLS and not n["name"].strip()
    ]
    assert not unnamed, unnamed


def test_the_main_buttons_are_described(heard) -> None:  # noqa: ANN001
    """A description says what a button does beyond its name (Orca reads it after a pause)."""
    heard = _read(heard)
    for screen, name in (
        ("pathway", "Walk through"),
        ("walk", "Done"),
        ("contacts", "Remove the selected contact"),
    ):
        node = next(n for n in heard[screen] if n["role"] == "push button" and n["name"].startswith(name))
        assert node["description"].strip(), f"{screen}: {name} has no description"
