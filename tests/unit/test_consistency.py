"""clearance consistency: a name redacted in one document and readable or rejected in another."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_fixture import add_contract
from qa_fixture import save_page_texts

from desktop.cli import main
from desktop.core.assurance.consistency import consistency
from devkit.synthetic_store import build_store

CUAD = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "cuad-dev"


def test_every_planted_exception_is_found_under_its_party(store):
    planted = build_store(store, 300, readable_every=50)
    report = consistency(store)
    found = {(doc, t.term) for t in report.exceptions for doc in t.readable}
    assert found == {(doc, name) for doc, name in planted.inconsistent.items()}
    assert all(t.party == t.term for t in report.exceptions)  # grouped under the party it names
    assert all(t.redacted for t in report.exceptions)


def test_a_consistent_store_exits_0_and_an_inconsistent_one_1(tmp_path, capsys):
    from desktop.core.store import Store

    clean, mixed = tmp_path / "clean.sqlite", tmp_path / "mixed.sqlite"
    with Store(clean) as s:
        build_store(s, 40, readable_every=0)
    with Store(mixed) as s:
        planted = build_store(s, 40, readable_every=20)
    assert main(["consistency", str(clean)]) == 0
    capsys.readouterr()
    assert main(["consistency", str(mixed), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    readable = {(d["id"], t["term"]) for g in data["parties"] for t in g["terms"] for d in t["readable_in"]}
    assert readable == set(planted.inconsistent.items())


def test_redact_everywhere_confirms_the_rejected_finding(store, tmp_path, capsys):
    first = add_contract(store, tmp_path, decide="confirmed", file_name="a.pdf")
    second = add_contract(store, tmp_path, decide="rejected", file_name="b.pdf", channels=("page-text",))
    save_page_texts(store, [first, second])
    report = consistency(store)
    [use] = report.exceptions
    assert use.redacted == {first} and second in use.rejected
    assert main(["consistency", str(store.path), "--redact-everywhere"]) == 0
    assert "redacted “Jolene Marchetti”" in capsys.readouterr().err
    assert not consistency(store).exceptions
    assert all(f.status == "confirmed" for f in store.findings(second) if f.text == "Jolene Marchetti")


def test_a_missing_store_is_one_line(tmp_path, capsys):
    assert main(["consistency", str(tmp_path / "none.sqlite")]) == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.slow
@pytest.mark.skipif(not (CUAD / "parties.json").exists(), reason="the development contracts are not here")
def test_two_copies_of_a_real_contract_accepted_and_rejected(tmp_path, capsys):
    """Real contract, two copies differing in one byte: one with every finding confirmed, the other
    with every finding rejected: each party name of the first is listed as readable in the second."""
    from desktop.core.store import Store

    source = CUAD / "pdf" / "DRAGONSYSTEMSINC_01_08_1999-EX-10.17-OUTSOURCING_AGREEMENT.PDF"
    data = source.read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "accepted.pdf").write_bytes(data)
    (tmp_path / "in" / "rejected.pdf").write_bytes(data + b"\n")  # one byte more after %%EOF
    path = str(tmp_path / "s.sqlite")
    assert main(["scan", str(tmp_path / "in"), "--store", path]) == 0
    assert main(["review", "--store", path, "--accept-all", "accepted.pdf"]) == 0
    assert main(["review", "--store", path, "--reject-all", "rejected.pdf"]) == 0
    capsys.readouterr()
    assert main(["consistency", path, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    with Store(path, read_only=True) as s:
        accepted = s.find_document("accepted.pdf")["id"]
        rejected = s.find_document("rejected.pdf")["id"]
        names = {link.party.name for link in s.document_links(accepted) if link.confirmed}
    assert names
    listed = {t["term"]: t for g in data["parties"] for t in g["terms"]}
    for name in names:
        assert name in listed, (name, sorted(listed))
        assert rejected in {d["id"] for d in listed[name]["readable_in"]}
        assert accepted in {d["id"] for d in listed[name]["redacted_in"]}
