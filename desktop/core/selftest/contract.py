"""The self-test's contract: a small service agreement the installed app writes itself (no generator, no Faker).

It holds what the whole job must handle: two contracting parties in the parties clause with defined
short names, a representative who is no party, an e-mail address, a phone number, an IBAN, a name
joined by a non-breaking space, and signature blocks on a second, rotated page. `TRUTH` lists every
string that identifies someone; anything else a detector proposes is an ordinary word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pymupdf

from desktop.core.consent.parties import ConsentRecord, ConsentStatus, Party, PartyKind
from desktop.core.pdf.lock import pdf_locked

PURPOSE = "ai-training"
NBSP = "\u00a0"

SUPPLIER = Party(name="Northwind Widgets GmbH", kind=PartyKind.COMPANY, register_number="HRB 184512",
                 vat_id="DE 287 614 903", email="contracts@northwind-widgets.de", aliases=("Northwind",))
CUSTOMER = Party(name="Jonathan Whitfield", kind=PartyKind.PERSON, email="jonathan.whitfield@example.org",
                 aliases=())

PAGES = (
    ("SERVICE AGREEMENT\n\n"
     "This Service Agreement is made on 3 March 2025 by and between Northwind Widgets GmbH, a company\n"
     "registered with the commercial register of Berlin under HRB 184512, Friedrichstrasse 88, 10117 Berlin\n"
     "(\"Northwind\"), represented by its managing director Helena Marquardt, and Jonathan Whitfield,\n"
     "27 Elm Street, Springfield (the \"Customer\").\n\n"
     "1. Services. Northwind shall maintain the Customer's machines once a month. Questions about the\n"
     "services go to contracts@northwind-widgets.de or to +49 30 5557 1234.\n\n"
     "2. Fees. The Customer pays EUR 1,200 a year to the account of Northwind, IBAN DE89 3704 0044 0532 0130 00.\n\n"
     f"3. Notices. Notices to the Customer are sent to Jonathan{NBSP}Whitfield at jonathan.whitfield@example.org.\n\n"
     "4. Term. This Agreement runs for two years and renews unless either party terminates it in writing."),
    ("IN WITNESS WHEREOF the parties have signed this Agreement.\n\n"
     "Northwind Widgets GmbH\n"
     "By: Helena Marquardt\n"
     "Title: Managing Director\n\n"
     "Customer\n"
     "Name: Jonathan Whitfield\n"
     "Date: 3 March 2025"),
)
# Every string that identifies a party or a person; the reviewer confirms findings over these only.
TRUTH = (
    "Northwind Widgets GmbH", "Northwind", "HRB 184512", "Friedrichstrasse 88, 10117 Berlin", "Helena Marquardt",
    "Jonathan Whitfield", f"Jonathan{NBSP}Whitfield", "27 Elm Street, Springfield", "contracts@northwind-widgets.de",
    "northwind-widgets.de", "+49 30 5557 1234", "DE89 3704 0044 0532 0130 00", "jonathan.whitfield@example.org",
    "example.org", "Marquardt", "Whitfield",
)


@dataclass(frozen=True)
class SampleContract:
    path: Path
    parties: tuple[Party, ...]


@pdf_locked
def write_contract(folder: Path) -> SampleContract:
    """Write the contract to folder/self-test-contract.pdf (the second page rotated by 90 degrees)."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = pymupdf.open()
    try:
        for number, text in enumerate(PAGES):
            page = doc.new_page(width=595, height=842)
            page.insert_textbox(pymupdf.Rect(60, 60, 535, 780), text, fontsize=10, fontname="helv")
            if number == 1:
                page.set_rotation(90)
        doc.set_metadata({"title": "Service Agreement", "author": SUPPLIER.name})
        path = folder / "self-test-contract.pdf"
        doc.save(path, garbage=3, deflate=True)
    finally:
        doc.close()
    return SampleContract(path, (SUPPLIER, CUSTOMER))


def consent_rows(contract: SampleContract) -> list[tuple[Party, ConsentRecord]]:
    """Both contracting parties granted AI-training use for five years."""
    return [(party, ConsentRecord(party_id=None, purpose=PURPOSE, version="self-test", status=ConsentStatus.GRANTED,
                                  granted_on=date(2025, 1, 1), valid_until=date(2030, 12, 31),
                                  evidence=f"{contract.path.name}: data-use clause"))
            for party in contract.parties]


def is_identifier(page_text: str, start: int, end: int) -> bool:
    """True when characters start..end of a page overlap an occurrence of a TRUTH string."""
    if start < 0:
        return True  # a box over a picture or ink: the contract has none but signatures
    folded = page_text.casefold()
    for term in TRUTH:
        key = term.casefold()
        at = folded.find(key)
        while at >= 0:
            if at < end and start < at + len(key):
                return True
            at = folded.find(key, at + 1)
    return False
