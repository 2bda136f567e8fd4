"""The re-identification risk figures on hand-made data: k-anonymity of remaining tuples, linkability, and
which quasi-identifiers stay visible under a policy."""

from __future__ import annotations

import re

import pytest

from desktop.core.export.risk import (
    DocumentQuasi,
    QuasiItem,
    document_items,
    k_anonymity,
    linkability,
    risk_report,
)
from desktop.core.export.risk_html import render_html
from desktop.core.model import EntityType, Finding, Status
from desktop.core.review.classes import DEFAULTS, DocumentKey

DE = (("places", "germany"),)
DE19 = (("dates", "2019"), ("places", "germany"))


def test_k_is_the_size_of_each_equivalence_class_and_the_threshold_picks_the_small_ones():
    tuples = {1: DE, 2: DE, 3: DE, 4: DE19, 5: tuple(reversed(DE19)), 6: (("codes", "po-7781"),)}
    s = k_anonymity(tuples, threshold=3)
    assert s.k_of == {1: 3, 2: 3, 3: 3, 4: 2, 5: 2, 6: 1}  # order inside a tuple does not matter
    assert s.min_k == 1 and s.below == (4, 5, 6) and s.classes == 3
    assert s.histogram == {1: 1, 2: 2, 3: 3}
    assert k_anonymity(tuples, threshold=1).below == ()


def test_documents_with_nothing_remaining_are_apart_not_below_the_threshold():
    s = k_anonymity({1: (), 2: (), 3: DE}, threshold=5)
    assert s.nothing_remains == (1, 2) and s.k_of == {3: 1} and s.below == (3,) and s.histogram == {1: 1}
    empty = k_anonymity({1: (), 2: ()})
    assert empty.min_k is None and empty.below == () and empty.histogram == {}
    with pytest.raises(ValueError):
        k_anonymity({}, threshold=0)


def test_linkability_is_the_share_of_documents_sharing_a_value_with_another():
    lk = linkability({1: ("po-7781", "[PERSON_ab]"), 2: ("po-7781",), 3: ("[PERSON_ab]",), 4: ("x-1",), 5: ()})
    assert lk.linked == (1, 2, 3) and lk.share == pytest.approx(3 / 5)
    assert lk.shared == {"[PERSON_ab]": (1, 3), "po-7781": (1, 2)}
    assert linkability({1: ("a", "a"), 2: ("b",)}).share == 0.0  # a value twice in one document links nothing
    assert linkability({}).share == 0.0


def _f(text, entity_type, status=Status.PROPOSED, start=0, page=0):
    return Finding(page=page, start=start, end=start + len(text), entity_type=entity_type, text=text, boxes=(),
                   status=status)


KEY = DocumentKey(days=-21, factor=1.25)
ALL = {"dates", "amounts", "codes", "places"}


def test_what_stays_visible_under_the_default_policy():
    findings = [_f("March 4, 2019", EntityType.DATE, start=0), _f("1998", EntityType.DATE, start=20),
                _f("USD 12,500.00", EntityType.MONEY, start=30), _f("PO-7781", EntityType.REFERENCE, start=50),
                _f("Leipzig", EntityType.PLACE, start=60), _f("Texas", EntityType.PLACE, start=70),
                _f("Qwxzborough", EntityType.PLACE, start=80),
                _f("May 20, 2021", EntityType.DATE, Status.REJECTED, start=90)]
    items = document_items(findings, DEFAULTS, ALL, KEY)
    got = [(i.cls, i.treated, i.how, i.visible) for i in items]
    assert got == [("dates", True, "generalise", None),  # shifted: matches no outside record
                   ("dates", False, "unchanged", "1998"),  # a year alone stays as written
                   ("amounts", True, "generalise", None),
                   ("codes", True, "pseudonymise", None),
                   ("places", True, "generalise", "germany"),  # the country is still information
                   ("places", False, "unchanged", "texas"),  # a state stays
                   ("places", True, "redact", None),  # unknown to the gazetteer: a label
                   ("dates", False, "rejected", "may 20, 2021")]


def test_kept_and_unapproved_classes_are_left_and_a_confirmed_kept_finding_is_redacted():
    findings = [_f("PO-7781", EntityType.REFERENCE, start=0), _f("SA-1", EntityType.REFERENCE, Status.CONFIRMED, 20),
                _f("USD 5.00", EntityType.MONEY, start=40)]
    items = document_items(findings, {**DEFAULTS, "codes": "keep"}, {"codes"}, KEY)
    assert [(i.how, i.visible) for i in items] == [("keep", "po-7781"), ("redact", None), ("unapproved", "usd 5.00")]


def test_a_quasi_identifier_under_a_confirmed_direct_finding_goes_with_it():
    findings = [_f("Leipziger Str. 1, 04109 Leipzig", EntityType.ADDRESS, Status.CONFIRMED, start=0),
                _f("Leipzig", EntityType.PLACE, Status.REJECTED, start=24)]
    assert [(i.treated, i.how) for i in document_items(findings, DEFAULTS, ALL, KEY)] == [(True, "redact")]


def _doc(doc_id, *pairs, links=(), left=0):
    items = tuple(QuasiItem(c, False, "keep", v) for c, v in pairs)
    items += tuple(QuasiItem("dates", True, "generalise", None) for _ in range(left))
    return DocumentQuasi(doc_id, f"doc-{doc_id}.pdf", items, links)


def test_the_report_counts_classes_summarises_and_draws_the_histogram():
    docs = [_doc(1, ("places", "germany"), links=("po-1",), left=2), _doc(2, ("places", "germany"), links=("po-1",)),
            _doc(3, ("places", "france")), _doc(4)]
    report = risk_report("batch X", DEFAULTS, docs, threshold=2)
    summary = report.summary()
    assert summary["min_k"] == 1 and summary["below_threshold"] == 1 and summary["nothing_remains"] == 1
    assert summary["k_histogram"] == {"1": 1, "2": 2} and summary["linkability"] == 0.5
    assert summary["classes"]["places"] == {"found": 3, "treated": 0, "left": 3}
    assert summary["classes"]["dates"] == {"found": 2, "treated": 2, "left": 0}
    assert report.classes["dates"]["treated"]["generalise"] == 2
    data = report.to_json()
    assert [d["k"] for d in data["documents"]] == [2, 2, 1, None]
    assert data["documents"][2]["below_threshold"] and data["documents"][0]["links"] == ["po-1"]
    assert "smallest k 1 (threshold 2), 1 of 4 document(s) below; linkability 50%" in report.line()
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "france" in page
    assert not re.search(r"(src|href)=[\"'](?!#)", page)  # self-contained: nothing fetched, links within the page only
