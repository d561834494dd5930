"""The frozen build (issue 17): window painted by the one-folder bundle, beside a bare PySide6 window
frozen with the same spec, in the same run.

Builds two bundles under build/bench-frozen/ with packaging/bali-desktop.spec: the app started
through bench/app_probe.py (the same timed marks as the installed app's figures) and
bench/bare_window.py. About a minute and a half of building; `python -m bench --no-frozen` skips it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.startup_bench import _launch
from bench.stats import median

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "build" / "bench-frozen"


def _freeze(entry: Path, name: str) -> Path:
    env = dict(os.environ, BALI_BUNDLE_ENTRY=str(entry), BALI_BUNDLE_NAME=name)
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
            "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work"),
            str(ROOT / "packaging" / "bali-desktop.spec"),
        ],
        check=True, env=env, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    return OUT / "dist" / name / name


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def run(rounds: int = 7) -> dict[str, float]:
    if shutil.which("readelf") is None and sys.platform.startswith("linux"):
        return {}
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("frozen build skipped: no PyInstaller (pip install -e .[bundle])", file=sys.stderr)
        return {}
    app = _freeze(HERE / "app_probe.py", "bench-app")
    bare = _freeze(HERE / "bare_window.py", "bench-bare")
    painted, floor = [], []
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        data = Path(tmp) / "data"
        subprocess.run(
            [str(app), "--data-dir", str(data), "db", "upgrade"], check=True, capture_output=True, env=_env()
        )
        for i in range(rounds + 1):  # the first round warms the disk cache
            b = _launch([str(bare)], _env())
            a = _launch([str(app), "--data-dir", str(data)], _env(BENCH_PROBE="painted"))
            if i:
                floor.append(b["painted"])
                painted.append(a["painted"])
    return {"frozen_bare_ms": median(floor), "frozen_painted_ms": median(painted)}
