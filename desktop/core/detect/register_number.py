"""Commercial-register numbers: German HRB/HRA/GnR/PR/VR entries and UK company numbers."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType


class RegisterNumberRecognizer(RegexRecognizer):
    ENTITY = EntityType.REGISTER
    PATTERNS = (
        ("HRB/HRA", re.compile(r"\b(?:HR\s?[AB])\s?(?:Nr\.?\s?)?\d{1,6}(?:\s?[A-Z]{1,2}\b)?"), 0.9),
        ("GnR/PR/VR", re.compile(r"\b(?:GnR|GsR|PR|VR)\s?\d{1,6}(?:\s?[A-Z]{1,2}\b)?"), 0.45),
        ("company number", re.compile(
            r"(?i:(?:company|registration|registered|register|registry)\s+(?:registration\s+)?(?:no\.?|number|nr\.?))"
            r"\s*[:.]?\s*(?P<value>(?:[A-Z]{2})?\d{6,8})\b"), 0.75),
    )
    CONTEXT = ("amtsgericht", "registergericht", "handelsregister", "register", "registered", "court",
               "commercial", "eingetragen", "companies")
