"""Where each document of the queue stands: new, scanned, reviewed, exported or withdrawn."""

from __future__ import annotations

from desktop.core.export.signoff import batch_complete
from desktop.core.model import Status


def exported_documents(store) -> set[int]:
    """Documents in a batch that may leave: signed off by a trusted key, and approved by a second
    one under four eyes (a built, or only reviewed, batch has exported nothing yet)."""
    out: set[int] = set()
    for batch_id, doc_ids in store.signed_batch_documents().items():
        if batch_complete(store, batch_id)[0]:
            out |= doc_ids
    return out


def document_stages(store) -> dict[int, str]:
    """Per document id, the furthest step it reached; a withdrawal after an export comes last, since
    the exported files must then be purged. 'reviewed' means scanned with no finding left open."""
    counts = store.finding_counts()
    exported = exported_documents(store)
    withdrawn = store.documents_with_withdrawn_consent() & exported
    stages = {}
    for doc in store.documents():
        doc_id, status = doc["id"], doc["status"]
        c = counts.get(doc_id, {})
        if doc_id in withdrawn:
            stages[doc_id] = "withdrawn"
        elif doc_id in exported:
            stages[doc_id] = "exported"
        elif status == "scanned" and c and not c.get(Status.PROPOSED, 0):
            stages[doc_id] = "reviewed"
        else:
            stages[doc_id] = status
    return stages
