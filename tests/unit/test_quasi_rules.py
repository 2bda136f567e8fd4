"""Quasi-identifier rules beyond one pattern: dates and years given together, lengths of time, counts and
shares, a sum with its equivalent, ages and occupations with their words, institutions, joined places."""

from __future__ import annotations

import pytest

from desktop.core.detect.amounts import MoneyRecognizer, scale_amount
from desktop.core.detect.dates import DateRecognizer
from desktop.core.detect.demographics import AgeRecognizer, OccupationRecognizer
from desktop.core.detect.numbers import scale_words
from desktop.core.detect.organisations import as_organisation, is_institution
from desktop.core.detect.places import as_place, join_places
from desktop.core.detect.quantities import QuantityRecognizer
from desktop.core.detect.reference import ReferenceCodeRecognizer
from desktop.core.model import EntityType, Finding
from tests.unit.test_quasi_recognizers import test_quasi_recognizer as _check

CASES = [
    (DateRecognizer, "On 14 and 27 July 1999 the", ["14 and 27 July 1999"]),
    (DateRecognizer, "between 1 March and 31 December 1998, then", ["1 March and 31 December 1998"]),
    (DateRecognizer, "hearings on 11-13 May 1994.", ["11-13 May 1994"]),
    (DateRecognizer, "on 10 May, on 7 July and on 26 September 1994.", ["10 May, on 7 July and on 26 September 1994"]),
    (DateRecognizer, "between July and December 1995 it", ["July and December 1995"]),
    (DateRecognizer, "am 1. und 2. März 2020", ["1. und 2. März 2020"]),
    (DateRecognizer, "reassessed in 1994, 1995 and 1997.", ["1994, 1995 and 1997"]),
    (DateRecognizer, "From 1960 to 1979 she", ["1960 to 1979"]),
    (DateRecognizer, "the 1998-1999 academic year; the 1983 Ordinance", ["1998-1999", "1983"]),
    (DateRecognizer, "contributions for 1999.", ["1999"]),
    (DateRecognizer, "Section 1994 and 1995; for 2000 units; the 2000 shares; Sections 4 and 5 of it", []),
    (QuantityRecognizer, "sentenced to 14 years’ imprisonment", ["14 years’"]),
    (QuantityRecognizer, "a sentence of 18 years could", ["18 years"]),
    (QuantityRecognizer, "to three years and nine months’ imprisonment", ["three years and nine months’"]),
    (QuantityRecognizer, "to two and a half years’ imprisonment", ["two and a half years’"]),
    (QuantityRecognizer, "half of the 12 year sentence", ["12 year"]),
    (QuantityRecognizer, "a 50 to 79% disability", ["50 to 79%"]),
    (QuantityRecognizer, "79 packages and 22,000 ecstasy tablets with 623 other suspects",
     ["79 packages", "22,000 ecstasy tablets", "623 other suspects"]),
    (QuantityRecognizer, "within 42 days of the notice", ["42 days"]),
    (QuantityRecognizer, "Section 5 items and 3 pages in 1999 sales; one of the parties", []),
    (DateRecognizer, "the Exchange Act of 1934, Exhibit 10.17", []),
    (DateRecognizer, "from 2005 through 2008 at 14:30 or 10.30 Uhr", ["2005 through 2008", "14:30", "10.30 Uhr"]),
    (ReferenceCodeRecognizer, "Exhibit AA-3 SPC 00628A and registration no. 1057", ["SPC 00628A", "1057"]),
    (ReferenceCodeRecognizer, "ISO 9001 in 2020 under Rule 24B-2", []),
    (ReferenceCodeRecognizer, "under the plots nos. 260, 119/5, 164.9 and 425. The", ["260, 119/5, 164.9 and 425"]),
    (ReferenceCodeRecognizer, "Sections 4, 5 and 6 and the numbers of the parties", []),
    (OccupationRecognizer, "Title: VP Finance and CFO\nBy: Robert W. Stallings, President", ["VP Finance and CFO", "President"]),
    (OccupationRecognizer, "Name: Title: Dated:\nthe Company, Director or Manager", []),
    (MoneyRecognizer, "a fine of 54,525,000 Turkish Liras (TRL). In", ["54,525,000 Turkish Liras (TRL)"]),
    (MoneyRecognizer, "a pension of PLN 552.21 [approx. EUR 138]. He", ["PLN 552.21 [approx. EUR 138]"]),
    (MoneyRecognizer, "12,355.61 Turkish liras (TRY) (approximately 6,000 euros (EUR)), plus",
     ["12,355.61 Turkish liras (TRY) (approximately 6,000 euros (EUR))"]),
    (MoneyRecognizer, "worth approximately GBP 268,000. He", ["approximately GBP 268,000"]),
    (MoneyRecognizer, "about 30 days and approximately 12 units", []),
    (AgeRecognizer, "his age is 49, until the age of 22; eighteen years of age",
     ["49", "age of 22", "eighteen years of age"]),
    (AgeRecognizer, "his age is 5% higher", []),
    (OccupationRecognizer, "worked as a ballet dancer, then as an artillery captain", ["ballet dancer", "artillery captain"]),
    (OccupationRecognizer, "former dancers; who is a lawyer; two police officers", ["dancers", "lawyer", "police officers"]),
    (OccupationRecognizer, "the legal counsel and the Chief Executive Officer", []),
]


@pytest.mark.parametrize("recognizer,text,expected", CASES)
def test_quasi_rule(recognizer, text, expected):
    _check(recognizer, text, expected)


def test_every_number_of_a_sum_or_a_length_of_time_is_scaled():
    # the same sum in another currency after it would give the first away
    assert scale_amount("PLN 200 [EUR 50]", 2.0) == "PLN 400 [EUR 100]"
    assert scale_amount("50 to 79%", 2.0) == "100 to 158%"
    assert scale_words("three years and nine months", 2.0) == "6 years and 18 months"
    assert scale_words("three (3) years", 1.5) == "4 (4) years"


@pytest.mark.parametrize("name,institution", [
    ("Istanbul State Security Court", True), ("Social Insurance Authority", True), ("Turkish Armed Forces", True),
    ("Kayseri Administrative Court", True), ("Kurdistan Workers' Party", True), ("Bar Association", True),
    ("Turkish Government", True), ("Government of Cyprus", True),  # the country, as "Turkey" tells it
    # one of a kind in every country, or no institution at all
    ("Supreme Court", False), ("Court of Cassation", False), ("Ministry of Foreign Affairs", False),
    ("Chamber", False), ("Service Level Agreement", False), ("Third Party Software", False),
    ("Confidential Information", False),
])
def test_an_institution_has_a_word_of_its_own(name, institution):
    assert is_institution(name) is institution


class _Page:
    def __init__(self, text):
        self.text = text

    def span_boxes(self, start, end):
        return ((float(start), 0.0, float(end), 10.0),) if end > start else ()


def _model(text, entity_type, page_text, nth=0, generic=True):
    start = -1
    for _ in range(nth + 1):
        start = page_text.index(text, start + 1)
    return Finding(page=0, start=start, end=start + len(text), entity_type=entity_type, text=text, boxes=(),
                   recognizer="SpacyRecognizer", explanation={"generic_words": True} if generic else {})


def test_an_institution_loses_its_article_and_takes_its_other_name_in():
    text = "brought before the Moers District Court (Amtsgericht) against him"
    page = _Page(text)
    org = as_organisation(_model("the Moers District Court", EntityType.COMPANY, text), "common words", page)
    assert (org.entity_type, org.text) == (EntityType.ORGANISATION, "Moers District Court (Amtsgericht)")
    # the model's span that ran into the bracket ("Police (Fremdenpolizei") is the institution, then the bracket
    text = "a report by the Dornbirn Aliens Police (Fremdenpolizei), on 28 January"
    f = _model("the Dornbirn Aliens Police (Fremdenpolizei", EntityType.COMPANY, text)
    org = as_organisation(f, "fragment across punctuation", _Page(text))
    assert org.text == "Dornbirn Aliens Police (Fremdenpolizei)"
    # a clause the model ran together is no institution; nor a role word
    text = "Notes. The Company shall"
    assert as_organisation(_model("Notes. The Company", EntityType.COMPANY, text), "fragment across punctuation",
                           _Page(text)) is None
    text = "the Supreme Court held"
    assert as_organisation(_model("the Supreme Court", EntityType.COMPANY, text), "public body or court",
                           _Page(text)) is None


def test_a_name_where_someone_lives_is_a_place():
    text = "The applicant was born in 1963 and lives in Söke. Mr Söke signed."
    f = _model("Söke", EntityType.COMPANY, text)
    assert as_place(f, "common words", _Page(text)).entity_type == EntityType.PLACE
    assert as_place(_model("Söke", EntityType.COMPANY, text, nth=1), "common words", _Page(text)) is None


def test_a_place_and_the_country_it_lies_in_are_one_place():
    text = "lives in Schalchen, Austria and in Diyarbakır (Turkey), not Berlin and Paris"

    def place(word):
        start = text.index(word)
        return {"start": start, "end": start + len(word), "entity_type": EntityType.PLACE.value,
                "recognizer": "SpacyRecognizer", "score": 0.85, "explanation": {}}

    joined = join_places(text, [place(w) for w in ("Schalchen", "Austria", "Diyarbakır", "Turkey", "Berlin", "Paris")])
    assert [text[i["start"]:i["end"]] for i in joined] == ["Schalchen, Austria", "Diyarbakır (Turkey)", "Berlin", "Paris"]


def test_the_governing_law_stays_when_places_are_generalised():
    from desktop.core.review.classes import DocumentKey, replacement

    key = DocumentKey(days=14, factor=2.0)
    law = Finding(page=0, start=0, end=6, entity_type=EntityType.PLACE, text="German", boxes=(),
                  explanation={"jurisdiction": True})
    assert replacement(law, "generalise", key, {}) == "German"
    assert replacement(law, "redact", key, {}) == "[PLACE]"
    town = Finding(page=0, start=0, end=18, entity_type=EntityType.PLACE, text="Schalchen, Austria", boxes=())
    assert replacement(town, "generalise", key, {}) == "[PLACE]"  # no gazetteer entry: redacted


def _plain_page(text: str, number: int = 0):
    from desktop.core.pdf import PageText

    boxes = tuple(None if c == "\n" else (float(i), 0.0, float(i + 1), 10.0) for i, c in enumerate(text))
    return PageText(number=number, text=text, boxes=boxes, lines=tuple(0 for _ in text), width=1000.0, height=12.0)


def test_an_organisation_found_once_is_proposed_wherever_its_words_recur():
    from desktop.core.detect.spread import spread_quasi
    from desktop.core.model import Source, Status

    first = _plain_page("The Söke Labour Court ruled. The Söke Labour Court sat again; the Söke court and Söke Labour Courts.")
    second = _plain_page("Appeal from the Söke Labour Court.", number=1)
    start = first.text.index("Söke Labour Court")
    court = Finding(page=0, start=start, end=start + 17, entity_type=EntityType.ORGANISATION, text="Söke Labour Court",
                    boxes=first.span_boxes(start, start + 17), recognizer="SpacyRecognizer", status=Status.PROPOSED)
    dropped = replace_status(court, first, "Söke court")
    new = spread_quasi([first, second], [court, dropped])
    assert [(f.page, f.text, f.source) for f in new] == [(0, "Söke Labour Court", Source.PROPAGATED),
                                                        (1, "Söke Labour Court", Source.PROPAGATED)]
    assert new[0].start == first.text.index("Söke Labour Court", start + 1)
    assert spread_quasi([first, second], [court, *new]) == []  # nothing twice


def replace_status(f, page, text):
    """A suppressed finding elsewhere on the page: it seeds nothing."""
    from dataclasses import replace

    from desktop.core.model import Status

    start = page.text.index(text)
    return replace(f, start=start, end=start + len(text), text=text, status=Status.SUPPRESSED)


@pytest.mark.parametrize("text,acronym,organisation", [
    ("membership of the PKK (the Kurdistan Workers' Party), an", "PKK", True),
    ("the People’s Labour Party (Halkın Emek Partisi, HEP), in", "HEP", True),
    ("under GAAP (generally accepted accounting principles)", "GAAP", False),
    ("Electronic Data Interchange (EDI) messages", "EDI", False),
])
def test_an_acronym_beside_the_institution_it_stands_for_is_an_organisation(text, acronym, organisation):
    f = _model(acronym, EntityType.COMPANY, text, generic=False)
    org = as_organisation(f, "technical term", _Page(text))
    assert (org is not None and org.entity_type == EntityType.ORGANISATION) is organisation


def test_a_place_loses_the_article_the_model_took_in():
    text = "the respondent, the Republic of Turkey, and"
    f = _model("the Republic of Turkey", EntityType.ADDRESS, text)
    place = as_place(f, "place named outside a postal address", _Page(text))
    assert (place.entity_type, place.text) == (EntityType.PLACE, "Republic of Turkey")
    assert as_place(f, "place named outside a postal address").text == "the Republic of Turkey"  # no page: as found


@pytest.mark.parametrize("name, text", [
    ("Söke Labour Court", "XSöke Labour Court, Söke Labour Courts, Söke  Labour\nCourt, Söke Söke Labour Court."),
    ("Labour Labour", "Labour Labour Labour Labour, labour Labour Labour"), ("ab", "abababab ab ab_ab ab"),
    ("Court", ""), ("Court", "Court"),
])
def test_an_organisations_words_are_found_where_the_whole_pattern_finds_them(name, text):
    import re

    from desktop.core.text.first_characters import matches_starting_with

    regex = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)")
    found = [m.span() for m in matches_starting_with(regex, text, name.split()[0])]
    assert found == [m.span() for m in regex.finditer(text)]


def test_an_organisation_is_not_spread_over_a_proposed_finding_but_right_beside_one():
    from desktop.core.detect.spread import spread_quasi
    from desktop.core.model import Status

    page = _plain_page("Söke Labour Court. Söke Labour CourtX Söke Labour Court Söke Labour Court Söke Labour Court")
    starts = [i for i in range(len(page.text)) if page.text.startswith("Söke Labour Court", i)]

    def found(start, end, entity_type=EntityType.ORGANISATION):
        return Finding(page=0, start=start, end=end, entity_type=entity_type, text=page.text[start:end],
                       boxes=page.span_boxes(start, end), recognizer="SpacyRecognizer", status=Status.PROPOSED)

    court = found(starts[0], starts[0] + 17)
    before_third = found(starts[2] - 1, starts[2])  # the space before the third: beside it, not over it
    in_fourth = found(starts[3] + 5, starts[3] + 6, EntityType.PERSON)  # one letter of the fourth
    empty = found(starts[4] + 2, starts[4] + 2, EntityType.PERSON)  # covers nothing
    new = spread_quasi([page], [court, before_third, in_fourth, empty])
    assert [f.start for f in new] == [starts[2], starts[4]]
