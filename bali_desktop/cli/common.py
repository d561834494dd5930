"""What every command shares: the one-line argument errors, value types, the session, JSON out."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, NoReturn

from bali_desktop.cli.args import one_line
from bali_desktop.services import backups
from bali_desktop.services.session import Session

AFTER_SUCCESS: list[str] = []  # warnings said only when the command succeeds (cli.main)


class Parser(argparse.ArgumentParser):
    """argparse that reports a bad option in one line and exits 2."""

    def error(self, message: str) -> NoReturn:

        self.exit(2, f"{self.prog}: error: {one_line(message)} (see {self.prog} --help)\n")


def positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= n <= 1000:
        raise argparse.ArgumentTypeError(f"{value} is out of range (1-1000)")
    return n


def folder(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the data folder cannot be empty")
    return value


def open_session(args: argparse.Namespace, *, daily_backup: bool = True) -> Session:
    """The session for this command, with any warning from opening said on stderr; the
    once-a-day automatic backup is made first if the work changed (services.backups.daily)."""
    session = Session.open(args.data_dir)
    for warning in session.warnings:
        if warning == session.read_only:  # said once the command worked: a save says "full" itself
            AFTER_SUCCESS.append(warning)
        else:
            print(f"bali-desktop: warning: {one_line(warning)}", file=sys.stderr)
    if daily_backup and not session.read_only:
        backups.daily(session)
    if getattr(args, "lang", None):  # show, search, export --lang: content read in that language
        session.language = args.lang
    return session


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
