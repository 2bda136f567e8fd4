"""Presidio's URL recognizer, run only on pages that can hold a web address."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import UrlRecognizer as PresidioUrlRecognizer

# Every pattern of Presidio's recognizer ends its host in "." and a top-level domain, and every domain
# it lists starts with a letter: a page with no letter right after a full stop holds no URL. Matched
# with the flags Presidio compiles its patterns with, so "letter" means what it means there. On the
# development contracts 80 pages of 262 have one.
_DOT_LETTER = re.compile(r"[.][a-z]", re.IGNORECASE | re.DOTALL | re.MULTILINE)


class UrlRecognizer(PresidioUrlRecognizer):
    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if _DOT_LETTER.search(text) is None:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
