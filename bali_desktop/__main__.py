"""`python -m bali_desktop` runs the same command as `bali-desktop`."""

import sys

from bali_desktop.entry import main

sys.exit(main())
