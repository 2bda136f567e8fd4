"""At export the independent verifier searches the output for every name and alias of every party
linked to the document, whether or not a finding proposed it; and a page it cannot read is refused."""

from __future__ import annotations

import json
import random
from dataclasses import replace

import pymupdf
import pytest
from batch_fixture import CHECKS_WITH_CONSENT, consented, grant

from desktop.cli import main
from desktop.cli_errors import EXIT_NOT_VERIFIED
from desktop.core.consent.parties import Party, Role
from desktop.core.export import checks
from desktop.core.export.batch import build_batch
from desktop.core.model import EntityType, Source, Status
from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
from desktop.core.redaction.redact import find_terms

SIGNER = "Odalys Fenwright"
PARTY = Party(name="Quillmore Provisions Ltd", aliases=("QUILLMORE",))
KEPT = "Deliveries are due within ten days"


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def _noise_page(doc: pymupdf.Document) -> None:
    """A 'scan' of speckles: OCR reads no word in it, so the verifier cannot vouch for the page."""
    rng = random.Random(1)
    width, height = 300, 400
    samples = bytes(0 if rng.random() < 0.3 else 255 for _ in range(width * height))
    page = doc.new_page(width=width, height=height)
    page.insert_image(page.rect, pixmap=pymupdf.Pixmap(pymupdf.csGRAY, width, height, samples, False))


def _contract(store, tmp_path, *, scanned_page: bool = False) -> int:
    """A contract signed by SIGNER (a confirmed finding) that also calls a party by an alias no
    finding proposes."""
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"This agreement is signed by {SIGNER} for the buyer.", fontsize=11)
    page.insert_text((72, 130), f"{KEPT} of each order placed with QUILLMORE.", fontsize=11)
    if scanned_page:
        _noise_page(doc)
    pdf = doc.tobytes()
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf)
    doc_id, _ = store.add_document(sha256=sha256_bytes(pdf), path=str(path), name=path.name,
                                   pages=len(doc), size=len(pdf))
    found = find_terms(extract_page(open_pdf(pdf).load_page(0)), [SIGNER])
    ids = store.add_findings(doc_id, [replace(f, entity_type=EntityType.PERSON, status=Status.PROPOSED,
                                              source=Source.DETECTED) for f in found])
    store.decide([(i, {"status": "confirmed"}) for i in ids])
    consented(store, doc_id, SIGNER, kind="person")
    return doc_id


def _shipped(store, batch_id) -> tuple[str, str]:
    files = {f["kind"]: f for f in store.batch_files(batch_id)}
    pdf = pymupdf.open(stream=files["pdf"]["content"], filetype="pdf")
    return " ".join(p.get_text() for p in pdf), files["text"]["content"].decode()


@pytest.mark.parametrize("confirmed", [True, False])
def test_an_alias_of_a_linked_party_that_no_finding_proposed_does_not_leave(store, tmp_path, confirmed):
    doc = _contract(store, tmp_path)
    party_id = grant(store, PARTY)
    store.link_party(doc, party_id, Role.CONTRACTING, confirmed=confirmed, source="parties-clause")
    assert not any("QUILLMORE" in f.text.upper() for f in store.findings(doc))
    result = build_batch(store, [doc])
    if not confirmed:  # the consent check holds a document whose party is only proposed: nothing leaves
        [refusal] = result.refused
        assert result.batch_id is None and any("not confirmed" in r for r in refusal.reasons)
        return
    assert result.batch_id and not result.refused
    ((noted, note),) = result.notes
    assert noted == doc and "1 further occurrence" in note  # the verifier found it, the loop redacted it
    page, training = _shipped(store, result.batch_id)
    for shipped in (page, training):
        assert "quillmore" not in shipped.lower() and "odalys" not in shipped.lower()
        assert KEPT in shipped
    assert json.loads(training.splitlines()[0])["pages"][0].count("[") >= 2


def test_without_the_link_the_alias_would_leave(store, tmp_path):
    """The control: nothing else knows the alias, so the test above fails when export does not search it."""
    doc = _contract(store, tmp_path)
    store.add_party(PARTY)  # in the registry, but not linked to this document
    result = build_batch(store, [doc])
    page, _training = _shipped(store, result.batch_id)
    assert "QUILLMORE" in page


def test_a_page_the_verifier_cannot_read_refuses_the_document(store, tmp_path):
    doc = _contract(store, tmp_path, scanned_page=True)
    result = build_batch(store, [doc])
    assert result.batch_id is None
    assert any(r.startswith("NOT VERIFIED page 2: OCR read no word") for r in result.refused[0].reasons)


def test_redact_writes_but_exits_not_verified_on_a_page_it_cannot_read(tmp_path, capsys):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), f"Signed by {SIGNER}.", fontsize=11)
    _noise_page(doc)
    src, out, terms = tmp_path / "in.pdf", tmp_path / "out.pdf", tmp_path / "terms.txt"
    src.write_bytes(doc.tobytes())
    terms.write_text(SIGNER, encoding="utf-8")
    assert main(["redact", str(src), "-o", str(out), "--terms", str(terms)]) == EXIT_NOT_VERIFIED == 4
    printed = capsys.readouterr()
    assert out.exists() and "NOT VERIFIED page 2" in printed.err and "NOT verified" in printed.out
    assert "Odalys" not in pymupdf.open(out)[0].get_text()


def test_redact_searches_direct_identifiers_everywhere_and_quasi_values_nowhere():
    """`redact --accept-detected` verifies every occurrence of a detected name, never of a date or an
    amount: "$2500" or "12.10" also stand in PDF syntax and other clauses, where nothing can remove them."""
    from desktop.cli_export import verifier_terms
    from desktop.core.model import Finding, Status

    def found(text, entity_type, start=0):
        return Finding(page=0, start=start, end=start + len(text), entity_type=entity_type, text=text, boxes=(),
                       score=0.9, recognizer="r", status=Status.CONFIRMED)

    detected = [found("Jane Roe", "PERSON"), found("$2500", "MONEY"), found("12.10.2024", "DATE_TIME"),
                found("Quillon Labs Inc.", "COMPANY"), found("Rotterdam", "PLACE"), found("page image", "PERSON", -1)]
    assert verifier_terms(["Acme"], detected) == ["Acme", "Jane Roe", "Quillon Labs Inc."]
