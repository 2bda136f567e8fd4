"""Judging proposals in their contract: what names a party stays, the rest is suppressed with why."""

from __future__ import annotations

import pymupdf
import pytest

from desktop.core.detect import judge_and_propagate
from desktop.core.detect.anchors import NO_ANCHOR
from desktop.core.detect.judge import CONFIDENCE, crosses_sentence
from desktop.core.model import Finding, Status
from desktop.core.pdf import extract_page

CONTRACT = (
    'This Supply Agreement is made between Acme Widgets Inc. ("Acme") and Jane Roe, 12 Main Street. '
    'Now, therefore, the parties agree as follows. 1. Definitions. "Service Levels" means the levels in '
    "Schedule 2. 2.1 Delivery. Acme ships the Goods and Zorblax Systems inspects them; goods are insured. "
    "The Vendor Provided Equipment stays with Acme. Disputes go to the American Arbitration Association. "
    "The laws of the State of California govern. Notes. The Company pays."
)


def _pages(*texts):
    doc = pymupdf.open()
    for text in texts:
        page = doc.new_page(width=500, height=500)
        page.insert_textbox(pymupdf.Rect(20, 20, 480, 480), text, fontsize=9)
    return [extract_page(p) for p in doc]


def _find(page, text, entity_type="COMPANY", recognizer="SpacyRecognizer", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = page.text.index(text, start + 1)
    return Finding(page=page.number, start=start, end=start + len(text), entity_type=entity_type, text=text,
                   boxes=page.span_boxes(start, start + len(text)), score=0.85, recognizer=recognizer,
                   explanation={"recognizer": recognizer})


def _judged(pages, findings):
    return {(f.page, f.text): f for f in judge_and_propagate(pages, findings)}


def test_terms_headings_roles_places_and_bodies_are_suppressed_with_their_reason():
    [page] = pages = _pages(CONTRACT)
    found = [_find(page, "Acme Widgets Inc.", recognizer="CompanyRecognizer"),
             _find(page, "Jane Roe", "PERSON"), _find(page, "Acme", nth=2), _find(page, "Service Levels"),
             _find(page, "Delivery"), _find(page, "Goods"), _find(page, "Zorblax Systems"),
             _find(page, "Vendor Provided Equipment"), _find(page, "American Arbitration Association"),
             _find(page, "the State of California", "ADDRESS"), _find(page, "Notes. The Company")]
    out = _judged(pages, found)
    proposed = {t for (_p, t), f in out.items() if f.status == Status.PROPOSED}
    assert {"Acme Widgets Inc.", "Jane Roe", "Acme", "Zorblax Systems"} <= proposed
    why = {t: f.explanation["reasons"][0] for (_p, t), f in out.items() if f.status == Status.SUPPRESSED}
    # a suppressed name says which party anchor was looked for and not found
    note = f" ({NO_ANCHOR})"
    assert all(r.endswith(note) for t, r in why.items()), why
    # a place outside an address is no name but a quasi-identifier, treated by the place policy
    place = out[(0, "State of California")]  # without the article the model took in
    assert (place.status, place.entity_type, place.identifier) == (Status.PROPOSED, "PLACE", "quasi")
    # so is a public body with a name of its own (no "generic_words" here): an organisation, not a party
    body = out[(0, "American Arbitration Association")]
    assert (body.status, body.entity_type, body.identifier) == (Status.PROPOSED, "ORGANISATION", "quasi")
    assert {t: r.removesuffix(note) for t, r in why.items()} == {
        "Service Levels": "suppressed: defined term",
        "Delivery": "suppressed: heading or section title",
        "Goods": "suppressed: lower-case use elsewhere in the document",
        "Vendor Provided Equipment": "suppressed: role word",
        "Notes. The Company": "suppressed: fragment across punctuation",
    }
    assert all(f.explanation["confidence"] == CONFIDENCE["suppressed"] for f in out.values()
               if f.status == Status.SUPPRESSED)


def test_confidence_follows_the_support_and_only_anchored_names_spread():
    pages = _pages(CONTRACT, "Jane Roe and Zorblax Systems met Acme Widgets Inc. again.")
    page = pages[0]
    out = _judged(pages, [_find(page, "Acme Widgets Inc.", recognizer="CompanyRecognizer"),
                          _find(page, "Jane Roe", "PERSON"), _find(page, "Zorblax Systems")])
    assert out[(0, "Acme Widgets Inc.")].explanation["confidence"] == CONFIDENCE["party name"]
    # named right after "and" in the parties clause: a party's name, and the reasons say which anchor holds it
    assert out[(0, "Jane Roe")].explanation["reasons"] == ["party name", "a name of the parties clause"]
    assert out[(0, "Zorblax Systems")].explanation["confidence"] == CONFIDENCE["model only"]
    # the parties clause anchors Jane Roe and the legal form Acme: both spread; a model's guess does not
    assert (1, "Jane Roe") in out and (1, "Acme Widgets Inc.") in out and (1, "Zorblax Systems") not in out
    assert out[(1, "Jane Roe")].source == "propagated"
    assert out[(1, "Jane Roe")].explanation["confidence"] == CONFIDENCE["party name"]


def test_a_place_in_a_postal_address_stays():
    [page] = pages = _pages("Deliveries go to 23 Corporate Plaza Drive, Newport Beach, California 92661 daily.")
    out = _judged(pages, [_find(page, "Newport Beach", "ADDRESS"), _find(page, "California", "ADDRESS")])
    assert all(f.status == Status.PROPOSED for f in out.values())


def test_sentence_breaks_are_told_from_initials_and_abbreviations():
    assert crosses_sentence("Notes. The Company") and crosses_sentence("Delivery; Acme")
    assert not any(crosses_sentence(t) for t in ("Terrence L. Walsh", "Frank D.P. Ellis", "AT&T Corp. Ltd",
                                                 "Acme Inc. Europe", "Mr. Smith", "John B. Smith",
                                                 "Hans-J. Pieper", "Jean-P. Sartre"))
    # a reference's letter is no initial: "Exhibit B." ends its sentence
    assert crosses_sentence("Exhibit B. Notwithstanding") and crosses_sentence("Schedule A. Acme")
    assert crosses_sentence("Smith-Jones. Later") and crosses_sentence("Service. Provider")


def test_a_witness_with_a_hyphenated_initial_is_proposed():
    """"Hans-J. Pieper" after "Zeuge:" was suppressed as a fragment across punctuation ("Hans-J." read as
    a word ending a sentence), so a witness's name stayed legible in the output."""
    [page] = pages = _pages("Für die Käuferin unterzeichnet. Zeuge: Hans-J. Pieper, Seite 2 von 3")
    out = _judged(pages, [_find(page, "Hans-J. Pieper", "PERSON")])
    assert out[(0, "Hans-J. Pieper")].status == Status.PROPOSED, out[(0, "Hans-J. Pieper")].explanation


def test_unclosed_brackets_and_run_in_headings_are_fragments_but_names_in_capitals_are_not():
    assert crosses_sentence("Ex Works (Incoterms") and crosses_sentence("ENTIRE AGREEMENT This")
    assert crosses_sentence("Compliance with Laws The Customer")
    assert not any(crosses_sentence(t) for t in ("BASF Coatings GmbH", "Bank of The West", "Acme (Europe) Ltd"))


def test_a_word_in_an_email_address_is_no_lower_case_use():
    [page] = pages = _pages('Agreement between Quatalen Pharma GmbH ("Quatalen") and Jane Roe. '
                            "Quatalen pays. Write to info@quatalen.example or www.quatalen.example.")
    out = _judged(pages, [_find(page, "Quatalen Pharma GmbH", recognizer="CompanyRecognizer"),
                          _find(page, "Quatalen", nth=2)])
    assert out[(0, "Quatalen")].status == Status.PROPOSED


def test_a_document_defined_right_after_a_party_is_not_taken_for_its_short_name():
    [page] = pages = _pages(
        "Vendor shall build the network for Orbital Build Partners LLC as described in Addendum 1 "
        '(the "Build Addendum") attached hereto. Payment is due under the Build Addendum. '
        'Orbital Build Partners LLC ("Orbital") signs below. Orbital pays.')
    # the model takes the document for a place, as spaCy did on a real contract
    out = _judged(pages, [_find(page, "Orbital Build Partners LLC", recognizer="CompanyRecognizer", nth=n)
                          for n in (0, 1)] + [_find(page, "the Build Addendum", "ADDRESS")])
    proposed = {t for (_p, t), f in out.items() if f.status == Status.PROPOSED}
    assert "Orbital" in proposed  # a real short name still spreads to every use
    assert not any("Addendum" in t for t in proposed), proposed


def test_a_job_title_under_a_name_is_not_a_person():
    [page] = pages = _pages("Contacts\nMarion French\nLeiter Recht\nmarion.french@example.com\n"
                            "Brenda Humphreys\nHead of Purchasing\nVP Legal\nbrenda@example.com")
    found = [_find(page, "Marion French", "PERSON"), _find(page, "Leiter Recht", "PERSON"), _find(page, "VP Legal"),
             _find(page, "Brenda Humphreys", "PERSON"), _find(page, "Head of Purchasing", "PERSON")]
    out = _judged(pages, found)
    proposed = {t for (_p, t), f in out.items() if f.status == Status.PROPOSED}
    assert {"Marion French", "Brenda Humphreys"} <= proposed
    assert not {"Leiter Recht", "Head of Purchasing", "VP Legal"} & proposed


def test_a_role_words_possessive_is_a_role_phrase():
    from desktop.core.text.stoplist import is_role_phrase

    assert is_role_phrase("the Company’s Products") and is_role_phrase("Licensee's Materials")
    assert not is_role_phrase("Acme’s Products") and not is_role_phrase("Jane’s")


QUASI_CONTRACT = (
    'This Licence Agreement is made between Quillon Labs Inc. ("Quillon") and Brenwick GmbH. '
    'The "Reserved Field" means the field of marine coatings. Each Sublicensee shall keep the equipment '
    "in Rotterdam, England. The Equipment is insured. The engineer on site is Swedish. Work in the Reserved Field "
    "stays with the Sublicensee."
)


def test_the_models_places_and_groups_are_read_like_its_names():
    """A one-word place or group the model guesses is no quasi-identifier when it is a role word or a
    word the contract writes in lower case, and a defined term is no place; a real city and nationality are."""
    [page] = pages = _pages(QUASI_CONTRACT)
    found = [_find(page, "Quillon Labs Inc.", recognizer="CompanyRecognizer"),
             _find(page, "Sublicensee", "PLACE"), _find(page, "Rotterdam", "PLACE"), _find(page, "England", "PLACE"),
             _find(page, "Equipment", "DEMOGRAPHIC"), _find(page, "Swedish", "DEMOGRAPHIC"),
             _find(page, "the Reserved Field", "ADDRESS")]
    out = _judged(pages, found)
    state = {t: (f.status, f.entity_type) for (_p, t), f in out.items()}
    assert state["Rotterdam"] == state["England"] == (Status.PROPOSED, "PLACE")  # a known place, role list or not
    assert state["Swedish"] == (Status.PROPOSED, "DEMOGRAPHIC")
    assert state["Sublicensee"][0] == Status.SUPPRESSED
    assert state["Equipment"][0] == Status.SUPPRESSED
    assert state["the Reserved Field"] == (Status.SUPPRESSED, "ADDRESS")
    why = out[(0, "the Reserved Field")].explanation["reasons"][0]
    assert "defined term" in why


@pytest.mark.parametrize("text, reason", [
    ("Exhibit QX-2 Pricing Terms", "section reference"),  # a part of the document by its letter, whatever follows
    ("New Exhibits BB-3", "section reference"),
    ("Appendix C - Disposal", "section reference"),
    ("Anlage 4 Leistungsbeschreibung", "section reference"),
    ("Exhibition Partners", None),  # a word that merely starts like one
    ("Appendix Corp", None),  # a name, not a reference: no letter or number follows
    ("Annex Capital", None),
])
def test_a_reference_to_a_part_of_the_document_names_no_one(text, reason):
    from desktop.core.detect.judge import _document_name

    assert _document_name(text) == reason


@pytest.mark.parametrize(("street", "kept"), [
    ("Junckplatz 48, 21791 Neu-Ulm", True), ("Marienplatz 1, 80331 München", True),
    ("Augustinerweg 4, 04109 Leipzig", True), ("Mayfair Road 5, London", True),
    ("June 5, 2020", False), ("12 Sept. 2019", False)])
def test_an_address_is_suppressed_as_a_date_only_when_it_begins_with_a_month(street, kept):
    """A street that begins like a month ("Jun-ckplatz") is an address; "June 5, 2020" read as one is a date."""
    [page] = pages = _pages(f"The Seller has its seat at {street} and delivers there.")
    out = _judged(pages, [_find(page, street, "ADDRESS", recognizer="AddressRecognizer")])
    f = out[(0, street)]
    assert (f.status == Status.PROPOSED) is kept, f.explanation
    if not kept:
        assert f.explanation["reasons"][0].startswith("suppressed: number or date")


@pytest.mark.parametrize("text", ["Terrence L. Walsh", "Notes. The Company", "the Company’s Products", "Exhibit B",
                                  "  ACME  GmbH ", "The Supplier", "Ministry of Defence", "State of Delaware",
                                  "Licensee's Materials", "Ex Works (Incoterms", "jurisdiction"])
def test_the_judges_remembered_text_tests_answer_as_they_first_did(text):
    from desktop.core.detect.anchors import _key
    from desktop.core.detect.termlists import classify, fold
    from desktop.core.text.stoplist import is_role_phrase

    for test in (crosses_sentence, is_role_phrase, _key, fold, classify):
        assert test(text) == test.__wrapped__(text) == test(text)


def test_judging_with_the_document_read_once_gives_what_reading_it_for_each_step_gives():
    from desktop.core.detect.anchors import PartyAnchors
    from desktop.core.detect.judge import judge
    from desktop.core.detect.spread import spread_quasi
    from desktop.core.text.propagate import propagate

    pages = _pages(CONTRACT, "Jane Roe and Zorblax Systems met Acme Widgets Inc. again. The goods of Acme.")
    page = pages[0]
    found = [_find(page, "Acme Widgets Inc.", recognizer="CompanyRecognizer"), _find(page, "Jane Roe", "PERSON"),
             _find(page, "Zorblax Systems"), _find(page, "Goods"), _find(page, "Notes. The Company"),
             _find(page, "American Arbitration Association")]
    by_number = {p.number: p for p in pages}
    judged, trimmed = judge(by_number, found)  # each step reads the document itself
    kept = [f for f in judged + trimmed if f.status != Status.SUPPRESSED]
    anchored = PartyAnchors(by_number, found).seeds()
    spread, _ = judge(by_number, propagate(pages, kept, (), anchored), context=found)
    each_step = judged + trimmed + spread + spread_quasi(pages, judged + trimmed + spread)
    once = judge_and_propagate(pages, found)
    assert [(f, f.explanation) for f in once] == [(f, f.explanation) for f in each_step]
    assert any(f.source == "propagated" for f in once)
