"""The command line's one error path: every failure becomes one line and a documented exit code.

A command raises `UserError` for a mistake the user can fix (or lets a PdfError, StoreError or
OSError through); `desktop.cli.main` turns it into `clearance: MESSAGE` on stderr and its exit code.
`--debug` shows the traceback instead. The codes are listed in the README's Troubleshooting section.
"""

from __future__ import annotations

import signal
from contextlib import contextmanager

from desktop.core.runtime.language import core_message, translate

EXIT_OK = 0
EXIT_SOME_FAILED = 1  # the command ran, but some files failed, leaked or were refused (each listed)
EXIT_USAGE = 2  # the command could not run: a bad argument, file, folder or store
EXIT_NOT_ELIGIBLE = 3  # `consent links`: the document may not be exported
EXIT_NOT_VERIFIED = 4  # `redact`: the output was written, but pages the verifier could not read are listed
EXIT_INTERNAL = 70  # a bug: please report it with the output of --debug
EXIT_BUSY = 75  # the store stayed locked by another process; try again
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM; finished work is stored
EXIT_BROKEN_PIPE = 141  # the reader of the output went away (`| head`); nothing is printed


class UserError(Exception):
    """A mistake the user can fix; `str()` is the one-line message, naming the path concerned."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.code = code


def one_line(text: str, limit: int = 300) -> str:
    """Collapse a message to one printable line: no control characters reach the terminal."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in part) for part in str(text).splitlines())
    flat = " ".join(flat.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def printable(text: str) -> str:
    """`text` with control characters shown escaped ("\\x1b[31m"), so a file name cannot move the
    cursor, colour the terminal or hide what follows it."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in str(text))


def os_message(exc: OSError) -> str:
    """`PATH: reason` for a failed file operation, in the words of the operating system."""
    reason = exc.strerror or type(exc).__name__
    if exc.filename is None:
        return reason if not str(exc) else str(exc)
    where = f"{exc.filename}" + (f" -> {exc.filename2}" if exc.filename2 else "")
    return f"{where}: {reason}"


def error_exit(exc: BaseException) -> tuple[int, str]:
    """The exit code and one-line message for an exception that reached the top of a command, in the
    user's language (the core's messages found again by their templates: see core_message)."""
    code, message = _error_exit(exc)
    return code, one_line(core_message(message)) if message else message


def _error_exit(exc: BaseException) -> tuple[int, str]:
    from desktop.core.pdf import PdfError
    from desktop.core.store.base import StoreBusyError, StoreError
    from desktop.core.store.failures import store_failure

    if isinstance(exc, UserError):
        return exc.code, one_line(str(exc))
    if isinstance(exc, BrokenPipeError):
        return EXIT_BROKEN_PIPE, ""
    if isinstance(exc, StoreBusyError):
        return EXIT_BUSY, one_line(str(exc))
    if isinstance(exc, PdfError):
        return EXIT_USAGE, one_line(exc.reason)
    if isinstance(exc, StoreError):
        return EXIT_USAGE, one_line(str(exc))
    if store_failure(exc):  # a full disk, a read-only or damaged store: no bug, the user's to fix
        return EXIT_USAGE, one_line(store_failure(exc))
    if type(exc).__module__ == "sqlite3" and "locked" in str(exc):  # only the store imports sqlite3
        return EXIT_BUSY, translate("cli", "the store is busy: another Clearance process kept it locked; try again")
    if isinstance(exc, OSError):
        return EXIT_USAGE, one_line(os_message(exc))
    if isinstance(exc, UnicodeError):
        return EXIT_USAGE, one_line(translate("cli", "a file is not UTF-8 text ({error})").format(error=exc))
    if isinstance(exc, MemoryError):
        return EXIT_USAGE, translate("cli", "out of memory: the input is too large for this computer")
    return EXIT_INTERNAL, one_line(translate("cli", "internal error: {kind}: {error} (run the command again with "
                                              "--debug to see where)").format(kind=type(exc).__name__, error=exc))


@contextmanager
def termination_as_interrupt(enabled: bool = True):
    """SIGTERM ends a command the way Ctrl-C does: `finally` blocks run, so worker processes are shut
    down and the store is closed, instead of the process vanishing mid-transaction."""

    def _interrupt(_signum, _frame):
        raise KeyboardInterrupt

    if not enabled:
        yield
        return
    try:
        previous = signal.signal(signal.SIGTERM, _interrupt)
    except ValueError:  # not the main thread (a test calling main() from a worker thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def check_output_file(path) -> None:
    """Refuse, before any work, an output path that cannot be written as a new file: an output is
    always a new file (`desktop.core.runtime.newfile` writes it), never over a file, a symbolic link,
    a device or a FIFO that is there."""
    import os
    from pathlib import Path

    from desktop.core.runtime.newfile import EXISTS_REASON

    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(translate("cli", "{path}: is a folder; give a file name").format(path=path))
    if os.path.lexists(path):
        raise UserError(f"{path}: {translate('cli', EXISTS_REASON)}")
    if not folder.is_dir():
        raise UserError(translate("cli", "{path}: the folder {folder} does not exist").format(path=path, folder=folder))
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(translate("cli", "{path}: cannot write there (permission denied or read-only)").format(path=path))


def read_text_file(path, what: str = "file") -> str:
    """A small text file the user gives (terms, keys): UTF-8 or UTF-16 with its mark, else a
    one-line UserError that says what to do."""
    from pathlib import Path

    from desktop.core.consent.csvio import decode_text, read_small_file

    path = Path(path)
    if path.is_dir():
        raise UserError(translate("cli", "{path}: is a folder; give the {what}").format(path=path, what=what))
    try:
        return decode_text(read_small_file(path))
    except ValueError as exc:
        raise UserError(f"{path}: {core_message(str(exc))}") from None


def refused_line(refusal) -> str:
    """A document the export checks refused, with every reason, in the user's language (the reasons are
    the core's own words)."""
    return translate("cli", "refused {name}: {reasons}").format(name=refusal.name, reasons="; ".join(refusal.reasons))
