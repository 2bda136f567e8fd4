"""Ed25519 sign-off of an export batch by a named signer's key, over the manifest hash and the chain head.

Identity is the key: the store must trust it, and the four-eyes rule compares fingerprints, never
names, accounts or environment variables.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.core import settings
from desktop.core.store.areas import BatchesStore, SettingsStore, SignOffRulesStore, SignOffStore
from desktop.core.trust.audit import canonical_json
from desktop.core.trust.lines import four_eyes_refusal
from desktop.core.trust.signers import Signer, short, signature_valid

MEANINGS = ("reviewed", "approved")
FOUR_EYES_SETTING = settings.FOUR_EYES.key

__all__ = ["MEANINGS", "FOUR_EYES_SETTING", "SignoffError", "sign_off", "signature_valid", "four_eyes_applies",
           "named_signer"]


class SignoffError(Exception):
    """A sign-off that is refused; the message is one line for people."""


def four_eyes_applies(store: SettingsStore, batch: dict) -> bool:
    """On if the store says so now, or if the batch was built while it was on (its manifest records it)."""
    try:
        recorded = json.loads(bytes(batch["manifest"]))["settings"].get("four_eyes") is True
    except (ValueError, KeyError, TypeError, AttributeError):
        recorded = False
    return recorded or settings.get(store, settings.FOUR_EYES)


def named_signer(store: BatchesStore, name: str, fingerprint: str, meaning: str) -> dict:
    """How a batch's manifest names the person who will sign it: the name the store trusts the key
    under (else the key's own name), its fingerprint, and what the sign-off will mean."""
    trusted = store.trusted_signer(fingerprint)
    return {"name": trusted["name"] if trusted else name, "fingerprint": fingerprint, "meaning": meaning}


def valid_signoffs(store: BatchesStore, batch_id: str) -> list[dict]:
    """The batch's sign-offs whose signature verifies and whose key the store trusts, with their fingerprint."""
    from desktop.core.trust.signers import fingerprint

    out = []
    for s in store.signoffs(batch_id):
        fp = fingerprint(s["public_key"])
        if (store.trusted_signer(fp) and signature_valid(bytes(s["payload"]), s["signature"], s["public_key"])
                and not _after_revocation(store.revocation(fp), bytes(s["payload"]))):
            out.append({**s, "fingerprint": fp})
    return out


def _after_revocation(revoked: dict | None, payload: bytes) -> bool:
    """Whether a sign-off by a revoked key was made at or after its revocation (the chain head it signed)."""
    if revoked is None:
        return False
    try:
        head = json.loads(payload).get("audit_head") or {}
    except ValueError:
        return True
    return int(head.get("seq", 0)) >= int(revoked["audit_seq"])


def check_rules(store: SignOffRulesStore, batch: dict, fp: str, meaning: str) -> None:
    """A key signs a batch once, and never after it was revoked; with four eyes, `approved` needs a
    `reviewed` sign-off by another trusted key."""
    refusal = qa_refusal(batch)
    if refusal:
        raise SignoffError(refusal)
    revoked = store.revocation(fp)
    if revoked:
        raise SignoffError(f"{revoked['name']}'s key ({short(fp)}) was revoked on {revoked['revoked_at'][:10]}"
                           f"{': ' + revoked['reason'] if revoked['reason'] else ''}; it signs nothing any more")
    signed = valid_signoffs(store, batch["id"])
    mine = [s for s in signed if s["fingerprint"] == fp]
    if mine:
        raise SignoffError(f"this key ({short(fp)}) already signed batch {batch['id']} as {mine[0]['meaning']}; "
                           f"a second sign-off needs another person's key")
    if (meaning == "approved" and four_eyes_applies(store, batch)
            and not any(s["meaning"] == "reviewed" for s in signed)):
        raise SignoffError("four-eyes rule: the batch needs a 'reviewed' sign-off by a trusted key "
                               "before it can be approved")
    if four_eyes_applies(store, batch):
        _two_lines(store, signed, fp, meaning)


def _two_lines(store: SignOffRulesStore, signed: list[dict], fp: str, meaning: str) -> None:
    """Four eyes are two keys on two branches of trust (trust/lines.py): no key added by the other, directly
    or through keys it added, nor both added below one key; the store's first key signs neither side."""
    mine = store.trust_line(fp)
    if len(mine) < 2:
        raise SignoffError(f"four-eyes rule: {four_eyes_refusal(mine, mine)}; the first key adds the reviewer's "
                           "and the approver's keys (clearance signer trust NAME.pub --by FIRST), who then sign")
    if meaning != "approved":
        return
    refusals = [four_eyes_refusal(store.trust_line(s["fingerprint"]), mine) for s in signed if s["meaning"] == "reviewed"]
    if refusals and all(refusals):
        raise SignoffError(f"four-eyes rule: {refusals[0]}; the approval needs a key added through another "
                           "branch of trust")


def qa_refusal(batch: dict) -> str | None:
    """An automatic batch signs only on a complete QA sample whose bound meets its target (qa/gate.py)."""
    from desktop.core.qa.gate import signoff_refusal

    try:
        manifest = json.loads(bytes(batch["manifest"]))
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable manifest is the integrity check's to report
    return signoff_refusal(manifest) if isinstance(manifest, dict) else None


def _two_people(store: SignOffRulesStore, batch: dict, fp: str, meaning: str) -> None:
    """Four eyes are two people: an approval by a key whose key folder (this account's) also holds the key
    that reviewed the batch is refused; one person holding two keys is exactly what the rule is against."""
    from desktop.core.trust.signers import local_fingerprint, local_signers

    if meaning != "approved" or not four_eyes_applies(store, batch):
        return
    here = {local_fingerprint(name): name for name in local_signers()}
    if fp not in here:
        return
    reviewers = [s for s in valid_signoffs(store, batch["id"]) if s["meaning"] == "reviewed" and s["fingerprint"] in here]
    if reviewers:
        raise SignoffError(f"four-eyes rule: this account's key folder holds both {reviewers[0]['signer']}'s "
                           f"key, which reviewed batch {batch['id']}, and {here[fp]}'s; the approval must be "
                           "made by another person with their own key, in their own account")


def _trusted_name(store: BatchesStore, signer: Signer) -> tuple[str, bool]:
    """The name the store trusts this key under; the first signer of a store with none is trusted (audited)."""
    row = store.trusted_signer(signer.fingerprint)
    if row:
        return row["name"], False
    if not store.trusted_signers():
        try:
            store.trust_signer(signer.name, signer.public.public_key, signer.fingerprint,
                               reason="first signer of this store")
        except Exception as exc:  # a name clash: said in one line
            raise SignoffError(str(exc)) from exc
        return signer.name, True
    raise SignoffError(f"{signer.name}'s key ({short(signer.fingerprint)}) is not trusted in this store; a "
                       f"colleague must run `clearance signer trust {signer.name}.pub` first")


def sign_off(store: SignOffStore, batch_id: str, signer: Signer, meaning: str) -> dict:
    """Sign the batch's manifest hash and the current chain head; store it and chain it in the audit log.

    Runs inside the caller's transaction if there is one, so an export that fails later undoes it.
    """
    if meaning not in MEANINGS:
        raise SignoffError(f"meaning must be one of {', '.join(MEANINGS)}, not {meaning!r}")
    if not isinstance(signer, Signer):
        raise SignoffError("a sign-off needs a signer's key (clearance signer create NAME)")
    batch = store.batch(batch_id)
    if batch is None:
        raise SignoffError(f"no batch {batch_id!r} in the store")
    with store.atomic():
        name, newly_trusted = _trusted_name(store, signer)
        check_rules(store, batch, signer.fingerprint, meaning)
        _two_people(store, batch, signer.fingerprint, meaning)
        seq, head = store.audit_head()
        record = {"batch": batch_id, "signer": name, "fingerprint": signer.fingerprint, "meaning": meaning,
                  "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                  "manifest_sha256": batch["manifest_sha256"], "audit_head": {"seq": seq, "hash": head},
                  "four_eyes": four_eyes_applies(store, batch), "trust_line": store.trust_line(signer.fingerprint)}
        payload = canonical_json(record)
        signature = signer.sign(payload)
        public = signer.public.public_key
        store.add_signoff(batch_id=batch_id, meaning=meaning, signer=name, os_user="", at=record["at"],
                          payload=payload, signature=signature, public_key=public,
                          audit_payload={**record, "signature": signature, "public_key": public})
    return {**record, "signature": signature, "public_key": public, "newly_trusted": newly_trusted}


def batch_complete(store: SignOffRulesStore, batch_id: str) -> tuple[bool, str]:
    """Whether the batch carries the sign-offs it needs to leave, and if not, what is missing."""
    batch = store.batch(batch_id)
    signed = valid_signoffs(store, batch_id)
    if not signed:
        return False, "it has no sign-off by a trusted key"
    if four_eyes_applies(store, batch):
        reviewed = {s["fingerprint"] for s in signed if s["meaning"] == "reviewed"}
        approved = {s["fingerprint"] for s in signed if s["meaning"] == "approved"}
        if not reviewed or not approved - reviewed:
            return False, ("four-eyes is on: it needs an 'approved' sign-off by a second trusted key "
                           f"(clearance signoff {batch_id} --meaning approved --signer NAME)")
        refusals = [four_eyes_refusal(store.trust_line(r), store.trust_line(a)) for r in reviewed for a in approved]
        if all(refusals):
            return False, f"four-eyes is on and its two keys may be one person's: {refusals[0]}"
    return True, ""


def awaiting_approval(store: SignOffRulesStore) -> list[str]:
    """Batches under four eyes that carry a trusted `reviewed` sign-off and still wait for the approval."""
    waiting = []
    for b in store.batches():
        signed = valid_signoffs(store, b["id"])
        if any(s["meaning"] == "reviewed" for s in signed) and not batch_complete(store, b["id"])[0]:
            waiting.append(b["id"])
    return waiting
