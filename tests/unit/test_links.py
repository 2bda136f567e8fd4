"""Linking a party proposes its names everywhere, the same from the window's core call and the CLI."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.core.consent.parties import Party, PartyKind, Role
from desktop.core.scan.documents import import_paths
from desktop.core.scan.links import link_party, unlink_party
from desktop.core.selftest.contract import write_contract
from desktop.core.store import Store

NAME = "Helena Marquardt"  # the contract's representative: twice on its pages, never a finding yet


@pytest.fixture
def imported(tmp_path):
    contract = write_contract(tmp_path / "contracts")
    path = tmp_path / "clearance.sqlite"
    with Store(path) as store:
        doc_id = import_paths(store, [contract.path]).imported[0]
        store.add_party(Party(NAME, kind=PartyKind.PERSON), origin="test")
    return path, doc_id


def _names(store, doc_id) -> list[str]:
    return [f.text for f in store.findings(doc_id) if f.text == NAME]


def test_linking_proposes_the_partys_names_and_unlinking_keeps_them(imported):
    path, doc_id = imported
    with Store(path) as store:
        party = store.find_party(NAME)
        change = link_party(store, doc_id, party.id, Role.SIGNER)
        assert change.changed and change.problem is None and change.proposed >= 2
        assert len(_names(store, doc_id)) == 2
        assert [link.confirmed for link in store.document_links(doc_id)] == [True]
        assert unlink_party(store, doc_id, party.id).changed
        assert not unlink_party(store, doc_id, party.id).changed
        assert len(_names(store, doc_id)) == 2  # proposals stay for the reviewer to decide


def test_the_command_line_link_proposes_the_same_names(imported, capsys):
    path, doc_id = imported
    assert main(["consent", "link", str(doc_id), NAME, "--role", "signer", "--store", str(path)]) == 0
    assert "more occurrence(s) of the linked parties' names proposed" in capsys.readouterr().out
    with Store(path) as store:
        assert len(_names(store, doc_id)) == 2


def test_a_file_changed_since_import_is_a_note_not_a_failure(imported, tmp_path):
    path, doc_id = imported
    (tmp_path / "contracts" / "self-test-contract.pdf").write_bytes(b"%PDF-1.7 changed")
    with Store(path) as store:
        change = link_party(store, doc_id, store.find_party(NAME).id, Role.SIGNER)
        assert change.changed and change.proposed == 0 and "could not be searched" in change.problem
        assert store.document_links(doc_id)[0].confirmed
