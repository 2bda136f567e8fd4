"""A regex recognizer for Presidio that reports a named group and can refine or reject each match."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from desktop.core.text.first_characters import guarded


class RegexRecognizer(LocalRecognizer):
    """Patterns are (name, compiled regex, score). A group named `value` narrows the reported span
    (so a label such as "Envelope ID:" guides the match without being redacted)."""

    ENTITY = ""
    PATTERNS: tuple[tuple[str, re.Pattern, float], ...] = ()
    CONTEXT: tuple[str, ...] = ()
    # What every match needs somewhere in the text, found far faster than the patterns run (a pattern
    # that opens with a look-behind and alternatives is tried at every character): a page without it
    # cannot hold a match, so the patterns are not run on it.
    PREFILTER: re.Pattern | None = None

    def __init__(self, name: str | None = None):
        super().__init__(supported_entities=[self.ENTITY], supported_language="en",
                         context=list(self.CONTEXT), name=name or type(self).__name__)
        # each pattern as it is run: behind a look-ahead for its first characters (the same matches)
        self._runs = tuple((pattern_name, guarded(regex), score, regex.pattern)
                           for pattern_name, regex, score in self.PATTERNS)

    def load(self) -> None:
        pass

    def refine(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Adjust or reject a match; the default keeps it."""
        return start, end

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        if self.PREFILTER is not None and self.PREFILTER.search(text) is None:
            return results
        for pattern_name, regex, score, pattern in self._runs:
            for m in regex.finditer(text):
                start, end = m.span("value") if "value" in regex.groupindex else m.span()
                span = self.refine(text, start, end)
                if span is None or span[1] <= span[0]:
                    continue
                results.append(self.result(span[0], span[1], score, pattern_name, pattern))
        return results

    def result(self, start: int, end: int, score: float, pattern_name: str, pattern: str = "") -> RecognizerResult:
        explanation = AnalysisExplanation(recognizer=self.name, original_score=score, pattern_name=pattern_name,
                                          pattern=pattern[:200] or None)
        return RecognizerResult(self.ENTITY, start, end, score, analysis_explanation=explanation,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
