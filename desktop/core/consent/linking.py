"""Proposing a document's parties at scan time: parties clause, signature blocks and detections."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.core.consent.clause_names import clause_names
from desktop.core.consent.matching import Candidate, LinkProposal, propose_links
from desktop.core.consent.parties import Party, PartyKind, Role, match_party
from desktop.core.model import EntityType, Finding, Status
from desktop.core.pdf import PageText
from desktop.core.text.propagate import collect_seeds
from desktop.core.text.stoplist import FIELD_LABELS, is_role_phrase
from desktop.core.text.terms import base_name, normalise_name

if TYPE_CHECKING:  # the store is a layer above: its areas are named for the type checker only
    from desktop.core.store.areas import PartiesStore, ScanStore

NOT_A_PARTY_NOTE = "named but not a party: no consent of their own, so their data must be redacted"
_CLAUSE_START = re.compile(r"\b(?:by\s+and\s+)?(?:between|among|zwischen)\b", re.IGNORECASE)
_CLAUSE_REACH = 1500  # characters after "between" that may still belong to the parties clause
_CLAUSE_END = re.compile(r"\b(?:WHEREAS|RECITALS|BACKGROUND|NOW,? THEREFORE|WITNESSETH|Präambel|Vorbemerkung)\b"
                         r"|\n\s*(?:1|I|A)\.?\s+[A-Z]")
_FORM = (r"(?:AG|KG|UG|SE|S\.A\.S?\.?|B\.V\.|N\.V\.|L\.P\.|"
         r"(?=[A-Z])(?i:G\.?m\.?b\.?H\.?(?:\s&\sCo\.\s?KG)?|Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|LLP|Corp\.?|Corporation|Company))")
# "Acme Widgets, Inc." / "AGAPE ATP INTERNATIONAL HOLDING LIMITED" / "Kelly & White Corp.": capitalised words
# (and ampersands) on one line, then a legal form.
# A comma only before the legal form ("Cargill, Incorporated"): elsewhere it separates the names of a list.
_COMPANY = re.compile(r"(?<![\w&])((?:(?:[A-Z0-9][\w&'’.-]*|&)[ \t]+){0,6}?[A-Z0-9][\w&'’.-]*,?[ \t]+" + _FORM
                      + r")(?!\w)")
_WRAPPED_AMPERSAND = re.compile(r"[ \t]*\n[ \t]*(?=[&+][ \t])|(?<=[&+])[ \t]*\n[ \t]*")
_WITNESS = re.compile(r"\b(?:witness(?:es|ed)?|zeuge|zeugin)\b", re.IGNORECASE)
_NOTARY = re.compile(r"\b(?:notary|notar(?:in)?)\b", re.IGNORECASE)
_TRAILING_LABEL = re.compile(rf"(?:\s+(?:{'|'.join(FIELD_LABELS)}))+$")  # the next field's label
_LEAD_WORDS = re.compile(r"^(?:(?:and|between|among|by|the|this|with|&)\s+)+", re.IGNORECASE)


def parties_clause(pages: Iterable[PageText]) -> tuple[int, int, int] | None:
    """(page, start, end) of the text that names the contracting parties, on the first two pages."""
    for page in list(pages)[:2]:
        m = _CLAUSE_START.search(page.text)
        if m:
            end = min(len(page.text), m.end() + _CLAUSE_REACH)
            stop = _CLAUSE_END.search(page.text, m.end(), end)
            return page.number, m.start(), stop.start() if stop else end
    return None


def opening(text: str) -> str:
    """The first page up to its recitals or first numbered heading: where parties are introduced."""
    stop = _CLAUSE_END.search(text, 0, _CLAUSE_REACH * 2)
    return text[:stop.start() if stop else _CLAUSE_REACH * 2]


def clause_companies(text: str) -> list[str]:
    names = []
    text = _WRAPPED_AMPERSAND.sub(" ", text)  # "Kelly\n& White Corp." is one name, not "White Corp."
    for m in _COMPANY.finditer(text):
        name = _LEAD_WORDS.sub("", " ".join(m.group(1).split())).strip(" ,")
        if len(name.split()) >= 2 and not is_role_phrase(base_name(name)):
            names.append(name)
    return names


def party_candidates(pages: list[PageText], findings: list[Finding]) -> list[Candidate]:
    """Who the document names, with a proposed role, the contracting parties first."""
    out: list[Candidate] = []
    named: list[str] = []
    clause = parties_clause(pages)
    if clause:
        number, start, end = clause
        text = next(p.text for p in pages if p.number == number)
        in_clause = sorted((f for f in findings if f.page == number and start <= f.start and f.end <= end
                            and f.entity_type in (EntityType.COMPANY, EntityType.PERSON)), key=lambda f: f.start)
        named += clause_companies(text[start:end]) + clause_names(text[start:end])
        named += [f.text for f in in_clause if _is_name(f.text)]
    if pages:  # an opening without "between" ("X, a Michigan corporation, and Y ... agree as follows")
        head = opening(pages[0].text)
        named += clause_companies(head) + clause_names(head)
    out += [Candidate(n, Role.CONTRACTING, "parties-clause") for n in without_truncations(named)]
    for seed in collect_seeds(pages, findings):
        name = _TRAILING_LABEL.sub("", seed.name)
        if seed.origin.startswith("signature block") and _is_name(name):
            out.append(Candidate(name, _signature_role(pages, name), "signature-block"))
    for f in findings:
        if f.entity_type == EntityType.COMPANY and _is_name(f.text):
            out.append(Candidate(f.text, Role.CONTRACTING, "detection"))
        elif f.entity_type == EntityType.PERSON and len(f.text.split()) >= 2 and _is_name(f.text):
            out.append(Candidate(f.text, Role.OTHER, "detection"))
    return without_parts(out)


_WHOLE_NAME_SOURCES = ("signature-block", "parties-clause")  # where a name is read whole; a detection may be a phrase


def without_parts(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a name whose words stand inside a longer name that a signature block or the parties
    clause gives, neither with a legal form: "Hans Jörg" and "Kilian Hofmann" (one name broken by a
    line wrap) beside "Hans Jörg Kilian Hofmann" in the signature block are one person, not three;
    a part proposed alone would be a party of its own, without consent, and block the document.
    Names with a legal form are left alone: "John Smith" and "John Smith Consulting LLC" may be two
    parties, each with a consent of their own."""
    padded = {f" {key} " for c in candidates
              if (key := normalise_name(c.name)) and key == base_name(c.name) and c.source in _WHOLE_NAME_SOURCES}

    def part(c: Candidate) -> bool:
        key = normalise_name(c.name)
        return bool(key) and key == base_name(c.name) and any(f" {key} " in p and p != f" {key} " for p in padded)

    return [c for c in candidates if not part(c)]


def without_truncations(names: list[str]) -> list[str]:
    """Drop a name that only starts a longer one found too ("Mutual Insurance Corporation" of "... of America",
    "Detto" of "Detto Technologies"): proposing both would make two parties of one."""
    keys = {normalise_name(n) for n in names}
    return [n for n in names if not any(k.startswith(normalise_name(n) + " ") for k in keys)]


def _is_name(text: str) -> bool:
    return any(c.isalpha() for c in text) and not is_role_phrase(text)


def _signature_role(pages: list[PageText], name: str) -> str:
    """A name under "Witness" signs as a witness; under "Notary" it is no party either."""
    for page in pages:
        i = page.text.find(name)
        if i >= 0:
            before = page.text[max(0, i - 80):i]
            if _NOTARY.search(before):
                return Role.OTHER
            if _WITNESS.search(before):
                return Role.WITNESS
    return Role.SIGNER


def proposals_for(candidates: list[Candidate], parties) -> list[LinkProposal]:
    """Match against the registry. Detected companies only count when the registry knows them;
    people named who are not parties or signers are proposed as "other person named"."""
    parties = list(parties)
    kept = []
    party_names = {base_name(c.name) for c in candidates if c.role in (Role.CONTRACTING, Role.SIGNER)
                   and c.source != "detection"}
    for c in candidates:
        if c.source == "detection" and c.role == Role.CONTRACTING and match_party(c.name, parties)[0] is None:
            continue  # a company merely mentioned (a supplier, a customer's customer) is no party
        if c.role == Role.OTHER and c.source == "detection" and base_name(c.name) in party_names:
            continue
        kept.append(c)
    return propose_links(kept, parties)


def link_document(store: ScanStore, doc_id: int, pages: list[PageText] | None = None) -> list[LinkProposal]:
    """Propose the document's parties and store them as unconfirmed links for the reviewer.

    Links the reviewer already made or confirmed are left alone. Call it after a document's scan.
    """
    if pages is None:
        pages = [PageText(r["number"], r["text"], (), (), r["width"], r["height"]) for r in store.page_rows(doc_id)]
    found = [f for f in store.findings(doc_id) if f.status != Status.SUPPRESSED]  # judged to name no one
    proposals = proposals_for(party_candidates(pages, found), store.parties())
    existing = {link.party.id for link in store.document_links(doc_id)}
    with store.atomic():
        for p in proposals:
            party_id = p.party.id if p.party else _new_party(store, p.candidate)
            if party_id in existing:
                continue
            existing.add(party_id)
            note = NOT_A_PARTY_NOTE if p.candidate.role in (Role.OTHER, Role.WITNESS) else ""
            store.link_party(doc_id, party_id, p.candidate.role, confirmed=False, source=p.candidate.source,
                             note=note)
    return proposals


def _new_party(store: PartiesStore, c: Candidate) -> int:
    kind = PartyKind.PERSON if c.role in (Role.SIGNER, Role.WITNESS, Role.OTHER) else PartyKind.COMPANY
    party_id, _ = store.add_party(Party(name=c.name, kind=kind), origin="scan")
    return party_id
