"""Commercial-register numbers: German HRB/HRA/GnR/PR/VR entries and UK company numbers."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType


class RegisterNumberRecognizer(RegexRecognizer):
    ENTITY = EntityType.REGISTER
    PATTERNS = (
        ("HRB/HRA", re.compile(r"\b(?:HR\s?[AB])\s?(?:Nr\.?\s?)?\d{1,6}(?:\s?[A-Z]{1,2}\b)?"), 0.9),
        # PR and VR are also US state codes before a ZIP code: only with a register word before them
        ("GnR/PR/VR", re.compile(r"(?i:register|registergericht|amtsgericht|eingetragen)[^\n]{0,80}?"
                                 r"\b(?P<value>(?:GnR|GsR|PR|VR)\s?\d{1,6}(?:\s?[A-Z]{1,2}\b)?)"), 0.8),
        ("company number", re.compile(
            r"(?i:(?:company|registration|registered|register|registry)\s+(?:registration\s+)?(?:no\.?|number|nr\.?))"
            r"\s*[:.]?\s*(?P<value>(?:[A-Z]{2})?\d{6,8})\b"), 0.75),
        ("file number", re.compile(r"(?i:file\s+(?:number|no\.?)|(?:unter\s+der\s+)?Nummer)\s*[:.]?\s*(?P<value>\d{5,9})\b"),
         0.6),
        ("RCS", re.compile(r"\bRCS\s+[A-Z][\w-]+\s+(?:[AB]\s)?\d{3}\s?\d{3}\s?\d{3}\b"), 0.9),
        ("KvK", re.compile(r"\bKvK(?:-nummer)?\s*:?\s*\d{8}\b"), 0.9),
    )
    CONTEXT = ("amtsgericht", "registergericht", "handelsregister", "register", "registered", "court",
               "commercial", "eingetragen", "companies")
