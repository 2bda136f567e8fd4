"""Detection: Presidio + spaCy and contract recognizers, per page in worker processes, then propagation."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.detect.analyzer import DEFAULT_MODEL, model_name
from desktop.core.detect.pool import DetectorPool
from desktop.core.detect.spans import to_findings
from desktop.core.model import Finding
from desktop.core.pdf import PageText
from desktop.core.propagate import propagate

# Bump when a recognizer, the overlap rules or the model mapping change: it keys the detection cache.
RECOGNIZERS_VERSION = "5"
DETECTOR_VERSION = f"clearance-detect-{RECOGNIZERS_VERSION}/{DEFAULT_MODEL}"


def detector_version(model: str | None = None) -> str:
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
    return sorted(found + propagate(pages, found, known_parties), key=lambda f: (f.page, f.start))


__all__ = ["DETECTOR_VERSION", "DetectorPool", "detect_document", "detector_version"]
