"""Scan claims: a process claims a document before it detects it, so that two scans of one store
never do the same work twice. A claim lapses when its process is gone (killed, crashed, rebooted)."""

from __future__ import annotations

import os
import socket
from functools import cache

from desktop.core.store.base import utc_now


@cache
def process_start(pid: int | None = None) -> str:
    """When a process started (clock ticks since boot, from /proc), so a pid reused by another
    process after a crash is not mistaken for the claimant; "" where /proc is not available."""
    try:
        with open(f"/proc/{pid or os.getpid()}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return fields[19].decode()  # field 22 of stat(5), counted after the command name
    except (OSError, IndexError):
        return ""


def _alive(host: str, pid: int, started: str) -> bool:
    if host != socket.gethostname():
        return True  # another computer's process cannot be checked from here: its claim stands
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by another user
    process_start.cache_clear()
    return not started or process_start(pid) == started


class ClaimsMixin:
    def claim_document(self, doc_id: int) -> tuple[bool, int | None]:
        """(True, None) when this process may scan the document now; (False, pid) when a live
        process holds it."""
        me = (socket.gethostname(), os.getpid(), process_start())
        with self.atomic():
            row = self.db.execute("SELECT host, pid, started FROM scan_claims WHERE document_id = ?",
                                  [doc_id]).fetchone()
            if row and tuple(row) != me and _alive(*row):
                return False, row[1]
            self.db.execute("INSERT OR REPLACE INTO scan_claims(document_id, host, pid, started, at) "
                            "VALUES (?, ?, ?, ?, ?)", [doc_id, *me, utc_now()])
        return True, None

    def release_document(self, doc_id: int) -> None:
        with self.atomic():
            self.db.execute("DELETE FROM scan_claims WHERE document_id = ? AND host = ? AND pid = ?",
                            [doc_id, socket.gethostname(), os.getpid()])
