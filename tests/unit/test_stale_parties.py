"""A party a scan proposed goes when the reviewer rejects every finding of its name, and comes back
with an undo; the export gate and the consent panel read the same links."""

from __future__ import annotations

from desktop.core.consent import Role
from desktop.core.consent.gate import document_links, eligibility
from desktop.core.consent.linking import link_document
from desktop.core.model import Finding, Status

TEXT = ("This agreement is made between Umbrella Corp. and Stratton Vale Holdings Ltd.\n"
        "Stratton Vale Holdings Ltd. shall deliver. Umbrella Corp. pays.")


def _document(store):
    doc_id, _ = store.add_document(sha256="f" * 64, path="/c/s.pdf", name="s.pdf", pages=1, size=1)
    store.db.execute("INSERT INTO pages(document_id, number, text, text_hash, width, height) "
                     "VALUES (?, 0, ?, 'x', 600, 800)", [doc_id, TEXT])
    name = "Stratton Vale Holdings Ltd."
    ids = store.add_findings(doc_id, [Finding(0, i, i + len(name), "COMPANY", name, ((0, 0, 1, 1),))
                                      for i in (TEXT.index(name), TEXT.rindex(name))])
    link_document(store, doc_id)
    return doc_id, ids


def _names(store, doc_id):
    return {link.party.name: link.role for link in document_links(store, doc_id)}


def test_rejecting_every_finding_of_a_proposed_partys_name_removes_the_party(store):
    doc_id, ids = _document(store)
    assert _names(store, doc_id)["Stratton Vale Holdings Ltd."] == Role.CONTRACTING
    blocked = set(eligibility(store, doc_id).reasons)

    group = store.decide([(i, {"status": Status.REJECTED}) for i in ids])
    assert "Stratton Vale Holdings Ltd." not in _names(store, doc_id)
    assert "Umbrella Corp." in _names(store, doc_id)  # its name was not rejected
    assert not any("Stratton" in r for r in eligibility(store, doc_id).reasons)
    assert any("Stratton" in r for r in blocked)  # it did block before: no consent of its own

    store.decide([(i, {"status": Status.PROPOSED}) for i in ids], action="undo", group_id=group + "-undo")
    assert "Stratton Vale Holdings Ltd." in _names(store, doc_id)


def test_one_rejected_occurrence_keeps_the_party_and_a_confirmed_link_always_stays(store):
    doc_id, ids = _document(store)
    store.decide([(ids[0], {"status": Status.REJECTED})])
    assert "Stratton Vale Holdings Ltd." in _names(store, doc_id)

    party = store.find_party("Stratton Vale Holdings Ltd.")
    store.link_party(doc_id, party.id, Role.CONTRACTING, confirmed=True, source="manual")
    store.decide([(ids[1], {"status": Status.REJECTED})])
    assert "Stratton Vale Holdings Ltd." in _names(store, doc_id)


def test_unlinking_a_party_a_scan_added_forgets_it_when_nothing_else_needs_it(store):
    from desktop.core.scan.links import unlink_party

    doc_id, _ = _document(store)
    party = store.find_party("Stratton Vale Holdings Ltd.")
    unlink_party(store, doc_id, party.id, propagate=False)
    assert store.find_party("Stratton Vale Holdings Ltd.") is None
    assert any(e["kind"] == "party-forget" for e in store.audit_entries())

    kept = store.find_party("Umbrella Corp.")
    store.add_party(kept, origin="scan")  # linked: stays whatever its origin
    assert store.forget_parties([kept.id]) == 0 and store.find_party("Umbrella Corp.") is not None


def test_consent_prune_lists_and_forgets_unused_scan_parties(tmp_path, capsys):
    from desktop.cli import main
    from desktop.core.consent import Party
    from desktop.core.store import Store

    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add_party(Party("Orphaned Name Ltd."), origin="scan")
        store.add_party(Party("Registry Customer AG"), origin="csv")
    assert main(["consent", "prune", "--store", str(path), "--dry-run"]) == 0
    assert "Orphaned Name Ltd." in capsys.readouterr().out
    assert main(["consent", "prune", "--store", str(path)]) == 0
    with Store(path) as store:
        assert store.find_party("Orphaned Name Ltd.") is None and store.find_party("Registry Customer AG")
