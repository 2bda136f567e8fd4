"""QA of an automatic batch in the store: draw, mark (a miss is fixed across the batch), estimate, seal,
and the sign-off refused until the sample meets the batch's target."""

from __future__ import annotations

import json

import pytest
from qa_fixture import NAMES, automatic_batch, qa_policy
from signer_fixture import memory_signer, pub_file, trusted

from desktop.core.assurance import qa
from desktop.core.assurance.fix import readable_hits
from desktop.core.export.publish import sign_and_write
from desktop.core.export.signoff import SignoffError, sign_off
from desktop.core.qa.estimate import upper_bound
from desktop.core.qa.gate import record_problems
from desktop.core.verification.integrity import verify_export_dir
from desktop.core.verification.trust import load_trust


def test_a_miss_is_fixed_in_every_document_and_counted(store, tmp_path, monkeypatch):
    batch = automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.5))
    sample = qa.draw_sample(store, None, 3, seed=5)
    assert sample["seed"] == 5 and len(sample["pages"]) == 3
    docs = [d["id"] for d in store.documents()]
    assert all(readable_hits(store, d, "Licensee") for d in docs)
    first = sample["pages"][0]["page_id"]
    marked = qa.mark_page(store, None, first, missed="Licensee", entity_type="OTHER")
    assert set(marked["fixed"]) == set(docs)  # every document of the batch, not only the sampled page's
    assert not any(readable_hits(store, d, "Licensee") for d in docs)
    with pytest.raises(qa.QaError, match="stays a miss"):
        qa.mark_page(store, None, first)
    with pytest.raises(qa.QaError, match="is not on page"):
        qa.mark_page(store, None, sample["pages"][1]["page_id"], missed="Zanzibar Holdings")
    for p in sample["pages"][1:]:
        qa.mark_page(store, None, p["page_id"])
    got = qa.report(store, batch)
    assert (got["pages_sampled"], got["pages_with_miss"], got["complete"]) == (3, 1, True)
    assert got["upper_bound"] == pytest.approx(upper_bound(1, 3))
    assert got["upper_bound"] > 0.5 and not got["meets_target"]
    with pytest.raises(qa.QaError, match="upper bound"):
        qa.seal(store, batch)
    signer = memory_signer("alice")
    trusted(store, signer)
    with pytest.raises(SignoffError, match="records no QA sample"):
        sign_off(store, batch, signer, "reviewed")


def test_a_batch_keeps_its_seed_and_grows_its_sample(store, tmp_path, monkeypatch):
    automatic_batch(store, tmp_path, monkeypatch, qa_policy())
    small = qa.draw_sample(store, None, 2, seed=9)
    with pytest.raises(qa.QaError, match="keeps its seed"):
        qa.draw_sample(store, None, 3, seed=10)
    bigger = qa.draw_sample(store, None, 3)
    assert bigger["seed"] == 9
    assert {p["page_id"] for p in small["pages"]} <= {p["page_id"] for p in bigger["pages"]}
    qa.mark_page(store, None, small["pages"][0]["page_id"])
    assert qa.report(store)["pages_marked"] == 1  # the marks carry over to the larger sample
    with pytest.raises(qa.QaError, match="1 to 4 pages"):
        qa.draw_sample(store, None, 40)


def test_a_sealed_batch_records_the_sample_signs_and_verifies(store, tmp_path, monkeypatch):
    batch = automatic_batch(store, tmp_path, monkeypatch, qa_policy(target=0.7))
    sample = qa.draw_sample(store, None, 3, seed=21)
    signer = memory_signer("alice")
    trusted(store, signer)
    with pytest.raises(qa.QaError, match="incomplete"):
        qa.seal(store, batch)
    for p in sample["pages"]:
        qa.mark_page(store, None, p["page_id"])
    sealed = qa.seal(store, batch).batch_id
    manifest = json.loads(bytes(store.batch(sealed)["manifest"]))
    record = manifest["qa"]
    assert record["seed"] == 21 and record["pages"] == [p["page_id"] for p in sample["pages"]]
    assert record["upper_bound"] == pytest.approx(1 - 0.05 ** (1 / 3))
    assert record["sampled_batch"] == batch and manifest["qa_policy"]["target"] == 0.7
    assert not any(n in json.dumps(manifest) for n in NAMES)
    assert record_problems(manifest) == []
    out = tmp_path / "out"
    sign_and_write(store, sealed, signer, "reviewed", out)
    trust, _ = load_trust([pub_file(signer, tmp_path)])
    result = verify_export_dir(out, trust)
    assert result.ok, result.problems
    assert any(line.startswith("QA sample: 3 page(s) drawn again from seed 21") for line in result.checked)
    # the assurance report leaves with the batch, listed in the manifest, naming no one
    assert "assurance.html" in {f["name"] for f in manifest["files"]}
    page = (out / "assurance.html").read_text(encoding="utf-8")
    assert "QA sample and estimate" in page and "<svg" in page and "seed 21" in page
    assert not any(n in page for n in NAMES)
    # a record whose pages are not what its seed draws, or whose bound is not its misses', is found
    other_seed = next(s for s in range(100) if qa.sampling.draw(qa.sampling.population(record["population"]), 3, s)
                      != qa.sampling.draw(qa.sampling.population(record["population"]), 3, 21))
    assert record_problems({**manifest, "qa": {**record, "seed": other_seed}})
    assert record_problems({**manifest, "qa": {**record, "upper_bound": 0.01}})


def test_desk_batches_without_a_target_sign_as_before(store, tmp_path, monkeypatch):
    from batch_fixture import CORE_CHECKS, add_contract

    from desktop.core.export import checks
    from desktop.core.export.batch import build_batch

    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CORE_CHECKS))
    batch = build_batch(store, [add_contract(store, tmp_path)]).batch_id
    signer = memory_signer("alice")
    trusted(store, signer)
    assert sign_off(store, batch, signer, "reviewed")["batch"] == batch
    with pytest.raises(qa.QaError, match="no unsigned automatic batch"):
        qa.draw_sample(store, None, 1)


def test_planted_misses_in_a_large_batch_bound_it_above_target_and_block_the_sign_off(store):
    """300 generated pages, 30 of them with a planted miss (10%): a 60-page sample bounds the rate above a
    5% target, the seal is refused and so is a sign-off."""
    import hashlib

    from desktop.core.qa.sample import page_id
    from desktop.core.trust.audit import canonical_json
    from devkit.synthetic_store import build_store

    build_store(store, 100, pages=3, readable_every=0)
    docs = store.documents()
    manifest = {"batch": "synthetic", "purpose": "ai-training",
                "documents": [{"source_sha256": d["sha256"], "pages": d["pages"]} for d in docs],
                "qa_policy": qa_policy(target=0.05)}
    data = canonical_json(manifest)
    store.add_batch(batch_id="synthetic", created_at="2026-01-01T00:00:00+00:00", purpose="ai-training",
                    manifest=data, manifest_sha256=hashlib.sha256(data).hexdigest(), files=[])
    store.set_batch_policy("synthetic", qa_policy(target=0.05))
    planted = {page_id(d["sha256"], 0) for d in docs[:30]}
    sample = qa.draw_sample(store, "synthetic", 60, seed=17)
    for p in sample["pages"]:
        store.add_qa_mark("synthetic", p["page_id"], "missed" if p["page_id"] in planted else "clean",
                          "planted" if p["page_id"] in planted else None, "OTHER" if p["page_id"] in planted else None)
    got = qa.report(store, "synthetic")
    x = sum(p["page_id"] in planted for p in sample["pages"])
    assert got["complete"] and got["pages_with_miss"] == x > 0
    assert got["upper_bound"] == pytest.approx(upper_bound(x, 60))
    assert got["upper_bound"] > 0.05
    with pytest.raises(qa.QaError, match="above the target of 5.00%"):
        qa.seal(store, "synthetic")
    signer = memory_signer("alice")
    trusted(store, signer)
    with pytest.raises(SignoffError):
        sign_off(store, "synthetic", signer, "reviewed")
    sealed_like = {**manifest, "qa": {**qa.qa_record(store, store.batch("synthetic")), "pages_marked": 60}}
    from desktop.core.qa.gate import signoff_refusal

    assert "above the target" in signoff_refusal(sealed_like)
