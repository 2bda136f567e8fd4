"""Export batches: check each document, keep the passing ones with their manifest, write a batch to a folder."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import secrets
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.core.audit import AUDIT_FILE, MANIFEST_FILE, SIGNOFFS_FILE, canonical_json
from desktop.core.consent.gate import consent_manifest_entry
from desktop.core.detect import DETECTOR_VERSION, detector_version
from desktop.core.detect.analyzer import MODEL_SETTING, model_name
from desktop.core.export.checks import ExportCandidate, run_checks
from desktop.core.export.prepare import LABEL_SETTING, ExportError, PreparedDocument, redacted_terms
from desktop.core.pdf import sha256_bytes
from desktop.core.redaction.pseudonym import Pseudonymiser
from desktop.core.redaction.redact import is_applied
from desktop.core.verification.output import readable_pages
from desktop.core.versions import versions

TEXT_FILE = "text.jsonl"
PSEUDONYM_SETTING = "export.pseudonyms"  # "contract" (default) or "corpus"
SECRET_SETTING = "export.pseudonym_secret"


@dataclass(frozen=True)
class Refusal:
    document_id: int
    name: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class BatchResult:
    batch_id: str | None
    files: tuple[str, ...]
    refused: tuple[Refusal, ...]
    manifest_sha256: str | None
    checks: tuple[tuple[int, str, tuple[str, ...]], ...] = ()  # (document, check, reasons) of every gate run


# --- building a batch ----------------------------------------------------------------------------


def build_batch(store, doc_ids: list[int], purpose: str = "ai-training", at: datetime | None = None,
                progress: Callable[[int, int, str], None] | None = None) -> BatchResult:
    """Gate, redact, verify and pseudonymise each document; keep the passing ones as one batch.

    Every refusal is written to the audit log with its reasons; the batch, its files and the
    export entry are stored in one transaction, so a failure part-way leaves no batch behind.
    """
    at = at or datetime.now(UTC)
    corpus_secret = _corpus_secret(store)
    accepted: list[tuple[dict, PreparedDocument, dict]] = []
    refused: list[Refusal] = []
    ran: list[tuple[int, str, tuple[str, ...]]] = []
    for i, doc_id in enumerate(doc_ids):
        row = store.document(doc_id)
        if row is None:
            refused.append(Refusal(doc_id, str(doc_id), ("no such document in the store",)))
            continue
        if progress:
            progress(i, len(doc_ids), row["name"])
        candidate = ExportCandidate(store, row, purpose, at, Pseudonymiser(corpus_secret))
        results = run_checks(candidate)
        ran += [(doc_id, name, tuple(rs)) for name, rs in results]
        reasons = [r for _, rs in results for r in rs]
        if reasons:
            refused.append(Refusal(doc_id, row["name"], tuple(reasons)))
            store.append_audit("export-refused", {"document": doc_id, "purpose": purpose, "reasons": reasons})
            continue
        accepted.append((row, candidate.prepared(), _consent_entry(store, doc_id, purpose, at)))
    if progress:
        progress(len(doc_ids), len(doc_ids), "")
    if not accepted:
        return BatchResult(None, (), tuple(refused), None, tuple(ran))
    return replace(_store_batch(store, accepted, refused, purpose, at), checks=tuple(ran))


def _store_batch(store, accepted, refused, purpose: str, at: datetime) -> BatchResult:
    batch_id = f"{at.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    files = [_file(p.file_name, "pdf", p.pdf, p.document_id) for _, p, _ in accepted]
    text = "".join(json.dumps({"file": f["name"], "sha256": f["sha256"], "pages": list(p.pages)},
                              ensure_ascii=False) + "\n" for f, (_, p, _) in zip(files, accepted))
    files.append(_file(TEXT_FILE, "text", text.encode("utf-8"), None))
    manifest = _manifest(store, batch_id, at, purpose, accepted, files, len(refused))
    manifest_bytes = canonical_json(manifest)
    _refuse_names_in_manifest(store, accepted, manifest_bytes)
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    with store.atomic():
        store.add_batch(batch_id=batch_id, created_at=manifest["created_at"], purpose=purpose,
                        manifest=manifest_bytes, manifest_sha256=digest, files=files)
        store.append_audit("export", {
            "batch": batch_id, "purpose": purpose, "manifest_sha256": digest,
            "files": [{"name": f["name"], "sha256": f["sha256"], "document": f["document_id"]} for f in files],
            "refused": [r.document_id for r in refused]})
        for _, _, consent in accepted:  # in full here only: party names stay out of the exported trail
            if consent:
                store.append_audit("export-consent", {"batch": batch_id, **consent})
    return BatchResult(batch_id, tuple(f["name"] for f in files), tuple(refused), digest)


def _file(name: str, kind: str, content: bytes, document_id: int | None) -> dict:
    return {"name": name, "kind": kind, "document_id": document_id, "sha256": sha256_bytes(content),
            "size": len(content), "content": content}


def _manifest(store, batch_id, at, purpose, accepted, files, refused_count) -> dict:
    by_doc = {f["document_id"]: f for f in files if f["document_id"] is not None}
    return {
        "batch": batch_id,
        "created_at": at.isoformat(timespec="seconds"),
        "purpose": purpose,
        "app_version": __version__,
        "detector": _detector_versions(store),
        "versions": _versions(store),
        "settings": {"label_mode": store.setting(LABEL_SETTING) == "1",
                     "pseudonyms": store.setting(PSEUDONYM_SETTING) or "contract",
                     "four_eyes": store.setting("four_eyes") == "1"},
        "documents": [{"file": by_doc[p.document_id]["name"], "sha256": by_doc[p.document_id]["sha256"],
                       "size": by_doc[p.document_id]["size"], "source_sha256": doc["sha256"],
                       "pages": len(p.pages), "counts": p.counts, "consent": _without_names(consent)}
                      for doc, p, consent in accepted],
        "files": [{"name": f["name"], "sha256": f["sha256"], "size": f["size"]} for f in files],
        "refused": refused_count,
    }


def _without_names(consent: dict | None) -> dict | None:
    """The consent decision for the manifest: verdict and versions, but no party names or evidence."""
    if not consent:
        return None
    used = [{k: v for k, v in c.items() if k not in ("party", "evidence")} for c in consent.get("consents", [])]
    return {"status": consent.get("status"), "at": consent.get("at"), "consents": used}


def _refuse_names_in_manifest(store, accepted, manifest_bytes: bytes) -> None:
    terms = sorted({t for doc, _, _ in accepted for t in redacted_terms(store, doc["id"], [
        f for f in store.findings(doc["id"]) if is_applied(f)])})
    if readable_pages([manifest_bytes.decode("utf-8")], terms):
        raise ExportError("the manifest would carry a redacted name; nothing was exported")


def _consent_entry(store, doc_id: int, purpose: str, at: datetime) -> dict:
    return consent_manifest_entry(store, doc_id, purpose, at)


def _detector_versions(store) -> dict:
    model = model_name(store.setting(MODEL_SETTING))
    try:
        model_version = importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        model_version = "unknown"
    return {"version": detector_version(store.setting(MODEL_SETTING)) or DETECTOR_VERSION, "model": model,
            "model_version": model_version}


def _versions(store) -> dict:
    """App, Python, PyMuPDF, Presidio, spaCy, model and Qt versions that produced the batch."""
    return versions(store.setting(MODEL_SETTING))


def _corpus_secret(store) -> bytes | None:
    """The HMAC key of corpus-wide pseudonyms, made once and kept in the store; None per contract."""
    if store.setting(PSEUDONYM_SETTING) != "corpus":
        return None
    secret = store.setting(SECRET_SETTING)
    if secret is None:
        secret = secrets.token_hex(32)
        store.set_setting(SECRET_SETTING, secret)
    return bytes.fromhex(secret)


# --- writing a batch to a folder -----------------------------------------------------------------


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform; the rename is still atomic
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_batch(store, batch_id: str, folder: Path) -> list[Path]:
    """Write the batch's files, its sign-offs and audit trail, and the manifest last.

    If anything fails part-way, the files already written for this batch are removed again, so a
    folder holds a whole batch or none of it.
    """
    batch = store.batch(batch_id)
    if batch is None:
        raise ExportError(f"no batch {batch_id!r} in the store")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    payloads = [(f["name"], f["content"]) for f in store.batch_files(batch_id)]
    payloads.append((SIGNOFFS_FILE, json.dumps(signoff_records(store, batch_id), indent=2).encode("utf-8")))
    payloads.append((AUDIT_FILE, audit_trail(store, batch_id)))
    payloads.append((MANIFEST_FILE, bytes(batch["manifest"])))
    existing = folder / MANIFEST_FILE
    if existing.exists() and existing.read_bytes() != bytes(batch["manifest"]):
        raise ExportError(f"{folder} already holds another batch; choose an empty folder")
    written: list[Path] = []
    try:
        for name, content in payloads:
            target = folder / name
            existed = target.exists()
            write_atomic(target, content)
            if not existed:
                written.append(target)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return [folder / name for name, _ in payloads]


def signoff_records(store, batch_id: str) -> list[dict]:
    return [{"meaning": s["meaning"], "signer": s["signer"], "os_user": s["os_user"], "at": s["at"],
             "payload": bytes(s["payload"]).decode("utf-8"), "signature": s["signature"],
             "public_key": s["public_key"]} for s in store.signoffs(batch_id)]


def audit_trail(store, batch_id: str) -> bytes:
    """The audit chain as JSON lines: this batch's export and sign-offs in full, the rest as hash links
    only (their payloads name documents and reviewers, which must not leave with the batch)."""
    lines = []
    for e in store.audit_entries():
        mine = e["kind"] in ("export", "signoff") and e["payload"].get("batch") == batch_id
        entry = e if mine else {k: e[k] for k in ("seq", "prev_hash", "entry_hash")}
        lines.append(json.dumps(entry, sort_keys=True, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")
