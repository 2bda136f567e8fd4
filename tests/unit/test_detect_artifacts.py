"""Detection's shortcuts through Presidio's and the judge's work give what the long way gives: the page
artifacts, the token a context search starts from, the context step's results, the lower-case check
and the model's entities under numpy's BLAS."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from desktop.core.detect.artifacts import TOKEN_ENDS, ContextEnhancer

TEXT = ("Delivery\n  Date: the Supplier (ACME GmbH, tel. +49 30 1234567) ships to\tJohn  Smith, "
        "555-124564 Main St.;\n\ne-mail j.smith@acme.example, IBAN DE89 3704 0044 0532 0130 00 -- done.  ")


@pytest.fixture(scope="module")
def analyzer():
    from desktop.core.detect import pool

    pool.detect_texts(["warm up"])
    return pool._analyzer


def test_page_artifacts_are_what_presidio_builds(analyzer):
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = analyzer.nlp_engine
    doc = engine.nlp["en"](TEXT)
    ours = engine._doc_to_nlp_artifact(doc, "en")
    for token in doc:  # Presidio's way, with the lower case standing for the idle lemmatizer's lemma
        token.lemma_ = token.lower_
    theirs = SpacyNlpEngine._doc_to_nlp_artifact(engine, doc, "en")
    assert ours.lemmas == theirs.lemmas and ours.tokens_indices == theirs.tokens_indices
    assert ours.keywords == theirs.keywords and "smith" in ours.keywords
    assert [(e.start_char, e.end_char, e.label_) for e in ours.entities] == [
        (e.start_char, e.end_char, e.label_) for e in theirs.entities]
    assert ours.scores == theirs.scores


def test_the_match_token_found_by_bisection_is_presidios(analyzer):
    doc = analyzer.nlp_engine.nlp["en"].make_doc(TEXT)
    indices = [t.idx for t in doc]
    doc.user_data[TOKEN_ENDS] = [t.idx + len(t) for t in doc]
    ours = ContextEnhancer()
    for start in range(len(TEXT) + 2):
        try:
            expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, doc, indices)
        except ValueError:
            with pytest.raises(ValueError):
                ours._find_index_of_match_token("w", start, doc, indices)
            continue
        assert ours._find_index_of_match_token("w", start, doc, indices) == expected


def test_the_context_step_gives_presidios_results(analyzer):
    from presidio_analyzer import AnalyzerEngine

    presidio = AnalyzerEngine(registry=analyzer.registry, nlp_engine=analyzer.nlp_engine, supported_languages=["en"],
                              context_aware_enhancer=LemmaContextAwareEnhancer())
    text = TEXT + " Call the phone number 030 1234568 or the account number DE89370400440532013000."
    ours = analyzer.analyze(text, "en", return_decision_process=True)
    theirs = presidio.analyze(text, "en", return_decision_process=True)

    def seen(results):
        return [(r.entity_type, r.start, r.end, r.score, r.analysis_explanation.to_dict()) for r in results]

    assert seen(ours) == seen(theirs)
    assert any(r.analysis_explanation.supportive_context_word for r in ours)  # context words did count


def test_the_lower_case_check_finds_a_phrase_across_line_breaks_and_spaces():
    from desktop.core.detect.context import DocumentContext
    from desktop.core.pdf import PageText

    def context(text: str) -> DocumentContext:
        return DocumentContext({0: PageText(0, text, (None,) * len(text), (0,) * len(text), 600, 800, 0)})

    assert context("The Delivery Date is set. The delivery\n   date moves.").used_in_lower_case("Delivery Date")
    assert not context("The Delivery Date is set. Nothing is delivered.").used_in_lower_case("Delivery Date")
    # not inside a domain or an e-mail address
    assert not context("Write to info@delivery.com about the Delivery.").used_in_lower_case("Delivery")


@pytest.mark.parametrize("text, phrase", [
    ("Write to info@delivery.com about the Delivery; delivery-ready, the delivery.", "Delivery"),
    ("undelivery, delivery&co, /delivery, the\ndelivery date, Delivery Date", "Delivery Date"),
    ("the delivery.date and delivery.Date, then delivery", "Delivery"),
    ("a a a a. A Co, a co., a  co", "A Co"), ("Straße, straßenbau, die straße.", "Straße"),
    ("nothing here", "Nothing Here"), ("x.y z", "X.Y Z"), ("X.Y Z only", "X.Y Z"),
    ("undelivery, delivery-ready, info@delivery.com, delivery&co, Delivery", "Delivery"),
])
def test_the_lower_case_check_finds_what_a_search_of_the_whole_text_finds(text, phrase):
    import re

    from desktop.core.detect.context import DocumentContext
    from desktop.core.pdf import PageText

    ctx = DocumentContext({0: PageText(0, text, (None,) * len(text), (0,) * len(text), 600, 800, 0)})
    lowered = re.escape(phrase.lower()).replace(r"\ ", r"\s+")
    whole_text = re.search(r"(?<![\w&@./-])" + lowered + r"(?![\w&@-]|\.[a-z])", ctx.full_text) is not None
    assert ctx.used_in_lower_case(phrase) == whole_text
    assert ctx.used_in_lower_case(phrase) == whole_text  # asked again: remembered


def test_the_model_multiplies_with_one_blas_thread(analyzer):
    from threadpoolctl import threadpool_info

    ner = analyzer.nlp_engine.nlp["en"].get_pipe("ner")
    assert all(not getattr(node.ops, "use_blis", False) for node in ner.model.walk())
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")
