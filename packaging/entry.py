"""Entry point of the frozen app: the `clearance` command line, offline from the first line."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # Detection runs in worker processes; a frozen app must let them start as workers, not as the app.
    multiprocessing.freeze_support()
    if "--self-test" in sys.argv[1:]:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.core.runtime.offline import make_offline

    make_offline()
    from desktop.cli import main

    sys.exit(main())
