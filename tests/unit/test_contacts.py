"""A person a notices clause names ("Attn: John Smith", "z. Hd. Frau Anna Schmidt") is a contact: found
and redacted as a PERSON, explained as a contact, never proposed as a party or a signer, and needing no
consent to leave. The texts are invented."""

from __future__ import annotations

from dataclasses import replace

import pymupdf
import pytest
from batch_fixture import CHECKS_WITH_CONSENT, consented

from desktop.core.consent import Party, PartyLink, Role, Verdict, evaluate
from desktop.core.consent.linking import party_candidates, proposals_for
from desktop.core.detect import judge_and_propagate
from desktop.core.detect.judge import CONTACT_REASON, judge
from desktop.core.detect.notice_contact import NoticeContactRecognizer
from desktop.core.detect.spans import result_to_dict, to_findings
from desktop.core.export import checks
from desktop.core.export.batch import build_batch
from desktop.core.model import EntityType, Source, Status
from desktop.core.pdf import PageText, extract_page, open_pdf, sha256_bytes
from desktop.core.redaction.redact import find_terms
from desktop.core.text.contacts import CONTACT, contact_spans
from tests.unit.test_party_anchors import _pages

CASES = [
    # (case, text, the contacts it names)
    ("attn after the company", "Notices shall be sent to: Acme Inc., Attn: John Smith, 1 Main St, Springfield",
     ["John Smith"]),
    ("attention on its own line", "If to the Supplier:\nAttention:\nJane A. Doe\n12 High Street", ["Jane A. Doe"]),
    ("a title before the name", "ATTENTION: Mr. Robert O'Neil, General Counsel", ["Robert O'Neil"]),
    ("with a copy to", "with a copy to: Mary-Ann Kowalski, Esq., Kowalski & Partner", ["Mary-Ann Kowalski"]),
    ("care of", "Harbour Lantern Foods, c/o Dorothea Lindqvist, 4 Pier Road", ["Dorothea Lindqvist"]),
    ("z. Hd.", "Mitteilungen an die Feldkamp Logistik GmbH, z. Hd. Herrn Klaus Meier, Hafenstraße 1", ["Klaus Meier"]),
    ("z.Hd. without a space", "Brückner Analytik AG, z.Hd. Frau Annegret Wöhlke", ["Annegret Wöhlke"]),
    ("zu Händen von", "Alle Erklärungen gehen zu Händen von Frau Anna Schmidt an die Auftraggeberin.",
     ["Anna Schmidt"]),
    ("Ansprechpartner", "Ansprechpartner: Dr. Jörg Hofmann-Brandt, Telefon 040 1234", ["Jörg Hofmann-Brandt"]),
    ("Ansprechpartnerin", "Ansprechpartnerin: Petra Wolf", ["Petra Wolf"]),
    # an office, a company and a lower-case sentence are no contact
    ("an office", "Attn: General Counsel; Attention: Chief Executive Officer", []),
    ("a company care of", "c/o Acme Widgets Inc., 1 Main St", []),
    ("a German department", "z. Hd. der Rechtsabteilung Vertrieb", []),
    ("no cue", "John Smith shall deliver the goods to Anna Schmidt.", []),
]


@pytest.mark.parametrize(("case", "text", "names"), CASES, ids=[c[0] for c in CASES])
def test_contact_names_after_a_notice_cue(case, text, names):
    assert [text[s:e] for s, e in contact_spans(text)] == names


def _page(text: str) -> PageText:
    [page] = _pages([text])  # a real page: findings take their boxes from its characters
    return page


def _judged(page: PageText):
    """The notice recognizer's findings on a page, judged and propagated as a scan does (without the model)."""
    results = [result_to_dict(r) for r in NoticeContactRecognizer().analyze(page.text, [EntityType.PERSON])]
    return [f for f in judge_and_propagate([page], to_findings(page, results)) if f.status != Status.SUPPRESSED]


def test_the_judge_keeps_a_notice_contact_as_a_person_explained_as_a_contact():
    text = "12. Notices. Notices shall be sent to Acme Inc., Attn: John Smith, 1 Main St, Springfield."
    page = _page(text)
    results = [result_to_dict(r) for r in NoticeContactRecognizer().analyze(page.text, [EntityType.PERSON])]
    judged, _ = judge({0: page}, to_findings(page, results))
    [f] = [f for f in judged if f.text == "John Smith"]
    assert f.entity_type == EntityType.PERSON and f.status == Status.PROPOSED
    assert f.explanation["role"] == CONTACT and CONTACT_REASON in f.explanation["reasons"]


@pytest.mark.parametrize("cue", ["Attention:", "z. Hd."])
def test_a_contact_is_proposed_as_a_contact_never_as_a_signer(cue):
    """The signature-line reading of "Attention: X" once made the contact a signer; the real signer stays one."""
    pages = [_page(f"Notices to Acme Inc., {cue} Harriet Quenby, 1 Main St.\n\nSigned on 1 March 2024\n"
                   "ACME INC.\nBy: /s/ Eva Roth\nName: Eva Roth\nTitle: CEO")]
    proposed = {p.candidate.name: p.candidate for p in proposals_for(party_candidates(pages, _judged(pages[0])), [])}
    assert proposed["Harriet Quenby"].role == Role.CONTACT
    assert proposed["Harriet Quenby"].source == "notices-clause"
    assert proposed["Eva Roth"].role == Role.SIGNER


def test_a_signer_who_is_also_the_notice_contact_stays_a_signer():
    pages = [_page("Notices to Acme Inc., Attn: Eva Roth, 1 Main St.\n\nSigned on 1 March 2024\n"
                   "ACME INC.\nBy: /s/ Eva Roth\nName: Eva Roth\nTitle: CEO")]
    roles = {p.candidate.name: p.candidate.role for p in proposals_for(party_candidates(pages, _judged(pages[0])), [])}
    assert roles["Eva Roth"] == Role.SIGNER


def test_a_contact_needs_no_consent_but_must_be_redacted():
    acme, contact = Party("Acme Inc.", id=1), Party("John Smith", kind="person", id=2)
    from datetime import date

    from desktop.core.consent import ConsentRecord
    granted = [ConsentRecord(1, "ai-training", "granted", "1", date(2024, 1, 1))]
    signed = PartyLink(acme, Role.CONTRACTING, confirmed=True)
    redacted = evaluate([signed, PartyLink(contact, Role.CONTACT, confirmed=True)], granted, "ai-training",
                        date(2024, 6, 1))
    assert redacted.status == Verdict.ELIGIBLE
    readable = evaluate([signed, PartyLink(contact, Role.CONTACT, confirmed=True, unredacted=2)], granted,
                        "ai-training", date(2024, 6, 1))
    assert readable.status == Verdict.ATTENTION and "redact" in readable.reasons[0]
    as_signer = evaluate([signed, PartyLink(contact, Role.SIGNER, confirmed=True)], granted, "ai-training",
                         date(2024, 6, 1))
    assert as_signer.status == Verdict.BLOCKED  # the control: the same person as a signer needs consent


CONTACT_NAME = "Harriet Quenby"


def _contract_with_a_contact(store, tmp_path) -> int:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), f"Notices go to the buyer, Attn: {CONTACT_NAME}, 1 Main St.", fontsize=11)
    page.insert_text((72, 130), "Deliveries are due within ten days of each order.", fontsize=11)
    pdf = doc.tobytes()
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf)
    doc_id, _ = store.add_document(sha256=sha256_bytes(pdf), path=str(path), name=path.name, pages=1, size=len(pdf))
    found = find_terms(extract_page(open_pdf(pdf).load_page(0)), [CONTACT_NAME])
    ids = store.add_findings(doc_id, [replace(f, entity_type=EntityType.PERSON, status=Status.PROPOSED,
                                              source=Source.DETECTED) for f in found])
    store.decide([(i, {"status": "confirmed"}) for i in ids])
    consented(store, doc_id)
    return doc_id


@pytest.mark.parametrize(("role", "leaves"), [(Role.CONTACT, True), (Role.SIGNER, False)])
def test_a_linked_contact_without_consent_exports_redacted(store, tmp_path, monkeypatch, role, leaves):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))
    doc_id = _contract_with_a_contact(store, tmp_path)
    party_id, _ = store.add_party(Party(CONTACT_NAME, kind="person"), origin="scan")
    store.link_party(doc_id, party_id, role, confirmed=True, source="notices-clause")  # no consent of their own
    result = build_batch(store, [doc_id])
    assert bool(result.batch_id) == leaves
    if leaves:
        files = {f["kind"]: f for f in store.batch_files(result.batch_id)}
        text = " ".join(p.get_text() for p in pymupdf.open(stream=files["pdf"]["content"], filetype="pdf"))
        assert "Quenby" not in text and "Deliveries are due" in text
    else:
        [refusal] = result.refused
        assert any(CONTACT_NAME in r for r in refusal.reasons)


def test_a_field_label_after_the_name_ends_it():
    text = "If to the Holders:\nAttention: Mario Cibelli Email: mc@example.com"
    assert [text[s:e] for s, e in contact_spans(text)] == ["Mario Cibelli"]
    assert contact_spans("Attention: Mario Email: mc@example.com") == []  # a first name alone is no name


@pytest.mark.parametrize("line, model_span, entity", [
    ("Attn: Joseph Moravec", "Attn: Joseph Moravec", "COMPANY"),
    ("Attention: Russell Isaacson - Comptroller", "Russell Isaacson - Comptroller", "PERSON")])
def test_what_the_model_adds_beside_a_contact_is_not_a_second_name(line, model_span, entity):
    """The model reads the cue, a label or the contact's office into its span; the notices rule read the
    line, so the rest of the model's span is not proposed on its own ('Attn', '- Comptroller')."""
    from desktop.core.detect.spans import resolve_overlaps

    text = f"Commnet Wireless, LLC\nAtlanta, GA 30350 {line}\n1311 Madison Avenue"
    start = text.index(model_span)
    notice = [{"start": s, "end": e, "entity_type": "PERSON", "score": 0.9, "recognizer": "NoticeContactRecognizer",
               "explanation": {}} for s, e in contact_spans(text)]
    assert len(notice) == 1
    model = {"start": start, "end": start + len(model_span), "entity_type": entity, "score": 0.85,
             "recognizer": "SpacyRecognizer", "explanation": {}}
    kept = resolve_overlaps(text, [model, *notice])
    assert [text[i["start"]:i["end"]] for i in kept if i["entity_type"] in ("PERSON", "COMPANY")] == \
        [text[notice[0]["start"]:notice[0]["end"]]]
