"""The demo store `make run` opens: every consent state shows, and a reviewed contract exports."""

from __future__ import annotations

import pytest
from signer_fixture import memory_signer

from desktop.core.consent.gate import eligibility
from desktop.core.export.batch import build_batch
from desktop.core.export.publish import sign_and_write
from desktop.core.store import Store
from desktop.core.verification.integrity import verify_export_dir
from desktop.core.verification.trust import Trusted
from devkit.demo import build_demo, review_by_truth

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("demo"))


def test_the_demo_shows_eligible_and_blocked_documents_with_proposed_parties(demo):
    with Store(demo.store) as store:
        docs = store.documents()
        assert len(docs) == len(demo.contracts) and all(d["status"] == "scanned" for d in docs)
        assert all(store.document_links(d["id"]) for d in docs)  # the scan proposed each one's parties
        for d in docs:
            review_by_truth(store, d["id"])
        verdicts = [str(eligibility(store, d["id"]).status) for d in docs]
    assert verdicts.count("eligible") >= 2 and "blocked" in verdicts


def test_reviewed_demo_contracts_export_verify_and_sign_off(demo, tmp_path):
    with Store(demo.store, actor="reviewer") as store:
        docs = store.documents()
        for d in docs:
            review_by_truth(store, d["id"])
        eligible = [d["id"] for d in docs if str(eligibility(store, d["id"]).status) == "eligible"]
        result = build_batch(store, eligible)
        assert [r.reasons for r in result.refused] == [] and result.batch_id is not None
        reviewer = memory_signer("reviewer")
        sign_and_write(store, result.batch_id, reviewer, "reviewed", tmp_path / "export")
    report = verify_export_dir(tmp_path / "export", {reviewer.fingerprint: Trusted("reviewer", "test")})
    assert report.ok, report.problems
