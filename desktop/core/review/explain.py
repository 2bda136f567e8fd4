"""How a finding explains itself to the reviewer, and which findings are reviewed first."""

from __future__ import annotations

from desktop.core.model import EntityType, Finding

PARTY_CONFIDENCE = 0.85  # a name at least this likely to be a party's is reviewed first


def likely_party(f: Finding) -> bool:
    """A proposed company or person name that detection judged likely to be a party's."""
    return (f.entity_type in (EntityType.PERSON, EntityType.COMPANY)
            and f.explanation.get("confidence", 0) >= PARTY_CONFIDENCE)


# Keys whose values are the detector's own words (a role, an anchor's origin, why a name is no party's)
# rather than the document's text (a context word, a matched name): `why` puts those into another
# language as it does the reasons and labels.
WORD_VALUES = ("role", "anchor", "origin", "not_a_party", "not_an_address")


def _as_is(text: str) -> str:
    return text


def why(f: Finding, word=_as_is) -> str:
    """Why a finding was proposed (or suppressed), in one line: its reasons and confidence first, then
    recognizer, pattern or model, context words. `word` puts the fixed parts (reasons, labels such as
    "confidence" and "context word", the detector's words) into another language; recognizer names and
    what the document says stay as they are."""
    parts = [word(r) for r in f.explanation.get("reasons", ())]
    if "confidence" in f.explanation:
        parts.append(f"{word('confidence')} {f.explanation['confidence']:.2f}")
    parts += [f.recognizer] if f.recognizer else []
    for key, value in f.explanation.items():
        if key in ("reasons", "confidence"):
            continue
        if value in (None, "", [], {}):
            continue
        said = word if key in WORD_VALUES else _as_is
        if isinstance(value, dict):  # an anchor: its role, and whose name it stands for
            value = ", ".join(f"{word(k.replace('_', ' '))} {said(str(v))}" for k, v in value.items())
        elif isinstance(value, list | tuple):
            value = ", ".join(said(str(v)) for v in value)
        else:
            value = said(str(value))
        parts.append(f"{word(key.replace('_', ' '))}: {value}")
    return " · ".join(parts)
