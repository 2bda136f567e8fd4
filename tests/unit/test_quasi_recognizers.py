"""Quasi-identifier recognizers, English and German: one table of (recognizer, text, expected spans)."""

from __future__ import annotations

import pytest

from desktop.core.detect.amounts import MoneyRecognizer
from desktop.core.detect.dates import DateRecognizer
from desktop.core.detect.demographics import AgeRecognizer, OccupationRecognizer, nationalities
from desktop.core.detect.numbers import scale_words, word_value
from desktop.core.detect.organisations import as_organisation
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
    (QuantityRecognizer, "within 30 days under Section 5 of 2020", ["30 days"]),  # a deadline is a length of time
    (QuantityRecognizer, "a royalty of 5%, then 2.5 per cent", ["5%", "2.5 per cent"]),
    (ReferenceCodeRecognizer, "(application no. 36705/97) lodged", ["36705/97"]),
    (ReferenceCodeRecognizer, "Purchase Order No. PO-2020-0042 and invoice #88213", ["PO-2020-0042", "88213"]),
    (ReferenceCodeRecognizer, "Kundennummer: 12345678, Az. 3 O 123/19", ["12345678", "123/19"]),
    (ReferenceCodeRecognizer, "account number 1234-5678-90", ["1234-5678-90"]),
    (ReferenceCodeRecognizer, "Vertragsnummer: V-2021/77 vom", ["V-2021/77"]),
    (ReferenceCodeRecognizer, "our ref: ABC/123", ["ABC/123"]),
    (ReferenceCodeRecognizer, "Section No. 5, Exhibit 1.2, ISO 9001, version 2.1, in 2020", []),
    (QuantityRecognizer, "for three years at twenty-five per cent", ["three years", "twenty-five per cent"]),
    (QuantityRecognizer, "seven other persons signed five letters", ["seven other persons", "five letters"]),
    (QuantityRecognizer, "a term of thirty (30) days; drei Jahre", ["thirty (30) days", "drei Jahre"]),
    (QuantityRecognizer, "one of the parties; two-thirds of it", []),
    (MoneyRecognizer, "DEM 2,400 and 1,500 Austrian schillings (ATS)", ["DEM 2,400", "1,500 Austrian schillings (ATS)"]),
    (MoneyRecognizer, "9,000 new Turkish liras (YTL)", ["9,000 new Turkish liras (YTL)"]),
    (OccupationRecognizer, "a primary school teacher and two police officers", ["primary school teacher", "police officers"]),
    (OccupationRecognizer, "worked as a journalist, then as Ingenieurin", ["journalist", "Ingenieurin"]),
    (OccupationRecognizer, "signed by the Director and the Chief Executive Officer", []),
    (AgeRecognizer, "a man aged 45 and a 37-year-old woman", ["aged 45", "37-year-old"]),
    (AgeRecognizer, "she was sixty-two years old; er ist 40 Jahre alt", ["sixty-two years old", "40 Jahre alt"]),
    (AgeRecognizer, "within 45 days of the age of the goods", []),
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
    assert as_place(f, "role word").entity_type == EntityType.PLACE  # a role word the gazetteer knows as a place
    word = Finding(page=0, start=0, end=8, entity_type="ADDRESS", text="Licensee", boxes=(), recognizer="SpacyRecognizer")
    assert as_place(word, "role word") is None


def test_every_finding_says_direct_or_quasi():
    assert {identifier_kind(t) for t in QUASI_TYPES} == {"quasi"}
    assert identifier_kind(EntityType.PERSON) == identifier_kind(EntityType.VAT) == "direct"
    f = Finding(page=0, start=0, end=4, entity_type=EntityType.DATE, text="2020", boxes=())
    assert f.identifier == "quasi"


@pytest.mark.parametrize("words,value", [("three", 3), ("twenty-five", 25), ("sixty three", 63), ("two hundred", 200),
                                         ("fifteen thousand", 15000), ("zwölf", 12), ("many", None)])
def test_numbers_in_words_are_read(words, value):
    assert word_value(words) == value


def test_a_quantity_in_words_is_scaled_in_digits():
    assert scale_words("three (3) years", 1.5) == "4 (4) years"
    assert scale_words("two days", 0.1) == "1 days"  # never below one
    assert scale_words("Section 5", 2.0) is None


NORP = [("Kurdish", "a Kurdish journalist", EntityType.DEMOGRAPHIC, "Kurdish"),
        ("German", "governed by German law", EntityType.PLACE, "German"),
        ("Swiss", "the Swiss courts", EntityType.PLACE, "Swiss"),
        ("Polish", "two Polish nationals", EntityType.DEMOGRAPHIC, "Polish nationals")]


@pytest.mark.parametrize("word,text,kind,span", NORP)
def test_a_nationality_before_a_law_or_court_is_the_jurisdiction(word, text, kind, span):
    start = text.index(word)
    item = {"start": start, "end": start + len(word), "entity_type": EntityType.DEMOGRAPHIC,
            "recognizer": "SpacyRecognizer", "score": 0.85, "explanation": {}}
    [out] = nationalities(text, [item])
    # the governing law names a place, not a person's attribute; "a Polish national" takes the word in
    assert (out["entity_type"], text[out["start"]:out["end"]]) == (kind, span)


ORGANISATIONS = [
    # (text, the judge's reason, common words only, expected type or None)
    ("Kayseri Administrative Court", "public body or court", False, EntityType.ORGANISATION),
    ("Ministry of Agriculture of Freedonia", "public body or court", False, EntityType.ORGANISATION),
    ("Supreme Court", "public body or court", True, None),
    ("Grünwald Sparkasse", "defined term", False, EntityType.ORGANISATION),
    ("Grünwald Holdings", "defined term", False, None),
    ("Purchase Order", "role word", False, None),
]


@pytest.mark.parametrize("text,reason,generic,expected", ORGANISATIONS)
def test_an_organisation_that_is_no_party_is_a_quasi_identifier(text, reason, generic, expected):
    f = Finding(page=0, start=0, end=len(text), entity_type=EntityType.COMPANY, text=text, boxes=(),
                recognizer="SpacyRecognizer", explanation={"generic_words": True} if generic else {})
    org = as_organisation(f, reason)
    assert (org.entity_type if org else None) == expected
    if org:
        assert org.identifier == "quasi" and org.explanation["not_a_party"] == reason


def test_the_new_classes_have_a_policy_and_a_treatment():
    from desktop.core.review.classes import DEFAULTS, DocumentKey, class_of, replacement

    assert class_of(EntityType.DEMOGRAPHIC) == "demographics" and DEFAULTS["demographics"] == "redact"
    assert class_of(EntityType.ORGANISATION) == "organisations" and DEFAULTS["organisations"] == "pseudonymise"
    key, codes = DocumentKey(days=14, factor=2.0), {}

    def f(entity_type, text):
        return Finding(page=0, start=0, end=len(text), entity_type=entity_type, text=text, boxes=())

    court = f(EntityType.ORGANISATION, "Kayseri Administrative Court")
    assert replacement(court, "pseudonymise", key, codes) == "[ORG-1]"
    assert replacement(f(EntityType.ORGANISATION, "Kayseri  Administrative Court"), "pseudonymise", key, codes) == "[ORG-1]"
    assert replacement(f(EntityType.DEMOGRAPHIC, "Kurdish"), "redact", key, codes) == "[DEMOGRAPHIC]"
    assert replacement(f(EntityType.QUANTITY, "three years"), "generalise", key, codes) == "6 years"


@pytest.mark.parametrize("text, days, moved", [
    ("1. April 2020", -35, "26. Februar 2020"),  # a German date keeps German months, even from "April"
    ("6. Juni 2022", -35, "2. Mai 2022"),
    ("1 April 2020", -35, "26 February 2020"),  # the same month word in an English date stays English
    ("April 1, 2020", -35, "February 26, 2020"),
    ("03.04.2021", 7, "10.04.2021"),
    ("2021", 7, None),  # a year alone is no date this shifts
])
def test_a_shifted_date_is_written_as_the_contract_writes_dates(text, days, moved):
    from desktop.core.detect.dates import shift_date

    assert shift_date(text, days) == moved
