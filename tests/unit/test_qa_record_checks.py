"""The QA record as the approver reads it, as `clearance verify STORE` checks it, the interval drawn for
the window, and a consistency fix taken back through the review's undo."""

from __future__ import annotations

import json
import sqlite3

import pytest
from batch_fixture import add_contract
from qa_fixture import automatic_batch, qa_policy, save_page_texts

from desktop.cli import main
from desktop.core.assurance import qa
from desktop.core.assurance.consistency import consistency, exceptions_in, redact_exceptions
from desktop.core.assurance.fix import undo_everywhere
from desktop.core.assurance.report_html import interval_png
from desktop.core.qa.estimate import upper_bound
from desktop.core.qa.gate import approver_estimate
from desktop.core.verification.integrity import verify_store


def _sealed(store, tmp_path, monkeypatch, seed=21):
    batch = automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.9))
    sample = qa.draw_sample(store, None, 3, seed=seed)
    qa.mark_page(store, None, sample["pages"][0]["page_id"], missed="Licensee", entity_type="OTHER")
    for p in sample["pages"][1:]:
        qa.mark_page(store, None, p["page_id"])
    return batch, sample, qa.seal(store, batch).batch_id


def test_the_approver_reads_the_recorded_sample_as_plain_data(store, tmp_path, monkeypatch):
    batch, sample, sealed = _sealed(store, tmp_path, monkeypatch)
    manifest = json.loads(bytes(store.batch(sealed)["manifest"]))
    seen = approver_estimate(manifest)
    assert seen["sampled_batch"] == batch and seen["seed"] == 21 and seen["pages"] == 3
    assert seen["pages_with_miss"] == 1 and seen["misses"] == [{"page": sample["pages"][0]["page_id"], "type": "OTHER"}]
    assert seen["miss_rate"] == pytest.approx(1 / 3)
    assert seen["upper_bound"] == pytest.approx(upper_bound(1, 3))
    assert (seen["target"], seen["confidence"]) == (0.9, 0.95)
    assert "Clopper" in seen["method"] and seen["problems"] == []
    json.dumps(seen)  # plain data
    tampered = {**manifest, "qa": {**manifest["qa"], "upper_bound": 0.2}}
    assert any("upper bound" in p for p in approver_estimate(tampered)["problems"])
    # an automatic batch not sealed yet: the target, and that nothing is recorded
    waiting = approver_estimate(json.loads(bytes(store.batch(batch)["manifest"])))
    assert waiting["recorded"] is False and waiting["target"] == 0.9 and waiting["problems"]
    assert approver_estimate({"batch": "desk", "documents": []}) is None


def test_verify_store_draws_every_recorded_sample_again_and_names_a_batch_that_differs(
        store, tmp_path, monkeypatch, capsys):
    batch, sample, sealed = _sealed(store, tmp_path, monkeypatch)
    report = verify_store(store.path)
    assert report.ok, report.problems
    assert any(line.startswith(f"batch {sealed} QA sample: 3 page(s) drawn again from seed 21")
               for line in report.checked)
    assert any(line.startswith(f"batch {batch} QA sample") for line in report.checked)
    population = qa.sampling.population(json.loads(bytes(store.batch(batch)["manifest"]))["documents"])
    drawn = {p["page_id"] for p in sample["pages"]}
    other = next(p.page_id for p in population if p.page_id not in drawn)
    with sqlite3.connect(store.path) as conn:  # someone swaps a sampled page for a page they liked better
        row_id, pages = conn.execute("SELECT id, pages FROM qa_samples WHERE batch_id = ?", [batch]).fetchone()
        changed = json.loads(pages)
        changed[0]["page_id"] = other
        conn.execute("DROP TRIGGER qa_samples_no_update")  # the file is theirs: a trigger stops no one
        conn.execute("UPDATE qa_samples SET pages = ? WHERE id = ?", [json.dumps(changed), row_id])
    report = verify_store(store.path)
    assert not report.ok
    assert [p for p in report.problems if "QA" in p] == [
        f"batch {batch}: QA sample {row_id}: the recorded QA sample is not what seed 21 draws from the batch's pages"]
    assert main(["verify", str(store.path)]) == 1
    assert f"FAIL batch {batch}: QA sample" in capsys.readouterr().err


def test_the_interval_is_drawn_as_png_bytes():
    png = interval_png(0.01, 0.03, 0.05, 0.95)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert png == interval_png(0.01, 0.03, 0.05, 0.95) != interval_png(0.0, 0.01, 0.05, 0.95)


def test_redacting_an_exception_everywhere_is_taken_back_by_undo(store, tmp_path):
    first = add_contract(store, tmp_path, decide="confirmed", file_name="a.pdf")
    second = add_contract(store, tmp_path, decide="rejected", file_name="b.pdf", channels=("page-text",))
    save_page_texts(store, [first, second])
    report = consistency(store)
    assert [t.term for t in exceptions_in(report, [second])] == ["Jolene Marchetti"]
    assert exceptions_in(report, [first]) == []  # redacted there: the export of `first` leaves nothing readable
    groups: dict[int, list[str]] = {}
    assert redact_exceptions(store, report, ["Jolene Marchetti"], groups) == {"Jolene Marchetti": 1}
    assert set(groups) == {second} and not consistency(store).exceptions
    assert undo_everywhere(store, groups) == 1
    [use] = consistency(store).exceptions
    assert use.rejected == {second}  # the reviewer's rejection is back, as the undo of the review does it
