"""Set-based consent import: lookups loaded once, writes per chunk with executemany, one audit entry."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date

from desktop.core.consent.parties import ConsentRecord, Party
from desktop.core.text.terms import normalise_name

PARTY_FIELDS = ("kind", "name", "register_number", "vat_id", "email", "aliases")
CONSENT_FIELDS = ("status", "granted_on", "valid_until", "withdrawn_on", "evidence")
# One encoder for aliases and row digests: compact, UTF-8 as is, keys never reordered (rows are arrays).
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def party_values(p: Party) -> dict:
    return {"kind": str(p.kind), "name": p.name, "register_number": p.register_number, "vat_id": p.vat_id,
            "email": p.email, "aliases": _JSON.encode(list(p.aliases)) if p.aliases else "[]"}


def consent_values(c: ConsentRecord) -> dict:
    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return {"status": str(c.status), "granted_on": iso(c.granted_on), "valid_until": iso(c.valid_until),
            "withdrawn_on": iso(c.withdrawn_on), "evidence": c.evidence}


@dataclass
class Writes:
    """The SQL parameters of one chunk, in the order they must run (inserts before updates)."""

    new_parties: list[tuple] = field(default_factory=list)
    party_updates: list[tuple] = field(default_factory=list)
    new_consents: list[tuple] = field(default_factory=list)
    consent_updates: list[tuple] = field(default_factory=list)


class ImportPlan:
    """Compares incoming rows with the registry as loaded once, and says what to write.

    `parties` maps (kind, name_key) -> (id, values); `consents` maps (party_id, purpose, version) ->
    (id, values). Both are kept current as rows are planned, so a party named on many rows is
    inserted once and later rows compare against what this import already wrote.
    """

    def __init__(self, parties: dict, consents: dict, next_party_id: int, next_consent_id: int):
        self.parties, self.consents = parties, consents
        self.next_party_id, self.next_consent_id = next_party_id, next_consent_id
        self.counts = {"parties_added": 0, "parties_updated": 0, "consents_added": 0, "consents_updated": 0,
                       "unchanged": 0}
        self.updates: list[dict] = []  # before/after of every overwritten field: the only values not in the file
        self.rows = 0
        self._digest = hashlib.sha256()

    def plan(self, chunk, origin: str, now: str) -> Writes:
        writes = Writes()
        for party, consent in chunk:
            pv, cv = party_values(party), consent_values(consent)
            self.rows += 1
            self._digest.update(row_line(party, consent, cv))
            party_id = self._plan_party(pv, origin, now, writes)
            self._plan_consent(party_id, consent.purpose, consent.version, cv, writes)
        return writes

    def _plan_party(self, pv: dict, origin: str, now: str, writes: Writes) -> int:
        key = (pv["kind"], normalise_name(pv["name"]))
        known = self.parties.get(key)
        if known is None:
            party_id, self.next_party_id = self.next_party_id, self.next_party_id + 1
            writes.new_parties.append((party_id, pv["kind"], pv["name"], key[1], pv["register_number"], pv["vat_id"],
                                       pv["email"], pv["aliases"], origin, now))
            self.parties[key] = (party_id, pv)
            self.counts["parties_added"] += 1
            return party_id
        party_id, before = known
        changed = {k: v for k, v in pv.items() if before[k] != v}
        if changed:
            writes.party_updates.append((*(pv[k] for k in PARTY_FIELDS), party_id))
            self.parties[key] = (party_id, pv)
            self.counts["parties_updated"] += 1
            self.updates.append({"party": party_id, "before": {k: before[k] for k in changed}, "after": changed})
        return party_id

    def _plan_consent(self, party_id: int, purpose: str, version: str, cv: dict, writes: Writes) -> None:
        key = (party_id, purpose, version)
        known = self.consents.get(key)
        if known is None:
            consent_id, self.next_consent_id = self.next_consent_id, self.next_consent_id + 1
            writes.new_consents.append((consent_id, party_id, purpose, version, *(cv[k] for k in CONSENT_FIELDS)))
            self.consents[key] = (consent_id, cv)
            self.counts["consents_added"] += 1
            return
        consent_id, before = known
        changed = {k: v for k, v in cv.items() if before[k] != v}
        if not changed:
            self.counts["unchanged"] += 1
            return
        writes.consent_updates.append((*(cv[k] for k in CONSENT_FIELDS), consent_id))
        self.consents[key] = (consent_id, cv)
        self.counts["consents_updated"] += 1
        self.updates.append({"consent": consent_id, "party": party_id, "purpose": purpose, "version": version,
                             "before": {k: before[k] for k in changed}, "after": changed})

    @property
    def changed(self) -> bool:
        return any(v for k, v in self.counts.items() if k != "unchanged")

    def audit_payload(self, origin: str, source: dict | None) -> dict:
        """What the one `consent-import` entry pins: the file, every row (by digest), the counts, the overwrites."""
        return {"origin": origin, "file": None, "file_sha256": None, **(source or {}), "rows": self.rows,
                "rows_sha256": self._digest.hexdigest(), **self.counts, "updates": self.updates}


def row_line(party: Party, consent: ConsentRecord, cv: dict | None = None) -> bytes:
    """One row as the import digest sees it: a compact JSON array in CSV column order, then a newline."""
    cv = cv or consent_values(consent)
    return (_JSON.encode([party.name, str(party.kind), party.register_number, party.vat_id, party.email,
                          list(party.aliases), consent.purpose, cv["status"], cv["granted_on"], cv["valid_until"],
                          cv["withdrawn_on"], consent.version, consent.evidence]) + "\n").encode("utf-8")


def rows_digest(rows) -> str:
    """The `rows_sha256` a `consent-import` audit entry records for these rows, in their order."""
    digest = hashlib.sha256()
    for party, consent in rows:
        digest.update(row_line(party, consent))
    return digest.hexdigest()
