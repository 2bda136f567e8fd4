"""Proposed links of the names a document gives to registry parties (one per distinct party)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.consent.parties import Party, match_party
from desktop.core.text.terms import base_name


@dataclass(frozen=True)
class Candidate:
    """A name a document gives for one of its parties, and where it was seen."""

    name: str
    role: str
    source: str  # parties-clause, signature-block, detection, manual
    aliases: tuple[str, ...] = ()  # the short names and trade names the contract defines for it


@dataclass(frozen=True)
class LinkProposal:
    candidate: Candidate
    party: Party | None  # None: not in the registry yet, proposed as a new party
    method: str  # exact, alias, legal-form, e-mail, name-without-legal-form, new


def propose_links(candidates: Iterable[Candidate], parties: Iterable[Party]) -> list[LinkProposal]:
    """One proposal per distinct party; the first role seen for a party wins (clause before detections)."""
    parties = list(parties)
    out: list[LinkProposal] = []
    seen: set = set()
    for c in candidates:
        party, method = match_party(c.name, parties)
        key = ("id", party.id, party.name) if party else ("new", base_name(c.name))
        if key in seen:
            continue
        seen.add(key)
        out.append(LinkProposal(c, party, method))
    return out
