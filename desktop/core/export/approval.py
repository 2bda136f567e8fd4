"""What the second pair of eyes sees before approving a batch, as plain data, and a refusal with its reason.

Under four eyes a batch signed off as `reviewed` waits for a different trusted key's `approved`. The approver
looks at what the reviewer signed: every document of the batch with the export checks run again now and its
residue, the reviewer's signature (name, key fingerprint, time), the manifest, and each redacted page as it
leaves (rendered from the batch's own stored file, not redacted again). A refusal is signed by the approver's
key like a sign-off and recorded in the audit chain with its reason; it stops nothing by itself, the
reviewer builds a new batch or the approver approves later.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from desktop.core.export.checks import ExportCandidate, run_checks
from desktop.core.export.signoff import (
    SignoffError,
    batch_complete,
    four_eyes_applies,
    valid_signoffs,
)
from desktop.core.pdf import RenderedPage, open_pdf, render_page
from desktop.core.pdf.lock import pdf_locked
from desktop.core.store.areas import (
    AuditStore,
    BatchesStore,
    BatchRecordsStore,
    ExportStore,
    SignOffStore,
)
from desktop.core.trust.audit import canonical_json
from desktop.core.trust.signers import Signer, fingerprint, short

REFUSED_KIND = "approval-refused"  # the audit entry of a refusal
BATCH_FILE_CHECK = "Batch file is the one signed off"
MAX_REASON = 2000  # characters: a reason is a sentence or a paragraph, not a file


@dataclass(frozen=True)
class Signature:
    """One sign-off of the batch as the approver reads it."""

    signer: str
    fingerprint: str
    meaning: str
    at: str
    trusted: bool  # signature valid, key trusted by the store and not revoked when it signed

    @property
    def short_fingerprint(self) -> str:
        return short(self.fingerprint)


@dataclass(frozen=True)
class ApprovalRefusal:
    signer: str
    fingerprint: str
    at: str
    reason: str


@dataclass(frozen=True)
class BatchDocument:
    """A document of the batch: its file there, its pages, every check run now, and its residue."""

    document_id: int
    name: str
    file: str
    pages: int
    checks: tuple[tuple[str, tuple[str, ...]], ...]
    residue: str

    @property
    def passes(self) -> bool:
        return not any(reasons for _, reasons in self.checks)


@dataclass(frozen=True)
class ApprovalView:
    batch_id: str
    purpose: str
    created_at: str
    manifest_sha256: str
    manifest_text: str  # the manifest as formatted JSON, to read
    four_eyes: bool
    signatures: tuple[Signature, ...]
    refusals: tuple[ApprovalRefusal, ...]
    documents: tuple[BatchDocument, ...]
    waiting_for: str  # what the batch still needs to leave ("" when it may)

    @property
    def reviewers(self) -> tuple[Signature, ...]:
        return tuple(s for s in self.signatures if s.meaning == "reviewed")


def _batch(store: BatchesStore, batch_id: str) -> dict:
    batch = store.batch(batch_id)
    if batch is None:
        raise SignoffError(f"no batch {batch_id!r} in the store")
    return batch


def signatures(store: BatchesStore, batch_id: str) -> tuple[Signature, ...]:
    """Every sign-off of the batch, each said trusted only when its signature and key hold."""
    valid = {s["id"] for s in valid_signoffs(store, batch_id)}
    return tuple(Signature(s["signer"], fingerprint(s["public_key"]), s["meaning"], s["at"], s["id"] in valid)
                 for s in store.signoffs(batch_id))


def refusals(store: AuditStore, batch_id: str) -> tuple[ApprovalRefusal, ...]:
    """The refusals recorded for the batch, oldest first, from the audit chain."""
    return tuple(ApprovalRefusal(p["signer"], p["fingerprint"], p["at"], p["reason"])
                 for e in store.audit_entries() if e["kind"] == REFUSED_KIND
                 and (p := e["payload"]).get("batch") == batch_id)


def _file_as_signed(content: bytes, listed: dict | None) -> tuple[str, ...]:
    if listed is None:
        return ("the manifest does not list this file",)
    if hashlib.sha256(content).hexdigest() != listed["sha256"]:
        return ("the stored file differs from the one the manifest lists (sha256); the store was changed",)
    return ()


def approval_view(store: ExportStore, batch_id: str, at: datetime | None = None, progress=None) -> ApprovalView:
    """What the approver reads: the batch's documents with the export checks run again now (a consent
    withdrawn or a decision reopened since the review shows here), each stored file checked against the
    manifest the reviewer signed, the signatures, the refusals so far and the manifest itself."""
    batch = _batch(store, batch_id)
    manifest = json.loads(bytes(batch["manifest"]))
    listed = {d["file"]: d for d in manifest.get("documents", [])}
    at = at or datetime.now(UTC)
    order = {d["file"]: i for i, d in enumerate(manifest.get("documents", []))}  # as the manifest lists them
    files = sorted((f for f in store.batch_files(batch_id) if f["document_id"] is not None),
                   key=lambda f: (order.get(f["name"], len(order)), f["name"]))
    documents = []
    for i, f in enumerate(files):
        doc = store.document(f["document_id"])
        if progress:
            progress(i, len(files), doc["name"] if doc else f["name"])
        file_check = (BATCH_FILE_CHECK, _file_as_signed(bytes(f["content"]), listed.get(f["name"])))
        if doc is None:
            documents.append(BatchDocument(f["document_id"], f["name"], f["name"], 0,
                                           (file_check, ("Document", ("no longer in the store",))), ""))
            continue
        candidate = ExportCandidate(store, doc, batch["purpose"], at)
        ran = tuple((title, tuple(reasons)) for title, reasons in run_checks(candidate))
        residue = ""
        with contextlib.suppress(Exception):  # if it fails, the residue check says why
            residue = candidate.residue().summary()
        pages = (listed.get(f["name"]) or {}).get("pages") or doc["pages"]
        documents.append(BatchDocument(doc["id"], doc["name"], f["name"], pages, (file_check, *ran), residue))
    if progress:
        progress(len(files), len(files), "")
    complete, missing = batch_complete(store, batch_id)
    return ApprovalView(batch_id, batch["purpose"], batch["created_at"], batch["manifest_sha256"],
                        json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True),
                        four_eyes_applies(store, batch), signatures(store, batch_id), refusals(store, batch_id),
                        tuple(documents), "" if complete else missing)


def signed_again(store: BatchRecordsStore, view: ApprovalView) -> ApprovalView:
    """The same view with its signatures and refusals read again, after a verdict (the checks need no rerun)."""
    return replace(view, signatures=signatures(store, view.batch_id), refusals=refusals(store, view.batch_id))


@pdf_locked
def batch_page(store: BatchesStore, batch_id: str, file_name: str, number: int, zoom: float = 1.0) -> RenderedPage:
    """Page `number` of a batch's stored redacted file, rendered: exactly what leaves with the batch."""
    stored = [f for f in store.batch_files(batch_id) if f["name"] == file_name and f["document_id"] is not None]
    if not stored:
        raise SignoffError(f"batch {batch_id} has no document file {file_name!r}")
    doc = open_pdf(bytes(stored[0]["content"]), file_name)
    try:
        if not 0 <= number < doc.page_count:
            raise SignoffError(f"{file_name} has no page {number + 1} (it has {doc.page_count})")
        return render_page(doc, number, zoom)
    finally:
        doc.close()


def refuse(store: SignOffStore, batch_id: str, signer: Signer, reason: str) -> dict:
    """Record the approver's refusal with its reason, signed by their key (trusted, not revoked, not one
    that signed the batch), as an audit entry; the batch stays as it is, waiting."""
    reason = " ".join(str(reason).split())
    if not reason:
        raise SignoffError("a refusal needs a reason: what must change before you approve")
    if len(reason) > MAX_REASON:
        raise SignoffError(f"the reason is {len(reason)} characters long; say it in at most {MAX_REASON}")
    batch = _batch(store, batch_id)
    if batch_complete(store, batch_id)[0]:
        raise SignoffError(f"batch {batch_id} has every sign-off it needs already; there is nothing to refuse")
    fp = signer.fingerprint
    trusted = store.trusted_signer(fp)
    if trusted is None:
        raise SignoffError(f"{signer.name}'s key ({short(fp)}) is not trusted in this store; only a trusted "
                           "signer's refusal is recorded")
    if store.revocation(fp):
        raise SignoffError(f"{signer.name}'s key ({short(fp)}) was revoked; it signs nothing any more")
    if any(s["fingerprint"] == fp for s in valid_signoffs(store, batch_id)):
        raise SignoffError(f"this key ({short(fp)}) signed batch {batch_id} itself; a refusal is another "
                           "person's word")
    with store.atomic():
        seq, head = store.audit_head()
        record = {"batch": batch_id, "signer": trusted["name"], "fingerprint": fp, "reason": reason,
                  "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                  "manifest_sha256": batch["manifest_sha256"], "audit_head": {"seq": seq, "hash": head}}
        signature = signer.sign(canonical_json(record))
        store.append_audit(REFUSED_KIND, {**record, "signature": signature, "public_key": signer.public.public_key},
                           actor=trusted["name"])
    return {**record, "signature": signature}
