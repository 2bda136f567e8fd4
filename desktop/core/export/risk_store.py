"""The risk report's data from a store, read only: a batch as it was built (its manifest's policy and each
document's approved classes), or the reviewed documents of a store not exported yet (the store's policy
and approvals now). Every read goes through store methods; nothing here writes."""

from __future__ import annotations

import json

from desktop.core import settings
from desktop.core.export.risk import (
    DEFAULT_K,
    DocumentQuasi,
    RiskReport,
    document_items,
    link_values,
)
from desktop.core.export.risk import risk_report as build_report
from desktop.core.redaction.pseudonym import Pseudonymiser
from desktop.core.redaction.redact import is_applied
from desktop.core.review.classes import (
    DocumentKey,
    approved,
    pending_by_document,
    policy,
)
from desktop.core.store.areas import (
    QuasiReviewStore,
    ReviewedDocumentsStore,
    RiskStore,
    SettingsStore,
)


class RiskError(Exception):
    """A batch or threshold that cannot be measured; the message is one line for people."""


def k_threshold(store: SettingsStore) -> int:
    """The store's k threshold (`risk.k_threshold`), else DEFAULT_K."""
    return settings.get(store, settings.RISK_K)


def reviewed_documents(store: ReviewedDocumentsStore) -> list[dict]:
    """Documents that are reviewed, scanned or imported without failing: no direct finding still proposed
    (`open_finding_count` counts direct findings only) and every quasi-identifier class they hold approved
    (`review.classes.pending_by_document`, the rule the walk and the export follow)."""
    waiting = pending_by_document(store)
    return [d for d in store.documents()
            if d.get("status") not in ("failed", "scanning") and store.open_finding_count(d["id"]) == 0
            and d["id"] not in waiting]


def batch_figures(store: RiskStore, batch_id: str) -> dict:
    """A built batch's risk figures as plain data, what the sign-off shows before the passphrase: the same
    as `clearance risk --batch ID --json` (the store's k threshold)."""
    return batch_report(store, batch_id, k_threshold(store)).to_json()


def store_report(store: RiskStore, batch_id: str | None = None, threshold: int | None = None) -> RiskReport:
    """The named batch, else the store's newest batch, else every reviewed document of the store."""
    threshold = threshold if threshold is not None else k_threshold(store)
    if batch_id is None:
        batches = store.batches()
        batch_id = batches[-1]["id"] if batches else None
    if batch_id is not None:
        return batch_report(store, batch_id, threshold)
    treatments = policy(store)
    docs = [_document(store, d, treatments, approved(store, d["id"]), _corpus(settings.get(store, settings.PSEUDONYMS)))
            for d in reviewed_documents(store)]
    return build_report("store (reviewed documents, not a batch)", treatments, docs, threshold)


def batch_report(store: RiskStore, batch_id: str, threshold: int = DEFAULT_K) -> RiskReport:
    row = store.batch(batch_id)
    if row is None:
        raise RiskError(f"no batch {batch_id!r} in {store.path} (`clearance risk` with no batch takes the newest)")
    manifest = json.loads(row["manifest"])
    settings = manifest.get("settings", {})
    treatments = settings.get("quasi_identifiers") or policy(store)  # a batch from before the policy: today's
    by_file = {f["name"]: f["document_id"] for f in store.batch_files(batch_id, with_content=False)
               if f["document_id"] is not None}
    corpus = _corpus(settings.get("pseudonyms"))
    docs = []
    for entry in manifest.get("documents", []):
        doc = store.document(by_file.get(entry.get("file"), -1))
        if doc is None:
            continue
        ok = set(entry.get("quasi_classes_approved", approved(store, doc["id"])))
        docs.append(_document(store, doc, treatments, ok, corpus))
    return build_report(f"batch {batch_id}", treatments, docs, threshold)


def documents_report(store: QuasiReviewStore, docs: list[dict], treatments: dict[str, str], scope: str) -> RiskReport:
    """The figures of documents about to leave together (the export's manifest), under the store's settings."""
    corpus = _corpus(settings.get(store, settings.PSEUDONYMS))
    return build_report(scope, treatments, [_document(store, d, treatments, approved(store, d["id"]), corpus)
                                            for d in docs], k_threshold(store))


def _corpus(mode: str | None) -> bool:
    return mode == "corpus"


def _document(store: QuasiReviewStore, doc: dict, treatments: dict[str, str], ok: set[str], corpus: bool) -> DocumentQuasi:
    findings = store.findings(doc["id"])
    secret = settings.get(store, settings.PSEUDONYM_SECRET)
    # The key moves dates and scales amounts; what remains identifying does not depend on it, so a store
    # that never exported (no secret yet) is measured with a stand-in key and nothing is written.
    key = DocumentKey.of(bytes.fromhex(secret) if secret else b"\x00" * 32, doc["sha256"])
    items = document_items(findings, treatments, ok, key)
    pseudonyms = []
    if corpus:  # the same placeholder for the same name in every document: a link by design
        namer = Pseudonymiser(bytes.fromhex(secret) if secret else b"\x00" * 32)
        pseudonyms = [namer.placeholder(f.entity_type, f.text) for f in findings
                      if is_applied(f) and f.identifier == "direct" and f.start >= 0 and f.text.strip()]
    return DocumentQuasi(doc["id"], doc["name"], items, link_values(items, pseudonyms))
