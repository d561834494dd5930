"""The `bali-desktop` command: no arguments opens the window; subcommands script the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from bali_desktop import __version__
from bali_desktop.domain.errors import BaliError

WindowOpener = Callable[[str | None], int]


def build_parser() -> argparse.ArgumentParser:
    from bali_desktop.cli import (
        about_cmds,
        checklist_cmds,
        export_cmds,
        library_cmds,
        pack_cmds,
        tracker_cmds,
        user_cmds,
    )
    from bali_desktop.cli.common import Parser, folder

    p = Parser(
        prog="bali-desktop",
        description="Offline reference for Bali Process officials. With no command, opens the window.",
    )
    p.add_argument("--version", action="version", version=f"bali-desktop {__version__}")
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        type=folder,
        help="folder for the database (default: per-user data folder, or $BALI_DESKTOP_DATA_DIR)",
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    library_cmds.add_commands(sub)
    user_cmds.add_commands(sub)
    export_cmds.add_commands(sub)
    checklist_cmds.add_commands(sub)
    pack_cmds.add_commands(sub)
    tracker_cmds.add_commands(sub)
    about_cmds.add_commands(sub)
    return p


# --- entry point ------------------------------------------------------------------------------


def _window_only(argv: Sequence[str]) -> tuple[bool, str | None]:
    """Whether the arguments just open the window (with at most --data-dir): then the start
    skips building every subcommand's parser, which is time on the start-up path."""
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1].strip() and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and argv[0][11:].strip():
        return True, argv[0].split("=", 1)[1]
    return False, None


def main(argv: Sequence[str] | None = None, *, open_window: WindowOpener | None = None) -> int:
    """Run a command; with none, open the window through `open_window` (bali_desktop/entry.py
    passes it: the command line itself never imports the window)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from bali_desktop.cli.args import bad_text, one_line, tolerant_output

    tolerant_output(sys.stdout, sys.stderr)

    problem = bad_text(argv)
    if problem:
        print(f"bali-desktop: {problem}", file=sys.stderr)
        return 2
    window, data_dir = _window_only(argv)
    run: Callable[[argparse.Namespace], int] | None = None
    if not window:
        args = build_parser().parse_args(argv)
        run, data_dir = getattr(args, "run", None), args.data_dir
    try:
        if run is None:
            if open_window is None:
                print("bali-desktop: no command given (see bali-desktop --help)", file=sys.stderr)
                return 2
            return open_window(data_dir)
        code = run(args)
        from bali_desktop.cli.common import AFTER_SUCCESS

        for warning in AFTER_SUCCESS if code == 0 else []:
            print(f"bali-desktop: warning: {one_line(warning)}", file=sys.stderr)
        AFTER_SUCCESS.clear()
        return code
    except BaliError as e:
        _forget_warnings()
        print(f"bali-desktop: {one_line(str(e))}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: one line for the user, the details in a log file
        from bali_desktop.services.errors import explain

        said = explain(e)  # a full disk, a read-only file, a lock, damage: not a bug
        if said is not None:
            _forget_warnings()
            print(f"bali-desktop: {one_line(str(said))}", file=sys.stderr)
            return said.exit_status
        log = _write_crash_log(e, data_dir)
        print(
            one_line(f"bali-desktop: unexpected error ({type(e).__name__}: {e}). Nothing was deleted. ")
            + f"Details: {log}",
            file=sys.stderr,
        )
        return 1


def _forget_warnings() -> None:
    if "bali_desktop.cli.common" in sys.modules:
        sys.modules["bali_desktop.cli.common"].AFTER_SUCCESS.clear()


def _write_crash_log(error: BaseException, data_dir: str | None) -> str:
    """logs/ of the data folder: where it went wrong, never the message (it may hold typed text)."""
    from bali_desktop import paths
    from bali_desktop.services.logs import write_crash_log

    try:
        return str(write_crash_log(paths.data_dir(data_dir), error))
    except OSError:
        return "(no log could be written)"


if __name__ == "__main__":
    sys.exit(main())
