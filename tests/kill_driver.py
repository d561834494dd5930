"""Run one command of the app and SIGKILL the process as the Nth SQL statement starts.

    python tests/kill_driver.py N DATA_DIR COMMAND...

Every sqlite3 connection the process opens (the start-up probe, the schema build through
SQLAlchemy and Alembic, the content reload) counts its statements through SQLite's trace hook;
with N = 0 nothing is killed and the total is printed on stderr as `statements: T`; with N = -1
nothing is killed either, and each statement's first word is printed on stderr as `stmt I WORD`
(tests/test_interrupted_start.py reads where the transactions begin and end from it).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from typing import Any


def main() -> int:
    kill_at, data_dir, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    count = 0
    real_connect = sqlite3.connect

    def trace(_statement: str) -> None:
        nonlocal count
        count += 1
        if kill_at == -1:
            print(
                f"stmt {count} {_statement.split(None, 1)[0].upper() if _statement.strip() else ''}",
                file=sys.stderr,
            )
        if count == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        con = real_connect(*args, **kwargs)
        con.set_trace_callback(trace)
        return con

    sqlite3.connect = connect  # type: ignore[assignment]
    from bali_desktop.cli import main as cli_main

    rc = cli_main(["--data-dir", data_dir, *command])
    print(f"statements: {count}", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
