"""A Presidio recognizer fed with known names, aliases and e-mails (tests drive the analyzer with it; the app
propagates known party names in `desktop.core.text.propagate` instead, anchored by `detect.anchors`). Loading
it describes it in the recognizer table, so the judge treats its names as the registry's."""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult

from desktop.core.detect.registry import KNOWN_PARTY, RecognizerSpec, register
from desktop.core.model import EntityType
from desktop.core.text.terms import term_regex, term_type


def find_terms(text: str, terms: Iterable[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, term, entity_type) of every occurrence of each (term, entity_type)."""
    hits = []
    for term, entity_type in terms:
        regex = term_regex(term)
        if regex is None:
            continue
        hits.extend((m.start(), m.end(), term, entity_type) for m in regex.finditer(text))
    return hits


NAME = "KnownPartiesRecognizer"


class KnownPartiesRecognizer(LocalRecognizer):
    """Fed per document with the parties' names, aliases and e-mails (from the consent registry)."""

    SCORE = 0.95

    def __init__(self, terms: Iterable[str]):
        self.terms = tuple(dict.fromkeys(t.strip() for t in terms if t and len(t.strip()) >= 2))
        super().__init__(supported_entities=[EntityType.PERSON, EntityType.COMPANY, EntityType.EMAIL],
                         supported_language="en", name=NAME)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for start, end, term, entity_type in find_terms(text, ((t, term_type(t)) for t in self.terms)):
            explanation = AnalysisExplanation(recognizer=self.name, original_score=self.SCORE,
                                              pattern_name="known party", textual_explanation=f"known party {term!r}")
            results.append(RecognizerResult(entity_type, start, end, self.SCORE, analysis_explanation=explanation,
                                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


register(RecognizerSpec(NAME, (EntityType.PERSON, EntityType.COMPANY, EntityType.EMAIL), priority=4,
                        judged_as=KNOWN_PARTY, anchors_party=True))
