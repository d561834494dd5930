"""Entry script for the frozen bundle."""

import sys

from bali_desktop.entry import main

sys.exit(main())
