"""Child processes of Clearance's own: started fresh (spawn: forking a process that runs threads is
unsafe), and never outliving the process that started them."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def die_with_parent() -> None:
    """Ask Linux to end this worker when the process that started it ends, however it ends (kill -9
    included): a worker (a detector holds ~300 MB) must never outlive its job. Ctrl-C is left to
    the parent, which shuts its pool down cleanly. Elsewhere this does nothing."""
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import os

    pr_set_pdeathsig = 1
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before the request was made: nobody will wait for us
        os._exit(1)


def spawn_pool(workers: int, initializer, initargs: tuple = ()) -> ProcessPoolExecutor:
    """A pool of `workers` spawned processes, each run through `initializer(*initargs)` first, which
    should call `die_with_parent`."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)
