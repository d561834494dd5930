"""The program's entry point: the window when no command is given, else the command line.

It is the one module that knows both front ends; neither imports the other.
"""

from __future__ import annotations

from collections.abc import Sequence


def open_window(data_dir: str | None) -> int:
    from bali_desktop.gui.launch import launch

    return launch(data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    from bali_desktop.cli import main as command_line

    return command_line(argv, open_window=open_window)
