"""Eligibility rules, table-driven: which consents let a document leave for a purpose on a day."""

from datetime import date

import pytest

from desktop.core.consent import ConsentRecord, Party, PartyLink, Role, Verdict, evaluate
from desktop.core.consent.gate import consent_gate, consent_manifest_entry
from desktop.core.model import Finding, Status

ACME = Party("Acme GmbH", id=1)
BETA = Party("Beta Ltd", id=2)
GAMMA = Party("Gamma Inc.", id=3)
WITNESS = Party("Jane Roe", kind="person", id=9)
EXPORT = date(2024, 6, 1)


def granted(party, version="1", purpose="ai-training", since=date(2024, 1, 1), until=None, withdrawn=None,
            status="granted"):
    return ConsentRecord(party.id, purpose, status, version, since, until, withdrawn)


def signed(*parties):
    return [PartyLink(p, Role.CONTRACTING, confirmed=True) for p in parties]


CASES = [
    # (case, links, consents, verdict, words every reason must show)
    ("consent valid", signed(ACME), [granted(ACME)], Verdict.ELIGIBLE, []),
    ("consent missing", signed(ACME), [], Verdict.BLOCKED, ["Acme GmbH", "no consent for ai-training"]),
    ("consent refused", signed(ACME), [granted(ACME, status="refused")], Verdict.BLOCKED, ["Acme GmbH", "refused"]),
    ("expired before export", signed(ACME), [granted(ACME, until=date(2024, 5, 31))], Verdict.BLOCKED,
     ["Acme GmbH", "expired on 2024-05-31"]),
    ("valid through the export day", signed(ACME), [granted(ACME, until=EXPORT)], Verdict.ELIGIBLE, []),
    ("withdrawn before export", signed(ACME), [granted(ACME, status="withdrawn", withdrawn=date(2024, 3, 1))],
     Verdict.BLOCKED, ["Acme GmbH", "withdrawn on 2024-03-01"]),
    ("withdrawn after export", signed(ACME), [granted(ACME, status="withdrawn", withdrawn=date(2024, 7, 1))],
     Verdict.ELIGIBLE, []),
    ("granted after export", signed(ACME), [granted(ACME, since=date(2024, 9, 1))], Verdict.BLOCKED,
     ["Acme GmbH", "starts on 2024-09-01"]),
    ("wrong purpose", signed(ACME), [granted(ACME, purpose="research")], Verdict.BLOCKED,
     ["Acme GmbH", "no consent for ai-training"]),
    ("one of three parties missing", signed(ACME, BETA, GAMMA), [granted(ACME), granted(GAMMA)], Verdict.BLOCKED,
     ["Beta Ltd"]),
    ("newer version refused", signed(ACME), [granted(ACME), granted(ACME, "2", since=date(2024, 4, 1),
                                                                      status="refused")],
     Verdict.BLOCKED, ["refused (version 2)"]),
    ("signer needs consent too", [PartyLink(WITNESS, Role.SIGNER, confirmed=True)], [], Verdict.BLOCKED,
     ["Jane Roe (signer)"]),
    ("no confirmed links", [PartyLink(ACME, Role.CONTRACTING)], [granted(ACME)], Verdict.ATTENTION,
     ["confirm"]),
    ("no links at all", [], [], Verdict.ATTENTION, ["no confirmed parties"]),
    ("witness without consent, redacted", signed(ACME) + [PartyLink(WITNESS, Role.WITNESS, True, unredacted=0)],
     [granted(ACME)], Verdict.ELIGIBLE, []),
    ("witness without consent, not redacted",
     signed(ACME) + [PartyLink(WITNESS, Role.WITNESS, True, unredacted=2)], [granted(ACME)], Verdict.ATTENTION,
     ["Jane Roe", "2 place(s)", "redact"]),
    ("blocked outranks attention", signed(ACME) + [PartyLink(WITNESS, Role.OTHER, True, unredacted=1)], [],
     Verdict.BLOCKED, []),
]


@pytest.mark.parametrize(("links", "consents", "verdict", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_eligibility(links, consents, verdict, words):
    result = evaluate(links, consents, "ai-training", EXPORT)
    assert result.status == verdict
    assert bool(result.reasons) == (verdict != Verdict.ELIGIBLE)
    for word in words:
        assert any(word in r for r in result.reasons), (word, result.reasons)


def test_the_consent_used_is_reported_with_its_version():
    result = evaluate(signed(ACME, BETA), [granted(ACME, "3"), granted(BETA, "7", until=date(2025, 1, 1))],
                      "ai-training", EXPORT)
    assert [(u.party, u.version, u.valid_until) for u in result.consent_versions] == [
        ("Acme GmbH", "3", None), ("Beta Ltd", "7", "2025-01-01")]


def _document_with_witness(store):
    doc_id, _ = store.add_document(sha256="c" * 64, path="/c/w.pdf", name="w.pdf", pages=1, size=1)
    text = "Signed by Acme GmbH. Witnessed by Jane  Roe, notary. JANE ROE"
    store.db.execute("INSERT INTO pages(document_id, number, text, text_hash, width, height) VALUES (?,?,?,?,?,?)",
                     [doc_id, 0, text, "h", 600, 800])
    acme, _ = store.add_party(Party("Acme GmbH"))
    jane, _ = store.add_party(Party("Jane Roe", kind="person"))
    store.import_consents([(Party("Acme GmbH"), granted(Party("Acme GmbH"), since=date(2024, 1, 1)))])
    store.link_party(doc_id, acme, Role.CONTRACTING)
    store.link_party(doc_id, jane, Role.WITNESS)
    spans = [(m, m + len(s)) for s in ("Jane  Roe", "JANE ROE") for m in [text.index(s)]]
    ids = store.add_findings(doc_id, [Finding(0, s, e, "PERSON", text[s:e], ((0, 0, 1, 1),)) for s, e in spans])
    return doc_id, ids


def test_a_witness_blocks_until_every_occurrence_of_the_name_is_redacted(store):
    doc_id, ids = _document_with_witness(store)
    reasons = consent_gate(store, doc_id, "ai-training", EXPORT)
    assert len(reasons) == 1 and "Jane Roe" in reasons[0] and "2 place(s)" in reasons[0]
    store.decide([(ids[0], {"status": Status.CONFIRMED})])
    assert "1 place(s)" in consent_gate(store, doc_id, "ai-training", EXPORT)[0]
    store.decide([(ids[1], {"status": Status.CONFIRMED})])
    assert consent_gate(store, doc_id, "ai-training", EXPORT) == []


def test_manifest_entry_names_the_versions_used(store):
    doc_id, ids = _document_with_witness(store)
    store.decide([(i, {"status": Status.CONFIRMED}) for i in ids])
    entry = consent_manifest_entry(store, doc_id, "ai-training", EXPORT)
    assert entry["status"] == "eligible" and entry["at"] == "2024-06-01"
    assert [(c["party"], c["version"]) for c in entry["consents"]] == [("Acme GmbH", "1")]
