"""A text redacted wherever it is still readable in a set of documents: one fix for a miss or an exception."""

from __future__ import annotations

from contextlib import contextmanager

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


def redact_everywhere(store, doc_ids, text: str, entity_type: str,
                      groups: dict[int, list[str]] | None = None) -> dict[int, int]:
    """Confirm the findings over each readable occurrence of `text` and add manual ones elsewhere (the
    review's redact-all path, one undoable group per document); returns occurrences redacted per document.
    `groups`, when given, receives each document's decision groups, for `undo_everywhere`."""
    done: dict[int, int] = {}
    for doc_id in doc_ids:
        if not readable_hits(store, doc_id, text):
            continue  # the page texts are in the store: the original is opened only where there is work
        with _session(store, doc_id) as session:
            hits = [h for h in session.find_text(text) if _readable(session, h)]
            if hits:
                done[doc_id] = session.redact_hits(hits, entity_type, text)
                if groups is not None and session.can_undo:
                    groups[doc_id] = list(session._undo[-1])
    return done


def undo_everywhere(store, groups: dict[int, list[str]]) -> int:
    """Take back what `redact_everywhere` did (its decision groups per document) through the review's own
    undo, recorded as new decisions; returns the documents changed."""
    for doc_id, doc_groups in groups.items():
        with _session(store, doc_id) as session:
            session._undo.append(list(doc_groups))  # the step the redaction pushed, in a session of today
            session.undo()
    return len(groups)


@contextmanager
def _session(store, doc_id: int):
    doc = store.document(doc_id)
    source = PageSource(data=stored_bytes(doc), name=doc["name"])
    try:
        yield ReviewSession(store, doc_id, page_text=source.page_text)
    finally:
        source.close()


def _readable(session: ReviewSession, hit) -> bool:
    return not any(f.page == hit.page and f.start <= hit.start and f.end >= hit.end and f.status == Status.CONFIRMED
                   for f in session.findings)
