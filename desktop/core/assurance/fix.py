"""A text redacted wherever it is still readable in a set of documents: one fix for a miss or an exception."""

from __future__ import annotations

from desktop.core.model import Status
from desktop.core.pdf.pagesource import PageSource
from desktop.core.pdf.stored import stored_bytes
from desktop.core.review.session import ReviewSession
from desktop.core.text.terms import term_regex


def readable_hits(store, doc_id: int, text: str) -> int:
    """Occurrences of `text` (case and spacing ignored) in the document not covered by a confirmed finding."""
    pattern = term_regex(text, whole_words=False)
    if pattern is None:
        return 0
    count = 0
    for page in store.page_rows(doc_id):
        matches = list(pattern.finditer(page["text"]))
        if not matches:
            continue
        covered = [(f.start, f.end) for f in store.findings(doc_id, page["number"])
                   if f.status == Status.CONFIRMED and f.start >= 0]
        count += sum(1 for m in matches if not any(s <= m.start() and m.end() <= e for s, e in covered))
    return count


def redact_everywhere(store, doc_ids, text: str, entity_type: str) -> dict[int, int]:
    """Confirm the findings over each readable occurrence of `text` and add manual ones elsewhere (the
    review's redact-all path, one undoable group per document); returns occurrences redacted per document."""
    done: dict[int, int] = {}
    for doc_id in doc_ids:
        if not readable_hits(store, doc_id, text):
            continue  # the page texts are in the store: the original is opened only where there is work
        doc = store.document(doc_id)
        source = PageSource(data=stored_bytes(doc), name=doc["name"])
        try:
            session = ReviewSession(store, doc_id, page_text=source.page_text)
            hits = [h for h in session.find_text(text) if _readable(session, h)]
            if hits:
                done[doc_id] = session.redact_hits(hits, entity_type, text)
        finally:
            source.close()
    return done


def _readable(session: ReviewSession, hit) -> bool:
    return not any(f.page == hit.page and f.start <= hit.start and f.end >= hit.end and f.status == Status.CONFIRMED
                   for f in session.findings)
