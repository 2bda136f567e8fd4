"""The entity recognizer's greedy decoding, one step for every window of a batch at once.

spaCy's entity recognizer reads a batch of texts in two parts: its network turns every token into a
vector and precomputes, for each token, what it adds to the three state features (the next word, the
open entity's first word, the word before the next one); then a greedy loop walks the tokens one by one,
sums those vectors for each text's state, scores the 74 BILUO moves and takes the best valid one. The
network is fast (numpy's BLAS); the loop is compiled, but spaCy 3.8's build takes the interpreter's lock
inside it for every move it validates, 74 moves a token, and on the development contracts that loop took
more time than the network (bench/DETECTION.md). This module runs the same loop with numpy, one step
for all of a batch's texts together, with the same arithmetic in the same order (the move scores come
from BLIS, as spaCy's own loop takes them), and gives the same entities: `tests/unit/test_ner_decode.py`
compares them with spaCy's on real and generated contract text.

It serves only the case it reproduces exactly: spaCy's BILUO entity recognizer, greedy (beam width 1),
three state features, a hidden layer of maxout pieces and an output layer, texts fresh from the
tokenizer (no preset entities or sentence starts, which change which moves are valid). Anything else
goes through spaCy (`decoder_for` returns None).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# move kinds in spaCy's BILUO transition system (spacy/pipeline/_parser_internals/ner.pyx)
BEGIN, IN, LAST, UNIT, OUT = "B", "I", "L", "U", "O"


@dataclass
class NerDecoder:
    """The parts of a loaded spaCy entity recognizer that the greedy loop reads."""

    tok2vec: object
    lower: object  # per token and feature, the hidden layer's input (spaCy's precomputable affine)
    upper_w: np.ndarray  # hidden layer to move scores
    upper_b: np.ndarray
    bias: np.ndarray  # the hidden layer's bias, (hiddens * pieces,)
    kinds: np.ndarray  # each move's kind, one of "BILUO"
    labels: list[str]  # each move's label ("" for O and the blocked U)

    def entities(self, docs: list) -> list[list[tuple[int, int, str]]]:
        """(first token, end token, label) of the entities of each doc, as spaCy's recognizer sets them."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        live = [i for i, doc in enumerate(docs) if len(doc)]
        if not live:
            return out
        tokvecs = self.tok2vec.predict([docs[i] for i in live])
        cached, _ = self.lower(tokvecs, is_train=False)
        features, hidden, pieces = cached.shape[1], cached.shape[2], cached.shape[3]
        # row 0 holds what each feature adds when it is missing, token t of the batch is row t + 1
        table = cached.reshape(cached.shape[0], features, hidden * pieces)
        lengths = np.array([len(docs[i]) for i in live])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        space = np.concatenate([_is_space(docs[i]) for i in live])
        self._walk(table, lengths, offsets, space, hidden, pieces, [out[i] for i in live])
        return out

    def _walk(self, table, lengths, offsets, space, hidden, pieces, found) -> None:
        """The greedy loop: every unfinished text takes one move per step, its next word."""
        n = len(lengths)
        b = np.zeros(n, dtype=np.int64)  # the next word of each text
        open_start = np.full(n, -1, dtype=np.int64)  # first word of the open entity, -1 if none
        open_label = np.full(n, -1, dtype=np.int64)  # the open entity's move label index
        rows = np.arange(n)
        label_ids = self._label_ids
        while len(rows):
            word = offsets[rows] + b[rows]  # batch row of each text's next word
            is_open = open_start[rows] >= 0
            first = np.where(is_open, offsets[rows] + open_start[rows] + 1, 0)
            before = np.where(is_open, word, 0)  # B(0) - 1, shifted by the padding row
            unmaxed = table[word + 1, 0] + table[first, 1]
            unmaxed += table[before, 2]
            unmaxed += self.bias
            hiddens = _maxout(unmaxed.reshape(len(rows), hidden, pieces))
            scores = _scores(hiddens, self.upper_w)
            scores += self.upper_b
            scores += self._barred[_state(is_open, open_label[rows], b[rows] >= lengths[rows] - 1, space[word])]
            guess = scores.argmax(axis=1)
            moved = np.flatnonzero(self.kinds[guess] != OUT)  # most words are outside any entity
            for r, move in zip(rows[moved].tolist(), guess[moved].tolist()):
                kind = self.kinds[move]
                if kind == BEGIN:
                    open_start[r], open_label[r] = b[r], label_ids[move]
                elif kind == LAST:
                    found[r].append((int(open_start[r]), int(b[r]) + 1, self.labels[move]))
                    open_start[r], open_label[r] = -1, -1
                elif kind == UNIT:
                    found[r].append((int(b[r]), int(b[r]) + 1, self.labels[move]))
            b[rows] += 1
            rows = rows[b[rows] < lengths[rows]]

    def _valid(self, is_open, open_label, last, space) -> np.ndarray:
        """Which moves each state may take (ner.pyx's is_valid, for texts with no preset entities)."""
        o, sp, la = is_open[:, None], space[:, None], last[:, None]
        same = open_label[:, None] == self._label_ids[None, :]
        k, labelled = self.kinds[None, :], self._labelled[None, :]
        return (((k == BEGIN) & ~o & ~la & labelled & ~sp)
                | ((k == IN) & o & ~la & labelled & same)
                | ((k == LAST) & o & labelled & same)
                | ((k == UNIT) & ~o & labelled & ~sp)
                | ((k == OUT) & ~o))

    def __post_init__(self) -> None:
        names = sorted(set(self.labels))
        self._label_ids = np.array([names.index(x) for x in self.labels])
        self._labelled = np.array([x != "" for x in self.labels])
        # -inf on the moves each kind of state (`_state`) may not take, 0 elsewhere
        closed = [(False, -1, last, space) for last in (False, True) for space in (False, True)]
        opened = [(True, label, last, False) for label in range(len(names)) for last in (False, True)]
        is_open, open_label, last, space = (np.array(column) for column in zip(*closed, *opened))
        valid = self._valid(is_open, open_label, last, space)
        self._barred = np.where(valid, np.float32(0), np.float32(-np.inf)).astype(np.float32)


def _state(is_open, open_label, last, space) -> np.ndarray:
    """The kind of each state, as far as the valid moves go: with no open entity, 2 * last word + space;
    with one open, 4 + 2 * its label + last word (a space inside an entity changes nothing)."""
    return np.where(is_open, 4 + 2 * open_label + last, 2 * last + space)


def _maxout(unmaxed: np.ndarray) -> np.ndarray:
    """The largest of each hidden unit's pieces, (states, hidden, pieces) to (states, hidden)."""
    best = np.maximum(unmaxed[:, :, 0], unmaxed[:, :, 1])
    for piece in range(2, unmaxed.shape[2]):
        np.maximum(best, unmaxed[:, :, piece], out=best)
    return best


def _scores(hiddens: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """hiddens · weightsᵀ with BLIS, as spaCy's loop computes it (the same sums in the same order)."""
    from blis.py import gemm

    out = np.zeros((hiddens.shape[0], weights.shape[0]), dtype=np.float32)
    gemm(hiddens, weights, out=out, trans2=True, alpha=1.0, beta=0.0)
    return out


def _is_space(doc) -> np.ndarray:
    from spacy.attrs import IS_SPACE

    return doc.to_array(IS_SPACE).astype(bool)


def decoder_for(nlp) -> NerDecoder | None:
    """A decoder for the pipeline's entity recognizer, or None where it would not give spaCy's answer."""
    if "ner" not in nlp.pipe_names or nlp.pipe_names[-1] != "ner" or len(nlp.pipe_names) != 1:
        return None
    ner = nlp.get_pipe("ner")
    model = ner.model
    if (type(ner.moves).__name__ != "BiluoPushDown" or ner.cfg.get("beam_width", 1) != 1
            or not model.attrs.get("has_upper") or model.attrs.get("unseen_classes")):
        return None
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    if not lower.has_dim("nF") or lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2:
        return None
    names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    kinds = np.array([name.split("-", 1)[0] for name in names])
    if not set(kinds.tolist()) <= set(BEGIN + IN + LAST + UNIT + OUT):
        return None
    return NerDecoder(tok2vec=model.get_ref("tok2vec"), lower=lower,
                      upper_w=np.ascontiguousarray(upper.get_param("W"), dtype=np.float32),
                      upper_b=upper.get_param("b"), bias=lower.get_param("b").reshape(-1),
                      kinds=kinds,
                      labels=[name.split("-", 1)[1] if "-" in name else "" for name in names])
