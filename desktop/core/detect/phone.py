"""Phone and fax numbers in German national and international formats, via python-phonenumbers."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, RecognizerResult
from presidio_analyzer.predefined_recognizers import PhoneRecognizer as PresidioPhoneRecognizer

from desktop.core.model import EntityType

# North American numbers in the reserved 555 range are not "valid" to python-phonenumbers, yet they
# are written in contracts exactly like real ones.
_NANP = re.compile(r"(?<![\w+])(?:\+?1[ .-]?)?\(\d{3}\)[ ]?\d{3}[ .-]\d{4}(?!\d)|(?<![\w+])\+1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}(?!\d)")
# Where a number could be: the matcher is run on these windows only, not over the whole page once per
# region, which took a third of the detection time.
_CANDIDATE = re.compile(r"[+(]?\d[\d \t()./\-–]{4,24}\d")
_WINDOW = 8  # characters kept on each side, so a leading "+" or "(" and separators stay in view
# German dates and amounts ("02.06.2019", "16.487") parse as numbers in some regions.
_DATE_OR_AMOUNT = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$|^\d{1,3}(?:\.\d{3})+(?:,\d{2})?$")
REGIONS = ("DE", "AT", "CH", "GB", "US", "FR", "NL", "BE", "IT", "ES")


class PhoneRecognizer(PresidioPhoneRecognizer):
    """Presidio's recognizer with the regions contracts here come from; a valid number in a contract
    is an identifier by itself, so the base score does not wait for context words."""

    SCORE = 0.6
    CONTEXT = ["phone", "telephone", "tel", "fax", "mobile", "cell", "call", "telefon", "telefax", "mobil",
               "durchwahl"]

    def __init__(self):
        super().__init__(context=self.CONTEXT, supported_entity=EntityType.PHONE, supported_regions=REGIONS,
                         name="PhoneRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = [r for r in self._number_matches(text, entities, nlp_artifacts)
                   if not _DATE_OR_AMOUNT.match(text[r.start:r.end])]
        for m in _NANP.finditer(text):
            overlapping = [r for r in results if r.start < m.end() and m.start() < r.end]
            if overlapping and all(r.start <= m.start() and m.end() <= r.end for r in overlapping):
                continue
            results = [r for r in results if r not in overlapping]
            start, end = min([m.start(), *(r.start for r in overlapping)]), max([m.end(), *(r.end for r in overlapping)])
            explanation = AnalysisExplanation(recognizer=self.name, original_score=self.SCORE,
                                              pattern_name="North American format")
            results.append(RecognizerResult(EntityType.PHONE, start, end, self.SCORE, explanation,
                                            {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                             RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results

    def _number_matches(self, text, entities, nlp_artifacts):
        results, seen = [], set()
        for m in _CANDIDATE.finditer(text):
            if _DATE_OR_AMOUNT.match(m.group().strip()):
                continue
            lo = max(0, m.start() - _WINDOW)
            window = text[lo:m.end() + _WINDOW]
            # an international number names its country: one region parses it
            self.supported_regions = REGIONS[:1] if m.group().startswith("+") else REGIONS
            for r in super().analyze(window, entities, nlp_artifacts=None):
                r.start, r.end = r.start + lo, r.end + lo
                if (r.start, r.end) not in seen:
                    seen.add((r.start, r.end))
                    results.append(r)
        return results
