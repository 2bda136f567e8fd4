"""Export fixtures made by code: a store holding a leak-fixture contract with its name found."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from desktop.core.export.checks import REDACTION_CHECKS
from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
from desktop.core.redaction.redact import find_terms
from devkit.leaks import make_leak_fixture

CORE_CHECKS = list(REDACTION_CHECKS)
NAME = "Jolene Marchetti"


def add_contract(store, folder: Path, name: str = NAME, channels=("page-text", "wrapped-line"),
                 decide: str | None = "confirmed", file_name: str = "contract.pdf") -> int:
    """Import a generated contract, add its name as PERSON findings and decide them (None: leave open)."""
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
    return doc_id
