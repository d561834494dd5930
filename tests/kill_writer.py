"""A writer for the crash test: opens the library and saves notes and walk-through ticks without
pause, printing `ack KEY` on stdout after each save is committed (what the window would report as
saved). The test SIGKILLs it at a random moment and checks every acknowledged save is there.

    python tests/kill_writer.py DATA_DIR RUN
"""

from __future__ import annotations

import sys


def main() -> int:
    data_dir, run = sys.argv[1], sys.argv[2]
    from bali_desktop.services import user
    from bali_desktop.services.session import Session

    session = Session.open(data_dir)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        key = f"{run}-{n}"
        if n % 2:
            user.set_note(session, f"pathway:child#note-{key}", f"note {key}")
        else:
            user.set_tick(session, "pathway:child", f"step-{key}", "done")
        print(f"ack {key}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
