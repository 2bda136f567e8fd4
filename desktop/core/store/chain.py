"""Appending to the audit chain on a bare connection: used by the store and by migrations."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.core.audit import GENESIS, entry_hash


def chain_head(db) -> tuple[int, str]:
    row = db.execute("SELECT seq, entry_hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append_entry(db, actor: str, kind: str, payload: dict) -> str:
    """Append one entry; the caller holds the transaction."""
    seq, prev = chain_head(db)
    entry = {"seq": seq + 1, "at": datetime.now(UTC).isoformat(timespec="microseconds"), "actor": actor,
             "kind": kind, "payload": payload}
    digest = entry_hash(entry, prev)
    db.execute("INSERT INTO audit(seq, at, actor, kind, payload, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [entry["seq"], entry["at"], actor, kind, json.dumps(payload, sort_keys=True), prev, digest])
    return digest
