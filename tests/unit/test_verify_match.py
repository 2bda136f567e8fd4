"""The verifier's own matcher: a term in the variants a reader would still recognise."""

import pytest

from desktop.core.verification.fuzzy import OcrTermIndex
from desktop.core.verification.match import TermIndex, variants

FOUND = [
    ("Halvorsen", "signed by H a l v o r s e n today"),  # letter-spaced, as PyMuPDF reads it
    ("Halvorsen", "signed by Halvor-\nsen today"),  # hyphenated over a line break
    ("Jane Doe", "JANE\u00a0DOE"),
    ("Jane Doe", "write to jane.doe@example.com"),
    ("Acme Widgets", "see www.acmewidgets.com for terms"),  # squashed into a domain
    ("Acme Widgets", "mail info@acmewidgets.com"),
    ("Acme Widgets", "https://shop.example.com/acmewidgets/terms"),
    ("Brightwater Financial Corp", "Brightwater Financial Corporation, as agent"),  # legal-form variant
    ("Acme Inc.", "ACME INCORPORATED"),
    ("Acme Widgets Ltd", "Acme Widgets Limited"),
    ("Nordwind Logistik GmbH", "the Nordwind Logistik team"),  # the name without its legal form
    ("Globex LLC", "Globex, L.L.C."),
    ("Stern B.V.", "Stern BV"),
    ("Acme Widgets", "Acme Widgets's obligations"),  # possessive
    ("Halvorsen", "Halvorsens Angebot"),
    ("Diedrich Lübs", "Diedrich Luebs"),  # umlaut spelled out
    ("Diedrich Lübs", "DIEDRICH LUBS"),
    ("the Offering Memorandum", "a copy of the\nOffering Memorandum"),
]

NOT_FOUND = [
    ("Ann Lee", "Joanna Leeds"),  # not at word edges
    ("Global Inc.", "global markets"),  # what is left without the legal form names no one
    ("Services Ltd", "the services"),
    ("Halvorsen", "Halvor"),
]


@pytest.mark.parametrize(("term", "text"), FOUND)
def test_found(term, text):
    assert TermIndex([term]).find(text), (term, text, variants(term))


@pytest.mark.parametrize(("term", "text"), NOT_FOUND)
def test_not_found(term, text):
    assert not TermIndex([term]).find(text)


def test_offsets_point_at_the_occurrence():
    text = "Parties: Brightwater Financial Corporation and Jöns Halvorsen."
    found = {m.term: text[m.start:m.end] for m in TermIndex(["Brightwater Financial Corp", "Halvorsen"]).find(
        text, offsets=True)}
    assert found == {"Brightwater Financial Corp": "Brightwater Financial Corporation", "Halvorsen": "Halvorsen"}


def test_many_terms_one_walk():
    terms = [f"Company{i} Holding" for i in range(3000)] + ["Jane Doe"]
    index = TermIndex(terms)
    assert [m.term for m in index.find("x " * 2000 + "Company2999 Holding and Jane Doe")] == [
        "Company2999 Holding", "Jane Doe"]


def test_short_terms_are_skipped():
    assert TermIndex(["Jo"]).skipped == ["Jo"]


@pytest.mark.parametrize(("term", "read", "found"), [
    ("Diedrich Lübs", "Diedrich Libs", True),  # one letter misread
    ("Rico-Siering-Gasse 150", "Rico-Siering-Gasse l50", True),  # 1 for l
    ("123 Hannah Run, PA0 0DS", "123 Hannah Run, PAO ODS", True),  # 0 for O
    ("Turnbull Systems", "Turnbul Systems", True),  # a letter lost
    ("Müller", "Miller", False),  # too short to allow a letter off
    ("Diedrich Lübs", "Dietrich Lutz", False),
])
def test_ocr_misreads_within_one_letter(term, read, found):
    index = OcrTermIndex(TermIndex([term]))
    assert bool(index.find(f"represented by {read} (the Party)")) == found
