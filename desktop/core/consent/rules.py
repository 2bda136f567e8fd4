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
        attention.append("no confirmed parties: confirm who the parties of this document are")
    for link in links:
        name = link.party.name
        if not link.confirmed:
            attention.append(f"{name}: proposed as {link.role}, not confirmed")
        elif link.role in CONSENTING_ROLES:
            record, reason = _consent_at(by_party.get(link.party.id, []), day)
            if record is None:
                blocked.append(f"{name} ({link.role}): {reason or f'no consent for {purpose}'}")
            else:
                used.append(_used(link, record))
        elif link.unredacted:
            attention.append(f"{name} ({link.role}) has no consent of their own and is still readable "
                             f"in {link.unredacted} place(s): redact it")
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
            return None, f"consent only starts on {first.isoformat()}"
        return None, ""
    latest = max(started, key=lambda r: (r.granted_on or date.min, _version_key(r.version)))
    return _valid_on(latest, day)


def _valid_on(r: ConsentRecord, day: date) -> tuple[ConsentRecord | None, str]:
    version = f" (version {r.version})"
    if r.withdrawn_on is not None and r.withdrawn_on <= day:
        return None, f"consent withdrawn on {r.withdrawn_on.isoformat()}{version}"
    if r.status == ConsentStatus.REFUSED:
        return None, f"consent refused{version}"
    if r.status == ConsentStatus.WITHDRAWN and r.withdrawn_on is None:
        return None, f"consent withdrawn{version}"
    if r.valid_until is not None and r.valid_until < day:
        return None, f"consent expired on {r.valid_until.isoformat()}{version}"
    if r.status == ConsentStatus.EXPIRED and r.valid_until is None:
        return None, f"consent expired{version}"
    if r.granted_on is None:
        return None, f"consent has no grant date{version}"
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
