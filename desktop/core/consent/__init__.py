"""Consent registry: parties, consent records, eligibility rules, CSV, linking and the export gate."""

from desktop.core.consent.matching import Candidate, LinkProposal, propose_links
from desktop.core.consent.parties import (
    CONSENTING_ROLES,
    ConsentRecord,
    ConsentStatus,
    Eligibility,
    Party,
    PartyKind,
    PartyLink,
    Role,
    UsedConsent,
    Verdict,
    match_party,
)
from desktop.core.consent.rules import evaluate

__all__ = [
    "CONSENTING_ROLES", "Candidate", "ConsentRecord", "ConsentStatus", "Eligibility", "LinkProposal", "Party",
    "PartyKind", "PartyLink", "Role", "UsedConsent", "Verdict", "evaluate", "match_party",
    "propose_links",
]
