"""Consent registry as CSV: one row per consent with its party's columns; validated row by row."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core.parties import ConsentRecord, ConsentStatus, Party, PartyKind
from desktop.core.terms import normalise_name

COLUMNS = ("party_name", "party_kind", "register_number", "vat_id", "email", "aliases", "purpose", "status",
           "granted_on", "valid_until", "withdrawn_on", "version", "evidence")
REQUIRED = ("party_name", "party_kind", "purpose", "status", "version")
ALIAS_SEPARATOR = "|"
_PURPOSE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KINDS = {str(k): k for k in PartyKind}
_STATUSES = {str(s): s for s in ConsentStatus}


@dataclass
class ParsedConsents:
    rows: list[tuple[Party, ConsentRecord]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line N: what is wrong"
    duplicates: int = 0  # identical repeated rows, imported once
    file: str | None = None  # the file's name and the sha256 of its bytes, for the import's audit entry
    file_sha256: str | None = None

    @property
    def source(self) -> dict:
        return {"file": self.file, "file_sha256": self.file_sha256}


def read_consents(source: Path | str) -> ParsedConsents:
    """Parse a consent CSV file (a path) or its text; every problem is reported with its line number."""
    if isinstance(source, Path):
        try:
            data = source.read_bytes()
            text = data.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            return ParsedConsents(errors=[f"{source}: cannot read the file ({exc})"])
        parsed = parse_consents(text)
        parsed.file, parsed.file_sha256 = source.name, hashlib.sha256(data).hexdigest()
        return parsed
    return parse_consents(source)


def parse_consents(text: str) -> ParsedConsents:
    out = ParsedConsents()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if not header or missing or unknown:
        problems = [f"missing columns: {', '.join(missing)}" if missing else "",
                    f"unknown columns: {', '.join(unknown)}" if unknown else ""]
        out.errors.append(f"line 1: bad header ({'; '.join(p for p in problems if p) or 'empty file'}); "
                          f"expected {','.join(COLUMNS)}")
        return out
    reader.fieldnames = header
    seen_consent: dict[tuple, tuple[int, tuple]] = {}
    seen_party: dict[tuple, tuple[int, Party]] = {}
    start = 2
    for raw in reader:
        line, start = start, reader.line_num + 1
        if None in raw:
            out.errors.append(f"line {line}: more fields than the header has columns")
            continue
        values = {c: (raw.get(c) or "").strip() for c in COLUMNS}
        if not any(values.values()):
            continue
        try:
            party, consent = _row(values)
        except ValueError as exc:
            out.errors.append(f"line {line}: {exc}")
            continue
        pkey = (party.kind, normalise_name(party.name))
        if pkey in seen_party and seen_party[pkey][1] != party:
            out.errors.append(f"line {line}: {party.name} has other party details than on line {seen_party[pkey][0]}")
            continue
        seen_party.setdefault(pkey, (line, party))
        ckey = (*pkey, consent.purpose, consent.version)
        if ckey in seen_consent:
            first, first_consent = seen_consent[ckey]
            if first_consent == consent:
                out.duplicates += 1
            else:
                out.errors.append(f"line {line}: same party, purpose and version as line {first} "
                                  "with other values")
            continue
        seen_consent[ckey] = (line, consent)
        out.rows.append((party, consent))
    return out


def _row(v: dict) -> tuple[Party, ConsentRecord]:
    for column in REQUIRED:
        if not v[column]:
            raise ValueError(f"{column} is empty")
    if v["party_kind"] not in _KINDS:
        raise ValueError(f"party_kind {v['party_kind']!r} is not company or person")
    if v["status"] not in _STATUSES:
        raise ValueError(f"status {v['status']!r} is not one of {', '.join(ConsentStatus)}")
    if not _PURPOSE.match(v["purpose"]):
        raise ValueError(f"purpose {v['purpose']!r} must be lower-case words joined by '-' (e.g. ai-training)")
    if v["email"] and not _EMAIL.match(v["email"]):
        raise ValueError(f"email {v['email']!r} is not an e-mail address")
    granted_on, valid_until, withdrawn_on = (_date(v, c) for c in ("granted_on", "valid_until", "withdrawn_on"))
    if v["status"] == ConsentStatus.GRANTED and granted_on is None:
        raise ValueError("a granted consent needs granted_on")
    if v["status"] == ConsentStatus.WITHDRAWN and withdrawn_on is None:
        raise ValueError("a withdrawn consent needs withdrawn_on")
    if granted_on and valid_until and valid_until < granted_on:
        raise ValueError(f"valid_until {valid_until} is before granted_on {granted_on}")
    if granted_on and withdrawn_on and withdrawn_on < granted_on:
        raise ValueError(f"withdrawn_on {withdrawn_on} is before granted_on {granted_on}")
    aliases = tuple(a.strip() for a in v["aliases"].split(ALIAS_SEPARATOR) if a.strip())
    party = Party(name=v["party_name"], kind=_KINDS[v["party_kind"]], register_number=v["register_number"],
                  vat_id=v["vat_id"], email=v["email"], aliases=aliases)
    consent = ConsentRecord(None, v["purpose"], _STATUSES[v["status"]], v["version"], granted_on, valid_until,
                            withdrawn_on, v["evidence"])
    return party, consent


def _date(v: dict, column: str) -> date | None:
    if not v[column]:
        return None
    try:
        return date.fromisoformat(v[column])
    except ValueError:
        raise ValueError(f"{column} {v[column]!r} is not a date (YYYY-MM-DD)") from None


def write_consents(rows: Iterable[tuple[Party, ConsentRecord]], out: io.TextIOBase) -> int:
    """Write rows in the import format; reading the output back gives the same registry."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for p, c in rows:
        writer.writerow([p.name, p.kind, p.register_number, p.vat_id, p.email, ALIAS_SEPARATOR.join(p.aliases),
                         c.purpose, c.status, *(d.isoformat() if d else "" for d in (c.granted_on, c.valid_until,
                                                                                    c.withdrawn_on)),
                         c.version, c.evidence])
        n += 1
    return n


PURGE_COLUMNS = ("batch", "file", "where", "sha256", "date")


def purge_list_text(purge: Iterable[dict], delimiter: str = ",") -> str:
    """The purge list as CSV (or tab-separated for the clipboard), with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(PURGE_COLUMNS)
    writer.writerows([str(p[c]) for c in PURGE_COLUMNS] for p in purge)
    return out.getvalue()
