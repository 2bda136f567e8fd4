"""`clearance risk` on a small generated store: the reviewed documents before export, the batch after it
(the same figures as its manifest), JSON and HTML output, one line in `clearance export`, and exit 2 for a
missing store or batch."""

from __future__ import annotations

import json

import pytest
from batch_fixture import CHECKS_WITH_CONSENT
from quasi_fixture import CONTRACTS, add_quasi_contract
from signer_fixture import PASSPHRASE

from desktop.cli import main
from desktop.core.export import checks
from desktop.core.review.classes import approve
from desktop.core.store import Store


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def _risk(capsys, *argv) -> tuple[int, str, str]:
    code = main(["risk", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_risk_of_a_store_then_of_its_batch(store, tmp_path, capsys, monkeypatch):
    docs = [add_quasi_contract(store, tmp_path, *c) for c in CONTRACTS]
    store.set_setting("quasi.policy.codes", "keep")
    path = str(store.path)
    store.close()

    # before any batch: the reviewed documents; one whose quasi classes are not all approved is not reviewed
    code, out, _ = _risk(capsys, path, "--json")
    before = json.loads(out)
    assert code == 0 and before["scope"].startswith("store") and before["documents"] == []
    with Store(path, actor="tester") as s:
        approve(s, docs[0], ["dates", "amounts", "codes", "places"])
        approve(s, docs[1], ["dates", "amounts", "codes"])  # places still waits
    code, out, _ = _risk(capsys, path, "--json")
    assert [d["id"] for d in json.loads(out)["documents"]] == [docs[0]]

    with Store(path, actor="tester") as s:
        for d in docs:
            approve(s, d, ["dates", "amounts", "codes", "places"])
    code, out, _ = _risk(capsys, path, "--json")
    reviewed = json.loads(out)
    assert len(reviewed["documents"]) == 3 and reviewed["summary"]["min_k"] == 1
    assert sum(reviewed["classes"]["dates"]["left"].values()) == 0
    monkeypatch.setenv("CLEARANCE_PASSPHRASE", PASSPHRASE)
    assert main(["signer", "create", "alice"]) == 0
    assert main(["signer", "export", "alice", "-o", str(tmp_path / "alice.pub")]) == 0
    assert main(["signer", "trust", str(tmp_path / "alice.pub"), "--store", path]) == 0
    capsys.readouterr()
    assert main(["export", "--store", path, "--signer", "alice"]) == 0
    exported = capsys.readouterr().out
    assert "risk: smallest k 1 (threshold 5), 3 of 3 document(s) below; linkability 67%" in exported

    code, out, _ = _risk(capsys, path, "--json")
    report = json.loads(out)
    with Store(path, read_only=True) as s:
        (batch,) = [b["id"] for b in s.batches()]
        manifest = json.loads(s.batch(batch)["manifest"])
    assert code == 0 and report["scope"] == f"batch {batch}"
    assert report["summary"] == manifest["risk"]  # the manifest records the same figures
    by_name = {d["name"]: d for d in report["documents"]}
    assert by_name["a.pdf"]["remaining"] == [{"class": "codes", "value": "po-7781"},
                                             {"class": "places", "value": "germany"}]
    assert by_name["a.pdf"]["remaining"] == by_name["b.pdf"]["remaining"]
    assert [by_name[n]["k"] for n in ("a.pdf", "b.pdf", "c.pdf")] == [2, 2, 1]
    assert by_name["c.pdf"]["remaining"][1] == {"class": "places", "value": "france"}
    assert report["summary"]["k_histogram"] == {"1": 1, "2": 2} and report["summary"]["below_threshold"] == 3
    assert report["linkability"]["shared"] == {"po-7781": sorted(docs[:2])}
    assert report["summary"]["linkability"] == pytest.approx(2 / 3, abs=1e-4)
    dates = report["classes"]["dates"]
    assert dates["found"] == 3 and dates["treated"]["generalise"] == 3 and sum(dates["left"].values()) == 0
    assert report["classes"]["codes"]["left"]["keep"] == 3
    assert "march 4, 2019" not in out.lower() and "leipzig" not in out.lower()  # treated values are not listed

    html = tmp_path / "risk.html"
    code, out, _ = _risk(capsys, "--store", path, "--batch", batch, "--k", "2", "--html", str(html))
    assert code == 0 and "smallest k 1 (threshold 2), 1 of 3 document(s) below" in out
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "po-7781" in page and page.count("class=below") == 1
    code, out, _ = _risk(capsys, batch, "--store", path, "--json", "--k", "2")  # a batch id as the target
    assert code == 0 and json.loads(out)["summary"]["below_threshold"] == 1


def test_a_missing_store_or_batch_is_one_line_and_exit_2(store, tmp_path, capsys):
    path = str(store.path)
    store.close()
    code, _, err = _risk(capsys, str(tmp_path / "none.sqlite"))
    assert code == 2 and "no such store" in err and len(err.strip().splitlines()) == 1
    code, _, err = _risk(capsys, path, "--batch", "20990101-000000-deadbeef")
    assert code == 2 and "no batch '20990101-000000-deadbeef'" in err
    code, _, err = _risk(capsys, "--store", path, "no-such-batch")
    assert code == 2 and "no batch 'no-such-batch'" in err
    code, _, err = _risk(capsys, path, "--k", "0")
    assert code == 2 and "--k is at least 1" in err
    (tmp_path / "notes.txt").write_text("hello")
    code, _, err = _risk(capsys, str(tmp_path / "notes.txt"))
    assert code == 2 and "not a Clearance store" in err
    code, out, _ = _risk(capsys, path, "--json")  # an empty store is measured, not refused
    assert code == 0 and json.loads(out)["summary"]["documents"] == 0


def test_the_k_threshold_is_an_audited_store_setting(store, tmp_path, capsys):
    from desktop.core import settings
    from desktop.core.export.risk import DEFAULT_K

    add_quasi_contract(store, tmp_path, "a.pdf", "Leipzig", "PO-7781")
    path = str(store.path)
    store.close()
    assert settings.by_name("risk-k").default == DEFAULT_K
    assert main(["settings", "set", "--store", path, "risk-k", "3"]) == 0
    assert main(["settings", "set", "--store", path, "risk-k", "0"]) == 2
    capsys.readouterr()
    code, out, _ = _risk(capsys, path, "--json")
    assert code == 0 and json.loads(out)["summary"]["k_threshold"] == 3
    with Store(path, read_only=True) as s:
        assert any(e["payload"].get("key") == "risk.k_threshold" for e in s.audit_entries() if e["kind"] == "setting")
