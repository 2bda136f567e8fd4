"""Seeded values for generated contracts: people, companies, addresses and identifiers."""

from __future__ import annotations

import random
import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from faker import Faker

from devkit.corpus import texts

LOCALES = ("de_DE", "en_GB", "en_US")

LEGAL_FORMS = {
    "de_DE": ("GmbH", "GmbH", "AG", "KG", "UG (haftungsbeschränkt)", "SE", "GmbH & Co. KG"),
    "en_GB": ("Ltd.", "Limited", "plc", "LLP"),
    "en_US": ("Inc.", "LLC", "Corp.", "Inc."),
    "fr_FR": ("S.A.", "S.A.S."),
    "nl_NL": ("B.V.", "N.V."),
}
_INDUSTRY = (
    "Widgets", "Logistics", "Software", "Systems", "Media", "Analytics", "Pharma", "Energy",
    "Robotics", "Textiles", "Foods", "Capital", "Consulting", "Networks", "Devices", "Holdings",
)
_SYLLABLES = ("con", "verg", "nex", "ora", "vi", "tal", "lum", "en", "qua", "tro", "sol", "ar", "mir", "ka", "zen", "tek")
_COURTS = ("Charlottenburg", "München", "Hamburg", "Frankfurt am Main", "Köln", "Düsseldorf", "Stuttgart", "Hannover")
_AREA_CODES_DE = ("30", "40", "69", "89", "221", "211", "711", "511", "341")
_ENVELOPE_VENDORS = ("Docusign Envelope ID:", "DocuSign Envelope ID:", "Adobe Sign Transaction ID:", "Docusign Envelope ID:")
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"),
}


@cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def latin1(text: str) -> str:
    """Keep text drawable with the Base14 fonts, which cover Latin-1 only."""
    text = text.replace("\n", ", ").replace("–", "-")
    try:
        text.encode("latin-1")
        return text
    except UnicodeEncodeError:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if c.encode("latin-1", "ignore"))


def _name(draw: Callable[[], str]) -> str:
    """A drawn name that is not also a word of the contract text ("Price", "May", "Page"), so
    every occurrence of a name in a generated contract is the name and the truth can list them all."""
    while (name := latin1(draw())).casefold() in _boilerplate_words():
        pass
    return name


@cache
def _boilerplate_words() -> frozenset[str]:
    strings: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, (list, tuple)):
            for v in value:
                walk(v)

    for table in (texts.ROLES, texts.TITLES, texts.WORDS, texts.RECITALS, texts.CLAUSES, texts.COMMON, texts.SCHEDULE,
                  _TITLES, _INDUSTRY, _MONTHS, _COURTS):
        walk(table)
    return frozenset(w.casefold() for s in strings for w in re.findall(r"[^\W\d_]+", s))


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str  # job title in the contract's language
    email: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class Company:
    name: str
    brand: str  # the name without its legal form, e.g. "Convergo Media"
    locale: str
    address: str
    email: str
    phone: str
    url: str
    register: str  # commercial-register number, e.g. "HRB 123456 B"
    court: str
    vat: str
    iban: str


class Fakes:
    """All random choices of one contract, from one seed."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        for locale in LOCALES:
            _faker(locale).seed_instance(seed)

    def locale(self, language: str) -> str:
        if language == "de":
            return self.rng.choice(("de_DE", "de_DE", "de_DE", "en_GB", "nl_NL"))
        return self.rng.choice(("en_US", "en_GB", "en_GB", "de_DE", "fr_FR"))

    # -- people -----------------------------------------------------------------------------
    def person(self, locale: str, domain: str, language: str) -> Person:
        fake = _faker(locale if locale in LOCALES else "en_GB")
        first, last = _name(fake.first_name), _name(fake.last_name)
        if self.rng.random() < 0.25:  # double-barrelled and middle names make names harder
            first = f"{first} {_name(fake.first_name)}"
        title = self.rng.choice(_TITLES[language])
        user = _ascii(f"{first.split()[0]}.{last}").lower().replace(" ", "")
        return Person(first, last, title, f"{user}@{domain}", self.phone(locale))

    # -- companies --------------------------------------------------------------------------
    def company(self, locale: str) -> Company:
        fake = _faker(locale if locale in LOCALES else "en_GB")
        form = self.rng.choice(LEGAL_FORMS[locale])
        style = self.rng.randrange(3)
        if style == 0:
            brand = f"{_name(fake.last_name)} {self.rng.choice(_INDUSTRY)}"
        elif style == 1:
            brand = f"{_name(fake.last_name)} & {_name(fake.last_name)}"
        else:
            brand = f"{self._invented_word()} {self.rng.choice(_INDUSTRY)}"
        domain = _ascii(brand.split()[0]).lower() + self.rng.choice(_TLD[locale])
        court = self.rng.choice(_COURTS)
        return Company(
            name=f"{brand} {form}",
            brand=brand,
            locale=locale,
            address=self.address(locale),
            email=f"{self.rng.choice(('legal', 'info', 'contracts', 'office'))}@{domain}",
            phone=self.phone(locale),
            url=self.rng.choice(("www.", "https://www.", "https://")) + domain,
            register=self.register(locale),
            court=court,
            vat=self.vat(locale),
            iban=self.iban(locale),
        )

    def _invented_word(self) -> str:
        word = "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3)))
        return word.capitalize()

    # -- addresses and numbers --------------------------------------------------------------
    def address(self, locale: str) -> str:
        rng = self.rng
        if locale == "de_DE":
            fake = _faker("de_DE")
            return latin1(f"{fake.street_name()} {rng.randint(1, 180)}, {fake.postcode()} {fake.city()}")
        if locale == "en_GB":
            fake = _faker("en_GB")
            return latin1(f"{rng.randint(1, 240)} {fake.street_name()}, {fake.city()} {fake.postcode()}, United Kingdom")
        if locale == "en_US":
            fake = _faker("en_US")
            street = fake.street_address()
            if rng.random() < 0.5 and " " in street and not any(w in street for w in ("Apt.", "Suite")):
                street += f", Suite {rng.randint(100, 4900)}"
            return latin1(f"{street}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}")
        if locale == "fr_FR":
            street = rng.choice(("rue de Rivoli", "avenue des Champs-Élysées", "boulevard Haussmann", "rue du Faubourg Saint-Honoré"))
            return f"{rng.randint(1, 120)} {street}, {rng.randint(75001, 75020)} Paris, France"
        street = rng.choice(("Keizersgracht", "Herengracht", "Stationsplein", "Zuidas"))
        return f"{street} {rng.randint(1, 600)}, {rng.randint(1011, 1109)} {rng.choice('ABCDEKLM')}{rng.choice('ABGHKLMN')} Amsterdam, Netherlands"

    def phone(self, locale: str) -> str:
        rng = self.rng
        digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
        if locale == "de_DE":
            area = rng.choice(_AREA_CODES_DE)
            return rng.choice((
                f"0{area} {digits(8)}",
                f"+49 (0){area} {digits(4)}-{digits(4)}",
                f"+49 {area} {digits(7)}",
                f"0{area}/{digits(3)} {digits(4)}",
                f"+49 17{rng.randint(0, 9)} {digits(7)}",
            ))
        if locale == "en_US":
            area = rng.choice(("212", "415", "312", "617", "646", "206"))
            return rng.choice((f"+1 ({area}) 555-{digits(4)}", f"({area}) 555-{digits(4)}", f"+1 {area} 555 {digits(4)}"))
        if locale == "fr_FR":
            return f"+33 1 {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
        if locale == "nl_NL":
            return f"+31 20 {digits(3)} {digits(4)}"
        return rng.choice((f"+44 20 7946 {digits(4)}", f"020 7946 {digits(4)}", f"+44 (0)161 496 {digits(4)}"))

    def iban(self, locale: str) -> str:
        rng = self.rng
        digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
        letters = lambda n: "".join(rng.choice(string.ascii_uppercase) for _ in range(n))  # noqa: E731
        country, bban = {
            "de_DE": ("DE", digits(18)),
            "en_GB": ("GB", letters(4) + digits(14)),
            "en_US": ("DE", digits(18)),  # US banks have no IBAN; a US party pays into a German account
            "fr_FR": ("FR", digits(23)),
            "nl_NL": ("NL", letters(4) + digits(10)),
        }[locale]
        iban = country + iban_check_digits(country, bban) + bban
        if rng.random() < 0.7:  # the printed form groups by four
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def register(self, locale: str) -> str:
        rng = self.rng
        if locale == "de_DE":
            kind = rng.choice(("HRB", "HRB", "HRB", "HRA"))
            suffix = rng.choice(("", "", " B")) if kind == "HRB" else ""
            return f"{kind} {rng.randint(1000, 249999)}{suffix}"
        if locale == "fr_FR":
            n = f"{rng.randint(100000000, 999999999)}"
            return f"RCS Paris {n[:3]} {n[3:6]} {n[6:]}"
        if locale == "nl_NL":
            return f"KvK {rng.randint(10000000, 99999999)}"
        if locale == "en_GB":
            return f"{rng.randint(100000, 14999999):08d}"
        return f"{rng.randint(1000000, 9999999)}"  # a Delaware file number

    def vat(self, locale: str) -> str:
        rng = self.rng
        n9 = f"{rng.randint(100000000, 999999999)}"
        return {
            "de_DE": rng.choice((f"DE{n9}", f"DE {n9}")),
            "en_GB": rng.choice((f"GB{n9}", f"GB {n9[:3]} {n9[3:7]} {n9[7:]}")),
            "en_US": rng.choice((f"DE{n9}", f"ATU{n9[:8]}")),
            "fr_FR": f"FR{rng.randint(10, 99)}{n9}",
            "nl_NL": f"NL{n9}B{rng.randint(1, 99):02d}",
        }[locale]

    def envelope(self) -> tuple[str, str]:
        """(vendor label, identifier) of an e-signature envelope."""
        hexd = "".join(self.rng.choice("0123456789ABCDEF") for _ in range(32))
        uuid = f"{hexd[:8]}-{hexd[8:12]}-{hexd[12:16]}-{hexd[16:20]}-{hexd[20:]}"
        return self.rng.choice(_ENVELOPE_VENDORS), uuid

    def date(self, language: str, year: int | None = None) -> str:
        rng = self.rng
        y, m, d = year or rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
        month = _MONTHS[language][m - 1]
        if language == "de":
            return rng.choice((f"{d}. {month} {y}", f"{d:02d}.{m:02d}.{y}"))
        return rng.choice((f"{d} {month} {y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}"))

    def amount(self, language: str) -> str:
        rng = self.rng
        value = rng.choice((rng.randint(5, 950) * 100, rng.randint(1, 99) * 1000, rng.randint(100, 99999)))
        cents = rng.choice((0, 0, rng.randint(1, 99)))
        currency = rng.choice(("EUR", "EUR", "USD", "GBP"))
        if language == "de":
            whole = f"{value:,}".replace(",", ".")
            return f"{whole},{cents:02d} {currency}"
        return f"{currency} {value:,}.{cents:02d}"


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 minus the mod-97 of BBAN + country + '00' read as a number."""
    rearranged = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"


def iban_is_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    return len(compact) > 4 and int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _ascii(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-"))


_TLD = {
    "de_DE": (".de", ".com"),
    "en_GB": (".co.uk", ".com"),
    "en_US": (".com", ".io"),
    "fr_FR": (".fr",),
    "nl_NL": (".nl",),
}
_TITLES = {
    "en": ("Managing Director", "Chief Executive Officer", "General Counsel", "Head of Procurement", "Chief Financial Officer", "VP Legal", "Director"),
    "de": ("Geschäftsführer", "Geschäftsführerin", "Prokurist", "Vorstand", "Leiterin Einkauf", "Justiziar", "Leiter Recht"),
}
