"""Accepting a restored backup on purpose: a trusted signer signs that the store's chain, shorter than the last
head seen, is the one to keep; the acceptance is an audit entry, and the head files follow it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.core.trust.audit import canonical_json, signature_valid
from desktop.core.trust.head import head_problems, record_head, seen_heads, store_id
from desktop.core.trust.signers import Signer, fingerprint, short

RESTORE_KIND = "restore-accepted"


class RestoreError(Exception):
    """A restore that cannot be accepted; one line for people."""


def accept_restore(store, signer: Signer) -> dict:
    """Sign and record that the store as it is now (restored from a backup) is accepted; returns the record."""
    trusted = store.trusted_signer(signer.fingerprint)
    if trusted is None or store.revocation(signer.fingerprint):
        raise RestoreError(f"{signer.name}'s key ({short(signer.fingerprint)}) is not trusted in this store; "
                           "only a trusted signer accepts a restore")
    seq, digest = store.audit_head()
    chain = {e["seq"]: e["entry_hash"] for e in store.audit_entries()}
    _, problems = head_problems(store.path, chain)
    if not problems:
        raise RestoreError("nothing to accept: the chain ends at the last head Clearance recorded")
    sid = store_id(chain[min(chain)])
    seen = max((_top(s.record) for s in seen_heads(store.path, sid) if s.record), default=0)
    record = {"store": sid, "restored_head": {"seq": seq, "hash": digest}, "last_head_seen": seen,
              "signer": trusted["name"], "fingerprint": signer.fingerprint,
              "at": datetime.now(UTC).isoformat(timespec="seconds"), "problems": problems}
    signature = signer.sign(canonical_json(record))
    with store.atomic():
        store.append_audit(RESTORE_KIND, {**record, "signature": signature,
                                          "public_key": signer.public.public_key}, actor=trusted["name"])
    record_head(store.path, sid, store.audit_head(), force=True)  # the heads move back to the accepted chain
    return record


def _top(record: dict) -> int:
    pending = record.get("pending") or {}
    return max(int(record.get("seq") or 0), int(pending.get("seq") or 0))


def restore_entries_problems(audit: list[dict], trusted_fingerprints: set[str]) -> tuple[list[str], list[str]]:
    """(checked, problems) of the chain's accepted restores: each signed by a key the store trusts."""
    checked, problems = [], []
    for e in audit:
        if e.get("kind") != RESTORE_KIND:
            continue
        payload = e["payload"] if isinstance(e["payload"], dict) else json.loads(e["payload"])
        record = {k: v for k, v in payload.items() if k not in ("signature", "public_key")}
        key = str(payload.get("public_key", ""))
        try:
            fp = fingerprint(key)
        except ValueError:
            fp = None
        ok = (signature_valid(canonical_json(record), str(payload.get("signature", "")), key)
              and fp == record.get("fingerprint") and fp in trusted_fingerprints)
        if ok:
            checked.append(f"audit entry {e['seq']}: a restore to entry {record['restored_head']['seq']} "
                           f"(last head seen {record.get('last_head_seen')}) accepted by {record.get('signer')}")
        else:
            problems.append(f"audit entry {e['seq']}: an accepted restore whose signature does not verify "
                            "or whose key is not trusted")
    return checked, problems
