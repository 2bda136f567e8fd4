"""Export batches: gates with reasons, the manifest, pseudonymised text, one transaction per batch."""

import json
import re
from dataclasses import replace

import pymupdf
import pytest
from batch_fixture import CHECKS_WITH_CONSENT, NAME, add_contract, consented

from desktop.core.export import batch, checks
from desktop.core.export.batch import build_batch


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    """The consent gate has its own tests; here only the gates of redaction are in play."""
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def test_documents_with_open_findings_are_refused_with_a_reason(store, tmp_path):
    open_doc = add_contract(store, tmp_path, decide=None, file_name="open.pdf")
    done_doc = add_contract(store, tmp_path, "Marta Lindqvist", file_name="done.pdf")
    result = build_batch(store, [open_doc, done_doc])
    assert [r.document_id for r in result.refused] == [open_doc]
    assert "still proposed" in result.refused[0].reasons[0]
    assert [f["document_id"] for f in store.batch_files(result.batch_id) if f["kind"] == "pdf"] == [done_doc]
    refusals = [e for e in store.audit_entries() if e["kind"] == "export-refused"]
    assert refusals[0]["payload"]["document"] == open_doc


def test_nothing_passes_means_no_batch(store, tmp_path):
    doc = add_contract(store, tmp_path, decide=None)
    result = build_batch(store, [doc])
    assert result.batch_id is None and store.batches() == []


def test_a_changed_source_file_is_refused(store, tmp_path):
    doc = add_contract(store, tmp_path)
    (tmp_path / "contract.pdf").write_bytes(b"%PDF-1.7 something else")
    result = build_batch(store, [doc])
    assert result.batch_id is None
    assert any("changed since it was imported" in r for r in result.refused[0].reasons)


def test_a_rejected_name_still_readable_blocks_with_the_channel(store, tmp_path):
    doc = add_contract(store, tmp_path)
    # The reviewer confirmed one occurrence and rejected the other: the name is still on the page.
    first = store.findings(doc)[0]
    store.decide([(first.id, {"status": "rejected"})])
    result = build_batch(store, [doc])
    assert result.batch_id is None
    assert any(r.startswith("page-text") for r in result.refused[0].reasons)


def test_manifest_content(store, tmp_path):
    doc = add_contract(store, tmp_path)
    result = build_batch(store, [doc], purpose="ai-training")
    manifest = json.loads(store.batch(result.batch_id)["manifest"])
    files = {f["name"]: f for f in store.batch_files(result.batch_id)}
    assert manifest["batch"] == result.batch_id and manifest["purpose"] == "ai-training"
    assert manifest["app_version"] and set(manifest["detector"]) == {"version", "model", "model_version"}
    assert {f["name"]: f["sha256"] for f in manifest["files"]} == {n: f["sha256"] for n, f in files.items()}
    (entry,) = manifest["documents"]
    assert entry["source_sha256"] == store.document(doc)["sha256"]
    assert entry["counts"] == {"PERSON": 2}
    assert NAME.split()[1].lower() not in json.dumps(manifest).lower()
    assert "contract.pdf" not in json.dumps(manifest)  # original file names may name a party


def test_pseudonymised_text_is_stable_within_a_contract(store, tmp_path):
    doc = add_contract(store, tmp_path)
    result = build_batch(store, [doc])
    text = next(f for f in store.batch_files(result.batch_id) if f["kind"] == "text")["content"].decode()
    page = json.loads(text.splitlines()[0])["pages"][0]
    assert page.count("[PERSON_1]") == 2 and "Marchetti" not in page
    assert "deliver the goods on time" in page


def test_corpus_pseudonyms_are_keyed_and_stable_across_contracts(store, tmp_path):
    store.set_setting(batch.PSEUDONYM_SETTING, "corpus")
    a = add_contract(store, tmp_path, file_name="a.pdf")
    b = add_contract(store, tmp_path, channels=("page-text",), file_name="b.pdf")
    result = build_batch(store, [a, b])
    text = next(f for f in store.batch_files(result.batch_id) if f["kind"] == "text")["content"].decode()
    placeholders = {p for line in text.splitlines() for page in json.loads(line)["pages"]
                    for p in re.findall(r"\[PERSON_\w+\]", page)}
    assert len(placeholders) == 1
    assert len(store.setting(batch.SECRET_SETTING)) == 64


def test_a_failure_while_storing_leaves_no_batch(store, tmp_path, monkeypatch):
    doc = add_contract(store, tmp_path)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(store, "append_audit", broken)
    with pytest.raises(RuntimeError):
        build_batch(store, [doc])
    assert store.batches() == []


def _exported_page_text(store, batch_id: str) -> str:
    import pymupdf

    (pdf,) = [f for f in store.batch_files(batch_id) if f["kind"] == "pdf"]
    with pymupdf.open(stream=pdf["content"], filetype="pdf") as doc:
        return doc.load_page(0).get_text()


@pytest.mark.parametrize("undone", [True, False])
def test_an_undone_manual_box_is_not_applied_at_export(store, tmp_path, undone):
    from desktop.core.pdf.pagesource import PageSource
    from desktop.core.review.session import ReviewSession

    doc = add_contract(store, tmp_path)
    source = PageSource(path=str(tmp_path / "contract.pdf"), name="contract.pdf")
    session = ReviewSession(store, doc, source.page_text)
    text = source.page_text(0).text
    word = next(m for m in re.finditer(r"[A-Za-z]{6,}", text) if m.group() not in NAME)
    drawn = session.add_manual_box(0, source.page_text(0).span_boxes(word.start(), word.end())[0])
    if undone:
        session.undo()
    assert store.finding(drawn.id).status == ("removed" if undone else "confirmed")
    result = build_batch(store, [doc])
    source.close()
    assert (word.group() in _exported_page_text(store, result.batch_id)) is undone


def _variant_contract(store, tmp_path, decide_variant: str | None = None) -> tuple[int, str]:
    """A contract naming a party once as confirmed ("Acme Financial Corp") and once in a form nobody
    proposed ("Acme Financial Corporation"); `decide_variant` gives that form a finding with a decision."""
    import pymupdf

    from desktop.core.model import EntityType, Source, Status
    from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
    from desktop.core.redaction.redact import find_terms

    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), "This agreement is made by Acme Financial Corp, a lender.", fontsize=11)
    page.insert_text((72, 130), "Payments to Acme Financial Corporation are due monthly.", fontsize=11)
    pdf = doc.tobytes()
    path = tmp_path / "variant.pdf"
    path.write_bytes(pdf)
    doc_id, _ = store.add_document(sha256=sha256_bytes(pdf), path=str(path), name=path.name, pages=1, size=len(pdf))
    consented(store, doc_id)
    text = extract_page(open_pdf(pdf).load_page(0))
    found = find_terms(text, ["Acme Financial Corp"])
    decided = [f for f in found if text.text[f.end:f.end + 1] == ","]  # the first, not inside "Corporation"
    variant = [f for f in find_terms(text, ["Acme Financial Corporation"])]
    findings = [replace(f, entity_type=EntityType.COMPANY, status=Status.PROPOSED, source=Source.DETECTED)
                for f in decided + (variant if decide_variant else [])]
    ids = store.add_findings(doc_id, findings)
    store.decide([(ids[0], {"status": "confirmed"})] + [(i, {"status": decide_variant}) for i in ids[1:]])
    return doc_id, text.text


def test_the_verifier_redacts_a_form_of_a_redacted_name_nobody_decided_about(store, tmp_path):
    doc, _text = _variant_contract(store, tmp_path)
    result = build_batch(store, [doc])
    assert result.batch_id and not result.refused
    ((noted, note),) = result.notes
    assert noted == doc and "1 further occurrence" in note and "page(s) 1" in note
    entry = json.loads(store.batch(result.batch_id)["manifest"])["documents"][0]
    assert entry["added_by_verifier"] == 1
    files = {f["kind"]: f for f in store.batch_files(result.batch_id)}
    out = pymupdf.open(stream=files["pdf"]["content"], filetype="pdf")[0].get_text()
    training = files["text"]["content"].decode()
    for shipped in (out, training):
        assert "acme" not in shipped.lower() and "due monthly" in shipped
    assert "[COMPANY_A]" in training  # the form is pseudonymised as the company it names


def test_a_place_the_reviewer_rejected_is_refused_not_redacted_behind_their_back(store, tmp_path):
    doc, _text = _variant_contract(store, tmp_path, decide_variant="rejected")
    result = build_batch(store, [doc])
    assert result.batch_id is None and not result.notes
    assert any("rejected in review" in r for r in result.refused[0].reasons), result.refused[0].reasons


def test_what_the_export_adds_is_a_finding_the_reviewer_sees_and_the_manifest_records(store, tmp_path):
    from desktop.core.model import Source, Status

    doc, text = _variant_contract(store, tmp_path)
    before = {f.id for f in store.findings(doc)}
    result = build_batch(store, [doc])
    assert result.batch_id and not result.refused
    (added,) = [f for f in store.findings(doc) if f.id not in before]  # one place, read in two channels
    assert added.status == Status.CONFIRMED and added.source == Source.EXPORT
    assert added.entity_type == "COMPANY" and text[added.start:added.end] == "Acme Financial Corporation"
    reason = added.explanation["reasons"][0]
    assert reason.startswith("added at export: the verifier read 'Acme Financial Corp' in page-text")
    assert reason.endswith("on page 1") and added.explanation["batch"] == result.batch_id
    (decision,) = [d for d in store.decisions(doc) if d["finding_id"] == added.id]
    assert decision["action"] == "export" and decision["after"] == {"status": "confirmed"}
    entry = json.loads(store.batch(result.batch_id)["manifest"])["documents"][0]
    assert entry["added_by_verifier"] == 1
    (recorded,) = entry["added_at_export"]  # as a finding added at export, without the text it covers
    assert recorded == {"page": 1, "type": "COMPANY", "channels": added.explanation["channels"], "source": "export"}
    assert "page-text" in recorded["channels"] and "Acme" not in json.dumps(entry)

    # The next export redacts it as a decision and adds nothing; once the reviewer rejects it, the
    # export refuses the document rather than redact behind their back.
    again = build_batch(store, [doc])
    assert again.batch_id and not again.notes and len(store.findings(doc)) == len(before) + 1
    assert json.loads(store.batch(again.batch_id)["manifest"])["documents"][0]["added_at_export"] == []
    store.decide([(added.id, {"status": "rejected"})])
    refused = build_batch(store, [doc])
    assert refused.batch_id is None and any("rejected in review" in r for r in refused.refused[0].reasons)
