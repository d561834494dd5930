"""Reads Bali Desktop's window through the AT-SPI accessibility bus, as Orca does.

Not a test module: tests/gui/test_atspi_bus.py runs it with the system Python (which has
pyatspi), inside `dbus-run-session`. It starts Xvfb, the accessibility bus and the app in a real
X window, then walks the main journeys by AT-SPI actions only (press a tile, a button, a menu
item) and prints, as JSON, what it found on each screen (every showing node's role, name,
description and labels) and whether the app still runs: {"screens": {...}, "app_exit": null}, or
{"error": ..., "app_exit": ...} when the journey could not be walked.

    dbus-run-session -- /usr/bin/python3 tests/gui/atspi_reader.py APP_PYTHON REPO DATA_DIR
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

LAST_LINK = "Smuggling or trafficking? Telling them apart"  # the child pathway's last related link


def fresh(acc) -> None:  # noqa: ANN001
    """Forget what libatspi cached of `acc`'s subtree: the window adds screens as it goes."""
    try:
        acc.clear_cache()
    except Exception:  # noqa: BLE001, S110
        pass


def labels(acc) -> str:  # noqa: ANN001
    """The names of the labels a control is labelled by (a form's "Role" for its combo box)."""
    try:
        said = []
        for relation in acc.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                said += [relation.getTarget(i).name or "" for i in range(relation.getNTargets())]
        return " ".join(said)
    except Exception:  # noqa: BLE001
        return ""


def nodes(acc, out=None, depth=0):  # noqa: ANN001, ANN201
    """Every showing node under `acc`: (role, name, description), depth first, at most 4000."""
    if out is None:
        fresh(acc)
    out = [] if out is None else out
    if acc is None or len(out) > 4000 or depth > 40:
        return out
    try:
        states = acc.getState()
        if depth > 2 and not states.contains(pyatspi.STATE_SHOWING):
            return out
        out.append(
            {
                "role": acc.getRoleName(),
                "name": acc.name or "",
                "description": acc.description or "",
                "labelled_by": labels(acc),
            }
        )
        for i in range(acc.childCount):
            nodes(acc.getChildAtIndex(i), out, depth + 1)
    except Exception:  # noqa: BLE001, S110 - a node gone while read: read on
        pass
    return out


def find(acc, role: str, name: str, depth: int = 0):  # noqa: ANN001, ANN201
    """The first showing node of `role` whose name starts with `name`."""
    if acc is None or depth > 40:
        return None
    if depth == 0:
        fresh(acc)
    try:
        if acc.getRoleName() == role and (acc.name or "").startswith(name):
            return acc
        for i in range(acc.childCount):
            hit = find(acc.getChildAtIndex(i), role, name, depth + 1)
            if hit is not None:
                return hit
    except Exception:  # noqa: BLE001
        return None
    return None


def press(acc) -> None:  # noqa: ANN001
    """The node's first action (Press, Click, Toggle): what Orca's Enter or Space does."""
    if acc is None:
        raise LookupError("nothing to press")
    print(f"press {acc.getRoleName()} {acc.name!r}", file=sys.stderr)
    action = acc.queryAction()
    try:
        action.doAction(0)
    except Exception as e:  # noqa: BLE001 - a press that opens a screen can answer late; it was done
        print(f"  (no reply in time: {e})", file=sys.stderr)


def wait_for(app, role: str, name: str, timeout: float = 30.0):  # noqa: ANN001, ANN201
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        hit = find(app, role, name)
        if hit is not None:
            return hit
        time.sleep(0.3)
    print(f"no {role} {name!r}:", [(n["role"], n["name"][:40]) for n in nodes(app)][:120], file=sys.stderr)
    return None


def the_app(timeout: float = 150.0):  # noqa: ANN201
    """The app on the bus once its home screen shows the pathway tiles (a first start builds the
    library first)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        time.sleep(1.0)
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        except Exception as e:  # noqa: BLE001
            print(f"desktop: {e}", file=sys.stderr)
            continue
        for app in apps:
            if app is not None and (app.name or "") == "Bali Desktop":
                if find(app, "push button", "Unaccompanied") is not None:
                    return app
                print("app up, no tiles yet", file=sys.stderr)
    return None


def journey(app) -> dict:  # noqa: ANN001
    seen: dict = {"home": nodes(app)}

    def menu(title: str, entry: str) -> None:
        top = find(app, "menu item", title)
        if top is None:
            raise LookupError(f"no menu {title}")
        item = None
        for i in range(top.childCount):  # the popup menu
            item = find(top.getChildAtIndex(i), "menu item", entry)
            if item is not None:
                break
        if item is None:
            raise LookupError(f"no menu item {entry}")
        press(item)

    tile = find(app, "push button", "Unaccompanied or separated child")
    press(tile)
    wait_for(app, "push button", "Walk through")
    # the rest of the pathway is built a section at a time: its last section lists the related links
    wait_for(app, "link", LAST_LINK)
    time.sleep(0.5)
    seen["pathway"] = nodes(app)
    press(find(app, "push button", "Walk through"))
    wait_for(app, "push button", "Done")
    time.sleep(0.5)
    seen["walk"] = nodes(app)
    menu("Go", "Contacts")
    if wait_for(app, "push button", "Add contact", 15.0) is None:
        menu("Go", "Contacts")  # a menu item pressed while the screen was busy: once more
        wait_for(app, "push button", "Add contact")
    time.sleep(0.5)
    seen["contacts"] = nodes(app)
    menu("Go", "Checklists")
    wait_for(app, "push button", "Handout pack")
    time.sleep(0.5)
    seen["checklists"] = nodes(app)
    return seen


def start_xvfb(started: list) -> str:
    """A new X server on a display number free on this machine (Xvfb picks it): ":N"."""
    read_end, write_end = os.pipe()
    cmd = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"]
    started.append(subprocess.Popen(cmd, pass_fds=(write_end,)))
    os.close(write_end)
    with os.fdopen(read_end) as said:
        number = said.readline().strip()
    if not number.isdigit():
        raise RuntimeError("Xvfb did not start")
    return f":{number}"


def main() -> int:
    app_python, repo, data_dir = sys.argv[1:4]
    started: list = []
    try:
        display = start_xvfb(started)
        env = dict(os.environ, DISPLAY=display, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        env["PYTHONFAULTHANDLER"] = "1"  # a crash says where, in app.log
        env.pop("QT_QPA_PLATFORM", None)
        env["BALI_DESKTOP_DATA_DIR"] = data_dir
        os.environ.update(DISPLAY=display)
        started.append(
            subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env)
        )
        time.sleep(1.0)
        log = open(os.path.join(data_dir, "app.log"), "w")  # noqa: SIM115
        started.append(
            subprocess.Popen(
                [app_python, "-m", "bali_desktop"], cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT
            )
        )
        app = the_app()
        if app is None:
            print(json.dumps({"error": "the app never appeared on the accessibility bus"}))
            return 2
        try:
            seen = journey(app)
        except Exception as e:  # noqa: BLE001
            time.sleep(1.0)  # a crash takes a moment to end the process
            code = started[-1].poll()
            print(json.dumps({"error": f"{type(e).__name__}: {e}", "app_exit": code}))
            return 3
        time.sleep(1.0)
        # None: the app still runs after being read on every screen (a negative code: a signal)
        print(json.dumps({"screens": seen, "app_exit": started[-1].poll()}))
        return 0
    finally:
        for p in reversed(started):
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    sys.exit(main())
