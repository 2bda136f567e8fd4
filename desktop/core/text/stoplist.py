"""Role words and generic capitalised clause words that name no one and are never proposed."""

from __future__ import annotations

import re
from functools import lru_cache

_ROLE_TEXT = """
Party Parties Company Companies Corporation Licensee Licensor Licensees Licensors Supplier Suppliers Customer
Customers Client Contractor Subcontractor Consultant Vendor Distributor Reseller Dealer Agent Agency Manufacturer
Buyer Seller Purchaser Lessor Lessee Landlord Tenant Employer Employee Executive Franchisor Franchisee Provider
Service Provider Recipient Discloser Disclosing Party Receiving Party Affiliate Affiliates Subsidiary Guarantor
Borrower Lender Investor Partner Partners Member Members Owner Principal Sponsor Developer Publisher Producer
Contractor Assignee Assignor Holder Trustee Bank Group Holdings
Agreement Contract Amendment Addendum Schedule Exhibit Annex Appendix Attachment Section Article Clause Recitals
Confidential Information Effective Date Commencement Date Term Territory Services Products Product Deliverables
Intellectual Property Work Product Fees Price Payment Notice Notices Force Majeure Governing Law Termination
Statement of Work Order Purchase Order Specifications Documentation Software Materials Trademarks Marks
Vertragspartner Vertragsparteien Partei Parteien Auftraggeber Auftragnehmer Arbeitgeber Arbeitnehmer Kunde
Lieferant Käufer Verkäufer Vermieter Mieter Lizenzgeber Lizenznehmer Dienstleister Gesellschaft Vertrag
Anlage Leistungen Vergütung Geheimhaltung Inkrafttreten Besteller Offenlegende Empfangende Auftraggeberin
Auftragnehmerin Arbeitgeberin Arbeitnehmerin Kundin Lieferantin Käuferin Verkäuferin Vermieterin Mieterin
Lizenzgeberin Lizenznehmerin Dienstleisterin Bestellerin Gesellschafter Gesellschafterin Darlehensgeber
Darlehensnehmer Berater Beraterin Händler Hersteller Vertreiber
The This That These Those Each Any All Such Both Either Neither Between And Or Of By In On For With To From As
Inc Incorporated LLC Ltd Limited GmbH AG Corp Co Name Title Date Signature Signed By Witness
Tel Telephone Telefon Phone Fax Telefax Mobile Mobil E-Mail Email Mail IBAN BIC SWIFT HRB HRA VAT USt USt-IdNr
Envelope Docusign Page Seite Registered Office Amtsgericht Registergericht Handelsregister Geschäftsführer
Director Managing President CEO CFO Officer Secretary Chairman Vorstand Prokurist
Head Manager Managerin Leiter Leiterin Counsel Justiziar Justiziarin Syndikus Prokuristin Geschäftsführerin VP SVP EVP
Einkauf Vertrieb Finanzen Buchhaltung Controlling Legal Finance Sales Purchasing Procurement Operations Accounting
Indemnified Indemnifying Defaulting Non-Defaulting Breaching Affected Terminating Total Liability Liabilities
Warranty Warranties Confidentiality Waiver Express Implied License Licenses Royalty Royalties State County
Deutschland Bundesrepublik England Wales Zeichen Data Protection Regulation General Item
Adobe Sign Transaction ID EUR USD GBP CHF DAP DDP EXW FCA CIF FOB Companies House Recht Sitz
"""
ROLE_WORDS = frozenset(w.lower() for w in _ROLE_TEXT.split())

# Multi-word role phrases, compared after folding case and whitespace.
ROLE_PHRASES = frozenset(p.lower() for p in (
    "Confidential Information", "Effective Date", "Disclosing Party", "Receiving Party", "Service Provider",
    "Intellectual Property", "Work Product", "Statement of Work", "Purchase Order", "Force Majeure",
    "Governing Law", "Commencement Date", "Third Party", "Third Parties", "United States", "Board of Directors",
))

_WORD = re.compile(r"[\w’'&.-]+")


@lru_cache(maxsize=8192)  # the judge asks about the same names again and again
def is_role_phrase(text: str) -> bool:
    """True when a name candidate is only role words (e.g. "the Company", "Receiving Party")."""
    folded = " ".join(text.replace("\u00a0", " ").split()).strip(" .,;:\"'“”„()").lower()
    folded = re.sub(r"^(?:the|a|an|this|each|such|any|its|their|die|der|das)\s+", "", folded)
    if not folded or folded in ROLE_PHRASES:
        return True
    # possessives are the role's too: "the Company’s Products", "Licensee's Materials"
    words = [re.sub(r"[’']s$", "", w).strip(".’'") for w in _WORD.findall(folded)]
    # single letters and numbers ("Exhibit A", "Schedule 2") carry no name
    return all(w in ROLE_WORDS or len(w) == 1 or not any(c.isalpha() for c in w) for w in words)


# Labels of the fields in a signature block ("Name: Eva Roth Title: CFO"): a capitalised label runs
# into the name before it when the line is read as prose.
FIELD_LABELS = ("Title", "Name", "Date", "By", "Its", "Funktion", "Datum", "Ort", "Unterschrift")


# A phrase ending in one of these names a document ("the Build Addendum", "Offering Memorandum"), not a party.
DOCUMENT_WORDS = re.compile(
    r"\b(?:Agreements?|Addend(?:um|a)|Amendments?|Memorand(?:um|a)|Plans?|Polic(?:y|ies)|Schedules?|Exhibits?|"
    r"Appendix|Annex|Guides?|Manual|Specifications?|Sheet|Orders?|Statements?|Certificates?|Bylaws|Charter|"
    r"Reports?|Newsletters?|Releases?|Licen[cs]es?|Leases?|Forms?|Notices?|Terms|Conditions|Programs?)$")


def is_document_name(text: str) -> bool:
    return bool(DOCUMENT_WORDS.search(text.strip(" .,;:”’\"")))
