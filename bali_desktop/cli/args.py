"""Arguments as typed, checked before anything runs: text that is not UTF-8, and ids.

A shell hands Python bytes that are not UTF-8 as lone surrogates, which no database, file or
terminal can take; they are refused with one line. An id is ASCII digits only (`²` and other
digits Python's `isdigit` accepts are not ids) and fits SQLite's 64-bit integer.
"""

from __future__ import annotations

import argparse
import codecs
from collections.abc import Callable, Sequence
from typing import TextIO

MAX_ID = 2**63 - 1  # SQLite's largest integer
_UNICODE_ENCODINGS = {"utf-8", "utf-16", "utf-32"}


def tolerant_output(*streams: TextIO) -> None:
    """On a console or file whose encoding cannot hold every character (cp1252 on Windows, a
    redirect with PYTHONIOENCODING), print what it cannot as `?` instead of failing the command."""
    for stream in streams:
        encoding = getattr(stream, "encoding", None) or "utf-8"
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            name = encoding
        reconfigure = getattr(stream, "reconfigure", None)
        if name not in _UNICODE_ENCODINGS and reconfigure is not None:
            reconfigure(errors="replace")


def bad_text(argv: Sequence[str]) -> str | None:
    """A one-line message for the first argument that is not valid UTF-8, or None."""
    for n, arg in enumerate(argv, start=1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")[:40]
            return (
                f"argument {n} ({shown!r}) is not valid UTF-8 text; "
                "type it again, or rename the file or folder it names."
            )
    return None


def one_line(text: str) -> str:
    """`text` as one line for the terminal: line breaks, other control characters and escape
    sequences that came from what the user typed are shown escaped (\\n, \\x1b), never acted on."""
    out = []
    for ch in text:
        if ch in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029" or ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0:
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def id_number(text: str) -> int | None:
    """The id in `text` (ASCII digits, 1 to MAX_ID), or None."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    n = int(text)
    return n if 1 <= n <= MAX_ID else None


def record_id(value: str) -> int:
    """A database id as typed by the user, for argparse's `type=`."""
    n = id_number(value)
    if n is None:
        raise argparse.ArgumentTypeError(f"{value[:40]!r} is not an id (a whole number from 1)")
    return n


def plain_text(limit: int | None = None) -> Callable[[str], str]:
    """An argparse `type=` for a short text printed or shown (a title, a workshop, a date): at
    most `limit` characters, no control characters (a terminal would act on them)."""

    def check(value: str) -> str:
        if limit is not None and len(value) > limit:
            raise argparse.ArgumentTypeError(f"too long ({len(value)} characters; at most {limit})")
        if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in value):
            raise argparse.ArgumentTypeError("it holds control characters; type plain text")
        return value

    return check
