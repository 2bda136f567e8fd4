"""Proposing a document's parties at scan time: parties clause, signature blocks and detections."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.core.consent.clause_names import (
    clause_name_spans,
    clause_names,
    clause_owned_short_names,
)
from desktop.core.consent.matching import Candidate, LinkProposal, propose_links
from desktop.core.consent.parties import CONSENTING_ROLES, Party, PartyKind, Role, match_party
from desktop.core.consent.party_names import (
    clean_name,
    initials,
    is_defined_term,
    is_heading,
    running_lines,
    without_running_lines,
    without_truncations,
)
from desktop.core.model import EntityType, Finding, Status
from desktop.core.pdf import PageText
from desktop.core.text.contacts import CONTACT, contact_names
from desktop.core.text.propagate import collect_seeds
from desktop.core.text.stoplist import is_role_phrase
from desktop.core.text.terms import base_name, normalise_name

if TYPE_CHECKING:  # the store is a layer above: its areas are named for the type checker only
    from desktop.core.store.areas import PartiesStore, ScanStore

NOT_A_PARTY_NOTE = "named but not a party: no consent of their own, so their data must be redacted"
CONTACT_NOTE = "a contact in a notices clause: no consent needed, but their name is redacted"
_CLAUSE_START = re.compile(r"\b(?:by\s+and\s+)?(?:between|among|zwischen)\b", re.IGNORECASE)
_CLAUSE_REACH = 1500  # characters after "between" that may still belong to the parties clause
_CLAUSE_END = re.compile(r"\b(?:WHEREAS|RECITALS|BACKGROUND|NOW,? THEREFORE|WITNESSETH|Präambel|Vorbemerkung)\b"
                         r"|\n\s*(?:1|I|A)\.?\s+[A-Z]")
_FORM = (r"(?:AG|KG|UG|SE|S\.A\.S?\.?|B\.V\.|N\.V\.|L\.P\.|"
         r"(?=[A-Z])(?i:G\.?m\.?b\.?H\.?(?:\s&\sCo\.\s?KG)?|Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|plc|LLP|Corp\.?|Corporation|Company))")
# "Acme Widgets, Inc." / "AGAPE ATP INTERNATIONAL HOLDING LIMITED" / "Kelly & White Corp.": capitalised words
# (and ampersands) on one line, then a legal form.
# A comma only before the legal form ("Cargill, Incorporated"): elsewhere it separates the names of a list.
_COMPANY = re.compile(r"(?<![\w&])((?:(?:[A-Z0-9][\w&'’.-]*|[a-z]+[A-Z0-9][\w&'’.-]*|&)[ \t]+){0,6}?[A-Z0-9][\w&'’.-]*,?[ \t]+" + _FORM
                      + r")(?!\w)")
# The first names of a firm's name that lists its partners ("Stratton, " before "Cheeseman & Walsh, Inc.").
_FIRM_HEAD = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’-]+,[ \t])*[A-Z][\w'’-]+),[ \t]$")
_WRAPPED_AMPERSAND = re.compile(r"[ \t]*\n[ \t]*(?=[&+][ \t])|(?<=[&+])[ \t]*\n[ \t]*")
_WITNESS = re.compile(r"\b(?:witness(?:es|ed)?|zeuge|zeugin)\b", re.IGNORECASE)
_NOTARY = re.compile(r"\b(?:notary|notar(?:in)?)\b", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"^(?:(?:and|between|among|by|the|this|with|&|und|zwischen|der|die|das|dem|den|\d+)\s+)+",
                         re.IGNORECASE)
# A full stop after a word of two or more letters ends a sentence ("§ 1 Gegenstand. Die Feldkamp GmbH"); an
# initial or an abbreviation ("J. Smith & Co.", "Corp.") does not.
_SENTENCE_BREAK = re.compile(r"(?<=[a-zäöüß]{2})\.\s+(?=[A-ZÄÖÜ])")


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
        name = _LEAD_WORDS.sub("", _SENTENCE_BREAK.split(" ".join(m.group(1).split()))[-1]).strip(" ,")
        if "&" in name and (firm := _FIRM_HEAD.search(text, 0, m.start(1))):
            name = f"{firm.group(1)}, {name}"  # "Stratton, Cheeseman & Walsh-Nevada, Inc.": one firm's name
        if len(name.split()) >= 2 and not is_role_phrase(base_name(name)):
            names.append(name)
    return names


def party_candidates(pages: list[PageText], findings: list[Finding]) -> list[Candidate]:
    """Who the document names, with a proposed role, the contracting parties first.

    A contracting party needs an anchor: a legal form or a place in the parties clause, a signature
    block, or (in proposals_for) the registry. A name the contract defines as another's short name or
    trade name is that party's alias, not a party of its own; a defined term ("Effective Date", "the
    Racing Team"), a running header or footer, a label or a block heading is no party."""
    running = running_lines(p.text for p in pages)
    pages = [replace(p, text=without_running_lines(p.text, running)) for p in pages]
    document_text = "\n".join(p.text for p in pages)
    named, aliases = _clause_names(pages, findings)
    aliases = {key: value for key, value in resolved_aliases({**aliases, **contract_aliases(findings)}).items()
               if not is_defined_term(value[0], document_text)}  # "Effective Date", "the Sponsor"
    named = [n for n in (clean_name(_LEAD_WORDS.sub("", n)) for n in named)
             if _is_name(n) and not is_defined_term(n, document_text)]
    out = [Candidate(n, Role.CONTRACTING, "parties-clause") for n in named if normalise_name(n) not in aliases]
    out += _anchored_candidates(pages, findings, aliases, document_text)
    contacts = contact_names(p.text for p in pages)
    for seed in collect_seeds(pages, findings):
        name = clean_name(seed.name)
        if (seed.origin.startswith("signature block") and _is_name(name) and not is_heading(name)
                and normalise_name(name) not in aliases):
            # "Attention: John Smith" is read like a signature line; a signer's own line was anchored above
            contact = normalise_name(name) in contacts and not _signs(pages, name)
            role = Role.CONTACT if contact else _signature_role(pages, name)
            out.append(Candidate(name, role, "notices-clause" if role == Role.CONTACT else "signature-block"))
    out += [Candidate(clean_name(f.text), Role.CONTACT, "notices-clause") for f in findings
            if f.explanation.get("role") == CONTACT and _is_name(f.text)]
    for f in findings:
        if f.explanation.get("role") == CONTACT:
            continue  # proposed as a contact above
        if f.entity_type == EntityType.COMPANY and _is_name(f.text):
            out.append(Candidate(clean_name(f.text), Role.CONTRACTING, "detection"))
        elif f.entity_type == EntityType.PERSON and len(f.text.split()) >= 2 and _is_name(f.text):
            out.append(Candidate(clean_name(f.text), Role.OTHER, "detection"))
    return with_aliases(_whole_names(without_parts(out)), aliases)


def _clause_names(pages: list[PageText], findings: list[Finding]) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """The names the parties clause, or an opening without "between", gives, and the short names it
    defines for them (folded short name -> (short name, owner))."""
    named: list[str] = []
    aliases: dict[str, tuple[str, str]] = {}
    texts = []
    clause = parties_clause(pages)
    if clause:
        number, start, end = clause
        text = next(p.text for p in pages if p.number == number)
        in_clause = sorted((f for f in findings if f.page == number and start <= f.start and f.end <= end
                            and f.entity_type in (EntityType.COMPANY, EntityType.PERSON) and _anchored(f)
                            and (f.explanation.get("anchor") or {}).get("role") != "signer"  # "vertreten durch X"
                            and text[f.start:f.end].strip()),  # not on a running footer
                           key=lambda f: f.start)
        named += [f.text for f in in_clause]
        texts.append(text[start:end])
    if pages:  # an opening without "between" ("X, a Michigan corporation, and Y ... agree as follows")
        texts.append(opening(pages[0].text))
    for text in texts:
        named += clause_companies(text) + clause_names(text)
        owners = clause_name_spans(text) + [(m.end(1), m.group(1)) for m in _COMPANY.finditer(text)]
        aliases.update(clause_owned_short_names(text, owners))
    return named, aliases


def _initials_of_another(c: Candidate, candidates: list[Candidate]) -> bool:
    """A one-word capitalised name that spells the initials of another contracting party's name."""
    word = c.name.strip()
    if c.role != Role.CONTRACTING or " " in word or not word.isupper() or len(word) < 2:
        return False
    return any(word in initials(o.name) for o in candidates if o is not c and o.role == Role.CONTRACTING)


def _whole_names(candidates: list[Candidate]) -> list[Candidate]:
    """Without a contracting party that only starts or ends another's name, from whatever source
    ("Beauty, Inc." of "e.l.f. Beauty, Inc."), nor a signer's name the signature line cut short
    ("Mario D. Cibell" beside "Mario D. Cibelli")."""
    # a detection is only a party when the registry knows it (proposals_for): it cuts no anchored name
    anchored = [c for c in candidates if c.role == Role.CONTRACTING and c.source != "detection"]
    whole = set(without_truncations([c.name for c in anchored]))
    signers = [" ".join(c.name.split()).casefold() for c in candidates if c.role == Role.SIGNER]

    def cut(c: Candidate) -> bool:
        text = " ".join(c.name.split()).casefold()
        return any(s != text and s.startswith(text) and len(s) - len(text) <= 2 and " " not in s[len(text):]
                   for s in signers)

    companies = [" ".join(c.name.split()).casefold() for c in anchored]

    def company_start(c: Candidate) -> bool:  # "Cibelli Research" of "Cibelli Research & Management, LLC"
        text = " ".join(c.name.split()).casefold()
        return any(n.startswith(text + " ") for n in companies)

    return [c for c in candidates if not (c.role == Role.CONTRACTING and c.source != "detection" and c.name not in whole)
            and not (c.role == Role.SIGNER and (cut(c) or company_start(c)))]


def _anchored(f: Finding) -> bool:
    """A name the judge tied to a party, or one a legal form makes a company: what a model guessed
    inside the parties clause ("Stratton", "EffectiveDate") is no party by itself."""
    return bool(f.explanation.get("anchor")) or "legal form" in f.explanation.get("reasons", ())


def contract_aliases(findings: Iterable[Finding]) -> dict[str, tuple[str, str]]:
    """Folded alias -> (alias, the name of the party it stands for): the short names and trade names
    the contract defines for a party ("ACS" of "Acme Computer Services LLC")."""
    out: dict[str, tuple[str, str]] = {}
    for f in findings:
        anchor = f.explanation.get("anchor") or {}
        if anchor.get("role") == "alias" and anchor.get("owner") and f.status != Status.SUPPRESSED:
            key = normalise_name(f.text)
            if key and key != normalise_name(anchor["owner"]):
                out.setdefault(key, (" ".join(f.text.split()), anchor["owner"]))
    return out


def resolved_aliases(aliases: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    return {key: (alias, _first_owner(owner, aliases)) for key, (alias, owner) in aliases.items()}


def _first_owner(owner: str, aliases: dict[str, tuple[str, str]]) -> str:
    """The party an alias of an alias stands for: "Racing" of "Bob Stallings Racing" (a trade name of
    "Stallings Capital Group Consultants, Ltd.") is the latter's."""
    seen = set()
    while (key := normalise_name(owner)) in aliases and key not in seen:
        seen.add(key)
        owner = aliases[key][1]
    return owner


def _anchored_candidates(pages: list[PageText], findings: list[Finding], aliases: dict,
                         document_text: str) -> list[Candidate]:
    """The names the judge anchored: signers from signature blocks, parties from the clause and the
    company lines of signature blocks."""
    out = []
    for f in findings:
        anchor = f.explanation.get("anchor") or {}
        if f.entity_type not in (EntityType.COMPANY, EntityType.PERSON) or not _is_name(f.text):
            continue
        name = clean_name(" ".join(f.text.split()))
        if anchor.get("role") == "signer":
            out.append(Candidate(name, _signature_role(pages, name), "signature-block"))
        elif (anchor.get("role") == "party" and normalise_name(name) not in aliases
              and not is_defined_term(name, document_text)):
            source = "signature-block" if "signature block" in " ".join(f.explanation.get("reasons", ())) else "parties-clause"
            out.append(Candidate(name, Role.CONTRACTING, source))
    return out


def with_aliases(candidates: list[Candidate], aliases: dict[str, tuple[str, str]]) -> list[Candidate]:
    """Each candidate with the aliases the contract defines for it; an alias is never a candidate."""
    by_owner: dict[str, list[str]] = {}
    for alias, owner in aliases.values():
        by_owner.setdefault(normalise_name(owner), []).append(alias)
    out = []
    for c in candidates:
        key = normalise_name(c.name)
        written_short = c.source == "signature-block" and base_name(c.name) in aliases  # "ACS, LLC" above By:
        if key in aliases or written_short or _initials_of_another(c, candidates):
            continue  # "ACS", "ACS, LLC", or "MICOA" beside "Mutual Insurance Corporation of America"
        out.append(replace(c, aliases=tuple(by_owner[key])) if key in by_owner else c)
    return out


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


def _is_name(text: str) -> bool:
    return any(c.isalpha() for c in text) and not is_role_phrase(text)


_SIGNING_CUE = re.compile(r"(?i:\bBy\s*:\s*(?:[/\\]s[/\\])?|[/\\]s[/\\]|\bName\s*:|vertreten\s+durch|represented\s+by)\s*$")


def _signs(pages: list[PageText], name: str) -> bool:
    """Whether the name stands on a signature line anywhere ("By: /s/ Eva Roth", "Name: Eva Roth"): the
    notice contact who also signs is a signer."""
    pattern = re.compile(r"\s+".join(map(re.escape, name.split())))
    return any(_SIGNING_CUE.search(page.text[max(0, m.start() - 30):m.start()])
               for page in pages for m in pattern.finditer(page.text))


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
    People who are only named (witnesses, contacts, anyone in the text) enter no registry: they stay
    findings of the document, redacted with it, unless the registry already knows them.
    """
    if pages is None:
        pages = [PageText(r["number"], r["text"], (), (), r["width"], r["height"]) for r in store.page_rows(doc_id)]
    found = [f for f in store.findings(doc_id) if f.status != Status.SUPPRESSED]  # judged to name no one
    proposals = proposals_for(party_candidates(pages, found), store.parties())
    existing = {link.party.id for link in store.document_links(doc_id)}
    with store.atomic():
        for p in proposals:
            if p.party is None and p.candidate.role not in CONSENTING_ROLES:
                continue
            party_id = p.party.id if p.party else _new_party(store, p.candidate)
            if party_id in existing:
                continue
            existing.add(party_id)
            note = {Role.OTHER: NOT_A_PARTY_NOTE, Role.WITNESS: NOT_A_PARTY_NOTE,
                    Role.CONTACT: CONTACT_NOTE}.get(p.candidate.role, "")
            store.link_party(doc_id, party_id, p.candidate.role, confirmed=False, source=p.candidate.source,
                             note=note)
    return proposals


def _new_party(store: PartiesStore, c: Candidate) -> int:
    kind = PartyKind.PERSON if c.role in (Role.SIGNER, Role.WITNESS, Role.CONTACT, Role.OTHER) else PartyKind.COMPANY
    party_id, _ = store.add_party(Party(name=c.name, kind=kind, aliases=c.aliases), origin="scan")
    return party_id
