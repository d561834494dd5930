"""What every command shares (cli/args.py, cli/common.py), one promise at a time: text that is not
UTF-8, ids, short plain text, one-line errors, whole numbers in range, the data folder, the session's
warnings, JSON out. Written to kill the mutants the command-line tests let live (docs/mutation.md)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest

from bali_desktop.cli import common
from bali_desktop.cli.args import (
    MAX_ID,
    bad_text,
    id_number,
    one_line,
    plain_text,
    record_id,
    tolerant_output,
)
from bali_desktop.services import backups
from bali_desktop.services.session import Session

# --- args.py -------------------------------------------------------------------------------------------


class Stream:
    def __init__(self, encoding: str | None) -> None:
        self.encoding = encoding
        self.errors: str | None = None

    def reconfigure(self, errors: str) -> None:
        self.errors = errors


@pytest.mark.parametrize(("encoding", "replaced"), [("cp1252", True), ("ascii", True), ("latin-1", True)])
def test_an_output_that_cannot_hold_every_character_prints_a_question_mark(
    encoding: str, replaced: bool
) -> None:
    stream = Stream(encoding)
    tolerant_output(stream)  # type: ignore[arg-type]
    assert stream.errors == "replace"


@pytest.mark.parametrize("encoding", ["utf-8", "UTF8", "utf_8", "utf-16", "UTF-32", None, ""])
def test_a_unicode_output_is_left_as_it_is(encoding: str | None) -> None:
    stream = Stream(encoding)
    tolerant_output(stream)  # type: ignore[arg-type]
    assert stream.errors is None


def test_every_stream_is_seen_to_and_one_without_reconfigure_or_a_known_codec_is_no_fault() -> None:
    first, second = Stream("cp1252"), Stream("ascii")
    tolerant_output(first, second)  # type: ignore[arg-type]
    assert (first.errors, second.errors) == ("replace", "replace")
    tolerant_output(io.BytesIO())  # type: ignore[arg-type]
    unknown = Stream("no-such-codec")
    tolerant_output(unknown)  # type: ignore[arg-type]
    assert unknown.errors == "replace"


def test_an_argument_that_is_not_utf8_is_named_by_its_place_and_shown_mended() -> None:
    assert bad_text(["show", "ok"]) is None
    assert bad_text([]) is None
    bad = "caf\udce9" + "x" * 50
    assert bad_text(["show", bad]) == (
        f"argument 2 ({('caf' + chr(0xFFFD) + 'x' * 50)[:40]!r}) is not valid UTF-8 text; "
        "type it again, or rename the file or folder it names."
    )
    assert bad_text(["\udcff", "\udcfe"]) is not None and bad_text(["\udcff", "\udcfe"]).startswith(  # type: ignore[union-attr]
        "argument 1 ("
    )


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("a\nb", "a\\nb"),
        ("a\rb", "a\\rb"),
        ("\x0b\x0c", "\\x0b\\x0c"),
        ("\x1c\x1d\x1e", "\\x1c\\x1d\\x1e"),
        ("\x85", "\\x85"),
        ("\u2028\u2029", "\\u2028\\u2029"),
        ("\x1b[31m", "\\x1b[31m"),
        ("\x00\x1f", "\\x00\\x1f"),
        ("\x7f\x9f", "\\x7f\\x9f"),
        ("\xa0é ü 日本 \t", "\xa0é ü 日本 \\t"),
        (" ~", " ~"),
    ],
)
def test_one_line_shows_line_breaks_and_control_characters_escaped(text: str, shown: str) -> None:
    assert one_line(text) == shown


@pytest.mark.parametrize(
    ("text", "n"),
    [("1", 1), (" 42 ", 42), (str(MAX_ID), MAX_ID), ("0001", 1), ("9" * 18, int("9" * 18))],
)
def test_an_id_is_ascii_digits_from_1_to_sqlites_largest(text: str, n: int) -> None:
    assert id_number(text) == n
    assert record_id(text) == n


@pytest.mark.parametrize(
    "text", ["0", "", "-1", "+1", "1.0", "²", "١", str(MAX_ID + 1), "1" * 20, "0" * 20 + "1"]
)
def test_anything_else_is_no_id(text: str) -> None:
    assert id_number(text) is None
    with pytest.raises(argparse.ArgumentTypeError) as e:
        record_id(text)
    assert str(e.value) == f"{text[:40]!r} is not an id (a whole number from 1)"


def test_the_largest_id_is_sqlites() -> None:
    assert MAX_ID == 9223372036854775807
    assert id_number("9223372036854775807") == MAX_ID
    assert id_number("9223372036854775808") is None


def test_a_long_bad_id_is_shown_cut_at_40() -> None:
    with pytest.raises(argparse.ArgumentTypeError) as e:
        record_id("x" * 50)
    assert str(e.value) == f"{'x' * 40!r} is not an id (a whole number from 1)"


def test_plain_text_is_at_most_its_limit_and_holds_no_control_characters() -> None:
    check = plain_text(5)
    assert check("héllo") == "héllo"
    with pytest.raises(argparse.ArgumentTypeError, match=r"^too long \(6 characters; at most 5\)$"):
        check("héllo!")
    assert plain_text()("x" * 5000) == "x" * 5000
    assert plain_text(0)("") == ""
    with pytest.raises(argparse.ArgumentTypeError, match="too long"):
        plain_text(0)("x")
    for bad in ["a\nb", "\x1b", "\x1f", "\x7f", "\x9f"]:
        with pytest.raises(
            argparse.ArgumentTypeError, match=r"^it holds control characters; type plain text$"
        ):
            plain_text(10)(bad)
    assert plain_text(10)("\xa0 ~") == "\xa0 ~"


# --- common.py -----------------------------------------------------------------------------------------


def test_a_bad_option_is_one_line_naming_the_program_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    parser = common.Parser(prog="bali-desktop show")
    parser.add_argument("--n", type=int)
    with pytest.raises(SystemExit) as e:
        parser.parse_args(["--n", "x\ny"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "bali-desktop show: error: argument --n: invalid int value: 'x\\ny' (see bali-desktop show --help)\n"
    )


@pytest.mark.parametrize(("text", "n"), [("1", 1), ("1000", 1000), (" 7 ", 7)])
def test_a_count_is_a_whole_number_from_1_to_1000(text: str, n: int) -> None:
    assert common.positive_int(text) == n


@pytest.mark.parametrize("text", ["0", "1001", "-3"])
def test_a_count_out_of_range_is_refused(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as e:
        common.positive_int(text)
    assert str(e.value) == f"{text} is out of range (1-1000)"


def test_a_count_that_is_no_number_is_refused() -> None:
    with pytest.raises(argparse.ArgumentTypeError) as e:
        common.positive_int("ten")
    assert str(e.value) == "'ten' is not a whole number"


def test_the_data_folder_cannot_be_blank() -> None:
    assert common.folder(" x ") == " x "
    for blank in ["", "  "]:
        with pytest.raises(argparse.ArgumentTypeError, match=r"^the data folder cannot be empty$"):
            common.folder(blank)


def test_json_is_printed_indented_with_its_own_characters_and_a_newline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    common.print_json({"name": "Türkiye", "n": [1]})
    out = capsys.readouterr().out
    assert out == '{\n  "name": "Türkiye",\n  "n": [\n    1\n  ]\n}\n'
    assert json.loads(out) == {"name": "Türkiye", "n": [1]}


class FakeSession:
    def __init__(self, warnings: list[str], read_only: str | None) -> None:
        self.warnings = warnings
        self.read_only = read_only
        self.language = "en"


def opened(
    monkeypatch: pytest.MonkeyPatch, session: FakeSession, **namespace: Any
) -> tuple[Any, list[Any], list[str]]:
    made: list[Any] = []
    backed: list[Any] = []

    def open_(data_dir: Path) -> FakeSession:
        made.append(data_dir)
        return session

    monkeypatch.setattr(Session, "open", open_)
    monkeypatch.setattr(backups, "daily", backed.append)
    monkeypatch.setattr(common, "AFTER_SUCCESS", [])
    daily = namespace.pop("daily_backup", True)
    got = common.open_session(argparse.Namespace(data_dir=Path("d"), **namespace), daily_backup=daily)
    return got, made + backed, common.AFTER_SUCCESS


def test_opening_says_each_warning_on_one_line_and_makes_the_daily_backup(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    session = FakeSession(["first\nline", "second"], None)
    got, calls, after = opened(monkeypatch, session)
    assert got is session
    assert calls == [Path("d"), session]
    assert after == []
    assert capsys.readouterr().err == "bali-desktop: warning: first\\nline\nbali-desktop: warning: second\n"
    assert session.language == "en"


def test_a_read_only_session_says_so_only_after_success_and_makes_no_backup(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    session = FakeSession(["other", "read only"], "read only")
    _, calls, after = opened(monkeypatch, session)
    assert calls == [Path("d")]
    assert after == ["read only"]
    assert capsys.readouterr().err == "bali-desktop: warning: other\n"


def test_no_backup_when_asked_not_to_and_the_language_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    session = FakeSession([], None)
    _, calls, _ = opened(monkeypatch, session, daily_backup=False, lang="id")
    assert calls == [Path("d")]
    assert session.language == "id"
    session = FakeSession([], None)
    opened(monkeypatch, session, lang="")
    assert session.language == "en"
