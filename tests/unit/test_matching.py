"""Matching a document's party names to the registry: exact, aliases, legal forms, e-mail; and linking."""

import pytest

from desktop.core.consent import Candidate, Party, Role, match_party, propose_links
from desktop.core.consent.linking import NOT_A_PARTY_NOTE, clause_companies, link_document
from desktop.core.model import Finding
from desktop.core.text.terms import normalise_name

SAME = [
    ("Acme GmbH", "ACME G.m.b.H."),
    ("Acme Widgets, Inc.", "ACME WIDGETS INCORPORATED"),
    ("Globex Ltd", "Globex Limited"),
    ("Initech Corp.", "Initech Corporation"),
    ("Müller Gesellschaft mit beschränkter Haftung", "Mueller".replace("ue", "ü") + " GmbH"),
    ("  Smith  &  Sons  Co. ", "Smith and Sons Company"),
    ("O'Neil Holdings plc", "ONeil Holdings public limited company"),
]
DIFFERENT = [("Acme GmbH", "Acme AG"), ("Acme Inc.", "Acme Ltd"), ("Company Holdings", "Co Holdings")]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_names_that_mean_the_same_company_normalise_alike(a, b):
    assert normalise_name(a) == normalise_name(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_legal_forms_stay_different(a, b):
    assert normalise_name(a) != normalise_name(b)


REGISTRY = [
    Party("Acme Widgets GmbH", aliases=("ACME",), email="legal@acme.example", id=1),
    Party("Northwind Traders, Inc.", id=2),
    Party("Maria Schmidt", kind="person", email="maria@example.org", id=3),
    Party("Globex Ltd", id=4),
    Party("Globex AG", id=5),
]

MATCHES = [
    ("Acme Widgets GmbH", 1, "exact"),
    ("ACME WIDGETS G.m.b.H.", 1, "legal-form"),
    ("Acme", 1, "alias"),
    ("legal@ACME.example", 1, "e-mail"),
    ("NORTHWIND TRADERS INCORPORATED", 2, "legal-form"),
    ("Northwind Traders", 2, "name-without-legal-form"),
    ("maria schmidt", 3, "legal-form"),
    ("Globex", None, "new"),  # two registry parties share the name: no guess
    ("Umbrella Corp.", None, "new"),
]


@pytest.mark.parametrize(("name", "party_id", "method"), MATCHES)
def test_match_party(name, party_id, method):
    party, how = match_party(name, REGISTRY)
    assert (party.id if party else None, how) == (party_id, method)


def test_propose_links_gives_one_proposal_per_party_and_keeps_the_first_role():
    out = propose_links([Candidate("ACME WIDGETS GMBH", Role.CONTRACTING, "parties-clause"),
                         Candidate("Acme", Role.OTHER, "detection"),
                         Candidate("Umbrella Corp.", Role.CONTRACTING, "parties-clause"),
                         Candidate("UMBRELLA CORPORATION", Role.CONTRACTING, "detection")], REGISTRY)
    assert [(p.party.id if p.party else p.candidate.name, p.candidate.role) for p in out] == [
        (1, Role.CONTRACTING), ("Umbrella Corp.", Role.CONTRACTING)]


def test_clause_companies_finds_capitalised_names_but_not_descriptions():
    text = ("by and between ACME WIDGETS, INC., a Delaware corporation (\"Acme\"), and Northwind Traders "
            "Limited, a Texas limited partnership")
    assert clause_companies(text) == ["ACME WIDGETS, INC.", "Northwind Traders Limited"]


def test_link_document_proposes_parties_signers_and_flags_people_who_are_not_parties(store):
    store.add_party(Party("Acme Widgets GmbH", aliases=("ACME",)), origin="csv")
    doc_id, _ = store.add_document(sha256="d" * 64, path="/c/l.pdf", name="l.pdf", pages=2, size=1)
    page0 = ("SERVICE AGREEMENT\nThis agreement is made by and between ACME WIDGETS G.M.B.H., Berlin, and "
             "Umbrella Corp., Raccoon City.\nWHEREAS Acme, represented by Peter Miller, makes widgets.")
    page1 = "Name: Alice Walker\nTitle: CEO\nWitness:\nName: Bob Stone"
    for n, text in enumerate((page0, page1)):
        store.db.execute("INSERT INTO pages(document_id, number, text, text_hash, width, height) "
                         "VALUES (?, ?, ?, ?, 600, 800)", [doc_id, n, text, str(n)])
    i = page0.index("Peter Miller")
    store.add_findings(doc_id, [Finding(0, i, i + 12, "PERSON", "Peter Miller", ((0, 0, 1, 1),))])
    link_document(store, doc_id)
    links = {link.party.name: link for link in store.document_links(doc_id)}
    assert {n: links[n].role for n in links} == {
        "Acme Widgets GmbH": Role.CONTRACTING, "Umbrella Corp.": Role.CONTRACTING, "Alice Walker": Role.SIGNER}
    assert not any(link.confirmed for link in links.values())
    # people only named (a witness, a person in the text) enter no registry: they stay findings, redacted
    assert store.find_party("Bob Stone") is None and store.find_party("Peter Miller") is None
    assert any(f.text == "Peter Miller" for f in store.findings(doc_id))
    assert store.find_party("Umbrella Corp.").kind == "company" and store.find_party("Alice Walker").kind == "person"
    assert "ACME" in store.known_party_terms(doc_id)


def test_a_person_the_registry_knows_is_linked_even_when_only_named(store):
    store.add_party(Party("Peter Miller", kind="person"), origin="csv")
    doc_id, _ = store.add_document(sha256="e" * 64, path="/c/m.pdf", name="m.pdf", pages=1, size=1)
    text = "This agreement is made between Umbrella Corp. and Acme Inc.\nWHEREAS Peter Miller advises Acme."
    store.db.execute("INSERT INTO pages(document_id, number, text, text_hash, width, height) "
                     "VALUES (?, 0, ?, 'x', 600, 800)", [doc_id, text])
    i = text.index("Peter Miller")
    store.add_findings(doc_id, [Finding(0, i, i + 12, "PERSON", "Peter Miller", ((0, 0, 1, 1),))])
    link_document(store, doc_id)
    links = {link.party.name: link for link in store.document_links(doc_id)}
    assert links["Peter Miller"].role == Role.OTHER and links["Peter Miller"].note == NOT_A_PARTY_NOTE


def test_link_document_keeps_the_reviewers_links(store):
    doc_id, _ = store.add_document(sha256="e" * 64, path="/c/m.pdf", name="m.pdf", pages=1, size=1)
    store.db.execute("INSERT INTO pages(document_id, number, text, text_hash, width, height) "
                     "VALUES (?, 0, 'between Umbrella Corp. and Initech LLC', 'h', 600, 800)", [doc_id])
    umbrella, _ = store.add_party(Party("Umbrella Corp."))
    store.link_party(doc_id, umbrella, Role.SIGNER, confirmed=True)
    link_document(store, doc_id)
    link_document(store, doc_id)
    links = {link.party.name: (link.role, link.confirmed) for link in store.document_links(doc_id)}
    assert links == {"Umbrella Corp.": (Role.SIGNER, True), "Initech LLC": (Role.CONTRACTING, False)}


CLAUSE_NAMES = [
    ("position after between and and",
     "This Agreement is made by and between Northwind Traders, a California corporation, and Blue Harbor "
     "Analytics, having its office at 1 Main Street.", ["Northwind Traders", "Blue Harbor Analytics"]),
    ("title block in capitals", "BY AND BETWEEN\n    ORION FREIGHT\n    AND\n    KESTREL LABS\nThis Agreement",
     ["ORION FREIGHT", "KESTREL LABS"]),
    ("a wide gap ends the name", "BETWEEN:\n  HALCYON MEDIA GROUP      12 HARBOUR ROAD      LONDON\n",
     ["HALCYON MEDIA GROUP"]),
    ("appositive without between",
     "Great Lakes Insurance Company of Ohio, an Ohio insurance corporation (GLI) and others agree as follows:",
     ["Great Lakes Insurance Company of Ohio"]),
    ("defined short names", 'between Polar Devices Inc., a Nevada corporation (hereinafter referred to as "POLAR"), '
     'and Ridge Tools LLC ("RIDGE")', ["Polar Devices Inc.", "POLAR", "Ridge Tools LLC", "RIDGE"]),
    ("a person at the end of a list", "among Alpha Fund L.P., Beta Capital, LLC and Jane Roe (collectively, "
     'the "Investors")', ["Alpha Fund L.P.", "Jane Roe"]),
    ("role words, documents and institutions are no names",
     'between the Company and the Licensee ("Licensee") under the Securities and Exchange Commission rules '
     'and the Supply Agreement', []),
]


@pytest.mark.parametrize(("text", "names"), [c[1:] for c in CLAUSE_NAMES], ids=[c[0] for c in CLAUSE_NAMES])
def test_clause_names_without_legal_form(text, names):
    from desktop.core.consent.clause_names import clause_names

    assert clause_names(text) == names


def test_a_comma_inside_a_company_name_only_comes_before_its_legal_form():
    assert clause_companies("by and among PSS, Harbor Merger Corp. and GSMS") == [
        "Harbor Merger Corp."]


def test_an_ampersand_name_is_one_party_also_where_it_wraps():
    # "White Corp." alone became a party of its own, with no consent: the document was blocked
    text = ("between (1) Kelly & White Corp., a company, and (2) Beta GmbH; a possible business relationship "
            "with Kelly\n& White Corp. and Acme &\nSons Ltd.")
    assert clause_companies(text) == ["Kelly & White Corp.", "Beta GmbH", "Kelly & White Corp.", "Acme & Sons Ltd."]


def test_a_name_that_only_starts_a_longer_one_is_not_proposed_twice():
    from desktop.core.consent.party_names import without_truncations

    assert without_truncations(["Detto", "Mutual Insurance Corporation", "Detto Technologies",
                                "Mutual Insurance Corporation of America", "Marathon Partners"]) == [
        "Detto Technologies", "Mutual Insurance Corporation of America", "Marathon Partners"]


@pytest.mark.parametrize(("seen", "name"), [("Alice Walker Title", "Alice Walker"), ("Juliana Mälzer Funktion",
                                            "Juliana Mälzer"), ("Bob Stone Datum Ort", "Bob Stone")])
def test_the_next_field_label_of_a_signature_block_is_not_part_of_the_name(seen, name):
    from desktop.core.consent.party_names import clean_name

    assert clean_name(seen) == name


def test_a_name_broken_by_a_line_wrap_is_one_person_not_three():
    from desktop.core.consent.linking import without_parts

    found = [Candidate("Hans Jörg", Role.CONTRACTING, "detection"), Candidate("Kilian Hofmann", Role.CONTRACTING, "detection"),
             Candidate("Hans Jörg Kilian Hofmann", Role.SIGNER, "signature-block"),
             Candidate("Mirtalmir Analytics GmbH", Role.CONTRACTING, "parties-clause"),
             Candidate("Für Mirtalmir Analytics GmbH", Role.SIGNER, "signature-block"),
             Candidate("Jane Roe", Role.OTHER, "detection")]
    kept = [c.name for c in without_parts(found)]
    # the parts go; a name with a legal form stays even inside a longer phrase; others are untouched
    assert kept == ["Hans Jörg Kilian Hofmann", "Mirtalmir Analytics GmbH", "Für Mirtalmir Analytics GmbH", "Jane Roe"]
