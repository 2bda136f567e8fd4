"""Eligibility rules: may a document leave for a purpose at a moment, and if not, why."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from desktop.core.consent.parties import (
    CONSENTING_ROLES,
    ConsentRecord,
    ConsentStatus,
    Eligibility,
    PartyLink,
    UsedConsent,
    Verdict,
    as_date,
)

# The reasons' wording, one template each, filled with str.format: the window shows a reason in its own
# language by matching it against these templates, so they are the one source.
NO_CONFIRMED = "no confirmed parties: confirm who the parties of this document are"
NOT_CONFIRMED = "{name}: proposed as {role}, not confirmed"
NO_CONSENT = "{name} ({role}): {reason}"
STILL_READABLE = "{name} ({role}) has no consent of their own and is still readable in {count} place(s): redact it"
NO_CONSENT_FOR = "no consent for {purpose}"
STARTS_ON = "consent only starts on {day}"
WITHDRAWN_ON = "consent withdrawn on {day}{version}"
REFUSED = "consent refused{version}"
WITHDRAWN = "consent withdrawn{version}"
EXPIRED_ON = "consent expired on {day}{version}"
EXPIRED = "consent expired{version}"
NO_GRANT_DATE = "consent has no grant date{version}"
VERSION = " (version {version})"
REASON_TEMPLATES = (NO_CONFIRMED, STILL_READABLE, NOT_CONFIRMED, NO_CONSENT, NO_CONSENT_FOR, STARTS_ON,
                    WITHDRAWN_ON, REFUSED, WITHDRAWN, EXPIRED_ON, EXPIRED, NO_GRANT_DATE, VERSION)


def evaluate(links: Iterable[PartyLink], consents: Iterable[ConsentRecord], purpose: str,
             at: date | datetime) -> Eligibility:
    """Eligible only when every confirmed contracting party and signer holds a consent valid at `at`.

    Blocked reasons (a consent missing, refused, withdrawn, expired) outrank needs-attention reasons
    (unconfirmed links, people named whose name is still readable).
    """
    day = as_date(at)
    links = list(links)
    by_party: dict[int | None, list[ConsentRecord]] = {}
    for c in consents:
        if c.purpose == purpose:
            by_party.setdefault(c.party_id, []).append(c)
    blocked: list[str] = []
    attention: list[str] = []
    used: list[UsedConsent] = []
    confirmed = [link for link in links if link.confirmed]
    if not confirmed:
        attention.append(NO_CONFIRMED)
    for link in links:
        name = link.party.name
        if not link.confirmed:
            attention.append(NOT_CONFIRMED.format(name=name, role=link.role))
        elif link.role in CONSENTING_ROLES:
            record, reason = _consent_at(by_party.get(link.party.id, []), day)
            if record is None:
                blocked.append(NO_CONSENT.format(name=name, role=link.role,
                                                 reason=reason or NO_CONSENT_FOR.format(purpose=purpose)))
            else:
                used.append(_used(link, record))
        elif link.unredacted:
            attention.append(STILL_READABLE.format(name=name, role=link.role, count=link.unredacted))
    if blocked:
        return Eligibility(Verdict.BLOCKED, tuple(blocked + attention), tuple(used))
    if attention:
        return Eligibility(Verdict.ATTENTION, tuple(attention), tuple(used))
    return Eligibility(Verdict.ELIGIBLE, (), tuple(used))


def _consent_at(records: list[ConsentRecord], day: date) -> tuple[ConsentRecord | None, str]:
    """The record valid on `day`, or None and why not. The latest decision made by then governs."""
    started = [r for r in records if r.granted_on is None or r.granted_on <= day]
    if not started:
        if records:
            first = min(r.granted_on for r in records if r.granted_on)
            return None, STARTS_ON.format(day=first.isoformat())
        return None, ""
    latest = max(started, key=lambda r: (r.granted_on or date.min, _version_key(r.version)))
    return _valid_on(latest, day)


def _valid_on(r: ConsentRecord, day: date) -> tuple[ConsentRecord | None, str]:
    version = VERSION.format(version=r.version)
    if r.withdrawn_on is not None and r.withdrawn_on <= day:
        return None, WITHDRAWN_ON.format(day=r.withdrawn_on.isoformat(), version=version)
    if r.status == ConsentStatus.REFUSED:
        return None, REFUSED.format(version=version)
    if r.status == ConsentStatus.WITHDRAWN and r.withdrawn_on is None:
        return None, WITHDRAWN.format(version=version)
    if r.valid_until is not None and r.valid_until < day:
        return None, EXPIRED_ON.format(day=r.valid_until.isoformat(), version=version)
    if r.status == ConsentStatus.EXPIRED and r.valid_until is None:
        return None, EXPIRED.format(version=version)
    if r.granted_on is None:
        return None, NO_GRANT_DATE.format(version=version)
    # A withdrawal or expiry after `day` does not undo a consent that held on `day`.
    return r, ""


def _version_key(version: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in version.replace("-", ".").split("."))


def _used(link: PartyLink, r: ConsentRecord) -> UsedConsent:
    return UsedConsent(
        party_id=link.party.id, party=link.party.name, purpose=r.purpose, version=r.version,
        granted_on=r.granted_on.isoformat() if r.granted_on else None,
        valid_until=r.valid_until.isoformat() if r.valid_until else None, evidence=r.evidence,
    )
