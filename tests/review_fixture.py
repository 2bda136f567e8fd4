"""Review fixtures made by code: a small contract PDF and a store seeded with its findings."""

from __future__ import annotations

import re

import pymupdf

from desktop.core.model import Finding
from desktop.core.pdf import sha256_bytes
from desktop.core.pdf.pagesource import PageSource

# (entity type, text) of what the small contract names; "Jane Doe" wraps over a line break once.
NAMES = [("PERSON", "Jane Doe"), ("COMPANY", "Acme Widgets GmbH"), ("EMAIL_ADDRESS", "jane@acme.example")]

_PAGES = [
    ["This Agreement is made between Acme Widgets GmbH and Jane Doe.",
     "Jane Doe agrees to keep all terms confidential. Notices to jane@acme.example.",
     "Acme Widgets GmbH pays the fees within thirty days of the invoice date set out."],
    ["Signed for Acme Widgets GmbH by its managing director, witnessed by Jane",
     "Doe on the date first written above. Questions go to ACME WIDGETS GMBH."],
]


def small_contract_pdf() -> bytes:
    doc = pymupdf.open()
    for lines in _PAGES:
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(72, 72, 523, 400), "\n".join(lines), fontsize=11)
    return doc.tobytes()


def add_pdf(store, pdf: bytes, name: str, path: str = "") -> tuple[int, PageSource]:
    source = PageSource(data=pdf, name=name)
    doc_id, _ = store.add_document(sha256=sha256_bytes(pdf), path=path or name, name=name,
                                   pages=source.page_count, size=len(pdf))
    store.save_pages(doc_id, [source.page_text(n) for n in range(source.page_count)])
    return doc_id, source


def seed_by_text(store, doc_id: int, source: PageSource, names=NAMES) -> int:
    """Findings for every occurrence of each name (any case, any whitespace), as a detector would."""
    findings = []
    for n in range(source.page_count):
        page = source.page_text(n)
        for entity_type, text in names:
            pattern = r"\s+".join(re.escape(w) for w in text.split())
            for m in re.finditer(pattern, page.text, re.IGNORECASE):
                findings.append(Finding(n, m.start(), m.end(), entity_type, m.group(),
                                        page.span_boxes(m.start(), m.end()), score=0.85,
                                        recognizer="FixtureRecognizer",
                                        explanation={"pattern": "fixture", "context": ["agreement"]}))
    return len(store.add_findings(doc_id, findings))


def seed_from_truth(store, doc_id: int, source: PageSource, truth) -> int:
    """Findings from a generated contract's ground truth (no detector needed)."""
    findings = []
    for t in truth:
        page = source.page_text(t.page)
        findings.append(Finding(t.page, t.start, t.end, str(t.type), page.text[t.start:t.end],
                                page.span_boxes(t.start, t.end), score=0.9, recognizer="GroundTruth",
                                explanation={"source": "generator truth"}))
    return len(store.add_findings(doc_id, findings))


def small_review_store(store, name: str = "small-contract.pdf") -> tuple[int, PageSource]:
    doc_id, source = add_pdf(store, small_contract_pdf(), name)
    seed_by_text(store, doc_id, source)
    return doc_id, source
