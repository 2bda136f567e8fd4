"""Export batches: check each document, keep the passing ones with their manifest, write a batch to a folder."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop import __version__
from desktop.core import settings
from desktop.core.consent.gate import consent_manifest_entry
from desktop.core.detect import DETECTOR_VERSION, detector_version
from desktop.core.detect.analyzer import model_name
from desktop.core.export.checks import ExportCandidate, run_checks
from desktop.core.export.prepare import ExportError, PreparedDocument, redacted_terms
from desktop.core.export.risk_store import documents_report
from desktop.core.export.versions import versions
from desktop.core.pdf import sha256_bytes
from desktop.core.redaction.pseudonym import Pseudonymiser
from desktop.core.redaction.redact import is_applied
from desktop.core.residue.document import manifest_entry, residue_policy
from desktop.core.review.classes import approved
from desktop.core.review.classes import policy as quasi_policy_of
from desktop.core.store.areas import (
    BatchRecordsStore,
    ExportStore,
    LinkedFindingsStore,
    QuasiReviewStore,
    SettingsStore,
)
from desktop.core.trust.audit import canonical_json
from desktop.core.verification.output import readable_pages

TEXT_FILE = "text.jsonl"
PSEUDONYM_SETTING = settings.PSEUDONYMS.key  # "contract" (default) or "corpus"
SECRET_SETTING = settings.PSEUDONYM_SECRET.key


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
    notes: tuple[tuple[int, str], ...] = ()  # (document, what the verifier redacted beyond the decisions)
    residue: tuple[tuple[int, str], ...] = ()  # (document, its residue in counts: groups, occurrences, looked at)


# --- building a batch ----------------------------------------------------------------------------


def build_batch(store: ExportStore, doc_ids: list[int], purpose: str = "ai-training", at: datetime | None = None,
                progress: Callable[[int, int, str], None] | None = None, signers: list[dict] | None = None,
                then: Callable[[str], None] | None = None, manifest_extra: dict | None = None,
                extra_files: tuple[tuple[str, bytes], ...] = ()) -> BatchResult:
    """Gate, redact, verify and pseudonymise each document; keep the passing ones as one batch.

    Every refusal is written to the audit log with its reasons; the batch, its files and the
    export entry are stored in one transaction, and `then(batch_id)` (sign, write) runs inside it,
    so a failure part-way leaves no batch behind. `signers` ({name, fingerprint, meaning}) are
    named in the manifest; `manifest_extra` adds top-level fields (an automatic batch's policy and QA
    record) and `extra_files` (name, content) are stored beside the documents (its report). A damaged
    store or one whose chain does not verify is refused.
    """
    from desktop.core.verification.integrity import store_problems

    problems = store_problems(store)
    if problems:
        raise ExportError(f"the store does not verify, nothing was exported: {problems[0]}")
    at = at or datetime.now(UTC)
    corpus_secret = _corpus_secret(store)
    accepted: list[tuple[dict, PreparedDocument, dict]] = []
    refused: list[Refusal] = []
    ran: list[tuple[int, str, tuple[str, ...]]] = []
    residues: dict = {}
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
        with contextlib.suppress(Exception):  # if it fails, the residue check refused the document saying why
            residues[doc_id] = candidate.residue()
        reasons = [r for _, rs in results for r in rs]
        if reasons:
            refused.append(Refusal(doc_id, row["name"], tuple(reasons)))
            store.append_audit("export-refused", {"document": doc_id, "purpose": purpose, "reasons": reasons})
            continue
        accepted.append((row, candidate.prepared(), _consent_entry(store, doc_id, purpose, at)))
    if progress:
        progress(len(doc_ids), len(doc_ids), "")
    summaries = tuple((doc_id, r.summary()) for doc_id, r in residues.items())
    if not accepted:
        return BatchResult(None, (), tuple(refused), None, tuple(ran), residue=summaries)
    notes = tuple((p.document_id, p.added_note()) for _, p, _ in accepted if p.added)
    return replace(_store_batch(store, accepted, refused, purpose, at, signers or [], then, residues,
                                manifest_extra or {}, extra_files),
                   checks=tuple(ran), notes=notes, residue=summaries)


def _store_batch(store: ExportStore, accepted, refused, purpose: str, at: datetime, signers, then, residues,
                 manifest_extra: dict, extra_files=()) -> BatchResult:
    batch_id = f"{at.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:8]}"
    files = [_file(p.file_name, "pdf", p.pdf, p.document_id) for _, p, _ in accepted]
    text = "".join(json.dumps({"file": f["name"], "sha256": f["sha256"], "pages": list(p.pages)},
                              ensure_ascii=False) + "\n" for f, (_, p, _) in zip(files, accepted))
    files.append(_file(TEXT_FILE, "text", text.encode("utf-8"), None))
    files += [_file(name, "report", content, None) for name, content in extra_files]
    manifest = _manifest(store, batch_id, at, purpose, accepted, files, len(refused), residues)
    seq, head = store.audit_head()
    manifest.update(manifest_extra, audit_head={"seq": seq, "hash": head}, signers=signers)
    manifest_bytes = canonical_json(manifest)
    _refuse_names_in_manifest(store, accepted, manifest_bytes)
    digest = hashlib.sha256(manifest_bytes).hexdigest()
    with store.atomic():
        _consent_again(store, [doc for doc, _, _ in accepted], purpose, at)
        store.add_batch(batch_id=batch_id, created_at=manifest["created_at"], purpose=purpose,
                        manifest=manifest_bytes, manifest_sha256=digest, files=files)
        store.append_audit("export", {
            "batch": batch_id, "purpose": purpose, "manifest_sha256": digest,
            "files": [{"name": f["name"], "sha256": f["sha256"], "document": f["document_id"]} for f in files],
            "refused": [r.document_id for r in refused]})
        for _, _, consent in accepted:  # in full here only: party names stay out of the exported trail
            if consent:
                store.append_audit("export-consent", {"batch": batch_id, **consent})
        for doc, _, _ in accepted:  # the residue's texts, like party names, stay in the store's trail
            left = residues.get(doc["id"])
            if left is not None and left.groups:
                store.append_audit("export-residue", {"batch": batch_id, "document": doc["id"], "groups": [
                    {"text": g.text, "kind": g.kind, "occurrences": g.count, "pages": list(g.pages),
                     "decision": left.decision(g)} for g in left.groups]})
        for doc, p, _ in accepted:  # what the verifier read and the export redacted: findings to see and undo
            if p.added:
                store.add_export_findings(doc["id"], [replace(f, explanation={**f.explanation, "batch": batch_id})
                                                      for f in p.added])
        if then:
            then(batch_id)
    return BatchResult(batch_id, tuple(f["name"] for f in files), tuple(refused), digest)


def _consent_again(store: LinkedFindingsStore, docs: list[dict], purpose: str, at: datetime) -> None:
    """Consent once more, inside the transaction that stores the batch: a withdrawal committed while the
    documents were prepared is seen here, and none can commit between here and the batch (the write lock
    is held). Nothing is exported then; the next export refuses the document by the consent check."""
    from desktop.core.consent.gate import consent_gate
    from desktop.core.export import checks

    if checks.CONSENT not in checks.EXPORT_CHECKS:
        return
    for doc in docs:
        reasons = consent_gate(store, doc["id"], purpose, at)
        if reasons:
            raise ExportError(f"{doc['name']}: its consent changed while the batch was prepared ({reasons[0]}); "
                              "nothing was exported")


def _file(name: str, kind: str, content: bytes, document_id: int | None) -> dict:
    return {"name": name, "kind": kind, "document_id": document_id, "sha256": sha256_bytes(content),
            "size": len(content), "content": content}


def _manifest(store: QuasiReviewStore, batch_id, at, purpose, accepted, files, refused_count, residues) -> dict:
    by_doc = {f["document_id"]: f for f in files if f["document_id"] is not None}
    policy = residue_policy(store)
    quasi_policy = quasi_policy_of(store)  # the treatment of each quasi-identifier class
    return {
        "batch": batch_id,
        "created_at": at.isoformat(timespec="seconds"),
        "purpose": purpose,
        "app_version": __version__,
        "detector": _detector_versions(store),
        "versions": _versions(store),
        "settings": {"label_mode": settings.get(store, settings.LABEL_MODE),
                     "pseudonyms": settings.get(store, settings.PSEUDONYMS),
                     "four_eyes": settings.get(store, settings.FOUR_EYES), "residue": policy,
                     "quasi_identifiers": quasi_policy},
        "documents": [{"file": by_doc[p.document_id]["name"], "sha256": by_doc[p.document_id]["sha256"],
                       "size": by_doc[p.document_id]["size"], "source_sha256": doc["sha256"],
                       "pages": len(p.pages), "counts": p.counts, "added_by_verifier": len(p.added_places()),
                       "added_at_export": _added_entries(p),
                       "quasi_classes_approved": sorted(approved(store, doc["id"])),
                       "consent": _without_names(consent),
                       "residue": manifest_entry(residues[doc["id"]]) if doc["id"] in residues else None}
                      for doc, p, consent in accepted],
        "files": [{"name": f["name"], "sha256": f["sha256"], "size": f["size"]} for f in files],
        "refused": refused_count,
        # the re-identification risk left in the batch, figures only (clearance risk --batch lists the values)
        "risk": documents_report(store, [doc for doc, _, _ in accepted], quasi_policy, f"batch {batch_id}").summary(),
    }


def _added_entries(p: PreparedDocument) -> list[dict]:
    """The findings the export added where the verifier read redacted text: page, type, channels; no text."""
    return [{"page": f.page + 1, "type": str(f.entity_type), "channels": list(f.explanation["channels"]),
             "source": str(f.source)} for f in p.added]


def _without_names(consent: dict | None) -> dict | None:
    """The consent decision for the manifest: verdict and versions, but no party names or evidence."""
    if not consent:
        return None
    used = [{k: v for k, v in c.items() if k not in ("party", "evidence")} for c in consent.get("consents", [])]
    return {"status": consent.get("status"), "at": consent.get("at"), "consents": used}


def _refuse_names_in_manifest(store: LinkedFindingsStore, accepted, manifest_bytes: bytes) -> None:
    terms = sorted({t for doc, _, _ in accepted for t in redacted_terms(store, doc["id"], [
        f for f in store.findings(doc["id"]) if is_applied(f)])})
    if readable_pages([manifest_bytes.decode("utf-8")], terms):
        raise ExportError("the manifest would carry a redacted name; nothing was exported")


def _consent_entry(store: LinkedFindingsStore, doc_id: int, purpose: str, at: datetime) -> dict:
    return consent_manifest_entry(store, doc_id, purpose, at)


def _detector_versions(store: SettingsStore) -> dict:
    model = model_name(settings.get(store, settings.SPACY_MODEL))
    try:
        model_version = importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        model_version = "unknown"
    return {"version": detector_version(settings.get(store, settings.SPACY_MODEL)) or DETECTOR_VERSION, "model": model,
            "model_version": model_version}


def _versions(store: SettingsStore) -> dict:
    """App, Python, PyMuPDF, Presidio, spaCy, model and Qt versions that produced the batch."""
    return versions(settings.get(store, settings.SPACY_MODEL))


def _corpus_secret(store: SettingsStore) -> bytes | None:
    """The HMAC key of corpus-wide pseudonyms, made once and kept in the store; None per contract."""
    if settings.get(store, settings.PSEUDONYMS) != "corpus":
        return None
    secret = settings.get(store, settings.PSEUDONYM_SECRET)
    if secret is None:
        secret = secrets.token_hex(32)
        settings.set(store, settings.PSEUDONYM_SECRET, secret)
    return bytes.fromhex(secret)


# --- writing a batch to a folder: desktop.core.export.publish (temporary folder, verify, rename) ----------


def write_atomic(path: Path, data: bytes) -> None:
    from desktop.core.export.publish import write_atomic as write

    write(path, data)


def write_batch(store: BatchRecordsStore, batch_id: str, folder: Path) -> list[Path]:
    """Write a signed-off batch to an empty or new folder: built beside it, verified, then renamed into place."""
    from desktop.core.export.publish import write_folder

    return write_folder(store, batch_id, folder)
