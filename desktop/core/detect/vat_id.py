"""EU VAT identification numbers (USt-IdNr.) by country format, and labelled tax numbers."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

_FORMATS = "|".join((
    r"DE\s?\d{3}\s?\d{3}\s?\d{3}", r"ATU\s?\d{8}", r"BE\s?[01]\d{3}\.?\s?\d{3}\.?\s?\d{3}",
    r"FR\s?[0-9A-HJ-NP-Z]{2}\s?\d{3}\s?\d{3}\s?\d{3}", r"GB\s?\d{3}\s?\d{4}\s?\d{2}(?:\d{3})?",
    r"NL\s?\d{9}\s?B\d{2}", r"IT\s?\d{11}", r"ES\s?[0-9A-Z]\d{7}[0-9A-Z]", r"PL\s?\d{10}",
    r"SE\s?\d{12}", r"DK\s?\d{8}", r"IE\s?\d{7}[A-W][A-IW]?", r"LU\s?\d{8}", r"PT\s?\d{9}", r"FI\s?\d{8}",
    r"CZ\s?\d{8,10}", r"CHE[-\s]?\d{3}\.\d{3}\.\d{3}(?:\s?(?:MWST|TVA|IVA))?",
))
_LABEL = r"(?i:(?:USt\.?-?\s?Id(?:ent)?\.?-?\s?Nr\.?|Umsatzsteuer-?\s?Id(?:entifikations)?(?:nummer|-Nr\.?)|VAT\s+(?:ID|Reg(?:istration)?\.?\s*(?:No\.?|Number)|No\.?|Number)|Tax\s+ID))"


class VatIdRecognizer(RegexRecognizer):
    ENTITY = EntityType.VAT
    PATTERNS = (
        ("EU VAT format", re.compile(r"\b(?:" + _FORMATS + r")\b"), 0.7),
        ("labelled tax id", re.compile(_LABEL + r"\s*[:.]?\s*(?P<value>[A-Z]{0,3}[\s-]?\d[\d\s./-]{6,14}\d)"), 0.8),
    )
    CONTEXT = ("vat", "ust", "umsatzsteuer", "tax", "steuer", "identification")
