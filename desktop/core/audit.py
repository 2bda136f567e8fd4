"""Hash chain of the audit log: entry_hash = sha256(canonical_json(entry) || prev_hash)."""

from __future__ import annotations

import hashlib
import json

GENESIS = "0" * 64


def canonical_json(value) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8, so a hash never depends on formatting."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: dict, prev_hash: str) -> str:
    """The hash of one audit entry (seq, at, actor, kind, payload) chained to the previous one."""
    return hashlib.sha256(canonical_json(entry) + prev_hash.encode("ascii")).hexdigest()
