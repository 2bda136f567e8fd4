"""The export gate: a document's eligibility from the store, the manifest entry, and withdrawal."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop.core.consent.parties import CONSENTING_ROLES, Eligibility, PartyLink, as_date
from desktop.core.consent.rules import evaluate
from desktop.core.model import Status
from desktop.core.text.terms import base_name, term_regex

if TYPE_CHECKING:  # the store is a layer above: its areas are named for the type checker only
    from desktop.core.store.areas import LinkedFindingsStore, WithdrawalStore

DEFAULT_PURPOSE = "ai-training"


def readable_occurrences(store: LinkedFindingsStore, doc_id: int, terms: tuple[str, ...]) -> int:
    """How many times any of `terms` appears in the page text without a confirmed finding over it."""
    patterns = [p for t in terms if (p := term_regex(t, whole_words=False)) is not None]
    if not patterns:
        return 0
    count = 0
    for page in store.page_rows(doc_id):
        covered = [(f.start, f.end) for f in store.findings(doc_id, page["number"])
                   if f.status == Status.CONFIRMED and f.start >= 0]
        for pattern in patterns:
            for m in pattern.finditer(page["text"]):
                if not any(s <= m.start() and m.end() <= e for s, e in covered):
                    count += 1
    return count


# Where a link comes from when a scan proposed it (the reviewer's and the registry's own links stay).
SCAN_SOURCES = frozenset({"parties-clause", "signature-block", "notices-clause", "detection"})


def document_links(store: LinkedFindingsStore, doc_id: int) -> list[PartyLink]:
    """The document's links; people without consent of their own carry how often they are still readable.
    A party a scan proposed goes once the reviewer rejects every finding of its name (an undo of the
    rejection brings it back): the name was not one, so neither is the party."""
    findings = store.findings(doc_id)
    return [
        link if link.role in CONSENTING_ROLES or not link.confirmed
        else replace(link, unredacted=readable_occurrences(store, doc_id, link.party.terms))
        for link in store.document_links(doc_id) if not proposal_rejected(link, findings)
    ]


def proposal_rejected(link: PartyLink, findings) -> bool:
    """Whether an unconfirmed link a scan proposed has lost its ground: findings of the party's names
    exist and the reviewer rejected every one of them."""
    if link.confirmed or link.source not in SCAN_SOURCES:
        return False
    keys = {base_name(t) for t in link.party.terms}
    named = [f for f in findings if f.status != Status.SUPPRESSED and base_name(f.text) in keys]
    return bool(named) and all(f.status == Status.REJECTED for f in named)


def eligibility(store: LinkedFindingsStore, doc_id: int, purpose: str = DEFAULT_PURPOSE, at: date | datetime | None = None) -> Eligibility:
    links = document_links(store, doc_id)
    consents = [c for link in links for c in store.consents(link.party.id, purpose)]
    return evaluate(links, consents, purpose, at or date.today())


def consent_gate(store: LinkedFindingsStore, doc, purpose: str = DEFAULT_PURPOSE, at: date | datetime | None = None) -> list[str]:
    """Why the document may not leave for `purpose` at `at`; an empty list means it may."""
    doc_id = doc if isinstance(doc, int) else doc["id"]
    return list(eligibility(store, doc_id, purpose, at).reasons)


def consent_manifest_entry(store: LinkedFindingsStore, doc_id: int, purpose: str = DEFAULT_PURPOSE,
                           at: date | datetime | None = None) -> dict:
    """The consent decision for the export manifest and the audit log: verdict, reasons, versions used."""
    result = eligibility(store, doc_id, purpose, at)
    return {
        "document": doc_id,
        "purpose": purpose,
        "at": as_date(at or date.today()).isoformat(),
        "status": str(result.status),
        "reasons": list(result.reasons),
        "consents": [asdict(u) for u in result.consent_versions],
    }


class ConsentError(ValueError):
    """A consent request that cannot be carried out; the message is one line for people."""


def withdraw(store: WithdrawalStore, party: str | int, purpose: str, on: date | datetime | str) -> list[dict]:
    """Record a withdrawal and return the purge list: every exported file that holds the party's documents."""
    found = store.party(party) if isinstance(party, int) else store.find_party(party)
    if found is None:
        raise ConsentError(f"no party {party!r} in the registry")
    day = as_date(on)
    with store.atomic():
        open_consents = [c for c in store.consents(found.id, purpose)
                         if c.status != "refused" and not (c.withdrawn_on and c.withdrawn_on <= day)]
        early = [c for c in open_consents if c.granted_on and c.granted_on > day]
        if early:  # a consent cannot be withdrawn before it was given: most likely a typo in the date
            raise ConsentError(f"{found.name}: a withdrawal on {day} is before the consent for {purpose} "
                               f"(v{early[0].version}) was granted on {early[0].granted_on}")
        if not store.record_withdrawal(found.id, purpose, day) and not any(
                c.withdrawn_on and c.withdrawn_on <= day for c in store.consents(found.id, purpose)):
            raise ConsentError(f"{found.name} holds no consent for {purpose} to withdraw")
        purge = purge_list(store, found.id)
        store.append_audit("consent-purge-list", {"party": found.id, "purpose": purpose,
                                                  "withdrawn_on": day.isoformat(), "files": purge})
    return purge


WHOLE_FILE = "whole file"


def purge_list(store: WithdrawalStore, party_id: int) -> list[dict]:
    """Every exported artefact that holds one of the party's documents: each PDF as a whole file, and
    each line of a batch's pseudonymised text (JSONL) that carries the same document's text, by line
    number and record (the PDF's name in the batch). Keys: batch, file, sha256, date, where."""
    files = store.purge_list(party_id)
    out: list[dict] = []
    for batch in dict.fromkeys(f["batch"] for f in files):
        pdfs = [f for f in files if f["batch"] == batch]
        out += [{**f, "where": WHOLE_FILE} for f in pdfs]
        names = {f["file"] for f in pdfs}
        for text in (f for f in store.batch_files(batch) if f["kind"] == "text"):
            out += [{"batch": batch, "file": text["name"], "sha256": text["sha256"], "date": pdfs[0]["date"],
                     "document": pdfs[0]["document"], "where": f"line {number} (record {record})"}
                    for number, record in _jsonl_records(bytes(text["content"])) if record in names]
    return out


def _jsonl_records(content: bytes) -> list[tuple[int, str]]:
    """(line number from 1, the record's file name) of each line of an exported text.jsonl."""
    out = []
    for number, line in enumerate(content.decode("utf-8").splitlines(), 1):
        if line.strip():
            out.append((number, str(json.loads(line).get("file", ""))))
    return out
