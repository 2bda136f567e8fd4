"""Postal addresses are proposed whole, from house number to country, and typed right (invented addresses)."""

from __future__ import annotations

import re

import pymupdf
import pytest

from desktop.core.detect.address import AddressRecognizer
from desktop.core.detect.address_parts import STREET_WORD_RE, street_words
from desktop.core.detect.phone import PhoneRecognizer
from desktop.core.detect.spans import resolve_overlaps, result_to_dict
from desktop.core.model import EntityType, Status
from desktop.core.pdf import extract_page

# format, text, the one address in it (exactly: nothing before or after it may be taken in)
WHOLE = [
    ("US suite and ZIP+4", "Send notices to 4417 Copperfield Avenue, Suite 300, Tulsa, OK 74105-2231, United States, "
     "with a copy to counsel.", "4417 Copperfield Avenue, Suite 300, Tulsa, OK 74105-2231, United States"),
    ("US floor", "having its office at 1800 Larkspur Boulevard, 12th Floor, Denver, Colorado 80202 (the \"Seller\")",
     "1800 Larkspur Boulevard, 12th Floor, Denver, Colorado 80202"),
    ("US PO box", "Payments go to P.O. Box 88213, Boise, ID 83707. The Buyer pays within 30 days.",
     "P.O. Box 88213, Boise, ID 83707"),
    ("US compass points", "at 2716 Alder Way NE, Unit B4, Olympia, WA 98506; and", "2716 Alder Way NE, Unit B4, Olympia, WA 98506"),
    ("US without commas", "Quillon Labs LLC 880 Tamarack Drive Boulder CO 80304 Attention: Legal",
     "880 Tamarack Drive Boulder CO 80304"),
    ("UK", "registered office at Unit 4, Kestrel Court, 22 Brindley Road, Leeds LS11 5QT, United Kingdom, and",
     "Unit 4, Kestrel Court, 22 Brindley Road, Leeds LS11 5QT, United Kingdom"),
    ("German", "Ostwind Logistik GmbH, Lindenallee 17, 04109 Leipzig, Deutschland, vertreten durch",
     "Lindenallee 17, 04109 Leipzig, Deutschland"),
    ("German, Am + place", "Sitz: Am Kreuzacker 9a\n60439 Frankfurt am Main\nvertreten durch den Vorstand",
     "Am Kreuzacker 9a\n60439 Frankfurt am Main"),
    ("German PO box", "Postanschrift: Postfach 10 20 30, 70173 Stuttgart. Der Vertrag", "Postfach 10 20 30, 70173 Stuttgart"),
    ("Swiss, postcode on its own", "Alpenglow AG, Talackerstrasse 48, CH-8152, Glattbrugg, Switzerland (\"Alpenglow\")",
     "Talackerstrasse 48, CH-8152, Glattbrugg, Switzerland"),
    ("Swiss", "with seat at Gartenstrasse 5, 8002 Zürich, Schweiz. The Parties", "Gartenstrasse 5, 8002 Zürich, Schweiz"),
    ("French", "située 27 rue des Tanneurs, 69002 Lyon, France, représentée", "27 rue des Tanneurs, 69002 Lyon, France"),
    ("French, prefixed postcode", "at Chemin des Vignes, F-33210, Langon France (\"Vinovia\")",
     "Chemin des Vignes, F-33210, Langon France"),
    ("Spanish", "con domicilio en Paseo de la Castellana 259, planta 12, 28046 Madrid, España, y",
     "Paseo de la Castellana 259, planta 12, 28046 Madrid, España"),
    ("Spanish, number after comma", "en Calle Mayor, 5, 28013 Madrid, representada", "Calle Mayor, 5, 28013 Madrid"),
    ("Portuguese, campus and building", "sede na Estrada da Ribeira, Campus do Vale, Edifício C, 2790-123 Carnaxide, Portugal",
     "Estrada da Ribeira, Campus do Vale, Edifício C, 2790-123 Carnaxide, Portugal"),
    ("Portuguese", "at Avenida Dom João II, 44, Edifício Atlântico, 1990-095 Lisboa, Portugal (\"Maré\")",
     "Avenida Dom João II, 44, Edifício Atlântico, 1990-095 Lisboa, Portugal"),
    ("Dutch", "gevestigd te Keizersgracht 312-2, 1016 EZ Amsterdam, Nederland, hierna", "Keizersgracht 312-2, 1016 EZ Amsterdam, Nederland"),
    ("Dutch in capitals", "DELTAWERK B.V.    HOOFDLAAN 7    2514 AB DEN HAAG    THE NETHERLANDS    (\"DELTAWERK\")",
     "HOOFDLAAN 7    2514 AB DEN HAAG    THE NETHERLANDS"),
    ("Dutch PO box", "Correspondence: Postbus 2150, 3500 GD Utrecht\nTelephone", "Postbus 2150, 3500 GD Utrecht"),
    ("Italian, province", "con sede in Via Carlo Farini 11, 20154 Milano (MI), Italia, in persona",
     "Via Carlo Farini 11, 20154 Milano (MI), Italia"),
    ("Italian", "Corso Vittorio Emanuele II 82, 10121 Torino", "Corso Vittorio Emanuele II 82, 10121 Torino"),
    ("Canadian", "Bureau 1400, 1010 Sherbrooke West, Montreal, QC, Canada H3A 2R7 Fax",
     "Bureau 1400, 1010 Sherbrooke West, Montreal, QC, Canada H3A 2R7"),
    ("a sentence follows", "located at 815 Elmhurst Drive, Springfield, IL 62704. The Distributor shall deliver.",
     "815 Elmhurst Drive, Springfield, IL 62704"),
]


@pytest.mark.parametrize(("case", "text", "address"), WHOLE, ids=[c[0] for c in WHOLE])
def test_an_address_is_one_result_from_house_number_to_country(case, text, address):
    found = [text[r.start:r.end] for r in AddressRecognizer().analyze(text, None)]
    assert found == [address]


NOTICES = [
    ("German notice block",
     "If to the Supplier:\nBrightwater Instruments GmbH\nAttention: Dr. Ilse Marquardt, Head of Legal\n"
     "Benediktinerstraße 4\n81241 München\nGermany\nEmail: legal@brightwater.example\n\n"
     "with a copy, which shall not constitute notice, to the Buyer.",
     "Benediktinerstraße 4\n81241 München\nGermany"),
    ("US notice block",
     "If to the Company:\nOrchard Valley Foods, Inc.\nAttn: General Counsel\n2290 Riverbend Parkway, 4th Floor\n"
     "Sacramento, California 95833-4410\nFacsimile: (916) 555-0199\nEither party may change its address by notice.",
     "2290 Riverbend Parkway, 4th Floor\nSacramento, California 95833-4410"),
    ("notice block on one line",
     "Harlow Freight LLC 61 Wharf Street, Suite 9 Portland, ME 04101 Attention: Dana Whitcombe Email: dw@harlow.example",
     "61 Wharf Street, Suite 9 Portland, ME 04101"),
    ("Portuguese notice block",
     "Para a Maré:\nMaré Sistemas, S.A.\nA/C: Rui Tavares\nRua do Ouro, 102, 3.º andar\n1100-063 Lisboa\nPortugal",
     "Rua do Ouro, 102, 3.º andar\n1100-063 Lisboa\nPortugal"),
]


@pytest.mark.parametrize(("case", "text", "address"), NOTICES, ids=[c[0] for c in NOTICES])
def test_a_notice_blocks_address_lines_are_one_unit_without_the_name_lines(case, text, address):
    found = [text[r.start:r.end] for r in AddressRecognizer().analyze(text, None)]
    assert found == [address]


NOT_ADDRESSES = [
    "payment of 10000 EUR within 30 days of Section 4",
    "within 30 Business Days after the Effective Date",
    "a fee of Two Hundred Fifty Thousand U.S. Dollars",
    "LIABILITY ARISING FROM SECTION 11 OR BREACHES OF ANY LICENSE GRANT SET FORTH IN ARTICLE 2",
    "governed by the laws of Delaware, USA, without regard to",
    "dated 31 December 2019, New York",
    "Court of Justice, Luxembourg",
    "Rule 406 of the Securities Act of 1933, as amended",
    "Kingsbridge Engineering, Germany",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_numbers_and_capitalised_words_in_sentences_are_no_address(text):
    assert [text[r.start:r.end] for r in AddressRecognizer().analyze(text, None)] == []


def _item(text, part, entity_type, recognizer="SpacyRecognizer", nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "entity_type": entity_type, "recognizer": recognizer,
            "score": 0.85, "explanation": {"recognizer": recognizer}}


def _resolved(text, model_items):
    items = [result_to_dict(r) for r in AddressRecognizer().analyze(text, None)]
    items += [result_to_dict(r) for r in PhoneRecognizer().analyze(text, [EntityType.PHONE])]
    return [(text[i["start"]:i["end"]], i["entity_type"]) for i in resolve_overlaps(text, items + model_items)]


def test_a_postcode_is_never_a_phone_number():
    text = "Invoices to 4417 Copperfield Avenue, Suite 300, Tulsa, OK 74105-2231. Telephone (918) 555-0143."
    assert [r for r in PhoneRecognizer().analyze(text, [EntityType.PHONE]) if text[r.start:r.end] == "74105-2231"]
    assert _resolved(text, []) == [("4417 Copperfield Avenue, Suite 300, Tulsa, OK 74105-2231", EntityType.ADDRESS),
                                   ("(918) 555-0143", EntityType.PHONE)]


def test_a_city_the_model_takes_for_a_person_is_part_of_the_address():
    text = "Vireo Analytics AG, Talackerstrasse 48, CH-8152, Glattbrugg, Switzerland, represented by Nina Keller"
    model = [_item(text, "Glattbrugg", EntityType.PERSON), _item(text, "Talackerstrasse", EntityType.COMPANY),
             _item(text, "Nina Keller", EntityType.PERSON)]
    assert _resolved(text, model) == [("Talackerstrasse 48, CH-8152, Glattbrugg, Switzerland", EntityType.ADDRESS),
                                      ("Nina Keller", EntityType.PERSON)]


def test_a_place_the_model_found_grows_into_its_address():
    # no street word, no house number: the pattern alone would take only the postcode and city
    text = "Witness address: Menara Kembang, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia.\nSigned by"
    model = [_item(text, "Jalan Sultan Ismail", EntityType.ADDRESS), _item(text, "Kuala Lumpur", EntityType.ADDRESS)]
    assert _resolved(text, model) == [("Menara Kembang, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia",
                                       EntityType.ADDRESS)]


def test_a_name_before_the_address_stays_a_name_and_a_label_is_dropped():
    text = "Attention: Elvis Moran 8000 Pinecrest Drive, 130 S. Mount Laurel, NJ 08054 Attention: Legal"
    model = [_item(text, "Elvis Moran", EntityType.PERSON), _item(text, "NJ 08054 Attention", EntityType.COMPANY, nth=0)]
    assert _resolved(text, model) == [("Elvis Moran", EntityType.PERSON),
                                      ("8000 Pinecrest Drive, 130 S. Mount Laurel, NJ 08054", EntityType.ADDRESS)]


def test_a_place_in_a_sentence_does_not_grow_into_an_address():
    text = "This Agreement is governed by the laws of California, and the courts of San Francisco decide."
    model = [_item(text, "California", EntityType.ADDRESS), _item(text, "San Francisco", EntityType.ADDRESS)]
    # each place stays as the model found it (the judge decides on it); none grows into the sentence
    assert {t for t, _type in _resolved(text, model)} <= {"California", "San Francisco"}


@pytest.fixture(scope="module")
def pool():
    from desktop.core.detect import DetectorPool

    with DetectorPool(workers=1) as p:
        yield p


def test_a_notice_block_is_redacted_as_one_address_with_the_model(pool):
    from desktop.core.detect import detect_document

    text = ("12. Notices. Notices shall be sent to the addresses below.\nIf to the Supplier:\nKelvar Optics, Inc.\n"
            "Attention: Marcus Bell, Chief Executive Officer\n14320 NE 21st Street, Suite 11\nBellevue, Washington 98007\n"
            "United States\nIf to the Buyer:\nVireo Analytics AG\nAttention: Nina Keller\nTalackerstrasse 48\n"
            "CH-8152 Glattbrugg\nSwitzerland\nEither party may change its address by written notice.")
    doc = pymupdf.open()
    doc.new_page(width=600, height=600).insert_textbox(pymupdf.Rect(20, 20, 580, 580), text, fontsize=9)
    page = extract_page(doc[0])
    findings = [f for f in detect_document([page], pool) if f.status == Status.PROPOSED]
    for address in ("14320 NE 21st Street, Suite 11 Bellevue, Washington 98007 United States",
                    "Talackerstrasse 48 CH-8152 Glattbrugg Switzerland"):
        # the page text joins a block's lines with spaces or line breaks, as the layout has it
        start, end = re.search(r"\s+".join(map(re.escape, address.split())), page.text).span()
        [whole] = [f for f in findings if f.entity_type == EntityType.ADDRESS and f.start <= start and end <= f.end]
        assert "Attention" not in whole.text and "Either" not in whole.text and "Keller" not in whole.text, whole.text
        assert not [f.text for f in findings if f.entity_type != EntityType.ADDRESS and f.start < end and start < f.end]


@pytest.mark.parametrize(("text", "address"), [
    ("Notices to Tekqua GmbH, Höfigring 47, 74031 Borken, e-mail legal@tekqua.de.", "Höfigring 47, 74031 Borken"),
    ("Registered office: Zuidas 477, 1099 DM Amsterdam, Netherlands.", "Zuidas 477, 1099 DM Amsterdam, Netherlands"),
])
def test_a_one_word_street_is_read_when_a_postcode_and_its_place_follow(text, address):
    from desktop.core.detect.address_grammar import find_addresses

    assert [text[p[0].start:p[-1].end] for p in find_addresses(text)] == [address]


@pytest.mark.parametrize("text", ["See Section 5, 10115 Berlin applies.", "Telephone 47, 74031 Borken",
                                  "Invoice 4711, 1099 DM"])
def test_a_word_and_a_number_before_a_postcode_need_the_place(text):
    from desktop.core.detect.address_grammar import find_addresses

    assert not any("Section" in text[p[0].start:p[-1].end] or "Telephone" in text[p[0].start:p[-1].end]
                   or "Invoice" in text[p[0].start:p[-1].end] for p in find_addresses(text))


# Street words next to one another, in other cases, inside compounds and beside characters that case-blind
# matching reads as other letters ("ſ" as "s", "ı" and "İ" as "i")
STREET_WORD_TEXTS = [
    "non-Hauptstraße 5", "Main St. and Elm St", "C/ Mayor 3, 28013 Madrid", "MAIN STREET 4", "main street",
    "Hauptstr.-Ring 2", "Hauptstr.-ring", "Am Mittleren-Ring", "Engineering and Offering", "during the contract",
    "Rd.Rd", "x.Road", "Gartenstrasse/Lindenallee", "GARTENSTRASSE", "Wegweg weg", "Travesía 3, Calçada 4",
    "rue\u00a0de la Paix", "Allée des Vignes\tBoulevard", "HAUPTSTRAẞE 1", "Hauptſtraße 1", "Straſſe", "Vıa Roma",
    "İmpasse 2", "Sq.uare Row_Row Row-Row", "Ct/Ct.Ct", "Praça-Largo", "Grünweg,Steinweg;Kirchweg", "",
    "a st. b St.c -ring --weg", "Nieuwe Kade 3 / Korte Laan\nStadhuisplein 1",
]


@pytest.mark.parametrize("text", STREET_WORD_TEXTS)
def test_street_words_are_found_as_the_pattern_finds_them(text):
    assert [m.span() for m in street_words(text)] == [m.span() for m in STREET_WORD_RE.finditer(text)]


def test_street_words_are_found_in_a_page_as_the_pattern_finds_them():
    # without "ſ", "ı" and "İ", which send a page to the pattern alone
    texts = [t for t in STREET_WORD_TEXTS if not re.search("[\u0130\u0131\u017f]", t)]
    page = " ".join(texts) + "\n" + "\n".join(t.upper() for t in texts)
    assert [m.span() for m in street_words(page)] == [m.span() for m in STREET_WORD_RE.finditer(page)]
    assert len(list(street_words(page))) > 60


def test_case_blind_street_word_letters_are_their_lower_case_but_for_three_characters():
    from desktop.core.detect.address_parts import _STREET_WORD_ENDINGS, _UNLIKE_THEIR_LOWER_CASE
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    unlike = {c for letter in set("".join(_STREET_WORD_ENDINGS))
              for c in re.findall(re.escape(letter), every, re.IGNORECASE) if c.lower() != letter}
    assert unlike == set(_UNLIKE_THEIR_LOWER_CASE.pattern.strip("[]"))
    assert [c for c in every if len(c.lower()) != 1] == ["\u0130"]
    word = re.compile(r"\w")
    assert not [c for c in every if bool(word.match(c)) != bool(word.match(c.lower()[0]))]


def test_an_address_is_read_from_every_start_an_anchor_follows_within_reach():
    from desktop.core.detect.address_grammar import _REACH, _START, _anchored, _anchored_starts

    filler = "The Parties agree. " * 20  # longer than the reach: two anchors' stretches apart
    page = ("Send notices to 4417 Copperfield Avenue, Suite 300, Tulsa, OK 74105. " + filler
            + "Lindenallee 17, 04109 Leipzig, Deutschland\n" + filler + "Am Kreuzacker 9a " + filler[:200] + "United States")
    for text in (page, page[:300], filler, "", "Avenue", "12345"):
        everywhere = [m.start() for m in _START.finditer(text) if _anchored(text, m.start(), m.start() + _REACH)]
        assert list(_anchored_starts(text)) == everywhere
    assert len(list(_anchored_starts(page))) > 10
