"""`clearance review --approve CLASS` over a whole store approves the class where it waits, as `g Q` does
in the window: one audited decision per class and document holding it; a document without that class
pending is left alone, and every class name the policy knows is accepted."""

from __future__ import annotations

import pytest
from quasi_fixture import CONTRACTS, add_quasi_contract

from desktop.cli import main
from desktop.core.model import EntityType
from desktop.core.review.classes import approved, pending
from desktop.core.store import Store


def test_approve_over_the_store_takes_the_documents_holding_the_class(store, tmp_path, capsys):
    docs = [add_quasi_contract(store, tmp_path, *c) for c in CONTRACTS]
    empty, _ = store.add_document(sha256="0" * 64, path=str(tmp_path / "none.pdf"), name="none.pdf", pages=1, size=1)
    for f in store.findings(docs[2]):  # c.pdf: its order number was kept one by one, nothing of codes waits
        if f.entity_type == EntityType.REFERENCE:
            store.decide([(f.id, {"status": "rejected"})], action="test")
    path = store.path
    before = len(store.audit_entries())
    store.close()

    assert main(["review", "--store", str(path), "--approve", "codes", "--approve", "dates"]) == 0
    assert "5 quasi-identifier class approval(s) in 3 document(s)" in capsys.readouterr().out
    with Store(path, actor="tester") as again:
        assert [approved(again, d) for d in docs] == [{"codes", "dates"}, {"codes", "dates"}, {"dates"}]
        assert approved(again, empty) == set()  # nothing of it waited: no blanket approval
        assert all(set(pending(again, d)) == {"amounts", "places"} for d in docs)
        entries = [e for e in again.audit_entries()[before:] if "quasi.approved" in str(e)]
        assert len(entries) == 5


@pytest.mark.parametrize("cls", ["demographics", "organisations"])
def test_every_class_of_the_policy_can_be_approved(store, tmp_path, capsys, cls):
    add_quasi_contract(store, tmp_path, *CONTRACTS[0])
    path = store.path
    store.close()
    assert main(["review", "--store", str(path), "--approve", cls]) == 0
    assert "0 quasi-identifier class approval(s) in 0 document(s)" in capsys.readouterr().out
