"""Trust that takes two: a key is added to a store's trusted keys only with the sign-off of a key it trusts."""

from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.trust.audit import canonical_json, signature_valid
from desktop.core.trust.signers import Signer


def vouch(voucher: Signer, voucher_name: str, name: str, public_key: str, fingerprint: str) -> dict:
    """The already-trusted signer's signed word that `name`'s key may be trusted: recorded with the key."""
    record = {"trust": {"name": name, "fingerprint": fingerprint, "public_key": public_key},
              "at": datetime.now(UTC).isoformat(timespec="seconds")}
    return {"name": voucher_name, "fingerprint": voucher.fingerprint, "public_key": voucher.public.public_key,
            "at": record["at"], "signature": voucher.sign(canonical_json(record))}


def vouch_valid(vouched_by: dict, name: str, public_key: str, fingerprint: str) -> bool:
    record = {"trust": {"name": name, "fingerprint": fingerprint, "public_key": public_key}, "at": vouched_by.get("at")}
    return signature_valid(canonical_json(record), str(vouched_by.get("signature", "")),
                           str(vouched_by.get("public_key", "")))
