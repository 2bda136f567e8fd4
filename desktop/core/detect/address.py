"""Postal addresses read whole, from house number to country (US, UK, German, Swiss, French, Spanish,
Portuguese, Dutch, Italian and like forms), by the address grammar."""

from __future__ import annotations

from desktop.core.detect.address_grammar import find_addresses
from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

SCORE = 0.85


class AddressRecognizer(RegexRecognizer):
    ENTITY = EntityType.ADDRESS
    CONTEXT = ("address", "located", "offices", "office", "street", "anschrift", "sitz", "residing", "wohnhaft")

    def analyze(self, text, entities, nlp_artifacts=None):
        return [self.result(parts[0].start, parts[-1].end, SCORE, "whole address: " + ", ".join(p.kind for p in parts))
                for parts in find_addresses(text)]
