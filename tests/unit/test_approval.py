"""What the approver sees of a batch waiting under four eyes, its redacted pages, and a signed refusal."""

import json

import pytest
from batch_fixture import CHECKS_WITH_CONSENT, add_contract
from signer_fixture import memory_signer, trusted

from desktop.core.export import checks
from desktop.core.export.approval import (
    BATCH_FILE_CHECK,
    REFUSED_KIND,
    approval_view,
    batch_page,
    refusals,
    refuse,
)
from desktop.core.export.batch import build_batch
from desktop.core.export.signoff import SignoffError, batch_complete, sign_off
from desktop.core.trust.audit import canonical_json
from desktop.core.trust.signers import short, signature_valid
from desktop.core.verification.integrity import store_problems


@pytest.fixture
def alice():
    return memory_signer("alice")


@pytest.fixture
def bob():
    return memory_signer("bob")


@pytest.fixture
def waiting(store, tmp_path, monkeypatch, alice, bob):
    """A batch of one contract under four eyes, signed off as reviewed by alice, waiting for bob."""
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))  # the residue review has its own tests
    store.set_setting("four_eyes", "1")
    trusted(store, alice, bob)
    doc = add_contract(store, tmp_path)
    batch = build_batch(store, [doc]).batch_id
    sign_off(store, batch, alice, "reviewed")
    return batch, doc


def test_the_view_lists_each_document_with_its_checks_the_reviewer_and_the_manifest(store, waiting, alice):
    batch, doc = waiting
    view = approval_view(store, batch)
    (document,) = view.documents
    assert document.document_id == doc and document.name == "contract.pdf" and document.pages == 1
    titles = [title for title, _ in document.checks]
    assert titles == [BATCH_FILE_CHECK, *(c.title for c in CHECKS_WITH_CONSENT)] and document.passes
    (reviewer,) = view.reviewers
    assert (reviewer.signer, reviewer.fingerprint, reviewer.trusted) == ("alice", alice.fingerprint, True)
    assert reviewer.short_fingerprint == short(alice.fingerprint) and reviewer.at
    assert view.four_eyes and "approved" in view.waiting_for
    manifest = json.loads(view.manifest_text)
    assert manifest["batch"] == batch and manifest["documents"][0]["file"] == document.file
    assert "\n  " in view.manifest_text  # indented, to read


def test_checks_run_again_now_and_the_stored_file_is_held_to_the_manifest(store, waiting):
    batch, doc = waiting
    finding = store.findings(doc)[0]
    store.decide([(finding.id, {"status": "proposed"})])  # reopened after the review
    store.db.execute("DROP TRIGGER batch_files_no_update")  # as someone editing the file with sqlite3 would
    store.db.execute("UPDATE batch_files SET content = ? WHERE batch_id = ? AND document_id = ?",
                     [b"%PDF-1.7 not what was signed", batch, doc])
    (document,) = approval_view(store, batch).documents
    reasons = dict(document.checks)
    assert not document.passes
    assert "sha256" in reasons[BATCH_FILE_CHECK][0]
    assert reasons["Open findings"] and reasons["Consent"] == ()


def test_a_redacted_page_is_the_batch_file_with_the_name_blacked_out(store, waiting):
    from desktop.core.pdf import open_pdf, render_page

    batch, doc = waiting
    (document,) = approval_view(store, batch).documents
    zoom = 2.0
    page = batch_page(store, batch, document.file, 0, zoom)
    x0, y0, x1, y1 = store.findings(doc)[0].boxes[0]
    x, y = int((x0 + x1) / 2 * zoom), int((y0 + y1) / 2 * zoom)

    def dark(rendered) -> bool:
        at = y * rendered.stride + x * 3
        return max(rendered.samples[at:at + 3]) < 60

    with open(store.document(doc)["path"], "rb") as fh:
        original = open_pdf(fh.read())
    assert dark(page) and not dark(render_page(original, 0, zoom))
    original.close()
    with pytest.raises(SignoffError, match="no page 2"):
        batch_page(store, batch, document.file, 1)
    with pytest.raises(SignoffError, match="no document file"):
        batch_page(store, batch, "text.jsonl", 0)


def test_a_refusal_is_signed_chained_with_its_reason_and_the_batch_can_still_be_approved(store, waiting, bob):
    batch, _ = waiting
    record = refuse(store, batch, bob, "  page 1 still shows\nthe plant's city ")
    assert record["reason"] == "page 1 still shows the plant's city" and record["signer"] == "bob"
    (entry,) = [e for e in store.audit_entries() if e["kind"] == REFUSED_KIND]
    payload = entry["payload"]
    signed = {k: v for k, v in payload.items() if k not in ("signature", "public_key")}
    assert signature_valid(canonical_json(signed), payload["signature"], payload["public_key"])
    assert entry["actor"] == "bob" and payload["manifest_sha256"] == store.batch(batch)["manifest_sha256"]
    assert [(r.signer, r.reason) for r in refusals(store, batch)] == [("bob", record["reason"])]
    assert approval_view(store, batch).refusals == refusals(store, batch)
    assert store_problems(store) == []
    assert not batch_complete(store, batch)[0]
    sign_off(store, batch, bob, "approved")
    assert batch_complete(store, batch) == (True, "")
    with pytest.raises(SignoffError, match="nothing to refuse"):
        refuse(store, batch, bob, "too late")


@pytest.mark.parametrize("case, match", [
    ("no reason", "needs a reason"),
    ("reviewer", "signed batch"),
    ("untrusted", "not trusted"),
    ("no batch", "no batch"),
    ("too long", "at most"),
])
def test_refusals_that_are_not_recorded(store, waiting, alice, bob, case, match):
    batch, _ = waiting
    signer, reason, batch_id = bob, "the wrong documents", batch
    if case == "no reason":
        reason = " \n "
    elif case == "reviewer":
        signer = alice
    elif case == "untrusted":
        signer = memory_signer("mallory")
    elif case == "no batch":
        batch_id = "nope"
    elif case == "too long":
        reason = "x" * 3000
    with pytest.raises(SignoffError, match=match):
        refuse(store, batch_id, signer, reason)
    assert refusals(store, batch) == ()
