"""Places that are not postal addresses (a city, region, country or site the model names outside an
address): kept as PLACE quasi-identifiers, treated by the place policy, where they used to be dropped."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.detect.gazetteer import locate
from desktop.core.detect.registry import is_model
from desktop.core.model import EntityType, Finding

# The judge's reasons for a model-found place outside an address (detect/judge.py); such a place is a
# PLACE, not nothing.
PLACE_REASONS = ("place named outside a postal address", "jurisdiction")


def is_lone_place(text: str, item: dict) -> bool:
    """A place the model found that reads as no postal address (one word, no digits: "Berlin")."""
    if not is_model(item["recognizer"]) or item["entity_type"] != EntityType.ADDRESS:
        return False
    span = text[item["start"]:item["end"]]
    return len(span.split()) < 2 and not any(c.isdigit() for c in span)


def lone_places(text: str, items: list[dict]) -> list[dict]:
    """The page's results with each lone place retyped PLACE (its model type kept in the explanation)."""
    return [{**i, "entity_type": EntityType.PLACE.value,
             "explanation": {**i["explanation"], "model_type": i["entity_type"]}}
            if is_lone_place(text, i) else i for i in items]


# Where someone lives, works or has a seat: the model's guess of a name right after it is a place ("lives
# in Söke", "a lawyer practising in Aydın") the judge would drop as a word or a fragment.
_RESIDENCE = re.compile(r"\b(?:lives|lived|living|resides|resided|residing|resident|born|practising|practicing|"
                        r"based|seat|domiciled|wohnhaft|geboren)\s+in\s+$", re.IGNORECASE)
_NAME_TYPES = (EntityType.PERSON, EntityType.COMPANY)


def as_place(f: Finding, reason: str, page=None) -> Finding | None:
    """A model-found address the judge would suppress for `reason`, as the PLACE it is, also where
    the reason is a word the gazetteer knows as a place ("the United States"); a name the model found
    right after "lives in", "born in", "practising in" (with the `page`), as a place; None otherwise
    (a date, a role word, a heading)."""
    if not is_model(f.recognizer):
        return None
    if f.entity_type in _NAME_TYPES and page is not None and len(f.text.split()) <= 3:
        if _RESIDENCE.search(page.text[max(0, f.start - 30):f.start]) and f.text[:1].isupper():
            return _retyped(f, reason)
        return None
    if f.entity_type != EntityType.ADDRESS:
        return None
    if reason.startswith(PLACE_REASONS) or (reason.startswith("role word") and locate(f.text) is not None):
        return _retyped(f, reason, page)
    return None


def _retyped(f: Finding, reason: str, page=None) -> Finding:
    """The place as a PLACE, without the article the model took in ("the Republic of Turkey")."""
    place = replace(f, entity_type=EntityType.PLACE.value,
                    explanation={**f.explanation, "model_type": f.entity_type, "not_an_address": reason})
    article = _ARTICLE.match(f.text)
    if page is None or article is None or not (boxes := page.span_boxes(f.start + article.end(), f.end)):
        return place
    start = f.start + article.end()
    return replace(place, start=start, text=page.text[start:f.end], boxes=boxes, id=None)


_ARTICLE = re.compile(r"(?:the|The|THE)\s+(?=\S)")


# "Schalchen, Austria", "Cincinnati, Ohio", "Diyarbakır (Turkey)": a place and the region or country it
# lies in are one place.
def join_places(text: str, items: list[dict]) -> list[dict]:
    """The page's results with each place followed by the place it lies in joined into one."""
    out: list[dict] = []
    for item in sorted(items, key=lambda i: (i["start"], i["end"])):
        last = out[-1] if out else None
        if last is not None and last["entity_type"] == item["entity_type"] == EntityType.PLACE:
            gap = text[last["end"]:item["start"]]
            bracket = gap in (" (", "(") and text[item["end"]:item["end"] + 1] == ")"
            if gap in (",", ", ") or bracket:
                out[-1] = {**last, "end": item["end"] + bracket}
                continue
        out.append(item)
    return out
