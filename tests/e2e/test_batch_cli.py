"""clearance batch FOLDER: scan, decide by policy, build an unsigned batch; resumable after a failure part-way."""

from __future__ import annotations

import json

import pytest
from batch_fixture import CORE_CHECKS

from desktop.cli import main
from desktop.core.assurance import autobatch
from desktop.core.export import checks
from desktop.core.store import Store
from devkit.corpus import write_corpus

pytestmark = pytest.mark.slow


def test_a_batch_interrupted_part_way_goes_on_where_it_stopped(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))  # consent is the registry's, tested apart
    folder = tmp_path / "in"
    write_corpus(folder, count=3, seed=4100)
    path = str(tmp_path / "s.sqlite")
    real = autobatch.decide_document
    calls = []

    def dies_on_the_second(store, doc_id, rules):
        calls.append(doc_id)
        if len(calls) == 2:
            raise KeyboardInterrupt  # as a kill or Ctrl-C part-way would
        return real(store, doc_id, rules)

    monkeypatch.setattr(autobatch, "decide_document", dies_on_the_second)
    assert main(["batch", str(folder), "--store", path, "--policy", "strict"]) == 130
    with Store(path, read_only=True) as store:
        first = calls[0]
        decided_before = len(store.decisions(first))
        assert decided_before and not store.batches()
        assert all(f.status != "proposed" for f in store.findings(first) if f.identifier == "direct")
    monkeypatch.setattr(autobatch, "decide_document", real)
    capsys.readouterr()
    assert main(["batch", str(folder), "--store", path, "--policy", "strict"]) == 0
    out = capsys.readouterr().out
    assert "batch " in out and "3 document(s), unsigned" in out and "qa draw" in out
    with Store(path, read_only=True) as store:
        assert len(store.decisions(first)) == decided_before  # decided once, not again
        [batch] = store.batches()
        manifest = json.loads(bytes(store.batch(batch["id"])["manifest"]))
        assert manifest["qa_policy"]["name"] == "strict" and manifest["qa_policy"]["target"] == 0.005
        assert len(manifest["documents"]) == 3
        for doc in store.documents():
            assert not [f for f in store.findings(doc["id"]) if f.identifier == "direct" and f.status == "proposed"]
    # a third run finds the batch it built and builds none
    assert main(["batch", str(folder), "--store", path, "--policy", "strict"]) == 0
    assert "built by an earlier run" in capsys.readouterr().out
    with Store(path, read_only=True) as store:
        assert len(store.batches()) == 1


def test_a_missing_folder_is_one_line(tmp_path, capsys):
    assert main(["batch", str(tmp_path / "nope"), "--store", str(tmp_path / "s.sqlite")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
