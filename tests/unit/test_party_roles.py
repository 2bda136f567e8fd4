"""The consent side matches the contract: signature-block names are proposed as signers, the parties
clause's names as contracting parties, a short name or trade name as its party's alias, and labels,
running footers, defined terms and block headings as no party at all. The texts are invented; the
spaCy model reads them, as a scan would."""

from __future__ import annotations

import pytest

from desktop.core.consent import Role
from desktop.core.consent.linking import party_candidates, proposals_for
from desktop.core.consent.party_names import (
    clean_name,
    initials,
    is_defined_term,
    running_lines,
    without_running_lines,
)
from tests.unit.test_party_anchors import _pages

pytestmark = pytest.mark.slow  # runs the spaCy model


@pytest.fixture(scope="module")
def pool():
    from desktop.core.detect import DetectorPool

    with DetectorPool(workers=1) as p:
        yield p


def _proposed(pool, texts):
    from desktop.core.detect import detect_document

    pages = _pages(texts)
    findings = [f for f in detect_document(pages, pool) if f.status != "suppressed"]
    return {p.candidate.name: p.candidate for p in proposals_for(party_candidates(pages, findings), [])}


def test_signature_block_names_are_signers_and_a_short_name_is_its_partys_alias(pool):
    proposed = _proposed(pool, [
        'This Supply Agreement is made between Acme Computer Services LLC ("ACS"), a Delaware limited liability '
        'company, and Harbour Lantern Foods, Inc. ("Harbour"), a Nevada corporation.\n'
        "1. ACS delivers the goods. Harbour pays ACS within thirty days.",
        "IN WITNESS WHEREOF the parties have signed this Agreement.\n"
        "ACME COMPUTER SERVICES LLC\nBy: /s/ Dorothea K. Lindqvist\nName: Dorothea K. Lindqvist\nTitle: President\n"
        "HARBOUR LANTERN FOODS, INC.\nBy: /s/ Ambrose Feltham Title: CEO"])
    roles = {name: c.role for name, c in proposed.items()}
    assert roles.get("Dorothea K. Lindqvist") == Role.SIGNER
    assert roles.get("Ambrose Feltham") == Role.SIGNER
    assert roles.get("Acme Computer Services LLC") == Role.CONTRACTING
    assert "ACS" in proposed["Acme Computer Services LLC"].aliases
    assert "ACS" not in proposed and "Harbour" not in proposed  # an alias is no second party


def test_a_german_signer_after_vertreten_durch_is_a_signer(pool):
    proposed = _proposed(pool, [
        "Dienstleistungsvertrag zwischen der Feldkamp Logistik GmbH, Hamburg, vertreten durch Annegret Wöhlke, "
        "und der Brückner Analytik AG, München.\n§ 1 Gegenstand. Die Feldkamp Logistik GmbH erbringt Leistungen.",
        "Hamburg, den 3. März 2025\nFeldkamp Logistik GmbH, vertreten durch Annegret Wöhlke\n"
        "Brückner Analytik AG, vertreten durch Theodor Ansbacher"])
    assert proposed["Annegret Wöhlke"].role == Role.SIGNER
    assert proposed["Theodor Ansbacher"].role == Role.SIGNER
    assert proposed["Feldkamp Logistik GmbH"].role == Role.CONTRACTING


def test_labels_footers_defined_terms_and_headings_are_no_party(pool):
    footer = "Source: QUARRYSTONE HOLDINGS CORP, 10-K, 3/1/2020"
    proposed = _proposed(pool, [
        f'This Agreement (the "Agreement") is entered into as of the EffectiveDate by and between Kestrel '
        f'Harbor Supply, Inc. ("Kestrel") and Marlowe Fenwick Partners LLC (together with its affiliates, the '
        f'"Marlowe Parties").\n1. Kestrel supplies. The Marlowe Parties buy.\n{footer}',
        f"2. Notices. Kestrel Harbor Supply, Inc., ATTN: Rosalind Pemberton Telephone: 555-0100\n{footer}",
        f"AGREED TO AND ACCEPTED\nKESTREL HARBOR SUPPLY, INC.\nBy: /s/ Cornelius Ashgrove\n{footer}"])
    parties = {name for name, c in proposed.items() if c.role in (Role.CONTRACTING, Role.SIGNER)}
    assert {"Kestrel Harbor Supply, Inc.", "Marlowe Fenwick Partners LLC", "Cornelius Ashgrove"} <= parties
    assert not any("QUARRYSTONE" in n or "Parties" in n or "Date" in n or "ACCEPT" in n for n in parties)
    assert not any("Telephone" in n or "ATTN" in n for n in proposed)


@pytest.mark.parametrize(("seen", "name"), [
    ("Name How Kok Choong", "How Kok Choong"), ("Joseph Moravec Email Address", "Joseph Moravec"),
    ("ATTN: Kurt Dresch", "Kurt Dresch"), ("PivX's", "PivX"), ("Gridiron BioNutrients™", "Gridiron BioNutrients"),
    ("By Design Inc", "By Design Inc"), ("Fax Industries LLC", "Fax Industries LLC")])
def test_labels_around_a_name_are_not_part_of_it(seen, name):
    assert clean_name(seen) == name


def test_a_term_the_contract_also_writes_in_lower_case_is_defined_not_a_name():
    text = "Racing organised a racing team (the Racing Team). Acme Corp. pays."
    assert is_defined_term("Racing Team", text) and is_defined_term("Effective Date", text)
    assert not is_defined_term("Acme Corp.", text)


def test_running_lines_are_blanked_without_moving_offsets():
    pages = [f"{word} clause\nSource: ACME CORP, 10-K, {n}/1/2020" for n, word in enumerate(("First", "Second", "Third", "Last"))]
    running = running_lines(pages)
    blanked = without_running_lines(pages[0], running)
    assert len(blanked) == len(pages[0]) and "ACME" not in blanked and blanked.startswith("First clause")


def test_initials_cover_small_words_and_legal_forms():
    assert "MICOA" in initials("Mutual Insurance Corporation of America")
    assert "ACS" in initials("Acme Computer Services LLC")
