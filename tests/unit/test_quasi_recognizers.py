"""Quasi-identifier recognizers, English and German: one table of (recognizer, text, expected spans)."""

from __future__ import annotations

import pytest

from desktop.core.detect.amounts import MoneyRecognizer
from desktop.core.detect.dates import DateRecognizer
from desktop.core.detect.places import as_place, is_lone_place, lone_places
from desktop.core.detect.quantities import QuantityRecognizer
from desktop.core.detect.reference import ReferenceCodeRecognizer
from desktop.core.detect.spans import resolve_overlaps
from desktop.core.model import QUASI_TYPES, EntityType, Finding, identifier_kind

CASES = [
    (DateRecognizer, "dated as of March 1, 2020", ["March 1, 2020"]),
    (DateRecognizer, "on the 1st day of March, 2020", ["1st day of March, 2020"]),
    (DateRecognizer, "signed 5 May 1996 and 12 March", ["5 May 1996", "12 March"]),
    (DateRecognizer, "am 1. März 2020 in Berlin", ["1. März 2020"]),
    (DateRecognizer, "vom 01.03.2020 bis 2020-12-31", ["01.03.2020", "2020-12-31"]),
    (DateRecognizer, "effective 3/1/20", ["3/1/20"]),
    (DateRecognizer, "in April 2001 and since 1998", ["April 2001", "1998"]),
    (DateRecognizer, "at 10:00 a.m. or 14:30 Uhr", ["10:00 a.m.", "14:30 Uhr"]),
    (DateRecognizer, "Section 2001 and clause 3.1.2 of version 1.2", []),
    (DateRecognizer, "may terminate within 30 days", []),
    (MoneyRecognizer, "a fee of $1,250,000.00 or US$ 5 million", ["$1,250,000.00", "US$ 5 million"]),
    (MoneyRecognizer, "USD 5,000 and £40,000", ["USD 5,000", "£40,000"]),
    (MoneyRecognizer, "EUR 12.500,00 und 12.500,00 € sowie 100 EUR", ["EUR 12.500,00", "12.500,00 €", "100 EUR"]),
    (MoneyRecognizer, "5,699.21 euros (EUR) and 200,000 Turkish liras", ["5,699.21 euros (EUR)", "200,000 Turkish liras"]),
    (MoneyRecognizer, "Section 5 of 2020, 30 days", []),
    (QuantityRecognizer, "50 metres, 800 litres and 10,000 units", ["50 metres", "800 litres", "10,000 units"]),
    (QuantityRecognizer, "500 Stück, 3 MW und 25 m²", ["500 Stück", "3 MW", "25 m²"]),
    (QuantityRecognizer, "within 30 days at 5%", []),
    (ReferenceCodeRecognizer, "(application no. 36705/97) lodged", ["36705/97"]),
    (ReferenceCodeRecognizer, "Purchase Order No. PO-2020-0042 and invoice #88213", ["PO-2020-0042", "88213"]),
    (ReferenceCodeRecognizer, "Kundennummer: 12345678, Az. 3 O 123/19", ["12345678", "123/19"]),
    (ReferenceCodeRecognizer, "account number 1234-5678-90", ["1234-5678-90"]),
    (ReferenceCodeRecognizer, "Vertragsnummer: V-2021/77 vom", ["V-2021/77"]),
    (ReferenceCodeRecognizer, "our ref: ABC/123", ["ABC/123"]),
    (ReferenceCodeRecognizer, "Section No. 5, Exhibit 1.2, ISO 9001, version 2.1, in 2020", []),
]


@pytest.mark.parametrize("recognizer,text,expected", CASES)
def test_quasi_recognizer(recognizer, text, expected):
    found = sorted({(r.start, r.end) for r in recognizer().analyze(text, None)})
    spans = [text[s:e] for s, e in found]
    # overlapping variants ("March 1, 2020" and "March, 2020") resolve to the longest later
    assert [s for s in expected if s not in spans] == []
    longest = [s for s in spans if not any(s != o and s in o for o in spans)]
    assert sorted(longest) == sorted(expected)


def test_overlaps_keep_the_whole_date_and_code():
    text = "Contract No. SA-2019-0042 dated March 1, 2020"
    items = [{"start": r.start, "end": r.end, "entity_type": r.entity_type, "score": r.score,
              "recognizer": type(rec).__name__, "explanation": {}}
             for rec in (DateRecognizer(), ReferenceCodeRecognizer()) for r in rec.analyze(text, None)]
    kept = [(i["entity_type"], text[i["start"]:i["end"]]) for i in resolve_overlaps(text, items)]
    assert kept == [(EntityType.REFERENCE, "SA-2019-0042"), (EntityType.DATE, "March 1, 2020")]


def test_a_lone_place_is_a_place_not_nothing():
    text = "The plant in Leipzig ships to 10 Main Street, Springfield"
    item = {"start": 13, "end": 20, "entity_type": "ADDRESS", "recognizer": "SpacyRecognizer", "score": 0.85,
            "explanation": {}}
    assert is_lone_place(text, item)
    assert lone_places(text, [item])[0]["entity_type"] == EntityType.PLACE
    f = Finding(page=0, start=13, end=20, entity_type="ADDRESS", text="Leipzig", boxes=(), recognizer="SpacyRecognizer")
    assert as_place(f, "place named outside a postal address").entity_type == EntityType.PLACE
    assert as_place(f, "role word") is None


def test_every_finding_says_direct_or_quasi():
    assert {identifier_kind(t) for t in QUASI_TYPES} == {"quasi"}
    assert identifier_kind(EntityType.PERSON) == identifier_kind(EntityType.VAT) == "direct"
    f = Finding(page=0, start=0, end=4, entity_type=EntityType.DATE, text="2020", boxes=())
    assert f.identifier == "quasi"
