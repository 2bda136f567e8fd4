"""One placeholder per party in the training text, however the contract spells its name."""

from __future__ import annotations

from desktop.core.model import Finding, Status
from desktop.core.pdf import PageText
from desktop.core.redaction.pseudonym import Pseudonymiser, pseudonymise_page


def _page(text: str) -> PageText:
    return PageText(0, text, tuple((i, 0, i + 1, 1) for i in range(len(text))), tuple(0 for _ in text), 600, 800)


def _finding(text: str, page: str, entity_type: str = "COMPANY") -> Finding:
    i = page.index(text)
    return Finding(0, i, i + len(text), entity_type, text, ((i, 0, i + len(text), 1),), status=Status.CONFIRMED)


def test_spellings_and_legal_forms_of_one_name_share_a_placeholder():
    text = "ENORA LOGISTICS B.V. delivers. Enora Logistics pays Brandt GmbH. Enora\nLogistics B.V. signs."
    page = _page(text)
    found = [_finding("ENORA LOGISTICS B.V.", text), _finding("Enora Logistics", text),
             _finding("Brandt GmbH", text), _finding("Enora\nLogistics B.V.", text)]
    out = pseudonymise_page(page, found, Pseudonymiser())
    assert out == "[COMPANY_A] delivers. [COMPANY_A] pays [COMPANY_B]. [COMPANY_A] signs."


def test_a_partys_aliases_share_its_placeholder():
    text = "Acme Computer Services LLC appoints Brandt GmbH. ACS pays."
    page = _page(text)
    found = [_finding("Acme Computer Services LLC", text), _finding("Brandt GmbH", text)]
    i = text.rindex("ACS")
    found.append(Finding(0, i, i + 3, "COMPANY", "ACS", ((i, 0, i + 3, 1),), status=Status.CONFIRMED))
    namer = Pseudonymiser()
    namer.same_party(["Acme Computer Services LLC", "ACS"])
    out = pseudonymise_page(page, found, namer)
    assert out == "[COMPANY_A] appoints [COMPANY_B]. [COMPANY_A] pays."
    keyed = Pseudonymiser(b"k" * 32)
    keyed.same_party(["Acme Computer Services LLC", "ACS"])
    assert keyed.placeholder("COMPANY", "ACS") == keyed.placeholder("COMPANY", "ACME COMPUTER SERVICES, L.L.C.")
