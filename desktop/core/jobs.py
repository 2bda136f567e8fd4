"""Background jobs: long work with a title, progress, a cancel the work checks, and a result or a one-line error.

The work runs wherever the caller runs `Job.run` (the window on a pool thread, a test or the command line
on its own); it reports with `progress(done, total, text)` and stops at its next safe point once
`cancel()` was called: `step` is a core progress callback that reports and then checks. Nothing here
imports Qt; the window only shows a job and calls `cancel()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import StrEnum
from typing import Any


class Cancelled(BaseException):  # noqa: N818 (it says what happened, as asyncio.CancelledError does)
    """The job was cancelled; raised where the work can stop with the store consistent.

    A BaseException, as asyncio.CancelledError is: the `except Exception` that keeps one bad file or
    document from stopping the others must not swallow a cancel."""


class JobError(Exception):
    """Work that failed for a reason its message gives in one line."""


class JobState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


def one_line(exc: BaseException) -> str:
    """An error as one line for people: a PdfError's reason, else the message (or the error's name)."""
    text = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


class Job:
    """`work(job)` with progress and cancel. Listeners are called on the thread that runs the job."""

    def __init__(self, title: str, work: Callable[[Job], Any]):
        self.title = title
        self._work = work
        self.state = JobState.PENDING
        self.done, self.total, self.text = 0, 0, ""
        self.result: Any = None
        self.error: str | None = None  # one line, when the work failed
        self.exception: BaseException | None = None  # the failure itself, for a debug view
        self._cancel = threading.Event()
        self.abandoned = False
        self._listeners: list[Callable[[Job], None]] = []

    def on_progress(self, listener: Callable[[Job], None]) -> None:
        self._listeners.append(listener)

    def progress(self, done: int, total: int, text: str = "") -> None:
        self.done, self.total, self.text = done, total, text
        for listener in self._listeners:
            listener(self)

    def step(self, done: int, total: int, text: str = "") -> None:
        """A core function's progress callback: report, then stop here if cancelled."""
        self.progress(done, total, text)
        self.check()

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point (after the file, page or document it is on)."""
        self._cancel.set()

    def abandon(self) -> None:
        """Cancel, and stop now rather than at a safe point (the window is closing): work that can be
        killed without harm, as a detection process whose every page is its own transaction, is."""
        self.abandoned = True
        self.cancel()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """For work that hands the cancel on (to a process, as a multiprocessing event it sets)."""
        return self._cancel

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled(self.title)

    @property
    def finished(self) -> bool:
        return self.state in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)

    def run(self) -> Job:
        """Run the work here; afterwards `state` says how it ended, with `result` or `error`."""
        self.state = JobState.RUNNING
        try:
            self.check()  # cancelled before it started: nothing to do
            self.result = self._work(self)
        except Cancelled:
            self.state = JobState.CANCELLED
        except Exception as exc:  # reported as one line, never lost in a thread
            self.exception, self.error = exc, one_line(exc)
            self.state = JobState.FAILED
        else:
            self.state = JobState.DONE
        return self
