"""Crash test (issue 11, point 9): a process saving notes and walk-through ticks without pause is
SIGKILLed at 50 random moments, one after another on the same data folder. After every kill the
folder opens, passes SQLite's integrity check, and holds every save the writer had reported as
done. The moments are random but seeded, so a failure can be replayed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from bali_desktop import paths
from bali_desktop.services import user
from bali_desktop.services.session import Session

WRITER = Path(__file__).with_name("kill_writer.py")
KILLS = 50
SEED = 20261201


def _acked_before_kill(data_dir: Path, run: int, delay: float) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(paths.ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # "ready": the library is open, saving starts now
    assert first.strip() == "ready", (first, proc.stderr.read() if proc.poll() is not None else "")
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, _err = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    return [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("ack ")]


def test_every_acknowledged_save_survives_50_kills_at_random_moments(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    Session.open(tmp_path).close()  # the library is built once; the kills hit the saving
    acked: list[str] = []
    for run in range(KILLS):
        acked += _acked_before_kill(tmp_path, run, rng.uniform(0.0, 0.25))
        session = Session.open(tmp_path)
        try:
            assert session.integrity() == "ok", run
            ticks = user.ticks(session, "pathway:child")
            for key in acked:
                n = int(key.rsplit("-", 1)[1])
                if n % 2:
                    assert user.note(session, f"pathway:child#note-{key}") == f"note {key}", (run, key)
                else:
                    assert ticks.get(f"step-{key}", ("",))[0] == "done", (run, key)
        finally:
            session.close()
    assert len(acked) >= KILLS  # the writer really saved between the kills
