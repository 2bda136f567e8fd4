"""Where each document of the queue stands: new, scanned, reviewed, exported or withdrawn."""

from __future__ import annotations

from desktop.core.model import Status


def document_stages(store) -> dict[int, str]:
    """Per document id, the furthest step it reached; a withdrawal after an export comes last, since
    the exported files must then be purged. 'reviewed' means scanned with no finding left open."""
    counts = store.finding_counts()
    exported = store.exported_documents()
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
