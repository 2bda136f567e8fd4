"""One-page contracts with a date, a city, an order number and an amount, typed as quasi-identifiers and
stored as proposed findings: the batch the risk report and the export flow's risk figures are tested on."""

from __future__ import annotations

from dataclasses import replace

import pymupdf
from batch_fixture import consented

from desktop.core.model import EntityType
from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
from desktop.core.redaction.redact import find_terms

# (file, city, order number): a and b share a country and an order number, c is alone
CONTRACTS = [("a.pdf", "Leipzig", "PO-7781"), ("b.pdf", "Dresden", "PO-7781"), ("c.pdf", "Lyon", "PO-1234")]


def add_quasi_contract(store, folder, name: str, city: str, order: str) -> int:
    """The contract written to `folder`, imported, with its four quasi-identifiers proposed."""
    lines = [f"Supply Agreement made on March 4, 2019 for the plant in {city}.",
             f"Purchase Order No. {order} governs the first lot of USD 12,500.00."]
    pdf = pymupdf.open()
    page = pdf.new_page(width=595, height=842)
    for n, line in enumerate(lines):
        page.insert_text((40, 60 + 22 * n), line, fontsize=9)
    data = pdf.tobytes()
    (folder / name).write_bytes(data)
    doc_id, _ = store.add_document(sha256=sha256_bytes(data), path=str(folder / name), name=name, pages=1,
                                   size=len(data))
    text = extract_page(open_pdf(data).load_page(0))
    typed = {"March 4, 2019": EntityType.DATE, city: EntityType.PLACE, order: EntityType.REFERENCE,
             "USD 12,500.00": EntityType.MONEY}
    store.add_findings(doc_id, [replace(f, entity_type=typed[value], status="proposed")
                                for value in typed for f in find_terms(text, [value])])
    consented(store, doc_id)  # a party that holds its consent
    return doc_id
