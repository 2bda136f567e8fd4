"""A contract exported under the default quasi-identifier policy: dates shifted, amounts scaled, codes
pseudonymised, places generalised; intervals, ratios and cross-references kept; no original value readable."""

from __future__ import annotations

import datetime as dt
import json
import re

import pymupdf
import pytest
from batch_fixture import CHECKS_WITH_CONSENT, consented

from desktop.core.detect.amounts import MoneyRecognizer, read_number
from desktop.core.detect.dates import DateRecognizer
from desktop.core.detect.reference import ReferenceCodeRecognizer
from desktop.core.detect.spans import resolve_overlaps, result_to_dict, to_findings
from desktop.core.export import checks
from desktop.core.export.batch import TEXT_FILE, build_batch
from desktop.core.model import EntityType, Finding, Status
from desktop.core.pdf import extract_page, open_pdf, sha256_bytes
from desktop.core.review.classes import DocumentKey, approve, open_reasons, policy, treat

LINES = [
    "Supply Agreement, Contract No. SA-2019-0042, made on March 4, 2019.",
    "The plant in Leipzig delivers from May 20, 2021; Purchase Order No. PO-7781 governs the first lot.",
    "The fee is USD 12,500.00 per month and a deposit of USD 250,000.00 is due on 15 August 2023.",
    "Invoices quote Contract No. SA-2019-0042 and Purchase Order No. PO-7781.",
]
DATES = ["March 4, 2019", "May 20, 2021", "15 August 2023"]
AMOUNTS = ["USD 12,500.00", "USD 250,000.00"]
CODES = ["SA-2019-0042", "PO-7781"]


@pytest.fixture(autouse=True)
def _core_checks(monkeypatch):
    monkeypatch.setattr(checks, "EXPORT_CHECKS", list(CHECKS_WITH_CONSENT))


def _contract(store, folder) -> int:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    for n, line in enumerate(LINES):
        page.insert_text((40, 60 + 22 * n), line, fontsize=9)
    data = doc.tobytes()
    path = folder / "supply.pdf"
    path.write_bytes(data)
    doc_id, _ = store.add_document(sha256=sha256_bytes(data), path=str(path), name="supply.pdf", pages=1,
                                   size=len(data))
    text_page = extract_page(open_pdf(data).load_page(0))
    items = [result_to_dict(r) for rec in (DateRecognizer(), MoneyRecognizer(), ReferenceCodeRecognizer())
             for r in rec.analyze(text_page.text, None)]
    found = to_findings(text_page, resolve_overlaps(text_page.text, items))
    start = text_page.text.index("Leipzig")
    found.append(Finding(page=0, start=start, end=start + 7, entity_type=EntityType.PLACE, text="Leipzig",
                         boxes=text_page.span_boxes(start, start + 7), recognizer="SpacyRecognizer"))
    store.add_findings(doc_id, found)
    consented(store, doc_id)
    return doc_id


def _date(text: str) -> dt.date:
    for fmt in ("%B %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise AssertionError(text)


def test_quasi_findings_are_approved_per_class_not_one_by_one(store, tmp_path):
    doc = _contract(store, tmp_path)
    found = store.findings(doc)
    assert {f.identifier for f in found} == {"quasi"} and all(f.status == Status.PROPOSED for f in found)
    assert "not approved" in " ".join(open_reasons(store, doc))
    assert build_batch(store, [doc]).batch_id is None
    assert approve(store, doc, ["dates", "amounts", "codes", "places"]) == ["dates", "amounts", "codes", "places"]
    assert open_reasons(store, doc) == []
    assert store.decisions(doc) == []  # no finding was decided one by one
    kinds = [e["payload"]["key"] for e in store.audit_entries() if e["kind"] == "setting"]
    assert f"quasi.approved.{doc}.dates" in kinds  # each class approval is in the chain


def test_default_policy_keeps_intervals_ratios_and_references_and_leaves_no_original(store, tmp_path):
    doc = _contract(store, tmp_path)
    approve(store, doc, ["dates", "amounts", "codes", "places"])
    result = build_batch(store, [doc])
    assert result.batch_id, result.refused
    files = {f["name"]: f for f in store.batch_files(result.batch_id)}
    text = json.loads(files[TEXT_FILE]["content"])["pages"][0]
    pdf = next(f["content"] for f in files.values() if f["kind"] == "pdf")
    pdf_text = " ".join(open_pdf(pdf).load_page(0).get_text().split())

    key = DocumentKey.of(bytes.fromhex(store.setting("export.pseudonym_secret")), store.document(doc)["sha256"])
    treated = {f.text: f.explanation["replacement"] for f in treat(store.findings(doc), policy(store),
                                                                      {"dates", "amounts", "codes", "places"}, key)}
    for value in (*DATES, *AMOUNTS, *CODES, "Leipzig"):
        assert value not in text and value not in pdf_text, value
        assert treated[value] in text and treated[value] in pdf_text, (value, treated[value])
    # dates: every interval and weekday kept
    old, new = [_date(d) for d in DATES], [_date(treated[d]) for d in DATES]
    assert [(b - a).days for a, b in zip(old, old[1:])] == [(b - a).days for a, b in zip(new, new[1:])]
    assert [d.weekday() for d in old] == [d.weekday() for d in new] and new != old
    # amounts: the ratio kept (to the cent), the values not
    (a, *_), (b, *_) = (read_number(re.search(r"[\d,.]+\d", treated[x]).group()) for x in AMOUNTS)
    assert abs(b / a - 20.0) < 0.001 and a != 12500.0
    # codes: one typed pseudonym per code, wherever it recurs
    assert treated["SA-2019-0042"] == "[REF-1]" and treated["PO-7781"] == "[REF-2]"
    assert text.count("[REF-1]") == 2 and text.count("[REF-2]") == 2 and pdf_text.count("[REF-1]") == 2
    # a city becomes its country
    assert treated["Leipzig"] == "Germany"
    manifest = json.loads(store.batch(result.batch_id)["manifest"])
    assert manifest["settings"]["quasi_identifiers"] == {"dates": "generalise", "amounts": "generalise",
                                                         "codes": "pseudonymise", "places": "generalise",
                                                         "demographics": "redact", "organisations": "pseudonymise"}
    assert manifest["documents"][0]["quasi_classes_approved"] == ["amounts", "codes", "dates", "places"]


def test_a_rejected_quasi_finding_stays_and_a_kept_class_is_not_touched(store, tmp_path):
    doc = _contract(store, tmp_path)
    store.set_setting("quasi.policy.places", "keep")
    first = next(f for f in store.findings(doc) if f.text == "March 4, 2019")
    store.decide([(first.id, {"status": "rejected"})])
    approve(store, doc, ["dates", "amounts", "codes", "places"])
    result = build_batch(store, [doc])
    text = json.loads({f["name"]: f for f in store.batch_files(result.batch_id)}[TEXT_FILE]["content"])["pages"][0]
    assert "March 4, 2019" in text and "Leipzig" in text and "May 20, 2021" not in text


def test_the_command_line_knows_every_class_treatment_and_default():
    from desktop.core import settings
    from desktop.core.review.classes import CLASSES, DEFAULTS, TREATMENTS

    assert tuple(CLASSES) == settings.QUASI_CLASSES
    for cls in CLASSES:
        s = settings.by_name(cls)
        assert s.command and s.key == f"quasi.policy.{cls}" and s.choices == TREATMENTS and s.default == DEFAULTS[cls]


def test_review_approve_decides_one_class_per_document(store, tmp_path, capsys):
    from desktop.cli import main

    doc = _contract(store, tmp_path)
    path = store.path
    store.close()
    assert main(["review", "--store", str(path), "--approve", "dates", "--approve", "codes"]) == 0
    assert "2 quasi-identifier class approval(s) in 1 document(s)" in capsys.readouterr().out
    from desktop.core.store import Store

    with Store(path, actor="tester") as again:
        reasons = " ".join(open_reasons(again, doc))
        assert "amounts" in reasons and "dates" not in reasons and "codes" not in reasons
