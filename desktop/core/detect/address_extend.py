"""One finding per postal address: every street, place or postcode found inside an address grows into it."""

from __future__ import annotations

import re

from desktop.core.detect.address_grammar import address_around
from desktop.core.detect.address_parts import STOP_WORDS
from desktop.core.model import EntityType

RECOGNIZER = "AddressRecognizer"
SCORE = 0.85
# What an address holds by mistake: a place the model took for a person or company ("Bellevue",
# "Transpacific Haus"), a postcode read as a phone number ("CH-8001", "1600-000").
_PART_TYPES = (EntityType.ADDRESS, EntityType.PHONE, EntityType.PERSON, EntityType.COMPANY)
_NAME_TYPES = (EntityType.PERSON, EntityType.COMPANY)


def extend_addresses(text: str, items: list[dict]) -> list[dict]:
    """The page's results with each address one ADDRESS result from house number to country: results
    of the address recognizer, and every place, street, postcode or name that lies inside an address
    read around it, are merged into it. Results inside an address of another type (a postcode as a
    phone number, a city as a person) are taken into it and named in its explanation; a result that
    runs out of an address is left for the overlap rules."""
    names = tuple((i["start"], i["end"]) for i in items if i["entity_type"] in _NAME_TYPES)
    extents = [_earlier_start(text, i["start"], i["end"], names) for i in items if _is_whole_address(i)]
    for item in items:
        if item["entity_type"] not in _PART_TYPES or _is_whole_address(item) or _inside(item, extents):
            continue
        blocked = tuple(n for n in names if n != (item["start"], item["end"]))
        parts = address_around(text, item["start"], item["end"], blocked)
        # a name is taken into an address only where it stands inside it (a city after the street),
        # never as the address's first words ("Attention: Elvis Gooden 8000 Midlantic Drive")
        if parts is not None and (item["entity_type"] not in _NAME_TYPES or parts[0].start < item["start"]):
            extents.append((parts[0].start, parts[-1].end))
    if not extents:
        return items
    merged = _merge(extents)
    out, held = [], {span: [] for span in merged}
    for item in items:
        span = _inside(item, merged)
        if span is not None and item["entity_type"] in _PART_TYPES:
            held[span].append(item)
        elif not (item["entity_type"] in _NAME_TYPES and _only_a_label_outside(text, item, merged)):
            out.append(item)
    return out + [_address(text, span, held[span]) for span in merged]


def _only_a_label_outside(text: str, item: dict, spans: list[tuple[int, int]]) -> bool:
    """A name that runs into an address and leaves only a label outside it ("Georgia 30309 Attention")."""
    outside = "".join(c for i, c in enumerate(text[item["start"]:item["end"]], item["start"])
                      if not any(s <= i < e for s, e in spans))
    if len(outside) == item["end"] - item["start"]:
        return False
    words = re.findall(r"[^\W\d_][\w.&'’-]*", outside)
    return all(w.lower() in STOP_WORDS or w.rstrip(".").lower() in STOP_WORDS for w in words)


def _earlier_start(text: str, start: int, end: int, names: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """An address read from its street or postcode, grown back over places before it on its line
    ("Menara Kembang, Jalan Sultan Ismail, 50250 Kuala Lumpur")."""
    parts = address_around(text, start, end, names)
    return (parts[0].start, max(end, parts[-1].end)) if parts and parts[0].start < start else (start, end)


def _is_whole_address(item: dict) -> bool:
    return item["recognizer"] == RECOGNIZER and item["entity_type"] == EntityType.ADDRESS


def _inside(item: dict, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in spans if s <= item["start"] and item["end"] <= e), None)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _address(text: str, span: tuple[int, int], held: list[dict]) -> dict:
    own = [i for i in held if _is_whole_address(i)]
    explanation = dict(own[0]["explanation"]) if own else {"recognizer": RECOGNIZER, "pattern": "whole address"}
    others = [f"{i['entity_type']} {' '.join(text[i['start']:i['end']].split())!r} ({i['recognizer']})"
              for i in held if not _is_whole_address(i)]
    if others:
        explanation["address_holds"] = others
    score = max([SCORE, *(i["score"] for i in own)])
    explanation["score"] = round(score, 3)
    return {"start": span[0], "end": span[1], "entity_type": EntityType.ADDRESS, "recognizer": RECOGNIZER,
            "score": round(score, 3), "explanation": explanation}
