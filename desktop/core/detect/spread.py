"""Every occurrence of an organisation, place or group the model found once: the model tags a court in one
sentence and not in the next, and one mention left standing names it as well as all of them."""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.core.model import EntityType, Finding, Source, Status
from desktop.core.pdf import PageText

SPREAD_TYPES = (EntityType.ORGANISATION, EntityType.PLACE, EntityType.DEMOGRAPHIC)


def spread_quasi(pages: list[PageText], findings: list[Finding]) -> list[Finding]:
    """New findings, one for each whole-word occurrence (same capitals, any whitespace) of a proposed
    organisation, place or group of three letters or more that no proposed finding covers yet."""
    kept = [f for f in findings if f.status == Status.PROPOSED and f.start >= 0]
    taken = {(f.page, i) for f in kept for i in range(f.start, f.end)}
    seeds = {}
    for f in kept:
        text = " ".join(f.text.split())
        if f.entity_type in SPREAD_TYPES and sum(c.isalpha() for c in text) >= 3:
            seeds.setdefault(text, f)
    out = []
    for text, seed in sorted(seeds.items(), key=lambda kv: -len(kv[0])):  # the longest name first
        regex = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)")
        first = text.split()[0]  # every match holds it as written: a page without it is not searched
        for page in pages:
            if first not in page.text:
                continue
            for m in regex.finditer(page.text):
                if any((page.number, i) in taken for i in range(m.start(), m.end())):
                    continue
                boxes = page.span_boxes(m.start(), m.end())
                if not boxes:
                    continue
                taken |= {(page.number, i) for i in range(m.start(), m.end())}
                out.append(replace(seed, page=page.number, start=m.start(), end=m.end(), text=page.text[m.start():m.end()],
                                   boxes=boxes, source=Source.PROPAGATED, id=None,
                                   explanation={**seed.explanation, "spread_from": text,
                                                "reasons": [f"the same words as the {seed.entity_type.lower()} "
                                                            f"found elsewhere in the document"]}))
    return out
