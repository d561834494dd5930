"""`python -m bali_desktop` runs the same command as `bali-desktop`."""

import sys

from bali_desktop.cli import main

sys.exit(main())
