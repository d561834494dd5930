"""Entry script for the frozen bundle."""

import sys

from bali_desktop.cli import main

sys.exit(main())
