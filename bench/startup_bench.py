"""Start-up: process start -> window painted, -> first search answered, beside a bare window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.stats import median

HERE = Path(__file__).resolve().parent


def _launch(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one process; return seconds from spawn to each BENCH mark it prints, and its max RSS."""
    start = time.time()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    marks: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH "):
            _, name, value = line.split()
            marks[name] = float(value) if name == "maxrss_kb" else (float(value) - start) * 1000
    if "painted" not in marks:
        raise RuntimeError(f"{cmd[-1]} printed no paint mark: {proc.stderr.strip()[-300:]}")
    return marks


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # `-m bench.app_probe` from any folder: the bench package is not installed, the checkout is
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE.parent), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


def app_command() -> list[str]:
    return [sys.executable, "-m", "bali_desktop"]


def probed_app_command() -> list[str]:
    """The app as `bali-desktop` starts it, with the bench's timed marks (bench/app_probe.py)."""
    return [sys.executable, "-m", "bench.app_probe"]


def run(rounds: int = 7) -> dict[str, float]:
    from bali_desktop.services import prebuild

    prebuild.build()  # what ./run and packaging/build leave: a first start copies it
    bare, painted, searched, first_start = [], [], [], []
    rss_bare, rss_app = [], []
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [*app_command(), "--data-dir", str(data), "db", "upgrade"],
            check=True,
            capture_output=True,
            env=_env(),
        )
        for i in range(rounds + 1):  # the first round warms the disk cache
            b = _launch([sys.executable, str(HERE / "bare_window.py")], _env())
            a = _launch(
                [*probed_app_command(), "--data-dir", str(data)],
                _env(BENCH_PROBE="searched", BENCH_QUERY="child alone"),
            )
            fresh = Path(tmp) / f"fresh-{i}"
            f = _launch([*probed_app_command(), "--data-dir", str(fresh)], _env(BENCH_PROBE="painted"))
            shutil.rmtree(fresh, ignore_errors=True)
            if i == 0:
                continue
            bare.append(b["painted"])
            painted.append(a["painted"])
            searched.append(a.get("searched", float("nan")))
            first_start.append(f.get("ready", f["painted"]))
            rss_bare.append(b.get("maxrss_kb", 0) / 1024)
            rss_app.append(a.get("maxrss_kb", 0) / 1024)
    return {
        "startup_bare_ms": median(bare),
        "startup_painted_ms": median(painted),
        "startup_painted_ratio": median(painted) / median(bare),
        "startup_searched_ms": median(searched),
        "startup_searched_ratio": median(searched) / median(bare),
        "first_start_ready_ms": median(first_start),
        "rss_bare_mb": median(rss_bare),
        "rss_app_mb": median(rss_app),
    }


if __name__ == "__main__":
    for k, v in run(3).items():
        print(f"{k:32} {v:10.1f}")
