"""An output the user names is a new file: created exclusively, never through a symbolic link, never
onto a device, a FIFO or anything else already at that path, and whole or not at all.

The bytes go to a private temporary file beside the target, are flushed to disk, and are then linked
to the target's name: `link()` refuses a name that exists in any form (a file, a dangling or live
symbolic link, a FIFO, a device), so a link planted after the check cannot redirect the write. A file
system without hard links gets an `O_CREAT | O_EXCL | O_NOFOLLOW` create instead, which refuses the same.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

EXISTS_REASON = "exists already; an output is always a new file (choose another name or remove it first)"


def refuse_existing(path: Path) -> None:
    """FileExistsError if anything at all stands at `path` (a symbolic link is not followed)."""
    if os.path.lexists(path):
        raise FileExistsError(errno.EEXIST, EXISTS_REASON, str(path))


def written_beside(path: Path, data: bytes) -> Path:
    """`data` in a new private (owner-only) temporary file beside `path`, flushed to disk: the one way
    a file is written before it is renamed or linked into place (outputs, batch files, key files)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    _write_synced(fd, data, Path(tmp))
    return Path(tmp)


def write_new_file(path: Path, data: bytes) -> None:
    """Write `data` as the new file `path`; FileExistsError if the name is taken, and nothing written."""
    path = Path(path)
    refuse_existing(path)
    tmp = written_beside(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise FileExistsError(errno.EEXIST, EXISTS_REASON, str(path)) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
                raise
            _create_exclusive(path, data)  # no hard links on this file system (FAT, some network shares)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_folder(path.parent)


def _create_exclusive(path: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise FileExistsError(errno.EEXIST, EXISTS_REASON, str(path)) from None
    _write_synced(fd, data, path)


def _write_synced(fd: int, data: bytes, path: Path) -> None:
    """`data` into the open file `fd` (at `path`), flushed to disk; the file goes if writing fails."""
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform; the file itself is on disk
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
