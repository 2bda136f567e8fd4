"""Failures of the store itself, as opposed to one file's: a full disk, a read-only store, a damaged
store file. A scan reports a bad file and goes on to the next, but these stop it: every file after
would fail the same way, and the one answer is to free space, make the store writable or restore it."""

from __future__ import annotations

import sqlite3

from desktop.core.store.base import StoreError

_FULL = ("database or disk is full", "disk i/o error", "no space left")
_READ_ONLY = ("readonly", "read-only")
_DAMAGED = ("malformed", "file is not a database", "database disk image")


def store_failure(exc: BaseException) -> str | None:
    """The one-line reason when `exc` is the store failing (not one file), else None."""
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:  # ENOSPC
        return "the disk is full; free some space and run the command again (nothing of the failed step was kept)"
    if not isinstance(exc, sqlite3.Error | StoreError):
        return None
    text = str(exc).lower()
    if any(s in text for s in _FULL):
        return "the disk is full; free some space and run the command again (nothing of the failed step was kept)"
    if any(s in text for s in _READ_ONLY):
        return "the store is read-only; make the store file and its folder writable, or work on a copy"
    if any(s in text for s in _DAMAGED):
        return (f"the store file is damaged ({exc}); restore it from a backup "
                "(`clearance verify` says what it can still read)")
    return None
