"""`python -m desktop` runs the `clearance` command line."""

import sys

from desktop.cli import main

sys.exit(main())
