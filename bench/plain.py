"""The baseline every bench compares with: plain Presidio, its default recognizers and the same spaCy
model. A module of its own so that a baseline process imports Presidio and nothing of Clearance's
detection (whose imports would add to the baseline's start-up and processor time)."""

from __future__ import annotations


def plain_presidio(model: str):
    """AnalyzerEngine with default recognizers and the same model, loaded with no exclusions.

    Presidio finds its default recognizers by class name among every subclass of EntityRecognizer in the
    process, and Clearance's PhoneRecognizer, IbanRecognizer and UrlRecognizer share those names: in a
    process that imported them the plain side got one of them at random (Clearance's URL recognizer
    silently, the others failing on their arguments). It is given Presidio's own classes only."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.recognizer_registry.recognizers_loader_utils import RecognizerListLoader

    every = RecognizerListLoader.get_all_existing_recognizers

    def presidios_own(cls=None):
        return {c for c in every(cls) if c.__module__.startswith("presidio_analyzer.")}

    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    RecognizerListLoader.get_all_existing_recognizers = staticmethod(presidios_own)
    try:
        return AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=config).create_engine())
    finally:
        RecognizerListLoader.get_all_existing_recognizers = staticmethod(every)
