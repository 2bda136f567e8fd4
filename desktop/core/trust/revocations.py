"""A signed list of revoked keys, for verifying export folders away from the store (`verify DIR --revoked`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.core.trust.audit import canonical_json
from desktop.core.trust.signers import Signer

REVOCATIONS_KIND = "clearance-revocations"


def revocation_list(revoked: list[dict], signer: Signer, signer_name: str) -> bytes:
    """The store's revocations (fingerprint, name, when, why), signed by a trusted signer's key."""
    record = {"kind": REVOCATIONS_KIND, "at": datetime.now(UTC).isoformat(timespec="seconds"),
              "signer": signer_name, "fingerprint": signer.fingerprint,
              "revoked": [{k: r[k] for k in ("fingerprint", "name", "revoked_at", "reason")} for r in revoked]}
    signed = {**record, "signature": signer.sign(canonical_json(record)), "public_key": signer.public.public_key}
    return json.dumps(signed, indent=2, sort_keys=True).encode("utf-8")
