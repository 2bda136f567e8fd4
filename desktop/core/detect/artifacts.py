"""Presidio's NLP artifacts of a page built in one pass, and its context words found without walking the
page's tokens once per result. Both give exactly what Presidio's own code gives (the same lemmas,
keywords, token index and scores); they only do less work: on the development contracts Presidio's
artifacts and its search for a match's token cost about as much as Clearance's own recognizers
(`bench/DETECTION.md`)."""

from __future__ import annotations

from bisect import bisect_right

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.attrs import IDX, LENGTH, LOWER

TOKEN_ENDS = "clearance_token_ends"  # Doc.user_data key: each token's end offset, in token order


def page_artifacts(engine, doc, language: str) -> NlpArtifacts:
    """The artifacts Presidio's SpacyNlpEngine builds, with each word's lower case as its lemma (the
    lemmatizer does not run), from one array read of the doc instead of a Python object per token."""
    table = doc.to_array([IDX, LENGTH, LOWER]).tolist()
    strings = doc.vocab.strings
    starts = [row[0] for row in table]
    doc.user_data[TOKEN_ENDS] = [row[0] + row[1] for row in table]
    entities, scores = engine._get_updated_entities(doc.ents, engine._get_scores_for_entities(doc))
    return NlpArtifacts(entities=entities, tokens=doc, tokens_indices=starts,
                        lemmas=[strings[row[2]] for row in table], nlp_engine=engine, language=language,
                        scores=scores)


class WordFlags:
    """`is_stopword` and `is_punct` of a spaCy vocabulary, remembered per word: Presidio asks for every
    token of every page, and each question looks the word up (and adds it) in the vocabulary."""

    def __init__(self):
        self._stop: dict[str, bool] = {}
        self._punct: dict[str, bool] = {}

    def is_stop(self, vocab, word: str) -> bool:
        found = self._stop.get(word)
        if found is None:
            found = self._stop[word] = vocab[word].is_stop
        return found

    def is_punct(self, vocab, word: str) -> bool:
        found = self._punct.get(word)
        if found is None:
            found = self._punct[word] = vocab[word].is_punct
        return found


class ContextEnhancer(LemmaContextAwareEnhancer):
    """Presidio's lemma context enhancer; a match's token is found by bisection over the token ends
    `page_artifacts` stored, where Presidio walks every token of the page up to it for each result."""

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        """Presidio copies every result (deeply) before it looks for context words; only the results of
        recognizers that have context words can change, so only those are handed to it, and the others
        keep their places in the list unchanged."""
        with_context = {r.id for r in recognizers if r.context}
        key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        picked = [i for i, r in enumerate(raw_results)
                  if not r.recognition_metadata or r.recognition_metadata.get(key) in with_context]
        if context or len(picked) == len(raw_results):
            return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)
        out = list(raw_results)
        enhanced = super().enhance_using_context(text, [raw_results[i] for i in picked], nlp_artifacts,
                                                 recognizers, context)
        for i, result in zip(picked, enhanced):
            out[i] = result
        return out

    def _find_index_of_match_token(self, word, start, tokens, tokens_indices) -> int:
        ends = tokens.user_data.get(TOKEN_ENDS) if hasattr(tokens, "user_data") else None
        if ends is None or len(ends) != len(tokens_indices):
            return LemmaContextAwareEnhancer._find_index_of_match_token(word, start, tokens, tokens_indices)
        # Presidio takes the first token that starts at `start` or ends after it; a token is never
        # empty, so that is the first token ending after `start`
        i = bisect_right(ends, start)
        if i == len(ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens although it is expected to be found")
        return i
