"""Ed25519 sign-off of an export batch: who, when, what it means, over the manifest hash and audit head."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core.audit import canonical_json
from desktop.core.store.base import os_user

MEANINGS = ("reviewed", "approved")
FOUR_EYES_SETTING = "four_eyes"
KEY_FILE = "signing-key.pem"


class SignoffError(Exception):
    """A sign-off that is refused; the message is one line for people."""


def key_path() -> Path:
    return Path(platformdirs.user_data_dir("Clearance", appauthor=False)) / KEY_FILE


def signing_key(path: Path | None = None) -> Ed25519PrivateKey:
    """The user's signing key, made on first use; only its owner may read it (file 0600, folder 0700)."""
    path = path or key_path()
    if path.exists():
        return serialization.load_pem_private_key(path.read_bytes(), password=None)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    # Created with owner-only permissions from the first byte, never chmod-ed after the fact.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
        fh.flush()
        os.fsync(fh.fileno())
    return key


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def batch_reviewers(store, batch_id: str) -> set[str]:
    doc_ids = [f["document_id"] for f in store.batch_files(batch_id, with_content=False) if f["document_id"]]
    return store.decision_actors(doc_ids)


def check_four_eyes(store, batch_id: str, signer: str, meaning: str) -> None:
    """With four eyes on, an approver must be neither a reviewer of the documents nor a `reviewed` signer."""
    if meaning != "approved" or store.setting(FOUR_EYES_SETTING) != "1":
        return
    who = {signer.casefold(), os_user().casefold()}
    reviewers = {r.casefold() for r in batch_reviewers(store, batch_id)}
    if who & reviewers:
        raise SignoffError(f"four-eyes rule: {signer} reviewed documents of this batch and cannot approve it")
    review_signers = {s for r in store.signoffs(batch_id) if r["meaning"] == "reviewed"
                      for s in (r["signer"].casefold(), r["os_user"].casefold())}
    if who & review_signers:
        raise SignoffError(f"four-eyes rule: {signer} signed this batch as reviewed and cannot also approve it")


def sign_off(store, batch_id: str, signer: str, meaning: str, key: Ed25519PrivateKey | None = None) -> dict:
    """Sign the batch's manifest hash and the current audit head; store it and chain it in the audit log."""
    signer = (signer or "").strip()
    if not signer:
        raise SignoffError("a sign-off needs the signer's name")
    if meaning not in MEANINGS:
        raise SignoffError(f"meaning must be one of {', '.join(MEANINGS)}, not {meaning!r}")
    batch = store.batch(batch_id)
    if batch is None:
        raise SignoffError(f"no batch {batch_id!r} in the store")
    check_four_eyes(store, batch_id, signer, meaning)
    key = key or signing_key()
    with store.atomic():
        seq, head = store.audit_head()
        record = {"batch": batch_id, "signer": signer, "os_user": os_user(), "meaning": meaning,
                  "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                  "manifest_sha256": batch["manifest_sha256"], "audit_head": {"seq": seq, "hash": head}}
        payload = canonical_json(record)
        signature = key.sign(payload).hex()
        public = public_key_hex(key)
        store.add_signoff(batch_id=batch_id, meaning=meaning, signer=signer, os_user=record["os_user"],
                          at=record["at"], payload=payload, signature=signature, public_key=public,
                          audit_payload={**record, "signature": signature, "public_key": public})
    return {**record, "signature": signature, "public_key": public}
