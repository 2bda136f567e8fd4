"""E-signature envelope and transaction IDs printed in page headers (Docusign, Adobe Sign, ...)."""

from __future__ import annotations

import re

from desktop.core.detect.base import RegexRecognizer
from desktop.core.model import EntityType

_HEX_ID = r"[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}"
_LABEL = r"(?i:(?:docu\s?sign|adobe\s+sign|e-?sign(?:ature)?|sign\s?now|hello\s?sign)?\s*(?:envelope|transaction|document)\s*(?:id|number|no\.?))"


class EnvelopeIdRecognizer(RegexRecognizer):
    ENTITY = EntityType.ENVELOPE
    PATTERNS = (
        ("labelled envelope id", re.compile(_LABEL + r"\s*[:#]?\s*(?P<value>[0-9A-Za-z][0-9A-Za-z-]{11,})"), 0.95),
        ("bare guid", re.compile(r"\b" + _HEX_ID + r"\b"), 0.6),
    )
    CONTEXT = ("envelope", "docusign", "signature", "transaction")
