"""The one owner of PyMuPDF in a process: a lock that every call into PyMuPDF takes.

PyMuPDF is not thread-safe. The window renders on one thread, builds export batches and redacted
previews on others, and reads page text on its own: each core function that touches PyMuPDF holds
this lock for as long as it does (it is re-entrant, so such functions may call each other).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from contextlib import contextmanager
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


@contextmanager
def released():
    """Let other threads use PyMuPDF while this one waits on work that does not touch it (Tesseract
    reading images already rendered): the lock is released at every depth this thread holds it and
    taken back at the same depth afterwards, as threading.Condition.wait does. Without it the page
    view stopped rendering for as long as a scanned document was being read by OCR."""
    if not PDF_LOCK._is_owned():
        yield
        return
    state = PDF_LOCK._release_save()
    try:
        yield
    finally:
        PDF_LOCK._acquire_restore(state)
