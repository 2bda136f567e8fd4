"""The one owner of PyMuPDF in a process: a lock that every call into PyMuPDF takes.

PyMuPDF is not thread-safe. The window renders on one thread, builds export batches and redacted
previews on others, and reads page text on its own: each core function that touches PyMuPDF holds
this lock for as long as it does (it is re-entrant, so such functions may call each other).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

PDF_LOCK = threading.RLock()

F = TypeVar("F", bound=Callable)


def pdf_locked(func: F) -> F:
    """Run `func` holding PDF_LOCK."""

    @functools.wraps(func)
    def locked(*args, **kwargs):
        with PDF_LOCK:
            return func(*args, **kwargs)

    return locked  # type: ignore[return-value]
