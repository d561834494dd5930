"""Entry script for the frozen bundle.

On Windows bali-desktop.exe is built without a console (packaging/bali-desktop.spec): given a
command there, it has nowhere to print, so it says in a message box to use bali-desktop-cli.exe.
"""

import sys

if sys.stdout is None and len(sys.argv) > 1:  # the windowed build, asked for a command
    import ctypes

    ctypes.windll.user32.MessageBoxW(  # type: ignore[attr-defined]
        None, "Commands are run with bali-desktop-cli.exe, beside this program.", "Bali Desktop", 0x40
    )
    sys.exit(2)

from bali_desktop.entry import main  # noqa: E402

sys.exit(main())
