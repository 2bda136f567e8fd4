"""Detection in worker processes that each load the analyzer once; pages stream back as they finish."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from desktop.core.runtime.children import die_with_parent, spawn_pool

_analyzer = None  # one per process: built by the worker initializer or on first in-process use
_model = ""
_words: frozenset[str] = frozenset()
_settled = False  # whether what loading made is frozen (at the second call: the first page comes first)


def _start_worker(model: str) -> None:
    """Initializer of a pool process."""
    die_with_parent()
    _init_worker(model)


def _init_worker(model: str) -> None:
    global _analyzer, _model, _words, _settled
    from desktop.core.detect.analyzer import build_analyzer, english_words, model_name
    from desktop.core.detect.termlists import german_words

    _model = model_name(model)
    _analyzer = build_analyzer(_model)
    _words = english_words(_analyzer) | german_words()
    _settled = False  # a model loaded anew is frozen at the next call too


# Python's default is (700, 10, 10): a collection of the youngest objects every 700 net allocations,
# hundreds per page. Measured once on the development contracts, best of three whole processes on one
# core: 10.25 s with the default, 9.78 s with (10000, 10, 10), 9.62 s with (50000, 20, 20).
YOUNG_COLLECTION = (50_000, 20, 20)
_M_TRIM_THRESHOLD, _M_TOP_PAD, _M_MMAP_THRESHOLD = -1, -2, -3  # glibc's malloc.h


def _settle() -> None:
    """Leave what loading made (the model, its vocabulary, the recognizers' tables: about 140,000
    objects the collector tracks, which live as long as the process) out of Python's cyclic garbage
    collection, collect the young objects less often, and keep freed memory. The collector otherwise
    walked all of those objects again whenever a page's characters, tokens and results had made enough
    new ones: on the development contracts that cost about a tenth of a detecting process's time
    (bench/DETECTION.md). Pages make few reference cycles; what they make is still collected."""
    global _settled
    gc.collect()
    gc.freeze()
    gc.set_threshold(*YOUNG_COLLECTION)
    _keep_freed_memory()
    _settled = True


def _keep_freed_memory() -> None:
    """Keep memory the model's arrays free for the next batch instead of giving it back to the kernel:
    glibc returns a freed block of more than a few MB at once and the next batch faults in fresh zeroed
    pages (measured once on the development contracts, one process: 346,000 page faults and 0.76 s of
    system time, against 118,000 and 0.43 s so). Only where glibc's `mallopt` exists."""
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    for option, value in ((_M_MMAP_THRESHOLD, 32 << 20), (_M_TRIM_THRESHOLD, 512 << 20), (_M_TOP_PAD, 64 << 20)):
        mallopt(option, value)


def detect_texts(texts: list[str], model: str | None = None) -> list[list[dict]]:
    """Resolved detection results (plain dicts) for each page text, in this process."""
    from desktop.core.detect.analyzer import analyze_texts, model_name
    from desktop.core.detect.spans import mark_generic, resolve_overlaps, result_to_dict

    if _analyzer is None or _model != model_name(model):
        _init_worker(model)
    elif not _settled:  # not before the first call: its page is the one a user waits for
        _settle()
    out = []
    for text, results in zip(texts, analyze_texts(_analyzer, texts)):
        items = resolve_overlaps(text, [result_to_dict(r, _model) for r in results])
        mark_generic(text, items, _words)
        out.append(items)
    return out


def _ready() -> None:
    """A task that does nothing: the worker's initializer has run when it returns."""


def _detect_batch(batch: list[tuple[int, str]], model: str | None) -> list[tuple[int, list[dict]]]:
    numbers, texts = zip(*batch)
    return list(zip(numbers, detect_texts(list(texts), model)))


# Pages detected in one call: their windows go through the model together, sorted by length
# (analyzer.WINDOW_BATCH), and the model's loop takes one step per word for a whole batch
# (ner_decode.py), so a page read alone pays a step for every word of its longest window. Measured once on
# the development contracts, one process on one core: a page per call 9.06 s of user time, 4 pages
# 8.25 s, 8 pages 8.18 s, 16 pages 8.48 s.
PAGES_PER_CALL = 8


class DetectorPool:
    """`detect()` yields (page number, results) as pages finish. `workers=1` runs in this process,
    which tests and debugging use; more workers use spawned processes (fork is unsafe with threads)."""

    def __init__(self, workers: int = 2, model: str | None = None, batch_pages: int = PAGES_PER_CALL):
        self.workers = max(1, workers)
        self.model = model
        self.batch_pages = max(1, batch_pages)
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = spawn_pool(self.workers, _start_worker, (self.model,))
        return self._executor

    def start(self) -> DetectorPool:
        """Start the worker processes now rather than at the first page: each loads the analyzer (a
        second or two), which a caller still reading a long document's pages then overlaps."""
        if self.workers > 1:
            pool = self._pool()
            for _ in range(self.workers):  # each submit while none is idle starts one more process
                pool.submit(_ready)
        return self

    def detect(self, pages: Iterable[tuple[int, str]]) -> Iterator[tuple[int, list[dict]]]:
        """Pages are submitted in the order given (visible pages first) and yielded as they complete."""
        batches = self._batches(list(pages))
        if not batches:
            return
        if self.workers == 1:
            for batch in batches:
                yield from _detect_batch(batch, self.model)
            return
        pool = self._pool()
        pending = {pool.submit(_detect_batch, batch, self.model) for batch in batches}
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        finally:
            for future in pending:
                future.cancel()

    def _batches(self, pages: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
        """The first page alone (it is the one on screen, wanted first), then the others in batches of
        up to `batch_pages`, small enough that every worker gets some."""
        if not pages:
            return []
        rest = pages[1:]
        size = max(1, min(self.batch_pages, -(-len(rest) // self.workers)))
        return [pages[:1]] + [rest[i:i + size] for i in range(0, len(rest), size)]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
