"""A party's name beats every suppression rule: names the parties clause, a signature block or the
registry ties to a party are proposed at every occurrence (capitals, possessive, line-broken), and a
rule that suppresses a name says which anchor it found absent. The texts are invented."""

from __future__ import annotations

import re

import pymupdf
import pytest

from desktop.core.detect.anchors import NO_ANCHOR, PartyAnchors
from desktop.core.model import Finding, Status
from desktop.core.pdf import extract_page

pytestmark = pytest.mark.slow  # runs the spaCy model on every case

# (case, pages of the contract, names that must be proposed wherever they occur, linked-party terms)
CASES = [
    ("trade name with a hereinafter short name, used in capitals, possessive and broken over a line",
     ['This Distribution Agreement is entered into by and between Harbor Lantern Supply Company, Inc. d/b/a '
      'BLUE KESTREL OUTFITTERS (hereinafter referred to as "BLUE KESTREL OUTFITTERS"), a Delaware corporation, '
      'and Meridian Foods LLC ("Meridian").',
      "1. Orders. BLUE KESTREL OUTFITTERS shall place orders monthly. Meridian confirms them. BLUE KESTREL "
      "OUTFITTERS' forecasts are binding for one month.\n2. Payment. Blue Kestrel Outfitters's invoices are due "
      "in thirty days. Payment to BLUE\nKESTREL OUTFITTERS is made by transfer. BLUE KESTREL OUTFITTERS may "
      "audit the records once a year."],
     ["BLUE KESTREL OUTFITTERS", "Harbor Lantern Supply Company, Inc."], ()),
    ("one-word trade name in capitals, defined in quotes (a 'technical term' to the acronym rule)",
     ['This Agreement is made between Tidewater Parcel Group, Inc. trading as QUILLMARK (hereinafter '
      '"QUILLMARK") and Osprey Freight Ltd. ("Osprey").',
      "QUILLMARK ships the goods. Osprey pays QUILLMARK within ten days. QUILLMARK's liability is capped."],
     ["QUILLMARK", "Tidewater Parcel Group, Inc."], ()),
    ("a company named with two ordinary words, described as a corporation",
     ['This Services Agreement is made between Morning Bridge, a California limited liability company '
      '("Morning Bridge"), and Brightwater Analytics Ltd. ("Brightwater").',
      "Morning Bridge shall deliver the reports. Brightwater reviews them. Morning Bridge keeps the data for "
      "two years and Morning Bridge may use subcontractors."],
     ["Morning Bridge"], ()),
    ("a name that starts with 'The', described as a Nevada corporation",
     ["This Marketing Agreement is made between The Right Choice, a Nevada Corporation, and Calder Print "
      "Services Inc., a Texas corporation.",
      "The Right Choice shall run the campaign. Calder Print Services Inc. prints the material and pays Right "
      "Choice within ten days.\n\n"
      "THE RIGHT CHOICE\nBy: /s/ Alma Reyes\nName: Alma Reyes\nTitle: President"],
     ["The Right Choice", "Right Choice", "Alma Reyes"], ()),
    ("signatories whose surnames are common words",
     ['This Supply Agreement is made between Kestrel Labs Ltd. ("Kestrel") and Varden Optics Inc. ("Varden").',
      "Kestrel delivers the lenses to Varden.\n\nKESTREL LABS LTD.\nBy: /s/ Daniel Church\nName: Daniel Church\n"
      "Title: Chief Executive Officer\n\nVARDEN OPTICS INC.\nBy: /s/ Laura Hill\nName: Laura Hill\nTitle: CFO"],
     ["Daniel Church", "Laura Hill", "Kestrel Labs Ltd.", "Varden Optics Inc."], ()),
    ("a company name with a full stop inside",
     ["This License Agreement is made between LUMEN ETC. USA, INC., a Delaware corporation, and Parr & Oake "
      "Ltd., a company incorporated in England.",
      "LUMEN ETC. USA, INC. grants the license. Parr & Oake Ltd. pays the royalty to LUMEN ETC. USA, INC."],
     ["LUMEN ETC. USA, INC."], ()),
    ("the words before SA and Pty Ltd belong to the name, also when it wraps",
     ["This Framework Agreement is made between Norvale Brightline SA, a company organised under the laws of "
      "Switzerland, and Koorong « Pty » Ltd, a company registered in Australia.",
      "Norvale Brightline SA provides the platform. Koorong « Pty » Ltd resells it. Each quarter, the reseller "
      "reports sales to Norvale\nBrightline SA in writing."],
     ["Norvale Brightline SA", "Koorong « Pty » Ltd"], ()),
    ("a German contract: the representative after 'vertreten durch' and the company after 'für'",
     ["Dieser Vertrag wird geschlossen zwischen der Feldmark Logistik GmbH, vertreten durch den Geschäftsführer "
      "Herrn Konrad Baum, und der Seewind Handel AG, vertreten durch den Vorstand Frau Ilse Sommer. Die "
      "Feldmark Logistik GmbH liefert die Ware an die Seewind Handel AG.",
      "Konrad Baum ist Ansprechpartner für alle Fragen.\n\nfür die Feldmark Logistik GmbH\nKonrad Baum\n\n"
      "für die Seewind Handel AG\nIlse Sommer"],
     ["Konrad Baum", "Ilse Sommer", "Feldmark Logistik GmbH", "Seewind Handel AG"], ()),
    ("a linked party's name and alias from the registry",
     ["This Hosting Agreement is made between the Customer and the Provider named in Schedule 1.",
      '"PLX" means the platform the Provider runs. PLX hosts the servers. The Customer pays Pinecrest Ledger '
      "monthly. PLX may suspend the service."],
     ["PLX", "Pinecrest Ledger"], ("Pinecrest Ledger", "PLX")),
]


def _pages(texts):
    """One page per text, each of its lines a text block of its own (as a signature block's lines are)."""
    doc = pymupdf.open()
    for text in texts:
        page = doc.new_page(width=520, height=800)
        y = 20
        for line in text.split("\n"):
            height = (len(line) // 90 + 1) * 12 + 4
            if line:
                assert page.insert_textbox(pymupdf.Rect(20, y, 500, y + height), line, fontsize=9) >= 0
            y += height + 6
    return [extract_page(p) for p in doc]


@pytest.fixture(scope="module")
def pool():
    from desktop.core.detect import DetectorPool

    with DetectorPool(workers=1) as p:
        yield p


def _uncovered(pages, findings, name):
    """Occurrences of `name` (any case, any whitespace) with a character under no proposed finding."""
    kept = [f for f in findings if f.status == Status.PROPOSED and f.start >= 0]
    regex = re.compile(r"\s+".join(map(re.escape, name.split())), re.IGNORECASE)
    out, total = [], 0
    for page in pages:
        covered = {i for f in kept if f.page == page.number for i in range(f.start, f.end)}
        for m in regex.finditer(page.text):
            total += 1
            if any(i not in covered for i in range(m.start(), m.end()) if not page.text[i].isspace()):
                out.append((page.number, page.text[m.start():m.end()]))
    return out, total


@pytest.mark.parametrize("case,texts,names,known", CASES, ids=[c[0] for c in CASES])
def test_a_partys_name_is_proposed_wherever_it_occurs(pool, case, texts, names, known):
    from desktop.core.detect import detect_document

    pages = _pages(texts)
    findings = detect_document(pages, pool, known_parties=known)
    for name in names:
        missed, total = _uncovered(pages, findings, name)
        assert total >= 1, name
        assert not missed, (name, missed, [(f.text, f.status, f.explanation.get("reasons")) for f in findings])


def _guess(page, text, entity_type="COMPANY", recognizer="SpacyRecognizer", **explanation):
    start = page.text.index(text)
    return Finding(page=page.number, start=start, end=start + len(text), entity_type=entity_type, text=text,
                   boxes=page.span_boxes(start, start + len(text)), score=0.85, recognizer=recognizer,
                   explanation={"recognizer": recognizer, **explanation})


def test_a_suppressed_name_says_which_anchor_it_lacked_and_a_partys_name_which_holds_it():
    from desktop.core.detect import judge_and_propagate

    [page] = pages = _pages(['This Agreement is made between Orrin Vale Ltd. ("Orrin") and Sable Point Inc. '
                             '("Golden Harvest"). "Service Credits" means the credits in Schedule 2. Golden Harvest '
                             "and Orrin agree on Service Credits monthly."])
    found = [_guess(page, "Orrin Vale Ltd.", recognizer="CompanyRecognizer"), _guess(page, "Service Credits"),
             _guess(page, "Sable Point Inc.", recognizer="CompanyRecognizer")]
    out = {f.text: f for f in judge_and_propagate(pages, found)}
    reasons = out["Service Credits"].explanation["reasons"]
    assert out["Service Credits"].status == Status.SUPPRESSED
    assert reasons == [f"suppressed: defined term ({NO_ANCHOR})"]
    assert out["Orrin"].status == Status.PROPOSED
    assert out["Orrin Vale Ltd."].explanation["reasons"] == ["party name", "a name of the parties clause"]
    # a short name that shares nothing with its owner is no proof of a party: a defined term stays one
    assert "Golden Harvest" not in out or out["Golden Harvest"].status == Status.SUPPRESSED


ANCHOR_CASES = [
    # (text, names anchored, names not anchored)
    ('by and between Alder Cove Holdings, Inc. d/b/a CEDAR MILL BAKERY (hereinafter referred to as "Cedar Mill") '
     'and the Customer.', {"Cedar Mill", "CEDAR MILL BAKERY", "Alder Cove Holdings, Inc."}, {"Customer"}),
    ('between Quarry Stone Inc. ("Bottler") and Jane Roe, an individual residing in Ohio.',
     {"Jane Roe", "Quarry Stone Inc."}, {"Bottler"}),
    ("IN WITNESS WHEREOF the parties sign.\nLICENSEE:\nFENWICK ROW LIMITED\nBy: ______\nName: Petra Lindqvist\n"
     "Title: Director", {"FENWICK ROW LIMITED", "Petra Lindqvist"}, {"Licensee", "Director"}),
    ("Product Name:\tAgreed Quantity of Units per year", set(), {"Agreed Quantity"}),
    ("By: /s/ Authorized Signatory", set(), {"Authorized Signatory"}),
    # a name described by its seat or by being a person
    ("PARTIES\n(1) Halden Rook Ventures SA, whose registered office is at Rue du Lac 4, Geneva; and\n"
     "(2) Tamsin Oake, an Individual, and Brask Mølle ApS, incorporated in Denmark.",
     {"Halden Rook Ventures SA", "Tamsin Oake", "Brask Mølle ApS"}, {"Geneva"}),
    # a title and one surname, or a date, is no signer's name
    ("The applicant was represented by Mr Hanau, a lawyer, on 15 December 2002.", set(), {"Mr Hanau", "Hanau"}),
    # a one-word short name the contract also writes in lower case is a word ("the racing team")
    ('between Marlow Motor Group, Ltd. dba Marlow Racing ("Racing") and the Sponsor. Racing runs the racing team.',
     {"Marlow Racing", "Marlow Motor Group, Ltd."}, {"Racing"}),
]


@pytest.mark.parametrize("text,anchored,not_anchored", ANCHOR_CASES)
def test_what_ties_a_name_to_a_party(text, anchored, not_anchored):
    [page] = _pages([text])
    anchors = PartyAnchors({0: page}, ())
    assert all(anchors.anchor_of(n) for n in anchored), {n: anchors.anchor_of(n) for n in anchored}
    assert not any(anchors.anchor_of(n) for n in not_anchored), {n: anchors.anchor_of(n) for n in not_anchored}


def test_a_domain_made_of_a_partys_name_is_that_party():
    from desktop.core.detect import judge_and_propagate

    [page] = pages = _pages(["This Agreement is made between Wrenfield Analytics Ltd. and the Customer. Orders go "
                             "to wrenfieldanalytics.com, questions to help@wrenfield-analytics.co.uk."])
    guess = _guess(page, "wrenfieldanalytics.com")
    [judged] = [f for f in judge_and_propagate(pages, [guess]) if f.text == "wrenfieldanalytics.com"]
    assert judged.status == Status.PROPOSED and judged.explanation["reasons"][0] == "party name"
    anchors = PartyAnchors({0: page}, ())
    assert anchors.anchor_of("help@wrenfield-analytics.co.uk") is not None


# (contract text, the candidate, its type, recognizer, model flags): each would fall to a suppression
# rule (common words, defined term, fragment across punctuation, technical term) but names a party.
JUDGED = [
    ("This Agreement is made between Morning Bridge, a California limited liability company, and Calder "
     "Print Services Inc. Morning Bridge delivers the reports.", "Morning Bridge", "COMPANY", "SpacyRecognizer",
     {"generic_words": True}, 1),
    ('This Agreement is made between Harbor Lantern Supply Company, Inc. d/b/a BLUE KESTREL OUTFITTERS '
     '(hereinafter referred to as "BLUE KESTREL OUTFITTERS") and Meridian Foods LLC. BLUE KESTREL OUTFITTERS '
     "orders monthly.", "BLUE KESTREL OUTFITTERS", "COMPANY", "SpacyRecognizer", {}, 2),
    ('This Agreement is made between Tidewater Parcel Group, Inc. trading as QUILLMARK (hereinafter "QUILLMARK") '
     "and Osprey Freight Ltd. QUILLMARK ships the goods.", "QUILLMARK", "COMPANY", "SpacyRecognizer", {}, 2),
    ("This License Agreement is made between LUMEN ETC. USA, INC., a Delaware corporation, and Parr & Oake Ltd.",
     "LUMEN ETC. USA, INC.", "COMPANY", "CompanyRecognizer", {}, 0),
    ("Kestrel delivers the lenses.\nVARDEN OPTICS INC.\nBy: /s/ Laura Hill\nName: Laura Hill\nTitle: CFO",
     "Laura Hill", "COMPANY", "SpacyRecognizer", {"generic_words": True}, 1),
]


@pytest.mark.parametrize("text,name,entity_type,recognizer,flags,nth", JUDGED)
def test_no_suppression_rule_hides_a_partys_name(text, name, entity_type, recognizer, flags, nth):
    from desktop.core.detect import judge_and_propagate

    [page] = pages = _pages([text])
    start = -1
    for _ in range(nth + 1):
        start = page.text.index(name, start + 1)
    guess = Finding(page=0, start=start, end=start + len(name), entity_type=entity_type, text=name,
                    boxes=page.span_boxes(start, start + len(name)), score=0.85, recognizer=recognizer,
                    explanation={"recognizer": recognizer, **flags})
    [judged] = [f for f in judge_and_propagate(pages, [guess]) if (f.start, f.end) == (start, guess.end)
                and f.recognizer == recognizer]
    assert judged.status == Status.PROPOSED, judged.explanation["reasons"]
    assert judged.explanation["reasons"][0] == "party name"


def test_a_linked_partys_terms_and_e_mail_domain_are_anchored_as_the_registry_gives_them():
    [page] = _pages(["Write to the Provider at www.pinecrest-ledger.io; e.l.f. studio answers."])
    anchors = PartyAnchors({0: page}, (), known_parties=("e.l.f. studio", "ops@pinecrest-ledger.io"))
    assert anchors.anchor_of("e.l.f. studio").origin == "linked party"  # no rule second-guesses the registry
    assert "linked party" in anchors.anchor_of("www.pinecrest-ledger.io").origin
    assert anchors.anchor_of("www.example.io") is None


@pytest.mark.parametrize("text", ["ACME INC.\n\nBy: ____", "ACME INC.  BY :", "Acme\tby\n:", "ACME\n  bY\t:\tJane",
                                  "Name: Jane Roe", "Stand by: none", "by the parties", ""])
def test_a_page_without_by_and_a_colon_has_no_by_line(text):
    from desktop.core.detect.anchors import _BY_COLON, _BY_LINE

    assert not _BY_LINE.search(text) or _BY_COLON.search(text)
