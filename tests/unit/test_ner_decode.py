"""The entity recognizer's greedy loop run with numpy (detect/ner_decode.py) gives spaCy's entities: the
same spans with the same labels on generated and real contract text, in the batches the detector reads,
and spaCy's own loop is used wherever the numpy one would not reproduce it."""

from __future__ import annotations

import pytest

from tests.unit.test_gating import SIGNATURES, SPONSORSHIP


@pytest.fixture(scope="module")
def nlp():
    from desktop.core.detect.analyzer import DEFAULT_MODEL, load_ner_only

    return load_ner_only(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    from desktop.core.detect.gating import model_windows
    from desktop.core.pdf import extract_pages, open_pdf
    from devkit.corpus import generate_contract

    pages = [p.text for seed in (5001, 5002) for p in extract_pages(open_pdf(generate_contract(seed).pdf))]
    pages += [SPONSORSHIP, SIGNATURES]
    windows = [page[w.start:w.end] for page in pages for w in model_windows(page)]
    edge_cases = ["", " ", "Anna", "Anna Berg", "  Cargill Confidential\n", "Acme GmbH\n\n", "Mr. J. Smith of "
                  "London, England, and Siemens AG of Munich signed on 3 May 2021."]
    return pages + windows + edge_cases


def _spacy(nlp, texts, batch):
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=batch)]


def _numpy(nlp, decoder, texts, batch):
    out = []
    for i in range(0, len(texts), batch):
        out += decoder.entities([nlp.make_doc(t) for t in texts[i:i + batch]])
    return out


@pytest.mark.parametrize("batch", [1, 7, 128])
def test_the_numpy_loop_finds_the_entities_spacy_finds(nlp, texts, batch):
    from desktop.core.detect.ner_decode import decoder_for

    decoder = decoder_for(nlp)
    assert decoder is not None
    expected = _spacy(nlp, texts, batch)
    assert sum(map(len, expected)) > 100  # the comparison covers many entities of several labels
    assert len({label for ents in expected for _s, _e, label in ents}) >= 4
    assert _numpy(nlp, decoder, texts, batch) == expected


def test_the_analyzer_reads_windows_with_the_numpy_loop_and_finds_the_same(nlp, texts):
    from desktop.core.detect.analyzer import model_entities
    from desktop.core.detect.ner_decode import decoder_for

    windows = texts[:60]
    assert list(model_entities(nlp, windows, decoder_for(nlp))) == list(model_entities(nlp, windows, None))


def test_a_pipeline_the_loop_does_not_reproduce_goes_through_spacy(nlp):
    from desktop.core.detect.ner_decode import decoder_for

    ner = nlp.get_pipe("ner")
    beam = ner.cfg.get("beam_width", 1)
    ner.cfg["beam_width"] = 4
    try:
        assert decoder_for(nlp) is None
    finally:
        ner.cfg["beam_width"] = beam
    unseen = ner.model.attrs["unseen_classes"]
    unseen.add(0)
    try:
        assert decoder_for(nlp) is None
    finally:
        unseen.discard(0)
    assert decoder_for(nlp) is not None


def test_the_moves_valid_in_each_state_are_spacys(nlp):
    """Walk random valid move sequences with spaCy's own transition system, and compare which of the 74
    moves it allows in every state with the numpy loop's rule (spaces, the last word, an open entity)."""
    import random

    import numpy as np
    from spacy.pipeline._parser_internals.stateclass import StateClass

    from desktop.core.detect.ner_decode import _state, decoder_for

    decoder, moves = decoder_for(nlp), nlp.get_pipe("ner").moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    doc = nlp.make_doc("Anna  Berg of Acme GmbH,\n\n Munich \t and J. Smith ")
    space = np.array([t.is_space for t in doc])
    rng, states = random.Random(7), 0
    for _ in range(40):
        state, open_label = StateClass(doc), -1
        while not state.is_final():
            b = state.B(0)
            expected = [bool(moves.is_valid(state, name)) for name in names]
            flags = np.array([state.entity_is_open()]), np.array([open_label]), np.array([b == len(doc) - 1]), space[[b]]
            mine = decoder._valid(*flags)[0]
            assert mine.tolist() == expected, (b, doc[b].text)
            barred = decoder._barred[_state(*flags)][0]  # the table the loop reads
            assert (barred == 0).tolist() == expected
            move = rng.choice([i for i, ok in enumerate(expected) if ok])
            if decoder.kinds[move] == "B":
                open_label = decoder._label_ids[move]
            elif decoder.kinds[move] == "L":
                open_label = -1
            moves.apply_transition(state, names[move])
            states += 1
    assert states == 40 * len(doc)
