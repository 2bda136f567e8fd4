"""Every occurrence of an organisation, place or group the model found once: the model tags a court in one
sentence and not in the next, and one mention left standing names it as well as all of them."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.pdf import PageText
from desktop.core.text.first_characters import matches_starting_with

SPREAD_TYPES = (EntityType.ORGANISATION, EntityType.PLACE, EntityType.DEMOGRAPHIC)


def spread_quasi(pages: list[PageText], findings: list[Finding]) -> list[Finding]:
    """New findings, one for each whole-word occurrence (same capitals, any whitespace) of a proposed
    organisation, place or group of three letters or more that no proposed finding covers yet."""
    kept = [f for f in findings if f.status == Status.PROPOSED and f.start >= 0]
    taken: dict[int, list[tuple[int, int]]] = {}  # page -> the spans proposed findings cover
    for f in kept:
        if f.end > f.start:
            taken.setdefault(f.page, []).append((f.start, f.end))
    seeds = {}
    for f in kept:
        text = " ".join(f.text.split())
        if f.entity_type in SPREAD_TYPES and sum(c.isalpha() for c in text) >= 3:
            seeds.setdefault(text, f)
    out = []
    for text, seed in sorted(seeds.items(), key=lambda kv: -len(kv[0])):  # the longest name first
        regex = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)")
        first = text.split()[0]  # every match starts with it as written: the pattern is tried only there
        for page in pages:
            spans = taken.setdefault(page.number, [])
            for m in matches_starting_with(regex, page.text, first):
                if any(start < m.end() and m.start() < end for start, end in spans):
                    continue
                boxes = page.span_boxes(m.start(), m.end())
                if not boxes:
                    continue
                spans.append(m.span())
                out.append(replace(seed, page=page.number, start=m.start(), end=m.end(), text=page.text[m.start():m.end()],
                                   boxes=boxes, source=Source.PROPAGATED, id=None,
                                   explanation={**seed.explanation, "spread_from": text,
                                                "reasons": [f"the same words as the {seed.entity_type.lower()} "
                                                            f"found elsewhere in the document"]}))
    return out
