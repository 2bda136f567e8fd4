"""Sign-offs checked against trust: signature, trusted key, chain head, one audit entry each, four-eyes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.trust.lines import four_eyes_refusal, line_problem
from desktop.core.trust.signers import (
    SignerError,
    fingerprint,
    read_public_key_file,
    short,
    signature_valid,
)


@dataclass(frozen=True)
class Trusted:
    name: str
    source: str  # the public key file, or "the store"
    revoked_at_seq: int | None = None  # the audit entry that revoked the key: it signs nothing from there on
    revoked_on: str | None = None  # from a signed revocation list: the key signs nothing from then on


def trust_from_files(paths: list[Path]) -> dict[str, Trusted]:
    """Fingerprint -> trusted signer, from colleagues' public key files; a bad file raises SignerError."""
    trusted = {}
    for path in paths:
        signer = read_public_key_file(path)
        trusted[signer.fingerprint] = Trusted(signer.name, Path(path).name)
    return trusted


def trust_from_rows(rows: list[dict], revoked: list[dict] | None = None) -> dict[str, Trusted]:
    revoked_at = {r["fingerprint"]: r["audit_seq"] for r in revoked or []}
    return {r["fingerprint"]: Trusted(r["name"], "trusted in the store", revoked_at.get(r["fingerprint"]))
            for r in rows if r.get("public_key") and fingerprint(r["public_key"]) == r["fingerprint"]}


@dataclass
class SignoffCheck:
    checked: list[str]
    problems: list[str]
    valid: list[dict]  # signed payloads of good sign-offs, each with its fingerprint


def check_signoffs(records: list[dict], manifest: dict, manifest_sha: str, chain: dict[int, str],
                   trusted: dict[str, Trusted], audit_signoffs: list[tuple[int, dict]]) -> SignoffCheck:
    """records: {payload: bytes, signature, public_key, meaning, signer}; audit_signoffs: (seq, payload) of the
    batch's `signoff` entries in the chain."""
    out = SignoffCheck([], [], [])
    seen: dict[str, int] = {}
    recorded_at = {payload.get("signature"): seq for seq, payload in audit_signoffs}
    for i, r in enumerate(records, start=1):
        label = f"sign-off {i} ({r.get('meaning')} by {r.get('signer')})"
        if r["signature"] in seen:
            out.problems.append(f"{label}: duplicates sign-off {seen[r['signature']]} (a copied sign-off)")
            continue
        seen[r["signature"]] = i
        problems = _check_one(r, label, manifest_sha, chain, trusted)
        problems += _revocation_problems(r, label, trusted, recorded_at.get(r["signature"]))
        out.problems += problems
        if not problems:
            signed = json.loads(r["payload"])
            fp = fingerprint(r["public_key"])
            out.valid.append({**signed, "fingerprint": fp})
            old = " (made before named signers)" if "fingerprint" not in signed else ""
            if trusted[fp].revoked_at_seq is not None:
                old += f" (the key was revoked later, at audit entry {trusted[fp].revoked_at_seq})"
            out.checked.append(f"{label}: key {short(fp)} trusted as {trusted[fp].name} ({trusted[fp].source}){old}")
    out.problems += _match_audit(records, audit_signoffs)
    return out


def _revocation_problems(r: dict, label: str, trusted: dict[str, Trusted], recorded_seq: int | None) -> list[str]:
    """A revoked key's sign-offs count only where the chain recorded them before the revocation."""
    try:
        fp = fingerprint(r["public_key"])
    except (ValueError, TypeError):
        return []  # said by _check_one
    revoked_on = trusted[fp].revoked_on if fp in trusted else None
    if revoked_on is not None:
        try:
            signed_at = str(json.loads(r["payload"]).get("at", ""))
        except ValueError:
            signed_at = ""
        if not signed_at or signed_at >= revoked_on:
            return [f"{label}: made after the key was revoked on {revoked_on[:10]} (the revocation list)"]
    revoked = trusted[fp].revoked_at_seq if fp in trusted else None
    if revoked is None or (recorded_seq is not None and recorded_seq < revoked):
        return []
    return [f"{label}: made after the key was revoked (audit entry {revoked})"]


def _check_one(r: dict, label: str, manifest_sha: str, chain: dict[int, str], trusted: dict[str, Trusted]) -> list:
    try:
        fp = fingerprint(r["public_key"])
    except (ValueError, TypeError):
        return [f"{label}: the public key is not readable (changed)"]
    if not signature_valid(r["payload"], r["signature"], r["public_key"]):
        return [f"{label}: signature does not verify (the sign-off was changed)"]
    if fp not in trusted:
        return [f"{label}: signed by a key that is not trusted (fingerprint {fp}); only keys given with "
                f"--trust or trusted in the store count"]
    signed = json.loads(r["payload"])
    problems = []
    if signed.get("fingerprint", fp) != fp:
        problems.append(f"{label}: the signed fingerprint is not the signing key's")
    # A sign-off from before named signers carries a typed name; its key is what identifies it.
    legacy = "fingerprint" not in signed
    if not legacy and signed.get("signer") != trusted[fp].name:
        problems.append(f"{label}: signed as {signed.get('signer')!r} but the key is trusted as "
                        f"{trusted[fp].name!r}")
    if signed.get("manifest_sha256") != manifest_sha:
        problems.append(f"{label}: signed a different manifest (the manifest was changed after sign-off)")
    head = signed.get("audit_head") or {}
    last = max(chain, default=0)
    if head.get("seq", 0) > last:
        problems.append(f"{label}: covers audit entry {head['seq']} but the chain ends at {last} "
                        f"(its tail was cut)")
    elif head.get("seq") and chain.get(head["seq"]) != head.get("hash"):
        problems.append(f"{label}: the audit entry {head.get('seq')} it covers was changed")
    changed = [k for k in ("meaning", "signer") if k in r and r[k] != signed.get(k)]
    if changed:
        problems.append(f"{label}: {', '.join(changed)} differ from what was signed (changed)")
    return problems


def _match_audit(records: list[dict], audit_signoffs: list[tuple[int, dict]]) -> list[str]:
    """Each sign-off has exactly one entry in the chain and each entry its sign-off: none deleted, none copied."""
    problems = []
    in_chain: dict[str, list[int]] = {}
    for seq, payload in audit_signoffs:
        in_chain.setdefault(payload.get("signature"), []).append(seq)
    signatures = {r["signature"] for r in records}
    for sig, seqs in in_chain.items():
        if len(seqs) > 1:
            problems.append(f"audit entries {', '.join(map(str, seqs))} record the same sign-off twice")
        if sig not in signatures:
            payload = dict(audit_signoffs)[seqs[0]]
            problems.append(f"audit entry {seqs[0]} records a sign-off ({payload.get('meaning')} by "
                            f"{payload.get('signer')}) that is missing (deleted)")
    for i, r in enumerate(records, start=1):
        if r["signature"] not in in_chain:
            problems.append(f"sign-off {i} ({r.get('meaning')} by {r.get('signer')}): not in the audit chain")
    return problems


def check_policy(manifest: dict, valid: list[dict], required: bool, require_four_eyes: bool = False,
                 trusted: dict[str, Trusted] | None = None) -> tuple[list[str], list[str]]:
    """(checked, problems): the signers the manifest names signed, and four-eyes holds if the manifest says so,
    if a sign-off was made under it (a manifest that lost its flag after an approval), or if the verifier asks.

    A store may hold a batch still waiting for approval (`required` False); a folder that leaves may not.
    The two keys must be two people's by the lines of trust their sign-offs carry (trust/lines.py), going
    back to one first key in `trusted`."""
    checked, problems = [], []
    by_key = {(v["fingerprint"], v["meaning"]) for v in valid}
    for s in manifest.get("signers", []):
        if (s.get("fingerprint"), s.get("meaning")) not in by_key:
            problems.append(f"the manifest names {s.get('name')} ({short(s.get('fingerprint', ''))}) as "
                            f"{s.get('meaning')} signer, but that sign-off is missing")
    signed_under = any(v.get("four_eyes") is True for v in valid)
    if (manifest.get("settings") or {}).get("four_eyes") or signed_under or require_four_eyes:
        reviewed = [v for v in valid if v["meaning"] == "reviewed"]
        approved = [v for v in valid if v["meaning"] == "approved"
                    and v["fingerprint"] not in {r["fingerprint"] for r in reviewed}]
        refusals = [(_pair_refusal(r, a, trusted), r, a) for r in reviewed for a in approved]
        two = next(((r, a) for refusal, r, a in refusals if refusal is None), None)
        if two:
            first = two[0]["trust_line"][-1]
            checked.append(f"four eyes: reviewed by {two[0]['signer']} and approved by {two[1]['signer']}, two trusted "
                           f"keys on two branches of trust below the first key {first['name']} "
                           f"({short(first['fingerprint'])})")
        elif refusals and required:
            problems.append(f"four-eyes: the two keys may be one person's: {refusals[0][0]}")
        elif refusals:
            checked.append(f"four eyes: waiting for an approval by a key on another branch ({refusals[0][0]})")
        elif required:
            problems.append("four-eyes: the batch needs a 'reviewed' and an 'approved' sign-off by two "
                            "different trusted keys")
        else:
            checked.append("four eyes: waiting for the approved sign-off by a second key")
    return checked, problems


def _pair_refusal(reviewed: dict, approved: dict, trusted: dict[str, Trusted] | None) -> str | None:
    """Why a reviewed and an approved sign-off, by the lines of trust they signed, may be one person's."""
    for v in (reviewed, approved):
        problem = line_problem(v.get("trust_line"), v["fingerprint"])
        if problem:
            return f"the {v['meaning']} sign-off by {v.get('signer')}: {problem}"
    refusal = four_eyes_refusal(reviewed["trust_line"], approved["trust_line"])
    if refusal:
        return refusal
    first = reviewed["trust_line"][-1]
    if trusted is not None and first["fingerprint"] not in trusted:
        return (f"the first key both lines of trust go back to, {first['name']} ({short(first['fingerprint'])}), is "
                "not trusted here (give its public key with --trust): any key can head a line")
    return None


def load_trust(paths: list[Path] | None) -> tuple[dict[str, Trusted] | None, str | None]:
    """(trust, error) from --trust files; (None, None) when none were given."""
    if not paths:
        return None, None
    try:
        return trust_from_files(paths), None
    except SignerError as exc:
        return None, str(exc)


def load_revocations(path: Path, trust: dict[str, Trusted] | None) -> tuple[dict[str, Trusted] | None, str | None]:
    """(trust with the listed keys revoked, error) from a revocation list signed by a key in `trust`."""
    from desktop.core.trust.audit import canonical_json
    from desktop.core.trust.revocations import REVOCATIONS_KIND

    if trust is None:
        return None, "--revoked needs --trust FILE: the list counts only if a trusted key signed it"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        record = {k: v for k, v in data.items() if k not in ("signature", "public_key")}
        fp = fingerprint(data["public_key"])
        entries = {r["fingerprint"]: str(r["revoked_at"]) for r in data["revoked"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return None, f"{path}: not a revocation list written by clearance signer revocations ({exc})"
    if data.get("kind") != REVOCATIONS_KIND or not signature_valid(canonical_json(record), str(data.get("signature")),
                                                                   data["public_key"]):
        return None, f"{path}: the revocation list's signature does not verify (changed)"
    if fp not in trust or fp in entries:
        return None, f"{path}: signed by a key that is not given with --trust (fingerprint {short(fp)})"
    return {k: Trusted(t.name, t.source, t.revoked_at_seq, entries.get(k, t.revoked_on))
            for k, t in trust.items()}, None

