"""The tamper-evident record: the audit log's hash chain (entry_hash = sha256(canonical_json(entry) ||
prev_hash)), the Ed25519 signature check, and the names of the record files an export carries.

The store writes the chain, the export writes the files, the verifier checks both: all three import this.
"""

from __future__ import annotations

import hashlib
import json

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

GENESIS = "0" * 64
MANIFEST_FILE = "manifest.json"
SIGNOFFS_FILE = "signoffs.json"
AUDIT_FILE = "audit.jsonl"


def canonical_json(value) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8, so a hash never depends on formatting."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(entry: dict, prev_hash: str) -> str:
    """The hash of one audit entry (seq, at, actor, kind, payload) chained to the previous one."""
    return hashlib.sha256(canonical_json(entry) + prev_hash.encode("ascii")).hexdigest()


def signature_valid(payload: bytes, signature_hex: str, public_key_hex_: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex_)).verify(bytes.fromhex(signature_hex),
                                                                                  payload)
    except (InvalidSignature, ValueError):
        return False
    return True
