"""Places that are not postal addresses (a city, region, country or site the model names outside an
address): kept as PLACE quasi-identifiers, treated by the place policy, where they used to be dropped."""

from __future__ import annotations

from dataclasses import replace

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


def as_place(f: Finding, reason: str) -> Finding | None:
    """A model-found address the judge would suppress for `reason`, as the PLACE it is; None if the
    reason is another (a date, a role word, a heading)."""
    if not is_model(f.recognizer) or f.entity_type != EntityType.ADDRESS or not reason.startswith(PLACE_REASONS):
        return None
    return replace(f, entity_type=EntityType.PLACE.value,
                   explanation={**f.explanation, "model_type": f.entity_type, "not_an_address": reason})
