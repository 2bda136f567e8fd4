"""An automatic batch made by code: generated one-page contracts, their names confirmed, built under a
QA policy with the export checks that need no consent registry."""

from __future__ import annotations

from batch_fixture import CORE_CHECKS, add_contract

from desktop.core.export import checks
from desktop.core.export.batch import build_batch
from desktop.core.pdf import close_pdf, extract_pages, open_pdf
from desktop.core.pdf.stored import stored_bytes

NAMES = ("Jolene Marchetti", "Arvid Lindqvist", "Priya Raman", "Tomasz Wielgosz")


def save_page_texts(store, doc_ids) -> None:
    """The page texts a scan stores, for documents the fixture added by hand."""
    for doc_id in doc_ids:
        doc = open_pdf(stored_bytes(store.document(doc_id)))
        store.save_pages(doc_id, extract_pages(doc))
        close_pdf(doc)


def qa_policy(target: float = 0.5, confidence: float = 0.95) -> dict:
    return {"name": "test", "target": target, "confidence": confidence, "thresholds": {}}


def automatic_batch(store, folder, monkeypatch, policy: dict, names=NAMES) -> str:
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    ids = [add_contract(store, folder, name=n, file_name=f"c{i}.pdf") for i, n in enumerate(names)]
    save_page_texts(store, ids)
    for doc_id in ids:
        store.set_document_status(doc_id, "scanned")  # findings made by hand; no detection run (the window's)
    result = build_batch(store, ids, manifest_extra={"qa_policy": policy})
    store.set_batch_policy(result.batch_id, policy)
    return result.batch_id
