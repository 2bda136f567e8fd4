"""Withdrawal after an export: the purge list names every exported file by hash, and the next export is blocked."""

import hashlib
from datetime import date

import pytest

from desktop.core.consent import ConsentRecord, Party, Role
from desktop.core.consent.gate import ConsentError, consent_gate, withdraw

ACME = Party("Acme GmbH")
BETA = Party("Beta Ltd")


def _exported(store, batch_id, created_at, files):
    store.add_batch(batch_id=batch_id, created_at=created_at, purpose="ai-training", manifest=b"{}",
                    manifest_sha256=hashlib.sha256(b"{}").hexdigest(),
                    files=[{"name": name, "kind": "pdf", "document_id": doc, "sha256": hashlib.sha256(data).hexdigest(),
                            "size": len(data), "content": data} for name, doc, data in files])


@pytest.fixture
def registry(store):
    store.import_consents([(p, ConsentRecord(None, "ai-training", "granted", "1", date(2024, 1, 1)))
                           for p in (ACME, BETA)])
    docs = {}
    for n, parties in enumerate(((ACME,), (ACME, BETA), (BETA,))):
        doc_id, _ = store.add_document(sha256=f"{n}" * 64, path=f"/c/{n}.pdf", name=f"{n}.pdf", pages=1, size=1)
        for party in parties:
            store.link_party(doc_id, store.find_party(party.name).id, Role.CONTRACTING)
        docs[n] = doc_id
    return docs


def test_withdrawal_after_export_lists_the_files_to_purge_and_blocks_the_next_export(store, registry):
    d0, d1, d2 = registry[0], registry[1], registry[2]
    assert all(consent_gate(store, d, "ai-training", date(2024, 6, 1)) == [] for d in (d0, d1, d2))
    _exported(store, "b1", "2024-06-01T10:00:00+00:00", [("doc-0001.pdf", d0, b"pdf zero"),
                                                         ("doc-0002.pdf", d1, b"pdf one"),
                                                         ("doc-0003.pdf", d2, b"pdf two")])
    _exported(store, "b2", "2024-07-01T10:00:00+00:00", [("doc-0001.pdf", d1, b"pdf one again"),
                                                         ("manifest.json", None, b"{}")])

    purge = withdraw(store, "ACME G.m.b.H.", "ai-training", date(2024, 8, 1))

    assert [(p["batch"], p["file"], p["sha256"], p["date"][:10]) for p in purge] == [
        ("b1", "doc-0001.pdf", hashlib.sha256(b"pdf zero").hexdigest(), "2024-06-01"),
        ("b1", "doc-0002.pdf", hashlib.sha256(b"pdf one").hexdigest(), "2024-06-01"),
        ("b2", "doc-0001.pdf", hashlib.sha256(b"pdf one again").hexdigest(), "2024-07-01"),
    ]
    for doc in (d0, d1):
        reasons = consent_gate(store, doc, "ai-training", date(2024, 8, 2))
        assert reasons and "Acme GmbH" in reasons[0] and "withdrawn on 2024-08-01" in reasons[0]
    assert consent_gate(store, d2, "ai-training", date(2024, 8, 2)) == []
    # the batch made before the withdrawal was lawful then, and stays explainable
    assert consent_gate(store, d0, "ai-training", date(2024, 6, 1)) == []
    kinds = [e["kind"] for e in store.audit_entries()]
    assert kinds[-2:] == ["consent-withdraw", "consent-purge-list"]
    assert store.audit_entries()[-1]["payload"]["files"] == purge


def test_withdrawing_an_unknown_party_or_purpose_is_a_clear_error_and_changes_nothing(store, registry):
    head = store.audit_head()
    with pytest.raises(ConsentError, match="no party 'Nobody'"):
        withdraw(store, "Nobody", "ai-training", date(2024, 8, 1))
    with pytest.raises(ConsentError, match="holds no consent for research"):
        withdraw(store, "Acme GmbH", "research", date(2024, 8, 1))
    assert store.audit_head() == head


def test_a_withdrawal_dated_before_the_grant_is_refused(store, registry):
    head = store.audit_head()
    with pytest.raises(ConsentError, match="before the consent for ai-training .* granted on 2024-01-01"):
        withdraw(store, "Acme GmbH", "ai-training", date(2023, 12, 31))
    assert store.audit_head() == head and all(c.withdrawn_on is None for c in store.consents())


def test_the_purge_list_names_the_pdf_and_the_jsonl_line_of_the_same_document(store, tmp_path, monkeypatch):
    import json

    from batch_fixture import CORE_CHECKS, add_contract

    from desktop.core.export import batch, checks

    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    first = add_contract(store, tmp_path, "Jolene Marchetti", file_name="a.pdf")
    second = add_contract(store, tmp_path, "Marta Lindqvist", file_name="b.pdf")
    store.import_consents([(ACME, ConsentRecord(None, "ai-training", "granted", "1", date(2024, 1, 1)))])
    store.link_party(second, store.find_party(ACME.name).id, Role.CONTRACTING)
    result = batch.build_batch(store, [first, second])
    files = {f["name"]: f for f in store.batch_files(result.batch_id)}
    (pdf,) = [f["name"] for f in files.values() if f["document_id"] == second]

    purge = withdraw(store, ACME.name, "ai-training", date(2025, 1, 1))
    assert [(p["file"], p["where"]) for p in purge] == [(pdf, "whole file"), ("text.jsonl", purge[1]["where"])]
    line = int(purge[1]["where"].split()[1])
    lines = bytes(files["text.jsonl"]["content"]).decode().splitlines()
    assert json.loads(lines[line - 1])["file"] == pdf and purge[1]["where"].endswith(f"(record {pdf})")
    assert purge[1]["sha256"] == files["text.jsonl"]["sha256"] and len(lines) == 2


def test_the_queue_stage_follows_a_document_to_exported_and_withdrawn(store, tmp_path, monkeypatch):
    from batch_fixture import CORE_CHECKS, add_contract
    from signer_fixture import memory_signer

    from desktop.core.export import batch, checks
    from desktop.core.export.signoff import sign_off
    from desktop.core.export.stage import document_stages

    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    doc = add_contract(store, tmp_path)
    other = add_contract(store, tmp_path, "Marta Lindqvist", decide=None, file_name="open.pdf")
    for doc_id in (doc, other):
        store.set_document_status(doc_id, "scanned")
    store.import_consents([(ACME, ConsentRecord(None, "ai-training", "granted", "1", date(2024, 1, 1)))])
    store.link_party(doc, store.find_party(ACME.name).id, Role.CONTRACTING)
    assert document_stages(store) == {doc: "reviewed", other: "scanned"}
    result = batch.build_batch(store, [doc, other])
    assert document_stages(store)[doc] == "reviewed"  # built, not signed: nothing has left yet
    sign_off(store, result.batch_id, memory_signer("rita"), "reviewed")
    assert document_stages(store) == {doc: "exported", other: "scanned"}
    withdraw(store, ACME.name, "ai-training", date(2025, 1, 1))
    assert document_stages(store) == {doc: "withdrawn", other: "scanned"}
