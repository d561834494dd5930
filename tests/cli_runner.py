"""Run the `bali-desktop` command in process, as the tests drive it."""

from __future__ import annotations

from bali_desktop.cli import main


def run(capsys, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    """(exit status, stdout, stderr) of `bali-desktop ARGS`."""
    try:
        code = main(list(args))
    except SystemExit as e:  # argparse exits for --version and bad options
        code = e.code
    out = capsys.readouterr()
    return code, out.out, out.err
