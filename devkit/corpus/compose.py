"""Turn clause templates into paragraphs with entity spans, for one contract's parties."""

from __future__ import annotations

import re
from dataclasses import dataclass

from devkit.corpus.fakes import Company, Fakes, Person
from devkit.corpus.layout import Para, Span

_PLACEHOLDER = re.compile(r"\{([A-Za-z_.]+)\}")
NBSP = "\u00a0"


@dataclass
class Party:
    """A contracting party as the templates see it."""

    key: str  # "a" or "b"
    name: str
    kind: str  # "company" | "person"
    forms: tuple[str, ...]  # defined term, nominative, genitive, dative, accusative
    brand_short: str | None  # a defined short name that is itself a name, e.g. "Convergo"
    company: Company | None
    person: Person | None
    address: str
    email: str
    phone: str
    iban: str
    vat: str
    signer: Person | None = None

    @property
    def entity_type(self) -> str:
        return "COMPANY" if self.kind == "company" else "PERSON"


class Composer:
    """Fills placeholders; entity values become spans, each variant drawn from the seed."""

    def __init__(self, fakes: Fakes, language: str, parties: dict[str, Party], contacts: list[Person], city: str):
        self.f = fakes
        self.rng = fakes.rng
        self.language = language
        self.parties = parties
        self.contacts = contacts
        self.city = city
        self.pending_wrap = False  # the next multi-word full name is forced across a line end
        self.pending_nbsp = False  # the next full name is drawn with non-breaking spaces
        self.contact = contacts[0]

    def para(self, template: str, **style) -> Para:
        self.contact = self.rng.choice(self.contacts)
        text, spans, pos = [], [], 0
        length = 0
        for m in _PLACEHOLDER.finditer(template):
            literal = template[pos : m.start()]
            text.append(literal)
            length += len(literal)
            value, type_, wrap = self.resolve(m.group(1))
            if type_:
                spans.append(Span(length, length + len(value), type_, wrap))
            text.append(value)
            length += len(value)
            pos = m.end()
        text.append(template[pos:])
        return Para("".join(text), spans, **style)

    def resolve(self, key: str) -> tuple[str, str | None, bool]:
        """(text, entity type or None, force a wrap) for one placeholder."""
        if key == "date":
            return self.f.date(self.language), "DATE", False
        if key == "amount":
            return self.f.amount(self.language), "AMOUNT", False
        if key == "city":
            return self.city, None, False
        if key.startswith("contact"):
            return self._person_field(self.contact, key.partition(".")[2] or "name")
        base, _, field = key.partition(".")
        party = self.parties[base.lower()[0]]
        if not field:
            return self._reference(party, base)
        return self._party_field(party, field)

    def _reference(self, party: Party, base: str) -> tuple[str, str | None, bool]:
        case = {"": 1, "_gen": 2, "_dat": 3, "_acc": 4}[base[1:]]
        roll = self.rng.random()
        if roll < 0.06 and self.language == "en":
            return party.name.upper(), party.entity_type, False
        if roll < 0.16 and self.language == "en":
            return self._full_name(party)
        if party.brand_short:
            return party.brand_short, party.entity_type, False
        word = party.forms[case] if self.language == "de" else f"the {party.forms[0]}"
        if base[0].isupper():
            word = word[0].upper() + word[1:]
        return word, None, False

    def _full_name(self, party: Party) -> tuple[str, str | None, bool]:
        name, wrap = party.name, False
        if self.pending_nbsp and " " in name:
            name, self.pending_nbsp = name.replace(" ", NBSP), False
        elif self.pending_wrap and " " in name:
            wrap, self.pending_wrap = True, False
        return name, party.entity_type, wrap

    def _party_field(self, party: Party, field: str) -> tuple[str, str | None, bool]:
        if field == "name":
            return self._full_name(party)
        if field == "caps":
            return party.name.upper(), party.entity_type, False
        if field == "title":
            return (party.person.title if party.person else ""), None, False
        if field == "court":
            return party.company.court, None, False
        values = {
            "address": (party.address, "ADDRESS"),
            "email": (party.email, "EMAIL_ADDRESS"),
            "phone": (party.phone, "PHONE_NUMBER"),
            "iban": (party.iban, "IBAN_CODE"),
            "vat": (party.vat or "n/a", "VAT_ID" if party.vat else None),
            "url": (party.company.url if party.company else party.email, "URL" if party.company else "EMAIL_ADDRESS"),
            "register": (party.company.register if party.company else "", "REGISTER_NUMBER"),
        }
        value, type_ = values[field]
        return value, type_, False

    def _person_field(self, person: Person, field: str) -> tuple[str, str | None, bool]:
        if field == "name":
            return person.name, "PERSON", False
        if field == "email":
            return person.email, "EMAIL_ADDRESS", False
        return person.phone, "PHONE_NUMBER", False


def parts_para(parts: list[tuple[str, str | None]], **style) -> Para:
    """A paragraph from (text, entity type or None) pieces, for text built in code."""
    text, spans, length = [], [], 0
    for value, type_ in parts:
        if type_:
            spans.append(Span(length, length + len(value), type_))
        text.append(value)
        length += len(value)
    return Para("".join(text), spans, **style)
