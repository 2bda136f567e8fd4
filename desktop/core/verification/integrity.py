"""Offline integrity check of a store or an export folder: audit chain, sign-offs, manifest and file hashes."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.audit import (
    AUDIT_FILE,
    GENESIS,
    MANIFEST_FILE,
    SIGNOFFS_FILE,
    entry_hash,
    signature_valid,
)
from desktop.core.store.base import StoreError
from desktop.core.store.batches import read_only_snapshot


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    checked: tuple[str, ...]
    problems: tuple[str, ...]  # the first is the first bad entry or file found


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_chain(entries: list[dict]) -> tuple[list[str], dict[int, str]]:
    """Problems of an audit chain and the verified hash of each seq.

    An entry without a payload (a hash link in an export folder) is checked for linkage only.
    """
    problems, hashes, prev = [], {}, GENESIS
    for i, e in enumerate(entries, start=1):
        seq = e.get("seq")
        if seq != i:
            problems.append(f"audit entry {i}: missing or out of order (found seq {seq})")
            break
        if e.get("prev_hash") != prev:
            problems.append(f"audit entry {seq}: does not link to entry {seq - 1} (prev_hash changed)")
        if "payload" in e:
            payload = e["payload"]
            if isinstance(payload, str):
                try:
                    payload = json.loads(payload)
                except ValueError:
                    problems.append(f"audit entry {seq} ({e.get('kind')}): payload is not valid JSON (changed)")
                    prev = e.get("entry_hash")
                    continue
            entry = {"seq": seq, "at": e.get("at"), "actor": e.get("actor"), "kind": e.get("kind"), "payload": payload}
            if entry_hash(entry, e.get("prev_hash") or "") != e.get("entry_hash"):
                problems.append(f"audit entry {seq} ({e.get('kind')}): content changed (hash mismatch)")
        hashes[seq] = e.get("entry_hash")
        prev = e.get("entry_hash")
    return problems, hashes


def check_signoff(payload: bytes, signature: str, public_key: str, manifest_sha256: str,
                  chain: dict[int, str], label: str) -> list[str]:
    if not signature_valid(payload, signature, public_key):
        return [f"{label}: signature does not verify (the sign-off was changed)"]
    record = json.loads(payload)
    problems = []
    if record.get("manifest_sha256") != manifest_sha256:
        problems.append(f"{label}: signed a different manifest (the manifest was changed after sign-off)")
    head = record.get("audit_head") or {}
    if head.get("seq") and chain.get(head["seq"]) != head.get("hash"):
        problems.append(f"{label}: the audit entry {head.get('seq')} it covers was changed")
    return problems


def verify_store(store_path: Path) -> IntegrityReport:
    try:
        snap = read_only_snapshot(Path(store_path))
    except StoreError as exc:
        return IntegrityReport(False, (), (str(exc),))
    problems, chain = check_chain(snap["audit"])
    checked = [f"audit chain: {len(snap['audit'])} entries"] if not problems else []
    exports = {}
    for e in snap["audit"]:
        if e["kind"] == "export":
            try:
                payload = json.loads(e["payload"])
                exports[payload["batch"]] = payload
            except (ValueError, KeyError, TypeError):
                continue
    files_by_batch: dict[str, list[dict]] = {}
    for f in snap["files"]:
        files_by_batch.setdefault(f["batch_id"], []).append(f)
    for batch in snap["batches"]:
        problems += _check_stored_batch(batch, files_by_batch.get(batch["id"], []), exports.get(batch["id"]))
        checked.append(f"batch {batch['id']}: manifest and {len(files_by_batch.get(batch['id'], []))} file(s)")
    for s in snap["signoffs"]:
        batch = next((b for b in snap["batches"] if b["id"] == s["batch_id"]), None)
        manifest_sha = _sha(bytes(batch["manifest"])) if batch else ""
        label = f"sign-off {s['id']} ({s['meaning']} by {s['signer']})"
        problems += check_signoff(bytes(s["payload"]), s["signature"], s["public_key"], manifest_sha, chain, label)
        checked.append(f"{label}: key {s['public_key'][:16]}")
    return IntegrityReport(not problems, tuple(checked), tuple(problems))


def _check_stored_batch(batch: dict, files: list[dict], export_entry: dict | None) -> list[str]:
    label = f"batch {batch['id']}"
    manifest = bytes(batch["manifest"])
    problems = []
    if _sha(manifest) != batch["manifest_sha256"]:
        problems.append(f"{label}: manifest changed (sha256 differs from the one recorded)")
    if export_entry is None:
        problems.append(f"{label}: no export entry in the audit log")
    elif export_entry.get("manifest_sha256") != _sha(manifest):
        problems.append(f"{label}: manifest differs from the one recorded in the audit log")
    try:
        listed = {f["name"]: f for f in json.loads(manifest)["files"]}
    except (ValueError, KeyError, TypeError):
        return problems + [f"{label}: manifest is not readable JSON (changed)"]
    for f in files:
        content = bytes(f["content"])
        expected = listed.get(f["name"], {}).get("sha256")
        if _sha(content) != f["sha256"] or _sha(content) != expected:
            problems.append(f"{label} file {f['name']}: content changed (sha256 differs from the manifest)")
    missing = set(listed) - {f["name"] for f in files}
    problems += [f"{label} file {name}: missing" for name in sorted(missing)]
    return problems


def verify_export_dir(folder: Path) -> IntegrityReport:
    folder = Path(folder)
    try:
        manifest_bytes = (folder / MANIFEST_FILE).read_bytes()
        signoffs = json.loads((folder / SIGNOFFS_FILE).read_text(encoding="utf-8"))
        audit = [json.loads(line) for line in (folder / AUDIT_FILE).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    except (OSError, ValueError) as exc:
        return IntegrityReport(False, (), (f"{folder}: not a complete export folder ({exc})",))
    manifest_sha = _sha(manifest_bytes)
    problems, chain = check_chain(audit)
    checked = [f"audit chain: {len(audit)} links"] if not problems else []
    try:
        manifest = json.loads(manifest_bytes)
        listed = manifest["files"]
    except (ValueError, KeyError, TypeError):
        return IntegrityReport(False, tuple(checked), (f"{MANIFEST_FILE}: not readable JSON (changed)", *problems))
    for f in listed:
        path = folder / f["name"]
        if not path.is_file():
            problems.append(f"{f['name']}: missing")
        elif _sha(path.read_bytes()) != f["sha256"]:
            problems.append(f"{f['name']}: content changed (sha256 differs from the manifest)")
        else:
            checked.append(f"{f['name']}: sha256 matches")
    known = {f["name"] for f in listed} | {MANIFEST_FILE, SIGNOFFS_FILE, AUDIT_FILE}
    problems += [f"{p.name}: not listed in the manifest" for p in sorted(folder.iterdir())
                 if p.is_file() and p.name not in known]
    if not any(e.get("kind") == "export" and e.get("payload", {}).get("manifest_sha256") == manifest_sha
               for e in audit):
        problems.append(f"{MANIFEST_FILE}: changed (its hash is not the one recorded in the audit trail)")
    if not signoffs:
        problems.append("no sign-off for this batch")
    for i, s in enumerate(signoffs, start=1):
        label = f"sign-off {i} ({s.get('meaning')} by {s.get('signer')})"
        problems += check_signoff(s["payload"].encode("utf-8"), s["signature"], s["public_key"], manifest_sha,
                                  chain, label)
        problems += _shown_matches_signed(s, label)
        checked.append(f"{label}: key {s['public_key'][:16]}")
    return IntegrityReport(not problems, tuple(checked), tuple(problems))


def _shown_matches_signed(record: dict, label: str) -> list[str]:
    """The readable fields of signoffs.json must say what the signed payload says."""
    try:
        signed = json.loads(record["payload"])
    except ValueError:
        return [f"{label}: signed payload is not readable JSON (changed)"]
    changed = [k for k in ("meaning", "signer", "os_user", "at") if record.get(k) != signed.get(k)]
    return [f"{label}: {', '.join(changed)} differ from what was signed (changed)"] if changed else []
