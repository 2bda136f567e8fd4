"""`clearance review --accept-all | --reject-all`: bulk decisions for scripts, each one in the audit chain."""

from batch_fixture import add_contract

from desktop.cli import main
from desktop.core.consent.parties import Party
from desktop.core.store import Store


def test_accept_all_confirms_findings_and_proposed_links_and_chains_them(store, tmp_path, capsys):
    doc = add_contract(store, tmp_path, decide=None)
    party_id, _ = store.add_party(Party(name="Acme Widgets GmbH", kind="company"))
    store.link_party(doc, party_id, "contracting party", confirmed=False, source="parties-clause")
    path = store.path
    store.close()
    assert main(["review", "--store", str(path), "--accept-all"]) == 0
    assert "2 finding(s) confirmed and 1 party link(s) confirmed in 1 document(s)" in capsys.readouterr().out
    with Store(path) as s:
        assert {f.status for f in s.findings(doc)} == {"confirmed"}
        assert all(link.confirmed for link in s.document_links(doc))
        kinds = [e["kind"] for e in s.audit_entries()]
        assert kinds.count("decision") == 2 and kinds[-1] == "party-link"
    assert main(["verify", str(path)]) == 0


def test_reject_all_only_touches_the_documents_named(store, tmp_path, capsys):
    a = add_contract(store, tmp_path, decide=None, file_name="a.pdf")
    b = add_contract(store, tmp_path, "Marta Lindqvist", decide=None, file_name="b.pdf")
    path = store.path
    store.close()
    assert main(["review", "--store", str(path), "--reject-all", "b.pdf"]) == 0
    with Store(path) as s:
        assert {f.status for f in s.findings(a)} == {"proposed"}
        assert {f.status for f in s.findings(b)} == {"rejected"}
    assert main(["review", "--store", str(path), "--reject-all", "nope.pdf"]) == 2
    assert "no document 'nope.pdf'" in capsys.readouterr().err
