"""Offline integrity check of a store or an export folder: chain, chained state, trusted sign-offs, files."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.core.store.base import StoreError
from desktop.core.store.batches import read_only_snapshot
from desktop.core.store.schema import SCHEMA_VERSION
from desktop.core.store.state import differences, full_state, replay
from desktop.core.trust.audit import AUDIT_FILE, GENESIS, MANIFEST_FILE, SIGNOFFS_FILE, entry_hash
from desktop.core.trust.head import head_problems
from desktop.core.verification.restore import restore_entries_problems
from desktop.core.verification.trust import Trusted, check_policy, check_signoffs, trust_from_rows


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    checked: tuple[str, ...]
    problems: tuple[str, ...]  # the first is the first bad entry or file found


def _one_line(integrity: list[str]) -> str:
    lines = [x.strip() for r in integrity for x in str(r).splitlines() if x.strip() and not x.startswith("***")]
    return "; ".join(lines[:2])[:200]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _payload(e: dict):
    payload = e.get("payload")
    if isinstance(payload, str):
        try:
            return json.loads(payload)
        except ValueError:
            return None
    return payload


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
            payload = _payload(e)
            if payload is None:
                problems.append(f"audit entry {seq} ({e.get('kind')}): payload is not valid JSON (changed)")
            else:
                entry = {"seq": seq, "at": e.get("at"), "actor": e.get("actor"), "kind": e.get("kind"),
                         "payload": payload}
                if entry_hash(entry, e.get("prev_hash") or "") != e.get("entry_hash"):
                    problems.append(f"audit entry {seq} ({e.get('kind')}): content changed (hash mismatch)")
        hashes[seq] = e.get("entry_hash")
        prev = e.get("entry_hash")
    return problems, hashes


def state_problems(entries: list[dict], actual: dict) -> list[str]:
    """Rows of consents, parties, links, settings and trusted signers that differ from what the chain says."""
    parsed = [{**e, "payload": _payload(e)} for e in entries]
    return differences(replay(parsed), actual)


def store_problems(store) -> list[str]:
    """Why a store must not be exported from or signed: a damaged file, a broken chain, rows edited unseen."""
    integrity = [r[0] for r in store.db.execute("PRAGMA integrity_check").fetchall()]
    if integrity != ["ok"]:
        return [f"the store file is damaged (PRAGMA integrity_check: {_one_line(integrity)})"]
    entries = store.audit_entries()
    problems, chain = check_chain(entries)
    return problems + head_problems(store.path, chain)[1] + state_problems(entries, full_state(store.db.conn))


def _signoff_entries(audit: list[dict], batch_id: str) -> list[tuple[int, dict]]:
    return [(e["seq"], p) for e in audit if e.get("kind") == "signoff"
            and isinstance(p := _payload(e), dict) and p.get("batch") == batch_id]


def verify_store(store_path: Path, trust: dict[str, Trusted] | None = None) -> IntegrityReport:
    """Everything a store claims; sign-offs count only by keys in `trust` or, without it, the store's own."""
    try:
        snap = read_only_snapshot(Path(store_path))
    except StoreError as exc:
        return IntegrityReport(False, (), (str(exc),))
    if snap["integrity"] != ["ok"]:
        return IntegrityReport(False, (), (f"{store_path}: the file is damaged (PRAGMA integrity_check: "
                                           f"{_one_line(snap['integrity'])})",))
    if snap["schema"] < SCHEMA_VERSION:
        return IntegrityReport(False, (), (
            f"{store_path}: written by an older Clearance (schema {snap['schema']}); open it once with this "
            f"version (e.g. `clearance signer list --store {store_path}`) to upgrade it, then trust its "
            f"signers' keys (see README, Trust and sign-off)",))
    problems, chain = check_chain(snap["audit"])
    checked = [f"audit chain: {len(snap['audit'])} entries"] if not problems else []
    head_checked, head_said = head_problems(Path(store_path), chain)
    restores_checked, restores_said = restore_entries_problems(
        snap["audit"], {r["fingerprint"] for r in snap["trusted"] or []})
    checked += head_checked + restores_checked
    problems += head_said + restores_said
    state = state_problems(snap["audit"], snap["state"])
    problems += state
    if not state:
        checked.append(f"consents, parties, links, settings, trusted and revoked keys: "
                       f"{sum(len(t) for t in snap['state'].values())} rows as the chain recorded them")
    trusted = trust if trust is not None else trust_from_rows(snap["trusted"] or [], snap["revoked"])
    exports = {p["batch"]: p for e in snap["audit"] if e["kind"] == "export"
               and isinstance(p := _payload(e), dict) and "batch" in p}
    files_by_batch: dict[str, list[dict]] = {}
    for f in snap["files"]:
        files_by_batch.setdefault(f["batch_id"], []).append(f)
    for batch in snap["batches"]:
        problems += _check_stored_batch(batch, files_by_batch.get(batch["id"], []), exports.get(batch["id"]))
        checked.append(f"batch {batch['id']}: manifest and {len(files_by_batch.get(batch['id'], []))} file(s)")
        rows = [{**s, "payload": bytes(s["payload"])} for s in snap["signoffs"] if s["batch_id"] == batch["id"]]
        manifest = _manifest(batch["manifest"])
        problems += manifest_head_problems(manifest, chain, f"batch {batch['id']} manifest")
        result = check_signoffs(rows, manifest, _sha(bytes(batch["manifest"])), chain, trusted,
                                _signoff_entries(snap["audit"], batch["id"]))
        policy_checked, policy_problems = check_policy(manifest, result.valid, required=False, trusted=trusted)
        checked += [f"batch {batch['id']} {line}" for line in result.checked + policy_checked]
        problems += [f"batch {batch['id']} {line}" for line in result.problems + policy_problems]
        qa_checked, qa_problems = stored_qa(batch["id"], manifest, snap.get("qa_samples", []))
        checked, problems = checked + qa_checked, problems + qa_problems
    known = {b["id"] for b in snap["batches"]}
    problems += [f"sign-off {s['id']}: its batch {s['batch_id']} is not in the store" for s in snap["signoffs"]
                 if s["batch_id"] not in known]
    signed_batches = {p.get("batch") for e in snap["audit"]
                      if e["kind"] == "signoff" and isinstance(p := _payload(e), dict)}
    problems += [f"audit entry {seq}: records a sign-off of batch {batch_id}, which is not in the store"
                 for batch_id in sorted(signed_batches - known, key=str)
                 for seq, _ in _signoff_entries(snap["audit"], batch_id)]
    return IntegrityReport(not problems, tuple(checked), tuple(problems))


def manifest_head_problems(manifest: dict, chain: dict[int, str], label: str) -> list[str]:
    """The chain head the manifest recorded must be in the chain, unchanged (older manifests carry none)."""
    head = manifest.get("audit_head")
    if not isinstance(head, dict) or not head.get("seq"):
        return []
    last = max(chain, default=0)
    if head["seq"] > last:
        return [f"{label}: records audit entry {head['seq']} but the chain ends at {last} (its tail was cut)"]
    if chain.get(head["seq"]) != head.get("hash"):
        return [f"{label}: the audit entry {head['seq']} it records was changed"]
    return []


def _manifest(data) -> dict:
    try:
        manifest = json.loads(bytes(data))
        return manifest if isinstance(manifest, dict) else {}
    except ValueError:
        return {}


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


def verify_export_dir(folder: Path, trust: dict[str, Trusted] | None,
                      require_four_eyes: bool = False) -> IntegrityReport:
    """An export folder on its own: every file listed and unchanged, nothing else at any depth, the chain it
    carries, and sign-offs by keys in `trust` only (never the key written beside a signature)."""
    folder = Path(folder)
    try:
        manifest_bytes = (folder / MANIFEST_FILE).read_bytes()
        signoffs = json.loads((folder / SIGNOFFS_FILE).read_text(encoding="utf-8"))
        audit = [json.loads(line) for line in (folder / AUDIT_FILE).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    except (OSError, ValueError) as exc:
        return IntegrityReport(False, (), (f"{folder}: not a complete export folder ({exc})",))
    if not isinstance(signoffs, list) or not all(isinstance(e, dict) for e in audit):
        return IntegrityReport(False, (), (f"{SIGNOFFS_FILE} or {AUDIT_FILE}: not what Clearance writes (changed)",))
    manifest_sha = _sha(manifest_bytes)
    problems, chain = check_chain(audit)
    checked = [f"audit chain: {len(audit)} links"] if not problems else []
    try:
        manifest = json.loads(manifest_bytes)
        listed = manifest["files"]
        if not all(isinstance(f, dict) and isinstance(f.get("name"), str) for f in listed):
            raise TypeError("a file entry without a name")
    except (ValueError, KeyError, TypeError):
        return IntegrityReport(False, tuple(checked), (f"{MANIFEST_FILE}: not readable JSON (changed)", *problems))
    for f in listed:
        path = folder / f["name"]
        if "/" in f["name"] or "\\" in f["name"] or not path.is_file():
            problems.append(f"{f['name']}: missing")
        elif _sha(path.read_bytes()) != f["sha256"]:
            problems.append(f"{f['name']}: content changed (sha256 differs from the manifest)")
        else:
            checked.append(f"{f['name']}: sha256 matches")
    known = {f["name"] for f in listed} | {MANIFEST_FILE, SIGNOFFS_FILE, AUDIT_FILE}
    problems += [f"{p.relative_to(folder)}: not listed in the manifest" for p in sorted(folder.rglob("*"))
                 if p.relative_to(folder).as_posix() not in known and not p.is_dir()]
    problems += [f"{p.relative_to(folder)}/: a folder the manifest does not list" for p in sorted(folder.rglob("*"))
                 if p.is_dir()]
    if not any(e.get("kind") == "export" and isinstance(e.get("payload"), dict)
               and e["payload"].get("manifest_sha256") == manifest_sha for e in audit):
        problems.append(f"{MANIFEST_FILE}: changed (its hash is not the one recorded in the audit trail)")
    problems += manifest_head_problems(manifest, chain, MANIFEST_FILE)
    qa_checked, qa_problems = qa_record(manifest)
    checked, problems = checked + qa_checked, problems + qa_problems
    if trust is None:
        return IntegrityReport(False, tuple(checked), (*problems, "no trusted key given: pass --trust FILE with "
                                                       "each signer's public key (clearance signer export)"))
    if not signoffs:
        problems.append("no sign-off for this batch")
    records = [{**s, "payload": str(s.get("payload", "")).encode("utf-8")} for s in signoffs
               if isinstance(s, dict) and {"signature", "public_key"} <= set(s)]
    result = check_signoffs(records, manifest, manifest_sha, chain, trust, _signoff_entries(audit, manifest.get("batch")))
    policy_checked, policy_problems = check_policy(manifest, result.valid, required=True,
                                                   require_four_eyes=require_four_eyes, trusted=trust)
    return IntegrityReport(not (problems or result.problems or policy_problems),
                           tuple(checked + result.checked + policy_checked),
                           tuple(problems + result.problems + policy_problems))


def qa_record(manifest: dict) -> tuple[list[str], list[str]]:
    """An automatic batch's QA record: the sample its seed draws again, the bound its misses give."""
    from desktop.core.qa.gate import record_problems

    if not (manifest.get("qa") or manifest.get("qa_policy")):
        return [], []
    problems = record_problems(manifest)
    if problems:
        return [], [f"{MANIFEST_FILE}: QA {p}" for p in problems]
    qa = manifest["qa"]
    return [f"QA sample: {len(qa['pages'])} page(s) drawn again from seed {qa['seed']}; {qa['pages_with_miss']} "
            f"with a miss, upper bound {qa['upper_bound']:.4f} at {qa['confidence']:.0%}"], []


def stored_qa(batch_id: str, manifest: dict, samples: list[dict]) -> tuple[list[str], list[str]]:
    """A batch's QA in the store: the record its manifest carries (sealed: the sample its seed draws, the
    bound its misses give), and every sample drawn from it, each what its seed draws from the manifest's
    pages. A batch still being sampled records no bound yet; that is no problem here."""
    from desktop.core.qa.sample import redraw_matches

    checked, problems = [], []
    if manifest.get("qa"):
        said, wrong = qa_record(manifest)
        checked += [f"batch {batch_id} {line}" for line in said]
        problems += [f"batch {batch_id}: {line.removeprefix(MANIFEST_FILE + ': ')}" for line in wrong]
    for sample in (s for s in samples if s["batch_id"] == batch_id):
        try:
            pages = [p["page_id"] for p in json.loads(sample["pages"])]
        except (ValueError, TypeError, KeyError):
            problems.append(f"batch {batch_id}: QA sample {sample['id']} is not readable (changed)")
            continue
        differs = redraw_matches(manifest.get("documents", []),
                                 {"pages": pages, "seed": sample["seed"], "stratified": bool(sample["stratified"])})
        if differs:
            problems.append(f"batch {batch_id}: QA sample {sample['id']}: {differs}")
        else:
            checked.append(f"batch {batch_id} QA sample {sample['id']}: {len(pages)} page(s) drawn again "
                           f"from seed {sample['seed']}")
    return checked, problems


def folder_in_store_problems(folder: Path, store_path: Path) -> tuple[list[str], list[str]]:
    """(checked, problems): the store that made an export folder must hold its batch, with the same manifest
    and every sign-off the folder carries; a folder of a batch the store never committed is an orphan."""
    try:
        manifest_bytes = (Path(folder) / MANIFEST_FILE).read_bytes()
        batch_id = json.loads(manifest_bytes).get("batch")
        signoffs = json.loads((Path(folder) / SIGNOFFS_FILE).read_text(encoding="utf-8"))
        snap = read_only_snapshot(Path(store_path))
    except (OSError, ValueError, AttributeError) as exc:
        return [], [f"{folder}: cannot be compared with the store ({exc})"]
    except StoreError as exc:
        return [], [str(exc)]
    stored = next((b for b in snap["batches"] if b["id"] == batch_id), None)
    if stored is None:
        return [], [f"the store {store_path} does not know batch {batch_id}: its export was never committed "
                    f"(an orphan folder); it must not leave"]
    if stored["manifest_sha256"] != _sha(manifest_bytes):
        return [], [f"the store holds batch {batch_id} with another manifest"]
    known = {s["signature"] for s in snap["signoffs"] if s["batch_id"] == batch_id}
    strangers = [s for s in signoffs if isinstance(s, dict) and s.get("signature") not in known]
    if strangers:
        return [], [f"{len(strangers)} sign-off(s) in the folder are not in the store's batch {batch_id}"]
    return [f"the store {store_path} holds batch {batch_id}, its manifest and sign-offs"], []

