"""Organisations that are no party (courts, public bodies, regulators, banks, auditors, insurers): the
judge used to suppress them as naming no party; they are ORGANISATION quasi-identifiers, since a court
reveals a place and a bank or auditor links a contract to its parties. They stay out of the direct
figures: a party's own name is anchored before any of these rules (detect/judge.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.detect.registry import is_model
from desktop.core.model import EntityType, Finding

# The judge's reason for a listed public body or court (detect/termlists.py).
PUBLIC_BODY = "public body or court"
# Other reasons the judge gives a model-found organisation ("the Söke Labour Court (“the Court”)"): such a
# name is an institution when its last word is the kind of institution.
_COMMON = ("defined term", "lower-case use elsewhere in the document")
_INSTITUTION = re.compile(
    r"\b(?:Authority|Authorities|Government|Ministry|Police|Gendarmerie|Prosecutor(?:’s|'s)?\s+Office|"
    r"Bank|Bancorp|Sparkasse|Landesbank|University|Universität|Hospital|Clinic|Klinikum|Council|Parliament|"
    r"Municipality|Prefecture|Governorship|Inspectorate|Directorate|Bureau|Agency|Court|Tribunal|"
    r"Commission|Prison|Army|Staff|Auditors?|Insurance|Insurers?|Versicherung|Behörde|Gericht|Ministerium|"
    r"Railways?|Registry|Ombudsman)$")


def as_organisation(f: Finding, reason: str) -> Finding | None:
    """A model-found organisation the judge would suppress for `reason`, as the ORGANISATION it is,
    when a word of it is no common word (a place or a name: "Kayseri Administrative Court"); None if
    it is something else (a role word, a heading, a fragment, a law)."""
    if not is_model(f.recognizer) or f.entity_type != EntityType.COMPANY:
        return None
    if f.explanation.get("generic_words"):  # "the Supreme Court", "the Government": one of a kind
        return None  # in a country, they single no one out; a place or a name in it does
    institution = reason in _COMMON and _INSTITUTION.search(" ".join(f.text.split())) is not None
    if not (reason.startswith(PUBLIC_BODY) or institution):
        return None
    return replace(f, entity_type=EntityType.ORGANISATION.value,
                   explanation={**f.explanation, "model_type": f.entity_type, "not_a_party": reason})
