"""Plain data shared by every layer: boxes, findings and their states."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, page space of get_text()


class EntityType(StrEnum):
    PERSON = "PERSON"
    COMPANY = "COMPANY"
    ADDRESS = "ADDRESS"
    EMAIL = "EMAIL_ADDRESS"
    PHONE = "PHONE_NUMBER"
    IBAN = "IBAN_CODE"
    REGISTER = "REGISTER_NUMBER"
    VAT = "VAT_ID"
    ENVELOPE = "ENVELOPE_ID"
    URL = "URL"
    SIGNATURE = "SIGNATURE"
    OTHER = "OTHER"
    # Quasi-identifiers: each alone names no one, together they single a party out (desktop.core.quasi).
    DATE = "DATE_TIME"
    MONEY = "MONEY"
    QUANTITY = "QUANTITY"
    REFERENCE = "REFERENCE_CODE"
    PLACE = "PLACE"
    DEMOGRAPHIC = "DEMOGRAPHIC"  # nationality, occupation, age of a person
    ORGANISATION = "ORGANISATION"  # a court, public body, bank or auditor that is no party

    @property
    def label(self) -> str:
        return type_label(self)


# Types that identify no one alone but single a party out in combination (Article 29 WP, Opinion
# 05/2014; HIPAA Safe Harbor's dates, places and reference numbers). They are treated by a policy
# per class and approved per class and document, never finding by finding.
QUASI_TYPES = frozenset({EntityType.DATE, EntityType.MONEY, EntityType.QUANTITY, EntityType.REFERENCE,
                         EntityType.PLACE, EntityType.DEMOGRAPHIC, EntityType.ORGANISATION})


def identifier_kind(entity_type: str) -> str:
    """"quasi" for a quasi-identifier type, else "direct"."""
    return "quasi" if entity_type in QUASI_TYPES else "direct"


def type_label(entity_type: str) -> str:
    """How people write an entity type: "VAT ID", "E-mail", "Register no.", "Person"."""
    return _TYPE_LABELS.get(entity_type) or str(entity_type).replace("_", " ").capitalize()


_TYPE_LABELS = {
    EntityType.EMAIL: "E-mail", EntityType.PHONE: "Phone", EntityType.IBAN: "IBAN",
    EntityType.REGISTER: "Register no.", EntityType.VAT: "VAT ID", EntityType.ENVELOPE: "Envelope ID",
    EntityType.URL: "URL", EntityType.DATE: "Date", EntityType.MONEY: "Amount",
    EntityType.QUANTITY: "Quantity", EntityType.REFERENCE: "Reference no.", EntityType.PLACE: "Place",
    EntityType.DEMOGRAPHIC: "Demographic", EntityType.ORGANISATION: "Organisation",
}


class Status(StrEnum):
    """Where a finding stands; the one vocabulary of review, undo/redo, the store and the redactor."""

    PROPOSED = "proposed"
    CONFIRMED = "confirmed"  # the only status the redactor applies
    REJECTED = "rejected"
    REMOVED = "removed"  # a manual redaction undone, or not yet made: kept for the record, never applied
    SUPPRESSED = "suppressed"  # detected, but judged to identify no one; kept with its reason, shown on demand


class Source(StrEnum):
    DETECTED = "detected"  # a recognizer proposed it
    PROPAGATED = "propagated"  # another occurrence of a name found elsewhere in the document
    MANUAL = "manual"  # drawn or selected by the reviewer
    EXPORT = "export"  # read by the verifier at export where nothing was proposed, and redacted by the export


@dataclass(frozen=True)
class Finding:
    """One proposed or decided redaction on one page.

    `start`/`end` index the page text of `desktop.core.pdf.PageText`; `boxes` are one rectangle
    per line the span covers. A manual box over an image has start == end == -1.
    """

    page: int
    start: int
    end: int
    entity_type: str
    text: str
    boxes: tuple[Rect, ...]
    score: float = 1.0
    recognizer: str = ""
    explanation: dict = field(default_factory=dict, compare=False, hash=False)
    source: str = Source.DETECTED
    status: str = Status.PROPOSED
    id: int | None = None
    document_id: int | None = None

    @property
    def identifier(self) -> str:
        """"direct" (names, contacts, numbers of one party) or "quasi" (dates, amounts, codes, places)."""
        return identifier_kind(self.entity_type)
