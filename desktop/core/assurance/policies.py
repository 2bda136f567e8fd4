"""The named policies of an automatic batch (`clearance batch --policy`): a confidence threshold per entity
type and the miss rate its QA sample must bound. Kept apart from the batch itself, which imports the
whole detector, so that the command line lists them without loading it."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class BatchPolicy:
    name: str
    description: str
    threshold: float  # the confidence a proposal needs to be redacted, unless its type has its own
    thresholds: dict[str, float] = field(default_factory=dict)
    target: float = 0.01  # the miss rate the QA sample must bound
    confidence: float = 0.95

    def threshold_for(self, entity_type: str) -> float:
        return self.thresholds.get(str(entity_type), self.threshold)

    def to_dict(self) -> dict:
        return asdict(self)


POLICIES: dict[str, BatchPolicy] = {p.name: p for p in (
    BatchPolicy("default", "redact every proposal with a confidence of 0.6 or more, an OTHER from 0.7 (the judge "
                "gives a proposal it keeps at least 0.62, a model's guess alone: in practice only an OTHER under "
                "0.7 is kept); at most 1% of pages with a miss at 95% confidence", 0.6, {"OTHER": 0.7},
                target=0.01, confidence=0.95),
    BatchPolicy("strict", "redact every proposal, whatever its confidence; at most 0.5% of pages with a miss at "
                "95% confidence", 0.0, {}, target=0.005, confidence=0.95),
)}


def policy(name: str) -> BatchPolicy:
    if name not in POLICIES:
        raise KeyError(f"no batch policy {name!r} (one of {', '.join(POLICIES)})")
    return POLICIES[name]


def policy_table() -> str:
    """The policies as the README lists them."""
    return "\n".join(f"| `{p.name}` | {p.description} | {json.dumps(p.thresholds) if p.thresholds else '—'} |"
                     for p in POLICIES.values())
