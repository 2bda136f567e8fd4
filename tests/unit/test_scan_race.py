"""Two scans of one store at once write each document's findings once: a page's findings go in with
the write that marks it scanned, and a document another scan finished after this scan listed it is
neither judged nor propagated again. The interleavings are forced by running the second scan from
inside the first (no sleeps, no timing)."""

from __future__ import annotations

import re

import pymupdf
import pytest

from desktop.core.consent import Party, Role
from desktop.core.scan.documents import (
    ImportReport,
    ScanReport,
    import_paths,
    scan_claimed,
    scan_document,
)
from desktop.core.store import Store

TEXT = ("This Supply Agreement is made between Kestrel Parts GmbH, Hamburg, and Northwind Trading, London. "
        "Payments go through Harbour Clearing; Harbour Clearing keeps the records.")


class NoDetections:
    def detect(self, pages):
        return ((number, []) for number, _text in pages)


class Guesses:
    """Reads "Harbour Clearing" as a company on every page; `before` runs once, before the first result."""

    def __init__(self, before=None):
        self.before = before

    def detect(self, pages):
        for number, text in pages:
            if self.before:
                self.before, run = None, self.before
                run()
            yield number, [{"start": m.start(), "end": m.end(), "entity_type": "COMPANY", "score": 0.85,
                            "recognizer": "SpacyRecognizer", "explanation": {"recognizer": "SpacyRecognizer"}}
                           for m in re.finditer("Harbour Clearing", text)]


@pytest.fixture
def doc_id(store, tmp_path):
    pdf = pymupdf.open()
    pdf.new_page(width=400, height=300).insert_textbox(pymupdf.Rect(20, 20, 380, 280), TEXT, fontsize=10)
    path = tmp_path / "supply.pdf"
    path.write_bytes(pdf.tobytes())
    return import_paths(store, [path]).imported[0]


def _findings(store, doc_id):
    return sorted((f.page, f.start, f.end, f.entity_type) for f in store.findings(doc_id))


def _report():
    return ScanReport(imports=ImportReport())


def test_a_document_another_scan_finished_after_this_one_listed_it_is_not_propagated_again(store, doc_id):
    listed = store.document(doc_id)  # the second scan's list, taken while the document is still new
    first = _report()
    scan_claimed(store, listed, NoDetections(), None, first)
    assert first.scanned == [doc_id]
    once = _findings(store, doc_id)
    # Meanwhile another document's scan links a party this one names outside its parties clause.
    party_id, _ = store.add_party(Party("Harbour Clearing Ltd", aliases=("Harbour Clearing",)))
    store.link_party(doc_id, party_id, Role.OTHER, confirmed=False)
    with Store(store.path) as other:  # the second scan, with its stale list, claims it only now
        second = _report()
        scan_claimed(other, listed, NoDetections(), None, second)
    assert _findings(store, doc_id) == once  # the second scan added nothing: no "Harbour Clearing" twice over
    assert second.scanned == [] and second.failed == []
    assert store.document(doc_id)["status"] == "scanned"


def test_a_page_another_scan_wrote_meanwhile_is_not_written_again(store, doc_id):
    with Store(store.path) as other:
        # The first scan's worker is still detecting page 1 when a second scan writes that page.
        pool = Guesses(before=lambda: scan_document(other, doc_id, pool=NoDetections()))
        scan_document(store, doc_id, pool=pool)
    companies = [f for f in store.findings(doc_id) if f.entity_type == "COMPANY" and "Harbour" in f.text]
    assert companies == []  # the page was the other scan's: this scan's results for it were not stored
    assert store.unscanned_pages(doc_id) == []


def test_a_scan_alone_still_stores_its_findings(store, doc_id):
    scan_document(store, doc_id, pool=Guesses())
    assert any(f.entity_type == "COMPANY" and "Harbour" in f.text for f in store.findings(doc_id))
