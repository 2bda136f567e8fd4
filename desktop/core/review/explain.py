"""How a finding explains itself to the reviewer, and which findings are reviewed first."""

from __future__ import annotations

from desktop.core.model import EntityType, Finding

PARTY_CONFIDENCE = 0.85  # a name at least this likely to be a party's is reviewed first


def likely_party(f: Finding) -> bool:
    """A proposed company or person name that detection judged likely to be a party's."""
    return (f.entity_type in (EntityType.PERSON, EntityType.COMPANY)
            and f.explanation.get("confidence", 0) >= PARTY_CONFIDENCE)


def why(f: Finding) -> str:
    """Why a finding was proposed (or suppressed), in one line: its reasons and confidence first, then
    recognizer, pattern or model, context words."""
    parts = list(f.explanation.get("reasons", ()))
    if "confidence" in f.explanation:
        parts.append(f"confidence {f.explanation['confidence']:.2f}")
    parts += [f.recognizer] if f.recognizer else []
    for key, value in f.explanation.items():
        if key in ("reasons", "confidence"):
            continue
        if value in (None, "", [], {}):
            continue
        if isinstance(value, list | tuple):
            value = ", ".join(map(str, value))
        parts.append(f"{key.replace('_', ' ')}: {value}")
    return " · ".join(parts)
