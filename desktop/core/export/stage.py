"""Where each document of the queue stands: new, scanned, reviewed, exported or withdrawn."""

from __future__ import annotations

from desktop.core.export.signoff import batch_complete
from desktop.core.model import Status
from desktop.core.review.classes import pending_by_document
from desktop.core.store.areas import SignOffRulesStore, StagesStore


def exported_documents(store: SignOffRulesStore) -> set[int]:
    """Documents in a batch that may leave: signed off by a trusted key, and approved by a second
    one under four eyes (a built, or only reviewed, batch has exported nothing yet)."""
    out: set[int] = set()
    for batch_id, doc_ids in store.signed_batch_documents().items():
        if batch_complete(store, batch_id)[0]:
            out |= doc_ids
    return out


def document_stages(store: StagesStore, counts: dict | None = None, exported: set[int] | None = None) -> dict[int, str]:
    """Per document id, the furthest step it reached; a withdrawal after an export comes last, since
    the exported files must then be purged. 'reviewed' means scanned with no direct finding left open
    and every quasi-identifier class it holds approved.
    A caller that has the finding counts or the exported documents at hand passes them in."""
    counts = store.finding_counts() if counts is None else counts
    exported = exported_documents(store) if exported is None else exported
    withdrawn = store.documents_with_withdrawn_consent() & exported
    waiting = pending_by_document(store)
    stages = {}
    for doc in store.documents():
        doc_id, status = doc["id"], doc["status"]
        c = counts.get(doc_id, {})
        if doc_id in withdrawn:
            stages[doc_id] = "withdrawn"
        elif doc_id in exported:
            stages[doc_id] = "exported"
        elif status == "scanned" and c and not c.get(Status.PROPOSED, 0) and doc_id not in waiting:
            stages[doc_id] = "reviewed"
        else:
            stages[doc_id] = status
    return stages
