"""Plain data of the consent registry: parties, their roles in a document, consent records, verdicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from desktop.core.text.stoplist import is_role_phrase
from desktop.core.text.terms import base_name, normalise_name


class PartyKind(StrEnum):
    COMPANY = "company"
    PERSON = "person"


class Role(StrEnum):
    CONTRACTING = "contracting party"
    SIGNER = "signer"
    WITNESS = "witness"
    CONTACT = "contact"  # named in a notices clause to be reached: no consent of their own, redacted
    OTHER = "other person named"


# Parties whose consent the export needs; the others have none of their own and must be redacted.
CONSENTING_ROLES = frozenset({Role.CONTRACTING, Role.SIGNER})


class ConsentStatus(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


class Verdict(StrEnum):
    ELIGIBLE = "eligible"
    ATTENTION = "needs-attention"
    BLOCKED = "blocked"


@dataclass(frozen=True)
class Party:
    name: str
    kind: str = PartyKind.COMPANY
    register_number: str = ""
    vat_id: str = ""
    email: str = ""
    aliases: tuple[str, ...] = ()
    id: int | None = None

    @property
    def terms(self) -> tuple[str, ...]:
        """Every string that names this party in a text: name, aliases, e-mail. An alias that is a
        role word ("Supplier", "der Auftraggeber") names every party of its kind, so it is left out:
        searching for it would propose, and demand the redaction of, every "the Supplier"."""
        return tuple(t for t in (self.name, *self.aliases, self.email) if t and not is_role_phrase(t))


@dataclass(frozen=True)
class ConsentRecord:
    party_id: int | None
    purpose: str
    status: str
    version: str
    granted_on: date | None = None
    valid_until: date | None = None
    withdrawn_on: date | None = None
    evidence: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PartyLink:
    """A party's place in one document. `unredacted` counts the places its name is still readable."""

    party: Party
    role: str
    confirmed: bool = False
    source: str = "manual"
    unredacted: int = 0
    note: str = ""


@dataclass(frozen=True)
class UsedConsent:
    """The consent that made a party eligible: written to the manifest and the audit log."""

    party_id: int | None
    party: str
    purpose: str
    version: str
    granted_on: str | None
    valid_until: str | None
    evidence: str


@dataclass(frozen=True)
class Eligibility:
    status: str
    reasons: tuple[str, ...] = ()
    consent_versions: tuple[UsedConsent, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == Verdict.ELIGIBLE


def as_date(value: date | datetime | str | None) -> date | None:
    """A calendar day from a date, a datetime (its own day) or an ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def match_party(name: str, parties: Iterable[Party]) -> tuple[Party | None, str]:
    """The registry party a name refers to and how it matched; a base-name match must be unique."""
    parties = list(parties)
    for method, key in (("exact", lambda s: s.strip()), ("legal-form", normalise_name)):
        wanted = key(name)
        for p in parties:
            if key(p.name) == wanted:
                return p, method
        for p in parties:
            if any(key(a) == wanted for a in p.aliases):
                return p, "alias"
    if "@" in name:
        for p in parties:
            if p.email and p.email.casefold() == name.strip().casefold():
                return p, "e-mail"
    wanted = base_name(name)
    hits = [p for p in parties if wanted and wanted in {base_name(t) for t in (p.name, *p.aliases)}]
    if len(hits) == 1:
        return hits[0], "name-without-legal-form"
    return None, "new"
