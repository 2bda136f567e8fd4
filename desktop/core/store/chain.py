"""Appending to the audit chain on a bare connection: used by the store and by migrations."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from desktop.core.trust.audit import GENESIS, canonical_json


def chain_head(db) -> tuple[int, str]:
    row = db.execute("SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append_entry(db, actor: str, kind: str, payload: dict) -> str:
    """Append one entry; the caller holds the transaction.

    The payload is encoded once, canonically, and that text is both stored and hashed inside the
    entry: `canonical_json(entry)` is exactly these bytes (keys sorted: actor, at, kind, payload, seq).
    """
    seq, prev = chain_head(db)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    body = canonical_json(payload)
    head = canonical_json({"actor": actor, "at": at, "kind": kind})
    entry_bytes = head[:-1] + b',"payload":' + body + b',"seq":' + str(seq + 1).encode("ascii") + b"}"
    digest = hashlib.sha256(entry_bytes + prev.encode("ascii")).hexdigest()
    db.execute("INSERT INTO audit(seq, at, actor, kind, payload, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [seq + 1, at, actor, kind, body.decode("utf-8"), prev, digest])
    return digest
