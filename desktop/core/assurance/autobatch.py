"""An automatic batch: every finding of a folder's documents decided by a named policy, then one unsigned
batch built under the policy's QA target.

A policy is a confidence threshold per entity type (a proposal at or above it is redacted, one below it
is kept), the store's quasi-identifier policy (each class found is approved under it), the proposed
parties confirmed, and the miss rate the batch must show on a QA sample before it is signed. Every step
is stored as it finishes, so running the same command again after an interruption goes on where it
stopped: decided documents are not decided again, and a batch built for the same documents under the
same policy is found, not built twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.assurance.policies import BatchPolicy
from desktop.core.export.batch import BatchResult, build_batch
from desktop.core.model import Status
from desktop.core.residue.document import BULK_ACTION
from desktop.core.review.classes import approve, classes_found


def confidence_of(f) -> float:
    """The calibrated confidence the judge gave the finding; its score where it gave none."""
    return float(f.explanation.get("confidence", f.score))


def decide_document(store, doc_id: int, rules: BatchPolicy) -> tuple[int, int]:
    """Decide every open direct finding by the thresholds, approve the quasi classes found, confirm the
    proposed parties; one transaction, recorded as an automatic run. Returns (redacted, kept)."""
    findings = store.findings(doc_id)
    direct = [f for f in findings if f.identifier == "direct" and f.status == Status.PROPOSED]
    redact = [f.id for f in direct if confidence_of(f) >= rules.threshold_for(f.entity_type)]
    keep = [f.id for f in direct if f.id not in set(redact)]
    with store.atomic():
        changes = [(i, {"status": str(Status.CONFIRMED)}) for i in redact]
        changes += [(i, {"status": str(Status.REJECTED)}) for i in keep]
        if changes:
            store.decide(changes, action=BULK_ACTION)
        approve(store, doc_id, classes_found(findings))
        for link in store.document_links(doc_id):
            if not link.confirmed:
                store.link_party(doc_id, link.party.id, link.role, confirmed=True, source=link.source)
    return len(redact), len(keep)


@dataclass
class BatchRun:
    decided: int = 0
    redacted: int = 0
    kept: int = 0
    batch: BatchResult | None = None
    existing: str | None = None  # a batch an earlier run built for the same documents and policy


def run_batch(store, doc_ids: list[int], rules: BatchPolicy, purpose: str = "ai-training",
              progress: Callable[[int, int, str], None] | None = None) -> BatchRun:
    """Decide each document (those decided before are left as they are), then build the unsigned batch."""
    run = BatchRun()
    existing = built_batch(store, doc_ids, rules)
    if existing:
        run.existing = existing
        return run
    for i, doc_id in enumerate(doc_ids):
        if progress:
            progress(i, len(doc_ids), f"deciding {store.document(doc_id)['name']}")
        redacted, kept = decide_document(store, doc_id, rules)
        run.decided += bool(redacted or kept)
        run.redacted += redacted
        run.kept += kept
    record = rules.to_dict()
    run.batch = build_batch(store, doc_ids, purpose=purpose, progress=progress,
                            manifest_extra={"qa_policy": record})
    if run.batch.batch_id:
        store.set_batch_policy(run.batch.batch_id, {**record, "documents": sorted(doc_ids)})
    return run


def built_batch(store, doc_ids: list[int], rules: BatchPolicy) -> str | None:
    """The automatic batch an earlier run built for exactly these documents under this policy."""
    wanted = sorted(doc_ids)
    for batch_id in sorted(store.qa_batches()):
        recorded = store.batch_policy(batch_id) or {}
        if "seals" not in recorded and recorded.get("documents") == wanted and recorded.get("name") == rules.name:
            return batch_id
    return None
