"""Export fixtures made by code: a store holding a leak-fixture contract with its name found."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from desktop.core.consent.parties import ConsentRecord, Party
from desktop.core.export.checks import CONSENT, REDACTION_CHECKS
from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
from desktop.core.redaction.redact import find_terms
from devkit.leaks import make_leak_fixture

CORE_CHECKS = list(REDACTION_CHECKS)
# The shipped checks but the residue review (its own tests drive it): consent is checked for real, so
# every contract here is given its party's consent (`consented`).
CHECKS_WITH_CONSENT = [*REDACTION_CHECKS, CONSENT]
NAME = "Jolene Marchetti"
PARTY_NAME = "Harlow Industries GmbH"  # the party of every fixture contract, holding its consent; not in the text


def add_contract(store, folder: Path, name: str = NAME, channels=("page-text", "wrapped-line"),
                 decide: str | None = "confirmed", file_name: str = "contract.pdf", consent: bool = True) -> int:
    """Import a generated contract, add its name as PERSON findings and decide them (None: leave open);
    with `consent`, the document's confirmed party (PARTY_NAME) holds a granted consent."""
    fixture = make_leak_fixture(name, channels=channels)
    path = Path(folder) / file_name
    path.write_bytes(fixture.pdf)
    doc_id, _ = store.add_document(sha256=sha256_bytes(fixture.pdf), path=str(path), name=file_name, pages=1,
                                   size=len(fixture.pdf))
    doc = open_pdf(fixture.pdf)
    found = [replace(f, entity_type="PERSON", status="proposed", source="detected")
             for f in find_terms(extract_page(doc.load_page(0)), [name])]
    doc.close()
    ids = store.add_findings(doc_id, found)
    if decide:
        store.decide([(i, {"status": decide}) for i in ids])
    if consent:
        consented(store, doc_id)
    return doc_id


def grant(store, party: Party, purpose: str = "ai-training") -> int:
    """`party` in the registry with a granted consent for `purpose`; its id."""
    store.import_consents([(party, ConsentRecord(party_id=None, purpose=purpose, version="1", status="granted",
                                                 granted_on=date(2024, 1, 1)))])
    return store.find_party(party.name).id


def consented(store, doc_id: int, name: str = PARTY_NAME, kind: str = "company") -> None:
    """`name` as the document's confirmed party, holding a granted consent for AI training."""
    store.link_party(doc_id, grant(store, Party(name=name, kind=kind)), "contracting party")
