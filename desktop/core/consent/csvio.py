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

from desktop.core.consent.parties import ConsentRecord, ConsentStatus, Party, PartyKind
from desktop.core.text.terms import normalise_name

COLUMNS = ("party_name", "party_kind", "register_number", "vat_id", "email", "aliases", "purpose", "status",
           "granted_on", "valid_until", "withdrawn_on", "version", "evidence")
REQUIRED = ("party_name", "party_kind", "purpose", "status", "version")
ALIAS_SEPARATOR = "|"
_PURPOSE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_FIELD = 10_000  # characters; evidence is a reference, not a document
MAX_ERRORS = 100  # reported per file; the rest are counted
# A cell a spreadsheet would run as a formula (CSV injection). Export puts a ' before it, import
# takes that ' away again, so the registry round-trips exactly.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_KINDS = {str(k): k for k in PartyKind}
_STATUSES = {str(s): s for s in ConsentStatus}


@dataclass
class ParsedConsents:
    rows: list[tuple[Party, ConsentRecord]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "line N: what is wrong"
    duplicates: int = 0  # identical repeated rows, imported once
    file: str | None = None  # the file's name and the sha256 of its bytes, for the import's audit entry
    file_sha256: str | None = None
    file_error: str | None = None  # the file as a whole cannot be read (then it is also the one error)
    more_errors: int = 0  # errors beyond MAX_ERRORS, counted only

    def error(self, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(message)
        else:
            self.more_errors += 1

    @property
    def source(self) -> dict:
        return {"file": self.file, "file_sha256": self.file_sha256}


def read_consents(source: Path | str) -> ParsedConsents:
    """Parse a consent CSV file (a path) or its text; every problem is reported with its line number."""
    if isinstance(source, Path):
        try:
            data = read_small_file(source)
            text = decode_text(data)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return ParsedConsents(errors=[f"{source}: {reason}"], file_error=reason)
        parsed = parse_consents(text)
        parsed.file, parsed.file_sha256 = source.name, hashlib.sha256(data).hexdigest()
        return parsed
    return parse_consents(source)


MAX_TEXT_FILE = 64 * 2**20  # a registry of a million parties is well under this


def read_small_file(path: Path, limit: int = MAX_TEXT_FILE) -> bytes:
    """A text file the user gives (a CSV, terms), read up to `limit`: /dev/zero or a runaway export
    is refused in one line instead of filling the memory."""
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"larger than {limit // 2**20} MB, more than a text file of this kind holds; "
                         "give the file itself (or split it)")
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark) or UTF-16 with its mark; anything else is refused
    with what to do, rather than guessed (a wrong guess changes names)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError("not UTF-16 text, though it starts like it (cut off or damaged); "
                             "save it as UTF-8 and try again") from None
        if text and not any(c.isascii() for c in text):  # no comma, digit or line break: bytes read wrongly
            raise ValueError("not readable as UTF-16 text, though it starts like it (it reads as no "
                             "plain letter, digit or line break); save it as UTF-8 and try again")
    else:
        if b"\x00" in data[:4096]:
            raise ValueError("not a text file (it holds NUL bytes)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValueError(f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                             "save it as UTF-8 and try again") from None
    if "\x00" in text:
        raise ValueError("not a text file (it holds NUL characters)")
    return text


def parse_consents(text: str) -> ParsedConsents:
    out = ParsedConsents()
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in reader.fieldnames or []]
    except csv.Error as exc:
        out.error(f"line 1: {exc}")
        return out
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    twice = sorted({c for c in header if header.count(c) > 1})
    if not header or missing or unknown or twice:
        problems = [f"missing columns: {', '.join(missing)}" if missing else "",
                    f"unknown columns: {', '.join(unknown)}" if unknown else "",
                    f"columns given twice: {', '.join(twice)}" if twice else ""]
        out.errors.append(f"line 1: bad header ({'; '.join(p for p in problems if p) or 'empty file'}); "
                          f"expected {','.join(COLUMNS)}")
        return out
    reader.fieldnames = header
    seen_consent: dict[tuple, tuple[int, tuple]] = {}
    seen_party: dict[tuple, tuple[int, Party]] = {}
    start = 2
    rows = iter(reader)
    while True:
        try:
            raw = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:  # a field over the csv module's limit, a stray quote: the file stops here
            out.error(f"line {start}: {exc}; nothing after it was read")
            break
        line, start = start, reader.line_num + 1
        if None in raw:
            out.error(f"line {line}: more fields than the header has columns")
            continue
        values = {c: unguarded((raw.get(c) or "").strip()) for c in COLUMNS}
        if not any(values.values()):
            continue
        problems = _row_problems(values)
        if problems:
            for problem in problems:
                out.error(f"line {line}: {problem}")
            continue
        party, consent = _row(values)
        pkey = (party.kind, normalise_name(party.name))
        if pkey in seen_party and seen_party[pkey][1] != party:
            out.error(f"line {line}: {party.name} has other party details than on line {seen_party[pkey][0]}")
            continue
        seen_party.setdefault(pkey, (line, party))
        ckey = (*pkey, consent.purpose, consent.version)
        if ckey in seen_consent:
            first, first_consent = seen_consent[ckey]
            if first_consent == consent:
                out.duplicates += 1
            else:
                out.error(f"line {line}: same party, purpose and version as line {first} "
                                  "with other values")
            continue
        seen_consent[ckey] = (line, consent)
        out.rows.append((party, consent))
    return out


def _row_problems(v: dict) -> list[str]:
    """Every problem of one row, not only the first."""
    problems = [f"{c} is empty" for c in REQUIRED if not v[c]]
    for column, value in v.items():
        bad = next((ch for ch in value if _control(ch)), None)
        if bad is not None:
            problems.append(f"{column} holds a control character (U+{ord(bad):04X})")
        if len(value) > MAX_FIELD:
            problems.append(f"{column} is {len(value)} characters long (at most {MAX_FIELD})")
    if v["party_kind"] and v["party_kind"] not in _KINDS:
        problems.append(f"party_kind {_shown(v['party_kind'])} is not company or person")
    if v["status"] and v["status"] not in _STATUSES:
        problems.append(f"status {_shown(v['status'])} is not one of {', '.join(ConsentStatus)}")
    if v["purpose"] and not _PURPOSE.match(v["purpose"]):
        problems.append(f"purpose {_shown(v['purpose'])} must be lower-case words joined by '-' (e.g. ai-training)")
    if v["email"] and not _EMAIL.match(v["email"]):
        problems.append(f"email {_shown(v['email'])} is not an e-mail address")
    dates = {}
    for column in ("granted_on", "valid_until", "withdrawn_on"):
        try:
            dates[column] = _date(v, column)
        except ValueError as exc:
            problems.append(str(exc))
            dates[column] = None
    granted_on, valid_until, withdrawn_on = dates["granted_on"], dates["valid_until"], dates["withdrawn_on"]
    if v["status"] == ConsentStatus.GRANTED and granted_on is None and "granted_on" not in " ".join(problems):
        problems.append("a granted consent needs granted_on")
    if v["status"] == ConsentStatus.WITHDRAWN and withdrawn_on is None and "withdrawn_on" not in " ".join(problems):
        problems.append("a withdrawn consent needs withdrawn_on")
    if granted_on and valid_until and valid_until < granted_on:
        problems.append(f"valid_until {valid_until} is before granted_on {granted_on}")
    if granted_on and withdrawn_on and withdrawn_on < granted_on:
        problems.append(f"withdrawn_on {withdrawn_on} is before granted_on {granted_on}")
    return problems


def _control(ch: str) -> bool:
    """NUL, escape and the other C0/C1 controls (a terminal runs escape sequences); tab and line
    breaks inside a quoted field are text."""
    code = ord(ch)
    return (code < 32 and ch not in "\t\n\r") or 0x7F <= code <= 0x9F


def _shown(value: str, limit: int = 60) -> str:
    """A value quoted for an error message: control characters escaped, long values cut."""
    text = repr(value[:limit])
    return text + ("…" if len(value) > limit else "")


def _row(v: dict) -> tuple[Party, ConsentRecord]:
    """A row that has no problems (see _row_problems) as a party and its consent."""
    granted_on, valid_until, withdrawn_on = (_date(v, c) for c in ("granted_on", "valid_until", "withdrawn_on"))
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
        raise ValueError(f"{column} {_shown(v[column])} is not a date (YYYY-MM-DD)") from None


def write_consents(rows: Iterable[tuple[Party, ConsentRecord]], out: io.TextIOBase) -> int:
    """Write rows in the import format; reading the output back gives the same registry."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    n = 0
    for p, c in rows:
        cells = [p.name, p.kind, p.register_number, p.vat_id, p.email, ALIAS_SEPARATOR.join(p.aliases),
                 c.purpose, c.status, *(d.isoformat() if d else "" for d in (c.granted_on, c.valid_until,
                                                                            c.withdrawn_on)),
                 c.version, c.evidence]
        writer.writerow([guarded(str(cell)) for cell in cells])
        n += 1
    return n


def _needs_guard(cell: str) -> bool:
    return cell.startswith(_FORMULA_START) or (cell.startswith("'") and _needs_guard(cell[1:]))


def guarded(cell: str) -> str:
    """A cell safe to open in a spreadsheet: control characters dropped, a formula start quoted."""
    cell = "".join(ch for ch in cell if not _control(ch) or ch == "\n")
    return "'" + cell if _needs_guard(cell) else cell


def unguarded(cell: str) -> str:
    """The value a guarded cell stands for (the inverse of the quoting in `guarded`)."""
    return cell[1:] if cell.startswith("'") and _needs_guard(cell[1:]) else cell


PURGE_COLUMNS = ("batch", "file", "where", "sha256", "date")


def purge_list_text(purge: Iterable[dict], delimiter: str = ",") -> str:
    """The purge list as CSV (or tab-separated for the clipboard), with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(PURGE_COLUMNS)
    writer.writerows([str(p[c]) for c in PURGE_COLUMNS] for p in purge)
    return out.getvalue()
