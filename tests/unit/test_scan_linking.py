"""Scanning proposes a document's parties, and the registry's names, aliases and e-mails of the
linked parties are then proposed wherever they occur; a role-word alias never is."""

from __future__ import annotations

import re
from datetime import date

import pymupdf
import pytest

from desktop.core.consent import ConsentRecord, Party, Role
from desktop.core.model import Status
from desktop.core.scan.documents import import_paths, propagate_linked_parties, scan_document

TEXT = [
    'This Supply Agreement is made between Kestrel Parts GmbH, Hafenstrasse 1, 20457 Hamburg (the "Supplier") '
    "and Northwind Trading, London.",
    "The Supplier delivers the goods. Invoices are issued by KPG HOLDING on behalf of the Supplier.",
    "Notices to legal@kestrel.example. Northwind Trading pays within thirty days through Harbour Clearing. "
    "KPG\u00a0Holding confirms; HARBOUR CLEARING keeps the records.",
]
KESTREL = Party("Kestrel Parts GmbH", email="legal@kestrel.example", aliases=("KPG Holding", "Supplier"))


class NoDetections:
    """A detector pool that finds nothing, so what is proposed comes from linking and propagation alone."""

    def detect(self, pages):
        return ((number, []) for number, _text in pages)


@pytest.fixture
def doc_id(store, tmp_path):
    pdf = pymupdf.open()
    for text in (" ".join(TEXT[:2]), TEXT[2]):
        pdf.new_page(width=400, height=300).insert_textbox(pymupdf.Rect(20, 20, 380, 280), text, fontsize=10)
    path = tmp_path / "supply.pdf"
    path.write_bytes(pdf.tobytes())
    store.import_consents([(KESTREL, ConsentRecord(None, "ai-training", "granted", "1", date(2020, 1, 1)))])
    return import_paths(store, [path]).imported[0]


def covered(store, doc_id, term: str) -> list[bool]:
    """For each occurrence of `term` (any case, any whitespace) whether a finding covers it."""
    out = []
    for page in store.page_rows(doc_id):
        spans = [(f.start, f.end) for f in store.findings(doc_id, page["number"])]
        for m in re.finditer(r"\s+".join(map(re.escape, term.split())), page["text"], re.IGNORECASE):
            out.append(any(s <= m.start() and m.end() <= e for s, e in spans))
    return out


def test_scanning_links_the_parties_clause_to_the_registry(store, doc_id):
    scan_document(store, doc_id, pool=NoDetections())
    links = {link.party.name: link for link in store.document_links(doc_id)}
    assert links["Kestrel Parts GmbH"].role == Role.CONTRACTING and not links["Kestrel Parts GmbH"].confirmed
    assert links["Kestrel Parts GmbH"].party.id == store.find_party("Kestrel Parts GmbH").id


def test_the_linked_partys_aliases_and_email_are_proposed_everywhere_but_not_its_role_word(store, doc_id):
    scan_document(store, doc_id, pool=NoDetections())
    assert covered(store, doc_id, "Kestrel Parts GmbH") == [True]
    assert covered(store, doc_id, "KPG Holding") == [True, True]  # capitals and a non-breaking space
    assert covered(store, doc_id, "legal@kestrel.example") == [True]
    assert covered(store, doc_id, "Supplier") == [False, False, False]
    assert "Supplier" not in store.known_party_terms(doc_id)


def test_a_rescan_keeps_the_reviewers_links(store, doc_id):
    scan_document(store, doc_id, pool=NoDetections())
    kestrel = store.find_party("Kestrel Parts GmbH").id
    store.unlink_party(doc_id, kestrel)
    before = len(store.findings(doc_id))
    assert sum(scan_document(store, doc_id, pool=NoDetections()).values()) == 0
    assert kestrel not in {link.party.id for link in store.document_links(doc_id)}
    assert len(store.findings(doc_id)) == before


def test_linking_a_party_later_proposes_its_names(store, doc_id):
    scan_document(store, doc_id, pool=NoDetections())
    assert covered(store, doc_id, "Harbour Clearing") == [False, False]  # named outside the parties clause
    party_id, _ = store.add_party(Party("Harbour Clearing Ltd", aliases=("Harbour Clearing",)))
    store.link_party(doc_id, party_id, Role.OTHER, confirmed=True)
    added = propagate_linked_parties(store, doc_id)
    assert covered(store, doc_id, "Harbour Clearing") == [True, True]
    assert sum(added.values()) == 2
    assert sum(propagate_linked_parties(store, doc_id).values()) == 0  # nothing twice


class ModelGuesses:
    """A detector pool whose model reads "Harbour Clearing" and "the goods" heading as names."""

    def detect(self, pages):
        for number, text in pages:
            items = []
            for m in re.finditer(r"Harbour Clearing|Invoices", text):
                items.append({"start": m.start(), "end": m.end(), "entity_type": "COMPANY", "score": 0.85,
                              "recognizer": "SpacyRecognizer",
                              "explanation": {"recognizer": "SpacyRecognizer", "generic_words": True}})
            yield number, items


def test_a_suppressed_guess_is_stored_with_why_and_revived_when_its_party_is_linked(store, doc_id):
    scan_document(store, doc_id, pool=ModelGuesses())
    guesses = [f for f in store.findings(doc_id) if f.recognizer == "SpacyRecognizer"]
    assert {f.status for f in guesses} == {Status.SUPPRESSED}
    assert "Invoices" not in store.known_party_terms(doc_id)  # a suppressed guess is never proposed as a party
    assert all(f.explanation["reasons"][0].startswith("suppressed: ") for f in guesses)
    assert store.open_finding_count(doc_id) == len([f for f in store.findings(doc_id) if f.status == "proposed"])
    party_id, _ = store.add_party(Party("Harbour Clearing Ltd", aliases=("Harbour Clearing",)))
    store.link_party(doc_id, party_id, Role.OTHER, confirmed=True)
    rows = len(store.findings(doc_id))
    propagate_linked_parties(store, doc_id)
    harbour = [f for f in store.findings(doc_id) if f.text.lower() == "harbour clearing"]
    assert len(harbour) == 2 and all(f.status == Status.PROPOSED for f in harbour)
    assert len(store.findings(doc_id)) == rows + 1  # the guess revived, only HARBOUR CLEARING is new
    assert [f.status for f in store.findings(doc_id) if f.text == "Invoices"] == [Status.SUPPRESSED]
