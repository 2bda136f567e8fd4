"""Detection: Presidio + spaCy and contract recognizers, per page in worker processes, then propagation."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.detect.analyzer import DEFAULT_MODEL, model_name
from desktop.core.detect.pool import DetectorPool
from desktop.core.detect.registry import EPOCH, version_hash
from desktop.core.detect.spans import to_findings
from desktop.core.model import Finding, Status
from desktop.core.pdf import PageText

# It keys the detection cache: the recognizer table and the term lists it is derived from change it by
# themselves; `registry.EPOCH` is bumped for a change they do not show (a pattern, the overlap rules).
RECOGNIZERS_VERSION = f"{EPOCH}.{version_hash()}"
DETECTOR_VERSION = f"clearance-detect-{RECOGNIZERS_VERSION}/{DEFAULT_MODEL}"


def detector_version(model: str | None = None) -> str:
    """The detector's version for a spaCy model (the configured one by default)."""
    return f"clearance-detect-{RECOGNIZERS_VERSION}/{model_name(model)}"


def detect_document(pages: list[PageText], pool: DetectorPool | None = None,
                    known_parties: Iterable[str] = ()) -> list[Finding]:
    """Every finding of a document: per-page detection, then propagation of names over all pages."""
    by_number = {p.number: p for p in pages}
    own_pool = pool is None
    pool = pool or DetectorPool(workers=1)
    try:
        found = [f for n, items in pool.detect((p.number, p.text) for p in pages)
                 for f in to_findings(by_number[n], items)]
    finally:
        if own_pool:
            pool.close()
    return sorted(judge_and_propagate(pages, found, known_parties), key=lambda f: (f.page, f.start))


def judge_and_propagate(pages: list[PageText], findings: list[Finding],
                        known_parties: Iterable[str] = ()) -> list[Finding]:
    """Judge a document's findings (suppressing what identifies no one, with the reason), then propose
    every name anchored to a party wherever it occurs, judged too, and every organisation, place or group
    found once wherever its words recur. Returns the findings given, with their state and confidence,
    followed by the new ones."""
    # imported here, not with the package: detecting a page needs none of it, and the first page is the
    # one a user waits for
    from desktop.core.detect.context import DocumentContext
    from desktop.core.detect.judge import judge
    from desktop.core.detect.spread import spread_quasi
    from desktop.core.text.propagate import propagate

    by_number = {p.number: p for p in pages}
    known_parties = tuple(known_parties)
    # what the document says about its words and parties, read once: both judgements and the
    # propagation read it from the same pages, findings and parties
    document = DocumentContext(by_number, findings, known_parties)
    judged, trimmed = judge(by_number, findings, document=document)
    kept = [f for f in judged + trimmed if f.status != Status.SUPPRESSED]
    anchored = document.anchors.seeds()
    spread, _ = judge(by_number, propagate(pages, kept, known_parties, anchored), document=document)
    return judged + trimmed + spread + spread_quasi(pages, judged + trimmed + spread)


__all__ = ["DETECTOR_VERSION", "DetectorPool", "detect_document", "detector_version",
           "judge_and_propagate"]
