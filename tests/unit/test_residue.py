"""The residue check: what still looks identifying after redaction is listed, grouped and decided (texts invented)."""

from __future__ import annotations

import pytest

from desktop.core.residue.finder import find_residue, masked

# (page text, what must be listed as (kind, text)); every text here is made up for the test.
LISTED = [
    ("This agreement is signed by Zorbatek Quendrith on behalf of the Supplier.",
     [("name", "Zorbatek Quendrith")]),
    ("Payments quote the customer reference 48213977 on every invoice.", [("ID number", "48213977")]),
    ("Envelope 7C1D9A0B-22F4-4E1A-9B3C-55D0E6F1A2B3 was completed.",
     [("ID number", "7C1D9A0B-22F4-4E1A-9B3C-55D0E6F1A2B3")]),
    ("Questions go to mira.holtvang@quellbrook-systems.com before the deadline.",
     [("e-mail", "mira.holtvang@quellbrook-systems.com")]),
    ("Our portal at www.quellbrook-systems.com lists the prices.", [("web address", "www.quellbrook-systems.com")]),
    ("Tel.: +49 30 9876 5432, available on working days.", [("phone", "+49 30 9876 5432")]),
    ("Registered at the local court under HRB 771203 since then.", [("register or tax number", "HRB 771203")]),
    ("Deliveries go to 4417 Larkspur Avenue, Tolvenbury, OR 97531 by truck.",
     [("street address", "4417 Larkspur Avenue"), ("place", "Tolvenbury"), ("postcode", "97531")]),
    ("Sitz der Gesellschaft:\n12345 Murrhardtingen", [("postcode", "12345"), ("place", "Murrhardtingen")]),
    ("By: /s/ Ann Lee\nTitle: Chief Executive Officer", [("signature name", "Ann Lee")]),
    ("vertreten durch den Geschäftsführer Hans Roth, nachfolgend", [("signature name", "Hans Roth")]),
]

# Text that identifies no one: role words, defined terms, headings, section references, amounts and dates.
NOT_LISTED = [
    "12. Confidential Information. The Receiving Party shall protect the Disclosing Party's information.",
    "WHEREAS, the Supplier wishes to supply the Products (the \"Licensed Products\") to the Customer;",
    "IN WITNESS WHEREOF the Parties have executed this Agreement as of the Effective Date.",
    "As set out in Section 4.2(b) and Exhibit C, Schedule 3 applies.",
    "The Licensee shall pay $1,250,000.00 on 31 December 2024 and EUR 4.500,00 by 2024-12-31.",
    "ARTICLE VII - INDEMNIFICATION AND LIMITATION OF LIABILITY",
    "Severability. If any provision is held invalid, the remaining provisions are unaffected.",
    "Die Vereinbarung über Abschlagszahlungen gilt für die Dauer von zwölf Monaten.",
    "Governed by the laws of the State of Delaware and the General Data Protection Regulation.",
]


@pytest.mark.parametrize("text, expected", LISTED)
def test_what_still_looks_identifying_is_listed(text, expected):
    groups = find_residue([(0, text)])
    assert [(g.kind, g.text) for g in groups] == expected


@pytest.mark.parametrize("text", NOT_LISTED)
def test_role_words_headings_and_references_are_not_listed(text):
    assert find_residue([(0, text)]) == []


def test_a_confirmed_findings_text_is_not_listed_but_the_same_word_elsewhere_is_unless_redacted_anyway():
    text = "Zorbatek Quendrith signs. Later Zorbatek Quendrith pays."
    covered = [(0, 0, 18)]  # the first occurrence is a confirmed finding
    groups = find_residue([(0, text)], covered)
    assert [(g.text, g.count, g.occurrences[0].start) for g in groups] == [("Zorbatek Quendrith", 1, 32)]
    # the verifier's loop removes every occurrence of a redacted text at export: not residue
    assert find_residue([(0, text)], covered, redacted=["Zorbatek Quendrith"]) == []


def test_groups_fold_case_and_spacing_and_count_pages():
    pages = [(0, "Signed for ZELLMORANT VENTURES today."), (2, "Zellmorant  Ventures agrees."),
             (3, "Zellmorant Ventures’s duties.")]
    [group] = find_residue(pages)
    assert (group.key, group.count, group.pages, group.kind) == ("zellmorant ventures", 3, (1, 3, 4), "name")


def test_a_rejected_or_masked_span_never_joins_its_neighbours():
    text = masked("Ann Zorbatek Quendrith", [(4, 12)])
    assert [g.text for g in find_residue([(0, text)])] == ["Quendrith"]
