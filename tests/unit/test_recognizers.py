"""Each contract recognizer on positive and negative examples (table-driven, no spaCy needed)."""

from __future__ import annotations

import pytest

from desktop.core.detect.address import AddressRecognizer
from desktop.core.detect.company import CompanyRecognizer
from desktop.core.detect.envelope_id import EnvelopeIdRecognizer
from desktop.core.detect.iban import IbanRecognizer
from desktop.core.detect.phone import PhoneRecognizer
from desktop.core.detect.register_number import RegisterNumberRecognizer
from desktop.core.detect.vat_id import VatIdRecognizer
from devkit.known_parties import KnownPartiesRecognizer

CASES = [
    # recognizer, text, expected substrings (empty: nothing may be found)
    (EnvelopeIdRecognizer, "Docusign Envelope ID: 4F1C2A3B-1111-2222-3333-444455556666",
     ["4F1C2A3B-1111-2222-3333-444455556666"]),
    (EnvelopeIdRecognizer, "Adobe Sign Transaction ID: CBJCHBCAABAA5x2kVn0aT", ["CBJCHBCAABAA5x2kVn0aT"]),
    (EnvelopeIdRecognizer, "Section 4.2 of the Agreement dated 2020-01-01", []),
    (CompanyRecognizer, "between ACME WIDGETS, INC., a Delaware corporation, and", ["ACME WIDGETS, INC."]),
    (CompanyRecognizer, "Müller & Söhne GmbH & Co. KG, Berlin", ["Müller & Söhne GmbH & Co. KG"]),
    (CompanyRecognizer, "Beispiel UG (haftungsbeschränkt), vertreten durch", ["Beispiel UG (haftungsbeschränkt)"]),
    (CompanyRecognizer, "The Supplier Hansen Logistik SE shall deliver", ["Hansen Logistik SE"]),
    (CompanyRecognizer, "Mutual Insurance Corporation of America", ["Mutual Insurance Corporation of America"]),
    (CompanyRecognizer, "Ellis Robotics S.A.S. and Van Dijk B.V. and Rossi S.p.A.",
     ["Ellis Robotics S.A.S.", "Van Dijk B.V.", "Rossi S.p.A."]),
    (CompanyRecognizer, "AGAPE ATP INTERNATIONAL HOLDING LIMITED", ["AGAPE ATP INTERNATIONAL HOLDING LIMITED"]),
    (CompanyRecognizer, "Prepared by Kelly\n& White Corp. for the Buyer", ["Kelly\n& White Corp."]),
    (CompanyRecognizer, "the Bank of\nAmerica Corp., as agent", ["Bank of\nAmerica Corp."]),
    (CompanyRecognizer, "Attention: Jane Roe\nAcme Widgets Inc.", ["Acme Widgets Inc."]),  # another field above
    (CompanyRecognizer, "a loan from Bank of America Corporation, as agent", ["Bank of America Corporation"]),
    (CompanyRecognizer, "Für Baldwin Networks B.V.\nName: Eva Roth", ["Baldwin Networks B.V."]),
    (CompanyRecognizer, "The Bank of New York Mellon Corporation, as trustee", ["Bank of New York Mellon Corporation"]),
    (CompanyRecognizer, "any Affiliate of Acme Corp. and the Company and Beta Inc.", ["Acme Corp.", "Beta Inc."]),
    (CompanyRecognizer, "KELLY & WHITE CORP. and ARENVERG WIDGETS S.A. agree", ["KELLY & WHITE CORP.", "ARENVERG WIDGETS S.A."]),
    (CompanyRecognizer, "Organic Preparations INC. & Agape ATP Holding Limited",
     ["Organic Preparations INC.", "Agape ATP Holding Limited"]),
    (CompanyRecognizer, "The Company shall, as a Delaware corporation, pay", []),
    (CompanyRecognizer, "FAILURE OF AN ESSENTIAL PURPOSE OF ANY LIMITED REMEDY", []),
    # the words before a legal form belong to the name, a role-list word that opens names included
    (CompanyRecognizer, "between Norvale Brightline SA, a company", ["Norvale Brightline SA"]),
    (CompanyRecognizer, "and Koorong « Pty » Ltd, a company, and Tallis (Pty) Ltd", ["Koorong « Pty » Ltd",
                                                                                 "Tallis (Pty) Ltd"]),
    (CompanyRecognizer, "General Rotor Corporation and Data Quarry Ltd. agree", ["General Rotor Corporation",
                                                                               "Data Quarry Ltd."]),
    (CompanyRecognizer, "Rua Aurea SpA, Banco Tejo Lda. and Velaris Sàrl", ["Rua Aurea SpA", "Banco Tejo Lda.",
                                                                          "Velaris Sàrl"]),
    (RegisterNumberRecognizer, "Amtsgericht Charlottenburg, HRB 12345 B", ["HRB 12345 B"]),
    (RegisterNumberRecognizer, "eingetragen im Vereinsregister VR 4711", ["VR 4711"]),
    (RegisterNumberRecognizer, "registered under company number 02978274", ["02978274"]),
    (RegisterNumberRecognizer, "RCS Paris 626 918 586 and KvK 34437781", ["RCS Paris 626 918 586", "KvK 34437781"]),
    (RegisterNumberRecognizer, "Bellburgh, PR 56877", []),
    (VatIdRecognizer, "USt-IdNr.: DE 123 456 789", ["DE 123 456 789"]),
    (VatIdRecognizer, "VAT ID ATU48470611 and NL922191441B80", ["ATU48470611", "NL922191441B80"]),
    (VatIdRecognizer, "invoice DE-2020 of 12 May", []),
    (PhoneRecognizer, "Tel.: +49 (0)30 1234-5678", ["+49 (0)30 1234-5678"]),
    (PhoneRecognizer, "Telefon 030 12345678", ["030 12345678"]),
    (PhoneRecognizer, "telephone (415) 555-7329, fax +44 20 7946 0958", ["(415) 555-7329", "+44 20 7946 0958"]),
    (PhoneRecognizer, "am 02.06.2019 zahlbar 16.487,00 EUR", []),
    (IbanRecognizer, "IBAN: DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    (IbanRecognizer, "IBAN: DE89 3704 0044 0532 0130 01", []),  # wrong check digits
    (AddressRecognizer, "ACME GmbH, Hauptstraße 5, 10115 Berlin, vertreten", ["Hauptstraße 5, 10115 Berlin"]),
    (AddressRecognizer, "at 1200 Main Street, Suite 400, Springfield, IL 62701 (the",
     ["1200 Main Street, Suite 400, Springfield, IL 62701"]),
    (AddressRecognizer, "in 113 Sheila Knolls, Parkerhaven L47 5TD, United Kingdom, eingetragen",
     ["113 Sheila Knolls, Parkerhaven L47 5TD, United Kingdom"]),
    (AddressRecognizer, "Herengracht 116, 1058 MH Amsterdam, Netherlands", ["Herengracht 116, 1058 MH Amsterdam, Netherlands"]),
    (AddressRecognizer, "Am Markt 3\n80331 München", ["Am Markt 3\n80331 München"]),
    (AddressRecognizer, "payment of 10000 EUR within 30 days of Section 4", []),
]


@pytest.mark.parametrize(("recognizer", "text", "expected"), CASES,
                         ids=[f"{c[0].__name__}-{i}" for i, c in enumerate(CASES)])
def test_recognizer(recognizer, text, expected):
    found = [text[r.start:r.end] for r in recognizer().analyze(text, None)]
    if not expected:
        assert found == []
    for want in expected:
        assert want in found


@pytest.mark.parametrize(("text", "expected"), [
    ("ACME WIDGETS  INC. pays acme widgets inc.", ["ACME WIDGETS  INC.", "acme widgets inc."]),
    ("Jane\u00a0Doe and JANE\nDOE", ["Jane\u00a0Doe", "JANE\nDOE"]),
    ("Janet Doe-Smith is not Jane Doe", ["Jane Doe"]),
])
def test_known_parties_any_case_and_spacing(text, expected):
    rec = KnownPartiesRecognizer(["ACME Widgets Inc.", "Jane Doe"])
    assert [text[r.start:r.end] for r in rec.analyze(text, None)] == expected
